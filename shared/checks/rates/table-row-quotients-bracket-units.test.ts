import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

/**
 * A heavy-oil producer's data table: the intensity rows say their unit only in brackets at the end of the label (one
 * wrapped onto a line of its own), the emission rows take theirs from the caption, and production is in MMboe.
 */
const table = (latest: string) => `Table 5: Emissions and water, thermal operations (kt CO2e unless stated)
                                          2021        2022        2023
Direct emissions (Scope 1)               3,412       3,586       3,644
Indirect emissions (Scope 2)               402         418         397
Total Scope 1 and 2                      3,814       4,004       4,041
Oil equivalent produced (MMboe)           44.8        47.9        49.6
GHG emissions intensity
  (kg CO2e/boe)                           85.1        83.6        ${latest}
Fresh water used (thousand m³)           6,420       6,580       6,310
Bitumen produced (MMbbl)                  41.2        44.1        45.8
Fresh water intensity (m³/bbl)            0.16        0.15        0.14
`;

describe('an intensity row whose unit stands in brackets at the end of its label', () => {
  it('divides the row in the unit\'s first measure by the row in its second, MM and kt read off the columns', () => {
    expect(quotients(table('81.5'))).toEqual([
      [true, [3_814, 44.8, 85.1]],
      [true, [4_004, 47.9, 83.6]],
      [true, [4_041, 49.6, 81.5]],
      [true, [6_420e3, 41.2, 0.16]],
      [true, [6_580e3, 44.1, 0.15]],
      [true, [6_310e3, 45.8, 0.14]],
    ]);
  });

  it('calls a column a mismatch when the two others hold', () => {
    expect(quotients(table('85.1')).filter(([holds]) => !holds)).toEqual([[false, [4_041, 49.6, 85.1]]]);
  });
});

/** A contractor's safety table: a recordable-injury rate per 200,000 hours under hours worked in millions. */
const safety = (latest: string) => `Safety performance (employees and contractors)     2021      2022      2023
Hours worked (millions)                            14.6      15.2      16.1
Recordable injuries                                  52        47        41
Lost-time injuries                                   11         9         8
TRIR (per 200,000 hours worked)                    0.71      0.62      ${latest}
`;

describe('a frequency row per a round amount of what another row counts', () => {
  it('divides the row that gives its columns by the row of what it is per, times the amount', () => {
    expect(quotients(safety('0.51'))).toEqual([
      [true, [52, 14.6e6, 0.71]],
      [true, [47, 15.2e6, 0.62]],
      [true, [41, 16.1e6, 0.51]],
    ]);
  });

  it('calls a column a mismatch when the two others hold', () => {
    expect(quotients(safety('0.56')).filter(([holds]) => !holds)).toEqual([[false, [41, 16.1e6, 0.56]]]);
  });
});
