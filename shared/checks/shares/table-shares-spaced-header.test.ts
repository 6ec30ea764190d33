import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const checks = (text: string) => checksOf('ratio', text).concat(checksOf('sum', text)).map((c) => [c.rule, c.holds, c.figures.map((f) => f.value)]);
// a space-aligned table whose header leaves the labels' column blank, its share column between two years' headcounts
const table = (north: string) =>
  [
    'Headcount by region at 31 March',
    '',
    '                             2024    Share (%)       2023',
    'Auckland                    1,184         41.6      1,102',
    `North Island (other)          906         ${north}        871`,
    'Canterbury                    532         18.7        498',
    'South Island (other)          224          7.9        231',
    'Total                       2,846        100.0      2,702',
    '',
  ].join('\n');

describe('a share column under a space-aligned header with no cell over the labels', () => {
  it("reads each row's share over the total row of the year before it", () => {
    expect(checks(table('31.8'))).toEqual(
      expect.arrayContaining([
        ['ratio.table-share-column', true, [1_184, 2_846, 41.6]],
        ['ratio.table-share-column', true, [906, 2_846, 31.8]],
        ['sum.share-column', true, [100, 41.6, 31.8, 18.7, 7.9]],
      ]),
    );
  });
  it('reports a share that does not come out, and the column that no longer adds up to 100', () => {
    expect(checks(table('13.8'))).toEqual(expect.arrayContaining([['ratio.table-share-column', false, [906, 2_846, 13.8]], ['sum.share-column', false, [100, 41.6, 13.8, 18.7, 7.9]]]));
  });
});
