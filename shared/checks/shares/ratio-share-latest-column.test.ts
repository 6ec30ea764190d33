import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const named = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-named-whole');

describe('a share said with no year, its whole a table row by year', () => {
  it('divides by the row\'s latest year, not by the year before it beside it (`Electricity consumed (MWh)  48,620  45,310` under `2024  2023`)', () => {
    const text = (share: string) =>
      `Table 7  Electricity consumed by site (MWh)\n                                 2024          2023\nLeeds                          28,140        26,920\nBristol                        20,480        18,390\nElectricity consumed (MWh)     48,620        45,310\n\nOur rooftop arrays generated 9,140 MWh on site, which met ${share}% of the electricity we consumed.\n`;
    // 9,140 of 48,620 MWh is 18.8%; of 2023's 45,310 it would be 20.2%
    expect(named(text('18.8'))).toMatchObject([{ holds: true }]);
    expect(named(text('20.2'))).toMatchObject([{ holds: false, stated: 20.2 }]);
  });
});
