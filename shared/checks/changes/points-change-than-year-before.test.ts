import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a ferry operator's report: the letter's share and its points after a comma, their way said after them against the year
// before; the fleet section says both years' shares; the key figures give the share's two years
const report = (points: string) =>
  [
    "Chief Executive's letter",
    '',
    `We retired four diesel vessels, so that electric ferries made up 41.6% of our fleet, ${points}. Crossings rose again.`,
    '',
    '2. Fleet',
    '',
    'At the end of 2024 we ran 32 electric ferries, 41.6% of the fleet, against 26, or 33.3%, a year earlier.',
    '',
    'Key figures                       Unit            2024        2023',
    'Crossings                         thousand        84.2        81.0',
    'Electric ferries                  % of fleet      41.6        33.3',
  ].join('\n');

const points = (text: string) => checksOf('change', report(text)).filter((c) => c.rule === 'change.percentage-points-against-table' && c.figures.some((f) => f.value === 41.6 && f.role === 'new'));

describe('a share, a comma, then its points compared with the year before after them (`8.3 percentage points more than a year earlier`)', () => {
  it('recomputes the points against the row the share restates', () => {
    expect(points('8.3 percentage points more than a year earlier')).toMatchObject([{ holds: true }]);
  });

  it("flags points that do not come out (3.8 for 8.3), naming the year before's share the text says too", () => {
    const [check, ...rest] = points('3.8 percentage points more than a year earlier');
    expect(rest).toEqual([]);
    expect(check).toMatchObject({ holds: false, stated: 3.8 });
    expect(check!.figures.filter((f) => f.value === 33.3).map((f) => f.role).sort()).toEqual(['mention', 'old']);
  });

  it('reads no points compared with another level (`more than the national average`)', () => {
    expect(points('3.8 percentage points more than the national average')).toEqual([]);
  });
});
