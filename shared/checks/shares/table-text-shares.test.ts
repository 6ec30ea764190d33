import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.table-cell-of-text-total';
const ofRule = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE);
const inputs = (c: { figures: Array<{ role: string; value: number }> }) => c.figures.map((f) => f.value);

/** A bilingual staff page: the total and its shares in each language, then its table by gender and age. */
const page = (womenShare: string, extra = '') => `截至 2023 年 12 月 31 日，公司员工总数为 12,486 人。其中，约 ${womenShare}% 的员工
为女性，近 69% 的员工年龄低于 35 岁。${extra}

By the end of 2023 we had 12,486 employees. Among our employees, 41% are female, and nearly 69% of
employees are under 35 years old.

员工数据  Employees

女性 Female 5095

男性 Male 7391

< 35 8560

35 - 50 3610

> 50 316
`;

describe('shares the text states of a table\'s categories, of the total the table breaks down', () => {
  it('reads each share naming one category as that row over the total, in Chinese and in English', () => {
    // (checks come in the order of their first figure, the row's cell)
    expect(ofRule(page('41')).map((c) => [c.holds, ...inputs(c)])).toEqual([
      [true, 5095, 12_486, 41],
      [true, 5095, 12_486, 41],
      [true, 8560, 12_486, 69],
      [true, 8560, 12_486, 69],
    ]);
  });

  it('calls a share the row does not give a mismatch', () => {
    expect(ofRule(page('45'))[0]).toMatchObject({ holds: false, stated: 45, message: '✗ 5,095 / 12,486 = 40.8 %, stated 45 %' });
  });

  it('leaves alone a share whose words name no row of the table (`50 岁以下` beside bands < 35, 35 - 50, > 50) or two of them', () => {
    const extra = '超过 97% 的员工年龄在 50 岁以下，男性和女性员工中 41% 参加了培训。';
    const results = ofRule(page('41', extra)).map((c) => c.figures.find((f) => f.role === 'result')!.value);
    expect(results).not.toContain(97);
    expect(results.filter((v) => v === 41)).toHaveLength(2);
  });

  it('leaves alone a share of another whole its words name (`占管理层的`, `of managers`)', () => {
    const extra = '女性员工占管理层的 45%。';
    const results = ofRule(page('41', extra).replace('Among our employees, 41% are female', 'Among our employees, 45% of managers are female')).map((c) => c.figures.find((f) => f.role === 'result')!.value);
    expect(results).toEqual([41, 69, 69]);
  });

  it('adds a row and the rows after it for `以上` / `or above`, those before it for `以下` / `or below`', () => {
    const text = `截至 2023 年底，公司员工总数为 4,218 人，超过 68% 的员工拥有本科以上学历，大专及以下学历员工占比约 32%。

We had 4,218 employees at the end of 2023, with nearly 32% of employees under 30 and more than 68% of
employees holding Bachelor’s degrees or above.

员工学历  Employees by education

大专 Junior college 1342

本科 Bachelor's degree 2105

硕士及以上 Master's degree and above 771
`;
    // (the English `under 30` names no row: the shares before and after it in the sentence are read by their own words)
    expect(ofRule(text).map((c) => c.message)).toEqual(['✓ 1,342 / 4,218 = 31.8 %', '✓ (2,105 + 771) / 4,218 = 68.2 %', '✓ (2,105 + 771) / 4,218 = 68.2 %']);
  });

  it('says nothing of shares beside a table whose cells add up to no total of the text', () => {
    expect(ofRule(page('41').replace('7391', '7319'))).toHaveLength(4); // the age rows still add up
    expect(ofRule(page('41').replace('7391', '7319').replace('316', '361'))).toEqual([]);
  });
});

describe('shares of a table\'s total row that the text says again', () => {
  const report = (insured: string) => `Revenue grew 9.2% to £1,284.7 million and adjusted EBITDA rose 11.0% to £218.4 million.

Revenue by payor (£ million)
Payor\t2023\t2022
Self-pay patients\t612.8\t548.3
Insured patients\t438.5\t412.6
NHS\t186.2\t174.1
Other\t47.2\t41.2
Total\t1,284.7\t1,176.2

Self-pay patients contributed 47.7% of revenue and insured patients ${insured}%. NHS work, mainly elective
procedures referred under the e-Referral Service, was 14.5% of revenue.
`;

  it('reads each share as its row over the text\'s total — a list\'s next item and a subject before an aside named', () => {
    expect(ofRule(report('34.1')).map((c) => [c.holds, ...inputs(c)])).toEqual([
      [true, 612_800_000, 1_284_700_000, 47.7],
      [true, 438_500_000, 1_284_700_000, 34.1],
      [true, 186_200_000, 1_284_700_000, 14.5],
    ]);
    expect(ofRule(report('36.1')).filter((c) => !c.holds)).toMatchObject([{ stated: 36.1 }]);
  });

  it('never takes the total row for a category, nor adds the restated total up again', () => {
    const audits = `We carried out 626 audits in 2023. 58 factories were rated red, 9.3%
of audits.

Rating\t2023
Green\t352
Amber\t196
Red\t58
Zero tolerance\t20
Total audits\t626
`;
    // `of audits` names the total row's word alone: no row of the table is named, so no share is read
    expect(checksOf('ratio', audits).filter((c) => c.rule === RULE && inputs(c).includes(9.3))).toEqual([]);
    expect(checksOf('sum', report('34.1')).filter((c) => c.rule === 'sum.table-cells-text-total')).toEqual([]);
  });
});

