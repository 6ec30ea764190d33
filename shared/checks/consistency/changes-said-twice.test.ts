import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { runChecks } from '../index';
import { resultOf } from '../types';
import { changesSaidTwice } from './changes-said-twice';

// a kiwifruit packer's report: the letter's rise, worked over Table 1's 2023 Total, and 1.1's over the same sums rounded
const report = (letter: string) =>
  [
    "Chair's letter",
    '',
    `It was a season of good fruit and full packhouses, and net sales ${letter} to NZD 64.2 million.`,
    '',
    '1. Our business',
    '',
    '1.1 Net sales',
    '',
    'Net sales were NZD 64.2 million in 2024, 9.3% more than the NZD 58.7 million of 2023. Export fruit earned NZD 48.9 million.',
    '',
    'Table 1: Net sales (NZD thousand)',
    '',
    'Market                   2024        2023',
    'Export fruit           48,940      43,620',
    'Domestic fruit         15,270      15,120',
    'Total                  64,210      58,740',
    '',
  ].join('\n');

const RULE = 'consistency.change-said-twice';
const pairs = (text: string) => runChecks([checkDoc('report.txt', text)]).filter((c) => c.rule === RULE).map((c) => c.figures.map((f) => f.value));

describe('one change said twice with two rates, its values once in full and once rounded', () => {
  it("sets the letter's rate against the section's, which its rounded values give", () => {
    expect(pairs(report('grew 3.9%'))).toEqual([[3.9, 9.3]]);
  });

  it('says nothing when both rates hold', () => {
    expect(pairs(report('grew 9.3%'))).toEqual([]);
  });

  it('finds the pair among thousands of holding changes of the document: they are indexed by their new value, not searched up to a bound', () => {
    const doc = checkDoc('report.txt', report('grew 3.9%'));
    const before = runChecks([doc]).filter((c) => c.rule !== RULE);
    const holding = before.find((c) => c.kind === 'change' && c.holds && resultOf(c)?.value === 9.3)!;
    const many = [...before, ...Array.from({ length: 2500 }, () => holding)];
    expect(changesSaidTwice(many, [doc]).map((c) => c.figures.map((f) => f.value))).toEqual([[3.9, 9.3]]);
  });
});
