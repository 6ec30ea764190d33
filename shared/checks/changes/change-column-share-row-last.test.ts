import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.year-on-year-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (surface: string) =>
  [
    'Water withdrawal                        2023         2022    Change (%)',
    '(megalitres)',
    `Surface water                        4\u202f812        5\u202f106          ${surface}`,
    'Groundwater                          1\u202f246        1\u202f180          +5.6',
    'Total water withdrawal               6\u202f058        6\u202f286          \u22123.6',
    'Recycled share of water (%)           38.2         34.6     +3.6 pts',
    '',
  ].join('\n');

describe('a change column over a block its unit line parts from its header, a share row closing it', () => {
  it('compares each row\'s two years, the share row heading none of them', () => {
    expect(changes(table('\u22125.8'))).toContainEqual([true, [5_106, 4_812, -5.8]]);
    expect(changes(table('\u22128.5'))).toContainEqual([false, [5_106, 4_812, -8.5]]);
  });
});
