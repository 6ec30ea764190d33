import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const byAmount = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.by-amount');

describe('a change said by amount and rate of a figure named in the sentence before', () => {
  const text = (rate: string) => `截至2023年末，绿色贷款余额612.40亿元，其中清洁能源贷款286.10亿元、节能环保贷款198.50亿元。清洁能源贷款较年初增加52.30亿元，增长${rate}%。`;

  it('changes the figure of that name: 286.10 less 52.30 is the old value', () => {
    // 52.30 / (286.10 - 52.30) = 22.37%
    expect(byAmount(text('22.37'))).toMatchObject([{ holds: true, figures: [{ value: 286.1e8, role: 'new' }, { value: 52.3e8 }, { value: 22.37 }] }]);
    expect(byAmount(text('23.27'))).toMatchObject([{ holds: false, figures: [{ value: 286.1e8, role: 'new' }, { value: 52.3e8 }, { value: 23.27 }] }]);
  });

  it('takes no figure of another name, nor one a paragraph above', () => {
    expect(byAmount(`截至2023年末，节能环保贷款198.50亿元。清洁能源贷款较年初增加52.30亿元，增长22.37%。`)).toEqual([]);
    expect(byAmount(`截至2023年末，清洁能源贷款286.10亿元。\n\n清洁能源贷款较年初增加52.30亿元，增长23.27%。`)).toEqual([]);
  });
});

describe('a change column in percentage points', () => {
  it('reads `Women (%) | 2022 (%) | Change (pp)` as the points between the year named and the undated column before it', () => {
    const table = (pp: string) => `Level\tHeadcount\tWomen\tWomen (%)\t2022 (%)\tChange (pp)\nSenior managers\t2,416\t821\t34.0%\t31.6%\t2.4\nDirectors\t612\t174\t28.4%\t27.1%\t${pp}\n`;
    const points = (pp: string) => checksOf('change', table(pp)).filter((c) => c.rule === 'change.year-on-year-points-column');
    expect(points('1.3').map((c) => [c.holds, c.stated])).toEqual([
      [true, 2.4],
      [true, 1.3],
    ]);
    expect(points('3.1')).toMatchObject([{ holds: false, stated: 3.1 }, { holds: true }]);
  });
});

describe('a change said new value, rate, then the year before in brackets', () => {
  it('reads `586.4亿元，同比下降6.2%（2022年：625.2亿元）` as 625.2 -> 586.4', () => {
    const checks = (rate: string) => checksOf('change', `2023年，集团实现营业收入586.4亿元，同比下降${rate}%（2022年：625.2亿元）。`);
    expect(checks('6.2')).toContainEqual(expect.objectContaining({ holds: true, rule: 'change.against-prior-year' }));
    expect(checks('8.2')).toContainEqual(expect.objectContaining({ holds: false, rule: 'change.against-prior-year' }));
  });

  it('reads a bare `, up 48.6% (2022: …)` as a rise, and no share\'s `made up` as one', () => {
    const checks = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-prior-year');
    const rise = (rate: string) => checks(`We emitted 17.902 million tonnes of CO2e, up ${rate}% (2022: 11.504 million tonnes).`);
    expect(rise('55.6')).toMatchObject([{ holds: true, figures: [{ value: 11.504e6 }, { value: 17.902e6 }, { value: 55.6 }] }]);
    expect(rise('48.6')).toMatchObject([{ holds: false }]);
    expect(checks('Women made up 24.6% of the 6,842 employees (2022: 6,512 employees).')).toEqual([]);
  });
});

describe('a bank\'s change column on the year\'s start, under a caption line', () => {
  const table = (cell: string) =>
    `表1  绿色贷款按投向分类                              单位：亿元\n项目                          2023年末      2022年末      较年初增长（%）     占比（%）\n节能环保产业                    68.42         52.16           31.17            14.06\n清洁生产产业                    34.86         28.64           ${cell}             7.17\n合计                           103.28         80.80           27.82           100.00\n`;

  it('reads `较年初增长（%）` as the change from the year before\'s column, the caption above the header of years', () => {
    const checks = checksOf('change', table('21.72')).filter((c) => c.rule === 'change.year-on-year-column');
    expect(checks.map((c) => c.holds)).toEqual([true, true, true]);
    expect(checksOf('change', table('12.72')).filter((c) => c.rule === 'change.year-on-year-column' && !c.holds)).toMatchObject([{ stated: 12.72 }]);
  });
});

describe('a bracket giving the year before\'s value and percentage', () => {
  const text = 'Operating profit rose 12.0% to €1,120 million, a return on sales of 14.0% (2022: €1,000 million, 13.5%), as volumes recovered.';

  it('reads the percentage after this year\'s value as its level, not its change: the change is the rate said before it', () => {
    const changes = checksOf('change', text).filter((c) => c.rule === 'change.against-prior-year');
    expect(changes).toMatchObject([{ holds: true, stated: 12, figures: [{ value: 1_000e6 }, { value: 1_120e6 }, { value: 12 }] }]);
  });

  it('still reads a rate said as a change before the bracket (`，同比下降6.2%（2022年：625.2亿元，9.8%）`)', () => {
    const zh = '净利润586.4亿元，同比下降6.2%（2022年：625.2亿元，9.8%）。';
    expect(checksOf('change', zh).filter((c) => c.rule === 'change.against-prior-year')).toMatchObject([{ holds: true, stated: 6.2 }]);
  });
});
