import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const cells = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-share-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const table = (rows: string[], total: string) =>
  ['Water withdrawal by source (megalitres)      FY2024    Share (%)    FY2023', ...rows, `Total                                        ${total}        100.0     3,102`, ''].join('\n');

describe('a share column rounded to its 100 over a total row', () => {
  it('allows a cell a step off its amount over the total when the amounts add up to it (a share bumped to make 100)', () => {
    const rows = ['Municipal supply                             1,000         33.3     1,020', 'Groundwater                                  1,000         33.3       998', 'Rainwater harvested                          1,000         33.4     1,084'];
    expect(cells(table(rows, '3,000'))).toContainEqual([true, [1_000, 3_000, 33.4]]);
  });
  it('allows none when the amounts add up to another total than the row states: its shares stand on their sum', () => {
    // 1,862 + 1,214 + 218 = 3,294, the total written 3,249: the rainwater share 6.6 is 218 of 3,294, 6.71% of 3,249
    const rows = ['Municipal supply                             1,862         56.5     1,740', 'Groundwater                                  1,214         36.9     1,160', 'Rainwater harvested                            218          6.6       202'];
    expect(cells(table(rows, '3,249'))).toContainEqual([false, [218, 3_249, 6.6]]);
  });
});

describe('a share column beside two years of amounts, its total slipped', () => {
  // 4,120 + 2,360 + 1,520 = 8,000, the FY2024 total written 8,600 (digits slipped); the shares stand on 8,000
  const text = [
    'Table 4  Waste handled (tonnes)',
    '',
    '                          FY2024      FY2023    Share (%)',
    'Recycled                   4,120       3,410       51.5',
    'Composted                  2,360       2,470       29.5',
    'of which food waste        1,480       1,510       18.5',
    'Landfilled                 1,520       1,690       19.0',
    'Total                      8,600       7,570      100.0',
    '',
  ].join('\n');
  const shares = checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-share-column');

  it('reads the shares over the year whose parts they stand on, and flags them against its slipped total', () => {
    expect(shares.map((c) => [c.holds, c.figures.map((f) => f.value)])).toContainEqual([false, [4_120, 8_600, 51.5]]);
  });

  it('does not read them over the other year\'s column', () => {
    expect(shares.flatMap((c) => c.figures.map((f) => f.value))).not.toContain(7_570);
  });

  it('still sums the share column to its 100, the `of which` row left out', () => {
    expect(checksOf('sum', text).some((c) => c.rule === 'sum.share-column' && c.holds)).toBe(true);
  });
});
