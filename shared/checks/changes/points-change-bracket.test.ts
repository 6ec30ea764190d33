import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a building society's report: the share's own points come after a bracket of the people it counts, the key figures give
// the share's two years
const report = (pp: string) =>
  [
    '4. Our people',
    '',
    `Women held 38.5% of senior roles (77 people), up ${pp} percentage points, after two years of open recruitment.`,
    '',
    'Key figures                       Unit            2024        2023',
    'Members                           thousand       412.6       398.1',
    'Women in senior roles             %               38.5        35.2',
  ].join('\n');

const points = (pp: string) => checksOf('change', report(pp)).filter((c) => c.rule === 'change.percentage-points-against-table');

describe('a share, a bracket of what it counts, then its own points (`38.5% of senior roles (77 people), up 3.3 percentage points`)', () => {
  it('recomputes the points against the year before of the row the share restates', () => {
    expect(points('3.3')).toMatchObject([{ holds: true }]);
  });

  it('flags points that do not come out (`up 1.3` for 3.3)', () => {
    expect(points('1.3')).toMatchObject([{ holds: false, stated: 1.3 }]);
  });
});
