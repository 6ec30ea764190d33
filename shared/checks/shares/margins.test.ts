import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a margin in a highlights list of `Label: value` lines', () => {
  const highlights = (margin: string) => `FINANCIAL HIGHLIGHTS\nRevenue: RMB15,842 million (2022: RMB13,216 million)\nGross profit: RMB5,386 million\nGross margin: ${margin}\nNumber of stores: 7,860\n`;

  it('is gross profit over revenue, each on a line of its own', () => {
    expect(checksOf('ratio', highlights('34.0%'))).toMatchObject([{ holds: true, rule: 'ratio.margin', figures: [{ value: 5_386e6 }, { value: 15_842e6 }, { value: 34 }] }]);
  });

  it('calls a margin its lines do not give a mismatch', () => {
    expect(checksOf('ratio', highlights('36.0%'))).toMatchObject([{ holds: false, rule: 'ratio.margin', stated: 36 }]);
  });

  it('reads an operating margin from operating income over net sales, whatever their order', () => {
    const text = 'Financial and non-financial highlights\nNet sales: ¥1,482.6 billion (FY2022: ¥1,395.1 billion)\nOperating income: ¥104.3 billion\nOperating margin: 7.0%\nEmployees (consolidated): 42,318\n';
    expect(checksOf('ratio', text)).toMatchObject([{ holds: true, rule: 'ratio.margin' }]);
  });

  it('takes nothing from lines of another block, after a blank line', () => {
    expect(checksOf('ratio', 'Revenue: RMB15,842 million\n\nSEGMENTS\nGross profit: RMB5,386 million\nGross margin: 36.0%\n')).toEqual([]);
  });
});

describe('a margin in a table\'s row or said after a profit in running text', () => {
  const kpis = (margin2022: string) => `Indicator\t2023\t2022\tChange
Revenue (£m)\t1,284.7\t1,176.2\t9.2%
Adjusted EBITDA (£m)\t218.4\t196.8\t11.0%
Adjusted EBITDA margin\t17.0%\t${margin2022}\t
Colleagues\t14,286\t13,542\t5.5%
`;

  it('pairs each column\'s margin with the same column\'s profit and revenue rows', () => {
    expect(checksOf('ratio', kpis('16.7%')).filter((c) => c.rule === 'ratio.margin').map((c) => [c.holds, ...c.figures.map((f) => f.value)])).toEqual([
      [true, 218.4e6, 1_284.7e6, 17],
      [true, 196.8e6, 1_176.2e6, 16.7],
    ]);
    expect(checksOf('ratio', kpis('18.7%')).filter((c) => c.rule === 'ratio.margin' && !c.holds)).toMatchObject([{ stated: 18.7 }]);
  });

  it('reads `, a margin of 17.0%` as the profit just before it over the revenue its sentence states', () => {
    const text = (margin: string) => `Revenue grew 9.2% to £1,284.7 million and adjusted EBITDA rose 11.0% to £218.4 million, a margin of ${margin}.`;
    expect(checksOf('ratio', text('17.0%'))).toMatchObject([{ holds: true, rule: 'ratio.margin', figures: [{ value: 218.4e6 }, { value: 1_284.7e6 }, { value: 17 }] }]);
    expect(checksOf('ratio', text('19.0%'))).toMatchObject([{ holds: false, rule: 'ratio.margin' }]);
  });
});

describe('a margin row of a table aligned by spaces', () => {
  const statement = (margin2023: string) => `Income statement summary (£ million)
                                2023-24    2022-23
Passenger revenue                 612.8      538.4
Other income                       48.6       45.2
Total revenue                     661.4      583.6
Operating costs                  (629.7)    (561.8)
Operating profit                   31.7       21.8
Operating margin                   ${margin2023}       3.7%
`;

  it('pairs each column\'s margin with the same column\'s profit and total revenue', () => {
    expect(checksOf('ratio', statement('4.8%')).filter((c) => c.rule === 'ratio.margin').map((c) => [c.holds, ...c.figures.map((f) => f.value)])).toEqual([
      [true, 31.7e6, 661.4e6, 4.8],
      [true, 21.8e6, 583.6e6, 3.7],
    ]);
    expect(checksOf('ratio', statement('5.8%')).filter((c) => c.rule === 'ratio.margin' && !c.holds)).toMatchObject([{ stated: 5.8 }]);
  });
});
