import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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
