import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A museum trust's admissions table as a layout export gives it: its split-year header leaves one space between
// the earlier year and the change column's name (`2023/24 Change (%)`), a share column between the two years.
const TABLE = [
  'Table 1: Admissions by site (thousand)',
  '',
  'Site                                            2024/25  Share (%)    2023/24 Change (%)',
  'Castle museum                                      612       51.0        584       +4.8',
  'Art gallery                                        388       32.3        402       -3.5',
  'Maritime centre                                    200       16.7        186       +7.5',
  'Total                                            1,200      100.0      1,172       +2.4',
].join('\n');

describe('a header whose earlier year is glued to the change column’s name', () => {
  it('reads the change column against the two years, each row', () => {
    const changes = checksOf('change', TABLE).filter((c) => c.rule === 'change.year-on-year-column').map((c) => [c.holds, c.stated]);
    expect(changes).toEqual([[true, 4.8], [true, -3.5], [true, 7.5], [true, 2.4]]);
  });

  it('finds a change cell whose digits were swapped', () => {
    const slipped = TABLE.replace('+7.5', '+5.7');
    expect(checksOf('change', slipped).filter((c) => !c.holds).map((c) => c.stated)).toEqual([5.7]);
  });
});
