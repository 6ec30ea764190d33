import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a ferry operator's report: the chief executive's letter, a breakdown captioned with its metric, and the key figures
const report = (letter: string) =>
  [
    "Chief Executive's letter",
    '',
    `${letter} Our crews sailed through the busiest summer on record.`,
    '',
    '2. Our business',
    '',
    'Table 3: Freight revenue by route (EUR million)',
    '',
    'Route                        2024       2023',
    'North Sea                   1,512      1,436',
    'Baltic                        934        902',
    'Channel                       400        372',
    'Total                       2,846      2,710',
    '',
    'Freight volumes recovered as the new terminal at Rostock opened in the spring.',
    '',
    '7. Key figures',
    '',
    'Indicator                   Unit              2024       2023',
    'Freight revenue             EUR million      2,846      2,710',
    'Lane metres carried         thousand         8,412      8,106',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');
const values = (c: { figures: Array<{ value: number }> }) => c.figures.map((f) => f.value / 1e6).sort((a, b) => a - b);

describe("a bare Total row's cell restates the row of another table its caption's metric names, of its very value", () => {
  it('joins that row, so a text figure slipped against it is flagged against the Total too', () => {
    expect(mismatches(report("The Company's freight revenue rose 5.0% to EUR284.6 million.")).map(values)).toEqual([[284.6, 2_846, 2_846]]);
  });

  it('holds when the text agrees', () => {
    expect(mismatches(report("The Company's freight revenue rose 5.0% to EUR2,846 million."))).toEqual([]);
  });
});
