import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a port operator's revenue: a subtotal row with no share between its parts and the other lines, over one Total's 100.0
const table = (share: string) =>
  [
    'Table 2: Revenue by activity (NZD million)',
    '                                   2025       2024     Share %',
    'Container handling                 142.6      131.8       52.4',
    'Bulk and breakbulk                  61.2       63.5       ' + share,
    'Cargo subtotal                     203.8      195.3',
    'Marine services                     48.9       45.2       18.0',
    'Property and other                  19.4       18.1        7.1',
    'Total                              272.1      258.6      100.0',
  ].join('\n');

const shareChecks = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-share-column').map((c) => [c.holds, c.figures[0]!.value]);

describe('a share column over a Total, a subtotal row giving no share among its rows', () => {
  it('reads the rows above the subtotal as parts of the Total too', () => {
    expect(shareChecks(table('22.5'))).toEqual([
      [true, 142_600_000],
      [true, 61_200_000],
      [true, 48_900_000],
      [true, 19_400_000],
    ]);
  });

  it('finds a share of them over another whole, and the column that no longer makes 100', () => {
    expect(shareChecks(table('23.7'))).toContainEqual([false, 61_200_000]);
    expect(checksOf('sum', table('23.7')).filter((c) => c.rule === 'sum.share-column' && !c.holds)).toHaveLength(1);
  });
});
