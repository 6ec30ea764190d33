import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a South African insurer's report: its highlights, then a table whose header's label cell names what its rows break
// down (`Bursary spend by province`), its money column headed with a currency and a scale (`R million`)
const report = (highlight: string) =>
  [
    'Highlights',
    `  * Bursary spend: ${highlight}`,
    '  * Policies in force: 2.4 million',
    '',
    '5. Transformation',
    '',
    'Bursaries went to students in every province for the first time.',
    '',
    'Bursary spend by province          R million      Share (%)',
    'Gauteng                                 41.8           48.1',
    'Western Cape                            26.4           30.4',
    'KwaZulu-Natal                           18.7           21.5',
    'Total                                   86.9          100.0',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe("a bare Total row's cell under a header whose label cell names its rows' breakdown", () => {
  it('is of the measure broken down, its money column aside: a highlight of it with its scale slipped is flagged', () => {
    expect(mismatches(report('R8.69 million')).map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b))).toEqual([[8_690_000, 86_900_000]]);
  });

  it('holds when the highlight agrees', () => {
    expect(mismatches(report('R86.9 million'))).toEqual([]);
  });
});
