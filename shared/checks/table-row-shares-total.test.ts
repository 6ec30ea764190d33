import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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
});
