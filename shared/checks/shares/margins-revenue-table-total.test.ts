import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const margins = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.margin').map((c) => [c.holds, ...c.figures.map((f) => f.value)]);

describe('a margin said after a profit and its year-before bracket, over a revenue table\'s Total', () => {
  const report = (prior: string) => `2. FINANCIAL REVIEW

Table 3: Revenue by division (£m)

                          2024        2023     Change (%)
Rail services            1,842.6     1,716.2         7.4
Bus services               986.4       924.8         6.7
Maintenance                535.8       472.6        13.4
Total                    3,364.8     3,113.6         8.1

Adjusted EBITDA was £612.4 million (2023: £548.0 million), a margin of 18.2% (2023: ${prior}).
`;

  it('divides this year\'s profit and the bracket\'s by the Total of their years', () => {
    expect(margins(report('17.6%'))).toEqual([
      [true, 612.4e6, 3_364.8e6, 18.2],
      [true, 548e6, 3_113.6e6, 17.6],
    ]);
  });

  it('calls a year\'s margin its figures do not give a mismatch', () => {
    expect(margins(report('16.8%'))).toContainEqual([false, 548e6, 3_113.6e6, 16.8]);
  });
});

describe('a margin over a revenue table whose columns are financial years', () => {
  it('takes the Total\'s cells in the order the header gives the years', () => {
    const text = `Table 2: Revenue by segment (₹ crore)

                              FY 2023-24   FY 2022-23   Change (%)
Cement                            18,642       16,904         10.3
Ready-mix concrete                 2,318        2,046         13.3
Total                             20,960       18,950         10.6

Operating EBITDA was ₹ 3,668 crore (FY 2022-23: ₹ 2,994 crore), a margin of 17.5% (FY 2022-23: 15.8%).
`;
    expect(margins(text)).toEqual([
      [true, 3_668e7, 20_960e7, 17.5],
      [true, 2_994e7, 18_950e7, 15.8],
    ]);
  });
});

describe('a margin over a revenue table captioned above a header with a label of its own', () => {
  it('reads the caption line over `Centre   FY2024   FY2023`', () => {
    const text = `Table 3  Rental revenue by centre (A$ million)
Centre                           FY2024       FY2023     Change (%)
Northgate                         64.82        61.20           +5.9
Riverside                         48.36        47.14           +2.6
Total                            113.18       108.34           +4.5

Net operating income was A$81.26 million (FY2023: A$77.14 million), a margin of 71.8% (FY2023: 71.2%).
`;
    expect(margins(text)).toEqual([
      [true, 81.26e6, 113.18e6, 71.8],
      [true, 77.14e6, 108.34e6, 71.2],
    ]);
  });
});

describe('a margin said after a profit in Chinese (`，利润率为18.6%`)', () => {
  it('divides the profit and its bracket\'s by the Total of the revenue table', () => {
    const text = `表3  营业收入按业务划分（亿元）
业务                        2024年        2023年      同比（%）
城市燃气                    286.40        274.16         +4.5
工程安装                    108.36        104.62         +3.6
综合能源服务                 69.86         63.56         +9.9
合计                        464.62        442.34         +5.0

经营利润为86.42亿元（2023年：79.18亿元），利润率为18.6%（2023年：17.9%）。
`;
    expect(margins(text)).toEqual([
      [true, 86.42e8, 464.62e8, 18.6],
      [true, 79.18e8, 442.34e8, 17.9],
    ]);
  });
});
