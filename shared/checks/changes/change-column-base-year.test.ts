import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('an ESRS change column `% N / N-1` beside a base-year column', () => {
  const table = (freight: string) => `GHG emissions by scope (tCO2e)
                                                Base year 2020      N-1 (2022)      N (2023)     % N / N-1
Scope 1 GHG emissions
Gross Scope 1 GHG emissions                             18,420          16,240        15,310          -5.7
Significant Scope 3 GHG emissions
1 Purchased goods and services                                         412,600       398,200          -3.5
4 Upstream transportation and distribution                              28,940        26,120        ${freight}
6 Business travel                                                        1,860         2,240          20.4
`;

  it('reads its cells as rates, though they took the table\'s unit, in rows with no base-year cell too', () => {
    const checks = checksOf('change', table('-9.7')).filter((c) => c.rule === 'change.year-on-year-column');
    expect(checks.map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([
      [true, [16_240, 15_310, -5.7]],
      [true, [412_600, 398_200, -3.5]],
      [true, [28_940, 26_120, -9.7]],
      [true, [1_860, 2_240, 20.4]],
    ]);
  });

  it('finds a cell that does not compute', () => {
    expect(checksOf('change', table('-7.9')).filter((c) => !c.holds)).toMatchObject([{ rule: 'change.year-on-year-column', figures: [{ value: 28_940 }, { value: 26_120 }, { value: -7.9 }] }]);
  });
});
