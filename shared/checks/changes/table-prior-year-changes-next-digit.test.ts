import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const columnChecks = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.change-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a rate said in the text and again in its table row's change column, both to one decimal
const text = (rate: string, level = '1,284.6') => `Water withdrawal rose ${rate}% to ${level} megalitres in 2024, mostly for the new cooling towers.

Table 6: Water withdrawal by source (megalitres)

Source                    2024        2023     Change (%)
Municipal supply         842.1       805.3          +4.6
Groundwater              442.5       427.2          +3.6
Total                  1,284.6     1,232.5          +4.2
`;

describe('a text rate and its row\'s change column one digit apart (`rose 4.3%` against `+4.2`)', () => {
  it('finds them two rates, though their roundings meet at 4.25', () => {
    expect(columnChecks(text('4.3'))).toEqual([[false, [4.3, 4.2]]]);
  });

  it('holds the same rate said alike, and one said to more decimals within the column\'s rounding', () => {
    expect(columnChecks(text('4.2'))).toEqual([[true, [4.2, 4.2]]]);
    expect(columnChecks(text('4.23'))).toEqual([[true, [4.23, 4.2]]]);
  });

  it('holds a rate worked on the text\'s rounder level, which the row\'s cells give too (`rose 4.3% to 1,285 megalitres`)', () => {
    expect(columnChecks(text('4.3', '1,285'))).toEqual([[true, [4.3, 4.2]]]);
  });
});
