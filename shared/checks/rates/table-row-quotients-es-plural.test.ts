import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a craft brewery's key figures: the row `per batch brewed` under `Batches brewed`, a plural in -es after a hissing sound
const table = (latest: string) => `Key figures
                                  2024        2023
Batches brewed                   1,240       1,180
Water used (m3)                  9,920       9,680
Water per batch brewed (m3)      ${latest}        8.20
`;

describe('a quotient row whose denominator\'s label says its noun in the plural in -es (`per batch brewed` of `Batches brewed`)', () => {
  it('reads the row over the plural\'s row', () => {
    expect(quotients(table('8.00'))).toEqual([
      [true, [9_920, 1_240, 8]],
      [true, [9_680, 1_180, 8.2]],
    ]);
  });

  it('calls a column worked over the other year\'s water a mismatch (9,680 over 1,240 is 7.81)', () => {
    expect(quotients(table('7.81')).filter(([holds]) => !holds)).toEqual([[false, [9_920, 1_240, 7.81]]]);
  });
});
