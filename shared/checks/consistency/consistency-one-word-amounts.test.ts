import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a building supplies group's chair's letter naming its turnover by the one word, and its financial review
const report = (letter: string) =>
  [
    'CHAIR\'S LETTER',
    '',
    `Trading was steady through a difficult market, ${letter} and we opened eleven new branches.`,
    '',
    'FINANCIAL REVIEW',
    '',
    'Table 3  Turnover by division                               (GBP million)',
    '                                      2024          2023',
    'Trade                                1,278         1,196',
    'Retail                               1,862         1,784',
    'Total                                3,140         2,980',
    '',
    'Group turnover grew 5.4% to GBP 3,140 million; Retail turnover rose 4.4% to GBP 1,862 million.',
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');
const texts = (c: { figures: Array<{ text: string }> }) => c.figures.map((f) => f.text);

describe('an English amount named by one word in running text (`…, and turnover reached GBP 3.41 billion`)', () => {
  it('restates the statements of that word alone, the group`s name aside: a slipped digit is flagged', () => {
    expect(mismatches(report('and turnover reached GBP 3.41 billion')).map(texts)).toEqual([['GBP 3.41 billion', '3,140', 'GBP 3,140 million']]);
  });

  it('agrees with them when it rounds the same amount', () => {
    expect(mismatches(report('and turnover reached GBP 3.14 billion'))).toEqual([]);
  });

  it('is no division`s amount (`Retail turnover`), though near it', () => {
    expect(mismatches(report('and turnover reached GBP 1.86 billion'))).toEqual([]);
  });
});
