import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const pairs = (text: string) =>
  checksOf('consistency', text)
    .filter((c) => c.rule === 'consistency.same-computation')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('one computation stated twice with two results', () => {
  it('sets a table\'s share cell against the text\'s share of the same two figures', () => {
    const report = (cell: string) =>
      `Table 2: Deliveries by region (thousand hectolitres)\n\nRegion          2024   Share (%)     2023   Change (%)\nNorth          1,286        ${cell}    1,204        +6.8\nSouth          1,835        58.8    1,790        +2.5\nTotal          3,121       100.0    2,994        +4.2\n\n` +
      'We delivered 3,121 thousand hectolitres in 2024. The North took 1,286 thousand hectolitres, or 41.2% of the total.\n';
    expect(pairs(report('41.2'))).toEqual([]);
    expect(pairs(report('42.1'))).toEqual([[false, [42.1, 41.2]]]);
  });

  it('sets a text\'s share against the key figures\' row the note defines as the same quotient (Chinese)', () => {
    const report = (share: string) =>
      `2024年公司研发投入3.86亿元，较上年的3.42亿元增长12.9%，占营业收入的${share}%。\n\n关键绩效表\n\n指标                          单位        2024年        2023年\n营业收入                      亿元         53.62         49.18\n研发投入                      亿元          3.86          3.42\n研发投入占营业收入比例        %              7.2           7.0\n`;
    expect(pairs(report('7.2'))).toEqual([]);
    expect(pairs(report('7.9'))).toEqual([[false, [7.9, 7.2]]]);
  });
});
