import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('an intensity per revenue whose numerator is a row of another table', () => {
  const report = (cell: string) => `In 2023 the Group's revenue was S$2,486.4 million (2022: S$2,214.8 million).

Table 3: GHG emissions (tCO2e)
                                              2022          2023
Scope 1 emissions                           48,620        46,180
Scope 2 emissions (location-based)          96,240        91,860
Total emissions (location-based)           144,860       138,040

GHG intensity (tCO2e per S$ million)          2022          2023
Total emissions (location-based) per revenue  65.4          ${cell}
`;
  const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('divides each year\'s cell of the row its label names by the year\'s revenue', () => {
    expect(quotients(report('55.5'))).toEqual([
      [true, [144_860, 2_214.8e6, 65.4]],
      [true, [138_040, 2_486.4e6, 55.5]],
    ]);
  });

  it('finds a cell with its digits turned', () => {
    expect(quotients(report('55.5').replace('65.4', '56.4'))).toContainEqual([false, [144_860, 2_214.8e6, 56.4]]);
  });
});
