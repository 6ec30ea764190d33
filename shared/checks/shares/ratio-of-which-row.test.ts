import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('ratio', text).filter((c) => !c.holds);

describe('`of which` after a share names no whole: it opens a part (a table\'s next row, a clause)', () => {
  it('reads no share cell over the `of which` row under it', () => {
    // a ferry operator's revenue table: the share cell of a row, then its `of which` row, the text naming that part before
    const text = [
      'Onboard sales earned GBP 3,960 thousand, of which GBP 1,284 thousand were duty-free sales.',
      '',
      'Table 1: Revenue by stream',
      'GBP thousand                      2024       2023  Change (%)  Share (%)',
      'Passenger fares                 18,420     17,260       +6.7       78.4',
      'Freight                          1,110      1,026       +8.2        4.7',
      'Onboard sales                    3,960      3,702       +7.0       16.9',
      'of which duty-free sales         1,284      1,196       +7.4        5.5',
      'Total                           23,490     21,988       +6.8      100.0',
    ].join('\n');
    expect(mismatches(text)).toEqual([]);
  });
});
