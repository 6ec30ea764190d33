import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a building society's section says whom it gave an amount to; its key figures row names the giving by the same recipient
const report = (given: string) =>
  [
    '5. Our members and communities',
    '',
    `We donated ${given} to charity in 2024, and our colleagues volunteered 6,120 hours in branch towns.`,
    '',
    'Key figures',
    'Indicator                  Unit             2024        2023',
    'Members                    thousand        1,284       1,236',
    'Charity donations          GBP million     17.45       15.90',
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');
const values = (c: { figures: Array<{ value: number }> }) => c.figures.map((f) => f.value / 1e6).sort((a, b) => a - b);

describe('an amount given `to` someone (`We donated £1,745 thousand to charity`)', () => {
  it('is read for whom it went to: a scale slip against the key figures row of that giving is flagged', () => {
    expect(mismatches(report('£1,745 thousand')).map(values)).toEqual([[1.745, 17.45]]);
  });

  it('flags nothing when the amounts agree', () => {
    expect(mismatches(report('£17,450 thousand'))).toEqual([]);
  });
});

describe('an amount a giver named otherwise gave `to` someone (`our foundation gave £1,745 million to charity`)', () => {
  // the giver names the metric: the letter's amount is the foundation's, which its section states again
  const foundation = (letter: string) =>
    [`Chair's letter\n\nIt was a good year for the society, and ${letter} across our branch towns.`, '', '5. Communities', '', 'Our foundation gave £1,745 thousand in 2024, 0.6% of our profit.', ''].join('\n');

  it('is read for the giver, as the section says it', () => {
    expect(mismatches(foundation('our foundation gave £1,745 million to charity')).map(values)).toEqual([[1.745, 1745]]);
  });
});
