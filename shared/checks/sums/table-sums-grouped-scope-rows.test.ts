import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A ferry group's emissions by site, each scope a group heading over its sites' indented rows: the sites take
// their scope from the heading, and each is its own source of that scope, no scope counted twice.
const TABLE = [
  'Table 4  Emissions by site (t CO2e)',
  '                                         FY24        FY23     Change FY24 vs FY23 (%)',
  'Scope 1',
  '  Stornoway terminal                    4,812       5,104       -5.7',
  '  Oban terminal                         3,206       3,318       -3.4',
  '  Vessel fleet                         28,460      29,930       -4.9',
  'Total Scope 1                          36,478      38,352       -4.9',
  'Scope 2 (location-based)',
  '  Stornoway terminal                      642         705       -8.9',
  '  Oban terminal                           418         452       -7.5',
  'Total Scope 2                           1,060       1,157       -8.4',
].join('\n');

describe('a table whose scopes head groups of site rows', () => {
  it("adds each scope's sites to its total, in every year", () => {
    const sums = checksOf('sum', TABLE).map((c) => [c.holds, c.figures[0]!.value]);
    expect(sums).toEqual(expect.arrayContaining([[true, 36_478], [true, 38_352], [true, 1_060], [true, 1_157]]));
  });
});
