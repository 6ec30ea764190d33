import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a tea estate's report: the chairman's round bound on where its leaf came from, and the section giving it exactly in other words
const report = (bound: string, exact = '46.8') =>
  [
    "Chairman's statement",
    '',
    `The season was dry, yet our factories kept running. ${bound} of the green leaf we processed was plucked by smallholders in the Nandi hills.`,
    '',
    '2. Leaf supply',
    '',
    `We processed 18,240 tonnes of green leaf in 2024: 9,700 tonnes from our own estates and 8,540 tonnes plucked by 3,900 smallholders in the Nandi hills, together 8,540 tonnes or ${exact}% of the total.`,
    '',
  ].join('\n');

const sentenceBounds = (text: string) =>
  checksOf('consistency', text)
    .filter((c) => !c.holds && c.figures.some((f) => f.value !== 8540 && f.value !== 18_240))
    .map((c) => c.figures.map((f) => f.value));

describe('a round bound against the exact figure another sentence gives of it in other words', () => {
  it('flags `More than 48%` against the exact 46.8% the section says of the same leaf', () => {
    expect(sentenceBounds(report('More than 48%'))).toEqual([[48, 46.8]]);
  });

  it('flags `Nearly 45%` against an exact 46.8%', () => {
    expect(sentenceBounds(report('Nearly 45%'))).toEqual([[45, 46.8]]);
  });

  it('holds a bound the exact figure bears out', () => {
    expect(sentenceBounds(report('More than 45%'))).toEqual([]);
    expect(sentenceBounds(report('Nearly 48%'))).toEqual([]);
  });

  it('pairs no exact figure beyond a rounding`s reach of the bound', () => {
    expect(sentenceBounds(report('More than 60%'))).toEqual([]);
  });

  it('pairs no exact figure whose sentence says other things', () => {
    const other = report('More than 48%').replace('plucked by smallholders in the Nandi hills', 'sold at the Mombasa auction');
    expect(sentenceBounds(other)).toEqual([]);
  });
});
