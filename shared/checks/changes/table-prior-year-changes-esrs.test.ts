import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a rate the text states of an ESRS E1-6 row', () => {
  const report = (scope2: string, total: string) => `Location-
based Scope 2 emissions fell ${scope2}% to 84,210 t CO2e. Scope 1 and 2 emissions (market-based) fell ${total}% to 61,480 t CO2e.

GHG emissions (t CO2e)                                         N-1 (2022)        N (2023)
Gross Scope 1 GHG emissions                                        40,120          38,950
Gross location-based Scope 2 GHG emissions                         89,640          84,210
Gross market-based Scope 2 GHG emissions                           29,310          22,890
Total Scope 1 and 2 (market-based)                                 69,430          61,840
3 Fuel- and energy-related activities                              63,200          61,480
`;
  const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year').map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('names the row `Gross … GHG emissions` by its own words, across a hyphen the line broke', () => {
    expect(changes(report('6.1', '10.9'))).toContainEqual([true, [89_640, 84_210, 6.1]]);
    expect(changes(report('5.1', '10.9'))).toContainEqual([false, [89_640, 84_210, 5.1]]);
  });

  it('takes a figure that slipped against the row it stands near, not a row of other words it restates', () => {
    // 69,430 -> 61,480 is -11.5%; the row's own 61,840 gives -10.9%
    expect(changes(report('6.1', '10.9'))).toContainEqual([false, [69_430, 61_480, 10.9]]);
  });
});
