import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.share-of-table-rows';
const ofRule = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === RULE)
    .map((c) => [c.holds, c.message]);

describe('a share of a table row over a whole the table gives without naming it', () => {
  const freight = (share: string) => `Operating data                                        2023        2022
Freight carried (million tonnes)                     84.6        81.2
    Bulk                                             52.8        50.9
    Containerised                                    31.8        30.3
Route length (km)                                   2,318       2,318

Bulk freight made up ${share}% of the total, as iron ore exports through the northern ports recovered.
`;

  it('reads `the total` of a row set in under another as that row', () => {
    expect(ofRule(freight('62.4'))).toEqual([[true, '✓ 52.8 / 84.6 = 62.4 %']]);
    expect(ofRule(freight('64.2'))).toEqual([[false, '✗ 52.8 / 84.6 = 62.4 %, stated 64.2 %']]);
  });

  const segments = (share: string) => `Revenue from contracts with customers by business line        (€ million)
                                 2023        2022
Networks                        1,846.2     1,712.4
Generation                        934.8       988.6
Retail                            512.6       468.2
Total                           3,293.6     3,169.2

Networks contributed ${share}% of revenue from contracts with customers, helped by the regulated tariff review.
`;

  it('reads a whole its caption names as the table`s bare total row', () => {
    expect(ofRule(segments('56.1'))).toEqual([[true, '✓ 1,846.2 / 3,293.6 = 56.1 %']]);
    expect(ofRule(segments('61.5'))).toEqual([[false, '✗ 1,846.2 / 3,293.6 = 56.1 %, stated 61.5 %']]);
  });

  const fleet = (share: string) => `Our service fleet grew to 1,246 vehicles at the end of 2023. Battery electric vans account for ${share}% of it and the
plug-in hybrids we lease for the rural depots for 9.6%; the rest still run on diesel.

Table 4  Service fleet by drivetrain (vehicles)
                                   2023        2022
Battery electric vans               229         141
Plug-in hybrids                     120          96
Diesel                              897       1,004
Total fleet                       1,246       1,241
`;

  it('reads `it` as the amount ending the sentence before, when it restates a row of the part`s table', () => {
    expect(ofRule(fleet('18.4'))).toEqual([
      [true, '✓ 229 / 1,246 = 18.4 %'],
      [true, '✓ 120 / 1,246 = 9.6 %'],
    ]);
    expect(ofRule(fleet('14.8'))).toContainEqual([false, '✗ 229 / 1,246 = 18.4 %, stated 14.8 %']);
  });

  const spend = (share: string) => `| Capital programme (€m)        | 2023 | 2022 |
|-------------------------------|------|------|
| Distribution grid             | 412.6 | 388.1 |
| Transmission                  | 236.4 | 251.0 |
| Metering and IT               |  64.8 |  58.2 |
| Total capital programme       | 713.8 | 697.3 |

Distribution grid accounted for ${share}% of the capital programme and metering and IT for 9.1%, the rest going to transmission.
`;

  it('reads the whole before the next part`s `and`, and that part after it', () => {
    expect(ofRule(spend('57.8'))).toEqual([
      [true, '✓ 412.6 / 713.8 = 57.8 %'],
      [true, '✓ 64.8 / 713.8 = 9.1 %'],
    ]);
    expect(ofRule(spend('75.8'))).toContainEqual([false, '✗ 412.6 / 713.8 = 57.8 %, stated 75.8 %']);
  });
});