describe('a row that restates the text\'s total under another name', () => {
  it('takes `Group revenue` beside its segments for the whole, never for a category of it', () => {
    const text = (share: string) => `Highlights
Group revenue: €4.63 billion

Revenue by segment (€ million)
                              2023        2022
Consumer mobile            2,184.6     2,106.3
Consumer fixed             1,142.8     1,098.5
Business                     986.4     1,012.7
Wholesale and other          312.5       298.1
Group revenue              4,626.3     4,515.6

Consumer mobile contributed ${share}% of group revenue.
`;
    expect(ofRule(text('47.2')).map((c) => [c.holds, ...inputs(c)])).toEqual([[true, 2_184.6e6, 4_626.3e6, 47.2]]);
    expect(ofRule(text('49.2')).map((c) => [c.holds, ...inputs(c)])).toEqual([[false, 2_184.6e6, 4_626.3e6, 49.2]]);
  });
});

describe('a rate of change said in traditional Chinese beside a table of the text\'s total', () => {
  it('takes `成長10.2%至236.4億元` and `年減4.6%` for changes, no shares of the total', () => {
    const text = (verb: string) => `2023年本公司合併營收新臺幣1,286.4億元。車用電子營收${verb}10.2%至236.4億元。

表1 營收依產品別
單位：新臺幣億元
產品別\t2022年\t2023年
伺服器\t486.2\t528.6
網通產品\t392.4\t361.8
車用電子\t214.6\t236.4
其他\t249.6\t159.6
合計\t1,342.8\t1,286.4
`;
    expect(ofRule(text('成長'))).toEqual([]);
    expect(ofRule(text('年減'))).toEqual([]);
  });
});

describe('a rate a thing changed by, beside a table of the text\'s total', () => {
  const text = (verb: string) => `This year we ${verb} 8.6% to 21,480 tCO2e. Scope 3 emissions rose 7.3% to 60,940 tCO2e.

Table 2: Scope 3 emissions by category, 2022/23
Category                          tCO2e     Share
Purchased goods and services     34,860     57.2%
Business travel                   8,420     13.8%
Student and staff commuting      12,680     20.8%
Waste and water                   1,240      2.0%
Capital goods                     3,740      6.1%
Total                            60,940    100.0%
`;

  it('takes `cut Scope 1 and 2 emissions by 8.6% to 21,480` for no share of a category (`Scope 1 and 2 … commuting`)', () => {
    expect(ofRule(text('cut Scope 1 and 2 emissions and staff commuting by'))).toEqual([]);
    expect(ofRule(text('cut Scope 1 and 2 emissions and staff commuting emissions'))).toEqual([]);
  });
});

describe('a share in a bracket of the year before (table-text-shares.ts)', () => {
  const waste =
    'E5-5 Waste (tonnes)                          2022          2023\nTotal waste                               431,260       412,860\nDiverted from disposal                    326,480       318,240\nDirected to disposal                      104,780        94,620\n\n' +
    'Total waste fell 4.3% to 412,860 tonnes, of which 77.1% was diverted from disposal (2022: 75.7%), up 1.4 percentage\npoints.\n';

  it('is the year before\'s share, never this year\'s row over this year\'s total', () => {
    const checks = ofRule(waste);
    expect(checks.map((c) => [c.holds, c.stated])).toEqual([[true, 77.1]]);
  });
});

describe('a share naming a numbered whole (`46.3% of Scope 1`) beside a total of another number', () => {
  const text = (whole: string, heading = '') => `${heading}Scope 1 emissions fell 2.1% to 1,322.0 kt CO2-e. Mount Ellery remained our largest source, at 46.3% of ${whole},
and its Scope 1 emissions fell 5.5%. Scope 2 (market-based) emissions fell 13.1% to 625.2 kt CO2-e.

Table 1  Greenhouse gas emissions (kt CO2-e)
                                         FY24        FY23
Scope 1
  Mount Ellery                          612.4       648.2
  Bindoon                               284.6       291.8
  Tallering                             418.2       402.6
  Corporate and exploration               6.8         7.4
Total Scope 1                         1,322.0     1,350.0
Scope 2 (market-based)
  Mount Ellery                          486.2       552.6
  Bindoon                                96.4       118.2
  Tallering                              42.6        48.8
Total Scope 2                           625.2       719.6
`;

  it('is the Scope 1 row over Total Scope 1, never the Scope 2 row over Total Scope 2', () => {
    expect(ofRule(text('Scope 1')).map((c) => [c.holds, ...inputs(c)])).toEqual([[true, 612.4, 1322, 46.3]]);
    // under a heading the Scope 1 rows are not read as a breakdown of the text's 1,322.0: the share is then left alone
    expect(ofRule(text('Scope 1', 'Climate change\n'))).toEqual([]);
  });

  it('is that row over the total when the whole it names is the total\'s', () => {
    expect(ofRule(text('Scope 2')).map((c) => [c.holds, ...inputs(c)])).toEqual([[false, 486.2, 625.2, 46.3]]);
  });
});

describe('a share on a list\'s next item', () => {
  it('names no category of the item before it (`18,200 of them in Asia`, then `- 72.5% of our revenue …`)', () => {
    const text = 'Highlights\n\n- **62,400 employees** worldwide, **18,200** of them in Asia\n- **72.5%** of our revenue from products launched since 2018\n\nEmployees by region\nRegion\tEmployees\nEurope\t31,600\nAsia\t18,200\nAmericas\t12,600\nTotal\t62,400\n';
    expect(checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-cell-of-text-total')).toEqual([]);
  });
});
