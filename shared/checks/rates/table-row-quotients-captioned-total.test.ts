import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.table-row-quotient';
const ofRule = (text: string) => checksOf('ratio', text).flatMap((c) => (c.rule === RULE ? [[c.holds, c.message]] : []));

describe('an intensity per what another table totals, named by its caption', () => {
  const hotels = (latest: string) => `Table 2  Rooms in operation by brand
                                         2023        2022        2021
Harbourline Grand                       4,812       4,786       4,702
Harbourline Suites                      2,364       2,218       2,104
Pier & Pine                             1,106         986         842
Total                                   8,282       7,990       7,648

Our energy use fell again as the heat pump retrofits reached the Suites properties.

Table 6  Energy (MWh)                    2023        2022        2021
Electricity                            96,420      98,610     101,260
Natural gas                            41,380      46,920      52,340
Total energy                          137,800     145,530     153,600
MWh per room in operation               ${latest}       18.21       20.08
`;

  it('divides the row`s total by the captioned table`s total, year by year', () => {
    expect(ofRule(hotels('16.64'))).toEqual([
      [true, '✓ 137,800 / 8,282 = 16.64'],
      [true, '✓ 145,530 / 7,990 = 18.21'],
      [true, '✓ 153,600 / 7,648 = 20.08'],
    ]);
    expect(ofRule(hotels('16.46'))).toContainEqual([false, '✗ 137,800 / 8,282 = 16.64, stated 16.46']);
  });
});
