import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.share-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share column\'s total row of 100 is the whole itself, not a share rounded to 100', () => {
  // a brewery's water by source, its amounts adding up to the total: three shares rounded from it make 99.85–100.15 at most
  const water = (borehole: string) =>
    [
      'Table 4: Water withdrawal by source (m3)',
      '',
      'Source                         2024   Share (%)      2023',
      'Mains water                   7,008        58.4     7,240',
      `Borehole                      3,348        ${borehole}     3,410`,
      'of which licensed abstraction 2,100        17.5     2,050',
      'Harvested rainwater           1,644        13.7     1,380',
      'Total                        12,000       100.0    12,030',
      '',
    ].join('\n');

  it('flags three shares adding up to 100.2 (58.4 + 28.1 + 13.7), though a rounded 100.0 would allow it', () => {
    expect(sums(water('28.1'))).toEqual([[false, [100, 58.4, 28.1, 13.7]]]);
  });

  it('holds when they add up to 100', () => {
    expect(sums(water('27.9'))).toEqual([[true, [100, 58.4, 27.9, 13.7]]]);
  });

  it('holds four shares adding up to 100.2, which their rounding allows', () => {
    const four = ['Source          2024   Share (%)', 'Mains       2,755        27.6', 'Borehole    2,445        24.4', 'Rainwater   2,405        24.1', 'River       2,395        24.1', 'Total      10,000       100.0', ''].join('\n');
    expect(sums(four)).toEqual([[true, [100, 27.6, 24.4, 24.1, 24.1]]]);
  });
});
