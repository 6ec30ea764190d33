import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity-of-table-totals').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity of this year and the year before, per what two captioned tables total', () => {
  // an aluminium smelter: output and emissions in tables of their own, the intensity in the text
  const report = (before: string) => `Table 2: Aluminium production by smelter (kt)
                        2024        2023
Northport                612         598
Kestrel Bay              572         554
Total                  1,184       1,152

Table 6: Greenhouse gas emissions by smelter (kt CO2e)
                        2024        2023
Northport              7,344       7,416
Kestrel Bay            6,627       6,754
Total                 13,971      14,170

Greenhouse gas emissions per tonne of aluminium were 11.8 tCO2e/t (2023: ${before} tCO2e/t), as Kestrel Bay's new pot line ran all year.
`;

  it('divides each year’s Total of the one table by the other’s', () => {
    expect(rates(report('12.3'))).toEqual([
      [true, [13_971, 1_184, 11.8]],
      [true, [14_170, 1_152, 12.3]],
    ]);
  });

  it('calls the year before’s rate a mismatch when a slip of its digits explains the miss', () => {
    expect(rates(report('13.2'))).toContainEqual([false, [14_170, 1_152, 13.2]]);
  });
});
