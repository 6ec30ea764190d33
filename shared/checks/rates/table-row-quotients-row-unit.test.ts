import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity row per what a row of another table counts', () => {
  const report = (cell: string) => `Operations                                        2023          2022
Bus-kilometres operated (million bus-km)         142.6         138.2
Passenger journeys (million)                      96.4          91.8

Energy and emissions                              2023          2022
Diesel used (kL)                                42,160        41,530
CO2 from bus operation (t-CO2)                 112,480       110,860
CO2 per bus-km (kg-CO2/bus-km)                   0.789         ${cell}
`;

  it('divides the one CO2 row by the row its unit names in another table, year by year', () => {
    expect(quotients(report('0.802'))).toEqual([
      [true, [112_480, 142_600_000, 0.789]],
      [true, [110_860, 138_200_000, 0.802]],
    ]);
  });

  it('calls a column that misses a mismatch when the other holds', () => {
    expect(quotients(report('0.812'))).toHaveLength(2);
    expect(quotients(report('0.812'))).toContainEqual([false, [110_860, 138_200_000, 0.812]]);
  });
});
