import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rowRates = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.table-row-rate').map((c) => [c.holds, c.figures.slice(0, 3).map((f) => f.value)]);

describe('the table row a rate\'s clause names (table-row-changes.ts)', () => {
  // a bank's operating costs: `IT costs` is a row of its own, whose `IT` the tokens leave out as a common word
  const costs = (verb: string) => `Operating costs

Our premises costs ${verb} 3.1% as we closed 14 branches, and staff costs rose with the new pay agreement.

Table 6: Operating costs (EUR million)
Cost                          2024        2023
Staff                        612.4       580.2
Premises                     118.6       122.4
IT costs                     204.8       186.0
`;

  it('reads `premises costs` as the Premises row, not `IT costs` (its IT unsaid)', () => {
    expect(rowRates(costs('fell'))).toEqual([[true, [122_400_000, 118_600_000, 3.1]]]);
  });

  it('says a fall of a row that rose a mismatch', () => {
    expect(rowRates(costs('rose'))).toEqual([[false, [122_400_000, 118_600_000, 3.1]]]);
  });

  // a metro operator: `Weekend ridership` names the key figures' Ridership row, and half of `Weekend journeys`, whose change it is
  const metro = `Ridership

Weekend ridership rose 9.4% as the night service ran all year.

Table 2: Journeys (million)
Journeys                 2024       2023
Weekday journeys        412.6      401.8
Weekend journeys        128.2      117.2
Total                   540.8      519.0

Key figures              2024       2023
Ridership               540.8      519.0
`;

  it('reports no mismatch of the Ridership row when the rate is the Weekend journeys row\'s', () => {
    expect(rowRates(metro).filter(([holds]) => !holds)).toEqual([]);
  });
});

// A label in two tables (a bakery's `Sourdough` in sales and in loaves baked): the clause's other word (`sales`) is the
// caption's measure of one of them, whose row its rate is of.
describe('one label in two tables, told apart by the caption the clause names', () => {
  const bakery = (rate: string) => `Letter from the founder

Sourdough sales fell ${rate}% as we closed the two station kiosks.

Table 1: Sales by product (GBP thousand)

Product            2024        2023    Change (%)
Sourdough         4,460       4,860        -8.2
Pastries          3,120       2,940        +6.1
Total             7,580       7,800        -2.8

Table 2: Loaves baked (thousand)

Product            2024        2023    Change (%)
Sourdough           912         948        -3.8
Pastries          1,406       1,318        +6.7
Total             2,318       2,266        +2.3
`;

  it('reads `Sourdough sales` as the sales table\'s row, and its 9.0% (over the new value) a mismatch of 4,860 -> 4,460', () => {
    expect(rowRates(bakery('9.0'))).toEqual([[false, [4_860_000, 4_460_000, 9]]]);
  });

  it('holds the rate said right', () => {
    expect(rowRates(bakery('8.2'))).toEqual([[true, [4_860_000, 4_460_000, 8.2]]]);
  });
});

describe('a rate of a row`s measure narrowed by `of` (`exports of spring water rose 24.0%`)', () => {
  const report = (what: string) => `Markets

${what} rose 24.0% as two new distributors came on board.

Table 4: Staff by function (headcount)
Function                2024       2023
Production               412        398
Exports                   31         25
Administration            58         57
`;

  it('names no row `Exports` of another measure, but a bare `Exports` does', () => {
    expect(rowRates(report('Our exports of spring water'))).toEqual([]);
    expect(rowRates(report('Exports of the group'))).toEqual([[true, [25, 31, 24]]]);
  });
});

// A bookseller's revenue: `Revenue from school contracts` is a part of revenue that no row of the table names.
describe('a row`s label narrowed by `from` and a word it does not say', () => {
  const books = `1.1 Revenue

Revenue was GBP 48.6 million, 4.1% more than in 2023. Revenue from school contracts grew 18.7%, though it is still small.

Table 1: Revenue by channel (GBP million)
Channel                  2024       2023
Shops                    31.2       30.4
Online                   17.4       16.3
Revenue                  48.6       46.7
`;

  it('names no row `Revenue` (`Revenue from school contracts grew 18.7%`)', () => {
    expect(rowRates(books).filter(([, figures]) => (figures as number[]).includes(18.7))).toEqual([]);
  });
});
