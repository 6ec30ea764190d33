import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const overSlipped = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'rate.over-slipped-total')
    .map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

// A rate the paragraph under a table works out over its own statement of the table's total, as the total's parts give it,
// while the table prints the total with two digits swapped: worked over the printed total, the rate does not hold.
describe("a holding rate over the text's statement of a slipped table total, in the paragraph right under the table", () => {
  const report = (total: string, between = '') =>
    [
      '2. Water',
      '',
      'Water withdrawn by source (thousand m3)',
      '                          2024          2023',
      'Groundwater               1,284         1,240',
      'Municipal supply            426           418',
      'Rainwater                    58            51',
      `Total                     ${total}         1,709`,
      between,
      '',
      'In 2024 our bottling plants withdrew 1,768 thousand m3 of water and filled 642,000 tonnes of beverages, or 2.75 m3 per tonne.',
    ].join('\n');

  it("reports the table's printed 1,786 over the tonnes filled against the stated 2.75 (2.78 over the total as printed)", () => {
    expect(overSlipped(report('1,786'))).toEqual([[false, [1_786_000, 642_000, 2.75]]]);
  });

  it('says nothing where the table prints its total right', () => {
    expect(overSlipped(report('1,768'))).toEqual([]);
  });

  it("says nothing where the table does not end right above the rate's paragraph", () => {
    expect(overSlipped(report('1,786', 'Recycled water   212   198'))).toEqual([]);
  });
});
