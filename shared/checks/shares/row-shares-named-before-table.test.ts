import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a theatre trust's report: the paragraph leading to the revenue table names a stream's share of revenue; the table has an
// `of which` row and a header label over its rows (`Stream`), its caption on the line above
const report = (share: string) =>
  [
    '1. Our year',
    '',
    `Ticket sales recovered strongly, and catering and bars made up ${share} of revenue as audiences stayed longer.`,
    '',
    'Table 1 - Revenue by stream (GBP thousand)',
    '',
    'Stream                                  2024        2023',
    'Ticket sales                           6,420       5,980',
    '  of which touring shows               2,210       1,940',
    'Catering and bars                      2,180       1,960',
    'Grants and donations                   1,400       1,510',
    'Total                                 10,000       9,450',
  ].join('\n');

const named = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.row-share-named-in-text');

describe('a share of a row said in the paragraph leading to its table (`catering and bars made up 21.8% of revenue`)', () => {
  it('is the row\'s cell over the Total, the `of which` row no row the Total adds', () => {
    expect(named(report('21.8%'))).toMatchObject([{ holds: true }]);
  });

  it('flags a share the cells do not give', () => {
    expect(named(report('31.8%'))).toMatchObject([{ holds: false }]);
  });

  it('reads no share before the table said of nothing', () => {
    expect(named(report('21.8%').replace('21.8% of revenue', '21.8%'))).toEqual([]);
  });
});
