import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity row per what a row of another table counts, named by that row', () => {
  // a freight railway: its traffic in one table, fuel and emissions in another
  const report = (intensity2024: string) => `Table 1: Traffic
                                   2024        2023
Net tonne kilometres (billion)     42.8        40.6
Trains run (thousand)             118.4       114.9

Table 2: Fuel and emissions
                                   2024        2023
Diesel used (kilolitres)        201,300     197,900
Lubricants used (kilolitres)      1,480       1,530
Litres per 1,000 NTK               4.70        4.87
Scope 1 emissions (tCO2e)       545,600     536,400
Scope 1 and 2 emissions (tCO2e) 561,900     553,800
Scope 1 intensity (gCO2e per NTK)  ${intensity2024}        13.2
`;

  it('divides by the row its initials name in the other table, year by year, kilolitres in litres per 1,000', () => {
    expect(quotients(report('12.7'))).toEqual(
      expect.arrayContaining([
        [true, [201_300, 42_800_000_000, 4.7]],
        [true, [197_900, 40_600_000_000, 4.87]],
        [true, [545_600, 42_800_000_000, 12.7]],
        [true, [536_400, 40_600_000_000, 13.2]],
      ]),
    );
  });

  it('takes the emissions row its label names (Scope 1, not Scope 1 and 2) and calls a column that misses a mismatch', () => {
    expect(quotients(report('17.2'))).toContainEqual([false, [545_600, 42_800_000_000, 17.2]]);
  });
});
