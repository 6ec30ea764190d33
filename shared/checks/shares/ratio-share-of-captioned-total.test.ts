import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

/** The share's check: holds, and where its whole stands (in the table, after its caption, or in the letter). */
const shareOf = (text: string, share: string) => {
  const caption = Math.max(text.indexOf('Table 4'), text.indexOf('Table 9'), text.indexOf('表2'));
  return checksOf('ratio', text)
    .filter((c) => c.figures.some((f) => f.role === 'result' && text.slice(f.start, f.end).startsWith(share)))
    .map((c) => [c.holds, c.figures.find((f) => f.role === 'denominator')!.start > caption ? 'table' : 'letter']);
};

describe('a share of a whole that a table before it totals under a caption naming it, no figure before named so', () => {
  const english = (share: string) => `Chief Executive's letter

Revenue rose to EUR 4,212 million, and we kept investing through the cycle.

Table 4: Revenue by segment (EUR million)

                        2024        2023
Pumps                  2,186       2,034
Valves                 1,318       1,262
Services                 708         655
Total                  4,212       3,951

Research and development spending was EUR 168 million, ${share} of revenue.
`;

  it('takes the table total when no figure before is named as the whole', () => {
    const unsaid = (share: string) => english(share).replace('Revenue rose to EUR 4,212 million, and we', 'We');
    expect(shareOf(unsaid('4.0%'), '4.0%')).toEqual([[true, 'table']]);
    expect(shareOf(unsaid('4.6%'), '4.6%')).toEqual([[false, 'table']]);
  });

  it('leaves the whole to the revenue the letter names, which the table restates', () => {
    expect(shareOf(english('4.6%'), '4.6%')).toEqual([[false, 'letter']]);
  });

  const chinese = (share: string) => `董事长致辞

2024年，公司实现营业收入186.40亿元，同比增长7.2%。

表2：营业收入按产品划分（单位：亿元）

产品                    2024年        2023年
乘用车玻璃               98.62         92.40
商用车玻璃               51.36         47.82
建筑玻璃                 36.42         33.66
合计                    186.40        173.88

2024年，公司研发投入8.35亿元，占营业收入的${share}。
`;

  it('reads 占营业收入的 of the 合计 of a table captioned 营业收入', () => {
    const unsaid = (share: string) => chinese(share).replace('2024年，公司实现营业收入186.40亿元，同比增长7.2%。', '2024年，公司持续推进产品结构升级。');
    expect(shareOf(unsaid('4.5%'), '4.5%')).toEqual([[true, 'table']]);
    expect(shareOf(unsaid('5.4%'), '5.4%')).toEqual([[false, 'table']]);
  });

  const named = (share: string) => `Our foundation works in 14 districts across the region.

Table 9  Community investment                          (USD thousand)
                                             2024      Share (%)
Total community spend                       4,860          100.0
  of which education                        2,002           41.2
  of which health                           1,746           35.9
  of which disaster relief                  1,112           22.9

Education programmes received USD 2.0 million, ${share} of community investment, the largest share for a third year.
`;

  it('reads a `Total …` row as the whole when it is its table\'s one total row', () => {
    expect(shareOf(named('41.2%'), '41.2%')).toEqual(expect.arrayContaining([[true, 'table']]));
    expect(shareOf(named('44.2%'), '44.2%')).toEqual([[false, 'table']]);
    // a total row of other words than the whole's is the total of something else (`Total FFB processed` for `our production`)
    expect(shareOf(named('44.2%').replace('Total community spend', 'Total grants disbursed'), '44.2%')).toEqual([]);
  });
});
