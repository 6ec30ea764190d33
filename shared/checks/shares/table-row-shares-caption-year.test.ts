import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-table-rows').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a share naming its part by a row that two tables have, and its whole by the caption of one of them, with the year after it
const report = (share: string, year = '2024') =>
  [
    'Table 2: Revenue by segment (£ million)',
    '',
    '                    2024        2023',
    'Residential        1,842       1,911',
    'Industrial         1,264       1,120',
    'Total              3,106       3,031',
    '',
    'Table 3: Electricity sold by customer segment (GWh)',
    '',
    '                    2024        2023    Change (%)',
    'Residential       12,406      12,950          -4.2',
    'Commercial         9,318       9,104           2.4',
    'Industrial        16,052      14,877           7.9',
    'Total             37,776      36,931           2.3',
    '',
    `Industrial customers took ${share}% of the electricity sold in ${year}.`,
    '',
  ].join('\n');

describe("a share of a table's total named by its caption, the year after it", () => {
  it("reads the part's row in the table whose caption names the whole, in the year said", () => {
    expect(shares(report('42.5'))).toEqual([[true, [16_052, 37_776, 42.5]]]);
    expect(shares(report('40.3', '2023'))).toEqual([[true, [14_877, 36_931, 40.3]]]);
  });
  it('reports a share that does not come out', () => {
    expect(shares(report('24.5'))).toEqual([[false, [16_052, 37_776, 24.5]]]);
  });
});
