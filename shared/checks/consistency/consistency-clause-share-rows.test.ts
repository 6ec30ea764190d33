import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a brewery's report: the section says a source's share of its withdrawal as an aside after the source; its table gives the
// source a row with a share column under a caption naming the withdrawal
const report = (said: string) =>
  [
    '3.2 Water',
    '',
    `We withdrew 12,000 m3 of water in 2024. Mains water, ${said} of our withdrawal, rose 2.1% to 7,008 m3 as the new bottling`,
    'line came on stream.',
    '',
    'Table 5: Water withdrawal by source (m3)',
    '',
    'Source                         2024   Share (%)      2023',
    'Mains water                   7,008        58.4     6,864',
    'Borehole                      3,348        27.9     3,520',
    'Harvested rainwater           1,644        13.7     1,596',
    'Total                        12,000       100.0    11,980',
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('a share said as an aside after its part (`Mains water, 58.4% of our withdrawal,`) and the share column\'s row of that part', () => {
  it('is one share: the text\'s that differs from the table\'s is flagged', () => {
    expect(mismatches(report('56.9%'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 56.9 }), expect.objectContaining({ value: 58.4 })]) }]);
  });

  it('flags nothing when they agree', () => {
    expect(mismatches(report('58.4%'))).toEqual([]);
  });

  it('is no share of another whole than the caption\'s (`of our energy` against a water table)', () => {
    expect(mismatches(report('56.9%').replace('of our withdrawal', 'of our energy'))).toEqual([]);
  });
});
