import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a paper maker's letter, its named subject opening the sentence, and its key figures
const report = (sales: string) =>
  [
    "Chairman's letter",
    '',
    `Lakeshore Paper achieved net sales of ${sales}, as packaging grades made up for weaker demand for graphic paper.`,
    '',
    'Key figures',
    '',
    'Indicator                   Unit              2024       2023',
    'Net sales                   EUR million      1,426      1,388',
    'Pulp produced               kt                 612        598',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('a metric the company\'s name and a verb of a result open (`Lakeshore Paper achieved net sales`)', () => {
  it('is read for the words after the verb: a scale slip against the key figures\' row is flagged', () => {
    expect(mismatches(report('EUR14.26 billion')).map((c) => c.figures.map((f) => f.value / 1e6).sort((a, b) => a - b))).toEqual([[1_426, 14_260]]);
  });

  it('and holds when they agree', () => {
    expect(checksOf('consistency', report('EUR1,426 million')).filter((c) => !c.holds)).toEqual([]);
  });
});
