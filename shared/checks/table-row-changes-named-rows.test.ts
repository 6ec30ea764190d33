import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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
