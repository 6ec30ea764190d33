import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.year-on-year-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (services2022: string) => `Segmental performance
                          Revenue                          Adjusted operating profit
£m                        2023       2022      Change       2023       2022    Margin 2023
Packaging              1,284.6    1,198.2       7.2%       168.4      152.6          13.1%
Services                 359.2    ${services2022}       8.1%        48.2       44.6          13.4%
`;

describe('a Change column under a header that names its years again for another measure', () => {
  it('compares the two years of its own group, just before it', () => {
    expect(changes(table('332.3'))).toEqual([
      [true, [1_198.2e6, 1_284.6e6, 7.2]],
      [true, [332.3e6, 359.2e6, 8.1]],
    ]);
  });

  it('calls a cell its own group\'s years do not give a mismatch', () => {
    expect(changes(table('323.3'))).toContainEqual([false, [323.3e6, 359.2e6, 8.1]]);
  });
});

describe('an ESRS table: a `% N / N-1` column, a header opening with its base year, a sub-heading row between its rows', () => {
  const esrs = (commuting: string) => `E1-6 Gross Scopes 1, 2, 3 and Total GHG emissions (tCO2e)
                                                         2019 (base year)          2022          2023    % N / N-1
Gross Scope 1 GHG emissions                                      412,600       356,800       338,400       -5.2%
Significant Scope 3 GHG emissions
  7 Employee commuting                                           194,800       186,400       128,900       ${commuting}
`;

  it('recomputes each row\'s change from its last two years, the rows below the sub-heading too', () => {
    expect(changes(esrs('-30.8%'))).toEqual([[true, [356_800, 338_400, -5.2]], [true, [186_400, 128_900, -30.8]]]);
    expect(changes(esrs('-1.9%'))).toContainEqual([false, [186_400, 128_900, -1.9]]);
  });
});
