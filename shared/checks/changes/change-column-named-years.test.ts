import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a change column whose header names the years it is between', () => {
  // latest year first, the rows under sub-heading lines of their own
  const table = (cell: string, north = '3.6') => `Table 3  Energy use (GWh)
                                 FY24        FY23        FY22     Change FY24 vs FY23 (%)
Operations
  Northern mill                 412.6       398.4       371.2        ${north}
  Southern mill                 286.2       301.8       296.4       ${cell}
Total                           698.8       700.2       667.6       -0.2
`;

  it('reads each row from the earlier year to the later', () => {
    const checks = checksOf('change', table('-5.2')).filter((c) => c.rule === 'change.year-on-year-column');
    expect(checks.map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([
      [true, [398.4, 412.6, 3.6]],
      [true, [301.8, 286.2, -5.2]],
      [true, [700.2, 698.8, -0.2]],
    ]);
  });

  it('finds a cell whose sign is turned', () => {
    expect(checksOf('change', table('-5.2', '-3.6')).filter((c) => !c.holds)).toMatchObject([{ rule: 'change.year-on-year-column', figures: [{ value: 398.4 }, { value: 412.6 }, { value: -3.6 }] }]);
  });
});

describe('financial years written `2022/23` over a bare `Change` column', () => {
  it('are the years of the columns, not a change naming them', () => {
    const text = 'Measure\t2022/23\t2023/24\tChange\nLeakage (Ml/d)\t182.4\t171.6\t-5.9%\nMains bursts (per 1,000 km)\t126.8\t119.4\t-7.4%\n';
    expect(checksOf('change', text).filter((c) => c.rule === 'change.year-on-year-column').map((c) => [c.figures[0]!.value, c.holds]).sort()).toEqual([[126.8, false], [182.4, true]]);
  });
});
