import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dental group's clinics by region: small counts, whose quotients are wide enough that either year's column meets the shares
const table = (share: string) =>
  [
    'Table 2: Clinics by region (at year end)',
    'Region                        2025       2024      Share %',
    'North West                      47         43       ' + share,
    'Yorkshire                       29         27       22.8',
    'Midlands                        33         30       26.0',
    'Wales                           18         17       14.2',
    'Total clinics                  127        117      100.0',
  ].join('\n');

const shares = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-share-column').map((c) => [c.holds, c.figures[0]!.value, c.figures[1]!.value]);

describe('a share column after two years\' columns that each give as many of its shares', () => {
  it('is read over the column whose quotients come nearest its shares, though it is not the nearest column', () => {
    expect(shares(table('37.0'))).toEqual([
      [true, 47, 127],
      [true, 29, 127],
      [true, 33, 127],
      [true, 18, 127],
    ]);
  });

  it('still finds a share that column does not give', () => {
    expect(shares(table('39.0'))[0]).toEqual([false, 47, 127]);
  });
});
