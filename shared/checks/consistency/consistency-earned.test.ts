import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a spa hotel group's report: the letter says what its spas earned, the key figures their revenue
const report = (letter: string) =>
  [
    "Chair's letter",
    '',
    `Guests came back in numbers in 2024: revenue rose 6.2% to EUR 96.4 million, ${letter}`,
    '',
    'Our teams opened two new hotels on the coast and refurbished 140 rooms across the group, and guest satisfaction held at 91%.',
    'We thank our colleagues, our guests and the towns we work in for a year that showed what a family-run group can do.',
    '',
    'Key figures                     Unit            2024        2023',
    'Revenue                         EUR million     96.4        90.8',
    'Spa revenue                     EUR million     18.6        16.9',
  ].join('\n');

describe('an amount a thing `earned` (`our spas earned EUR 18.2 million`) is that thing\'s revenue', () => {
  it('is flagged against the key figure of that revenue', () => {
    expect(mismatches(report('and our spas earned EUR 18.2 million.'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 18_200_000 }, { value: 18_600_000 }] }]);
  });

  it('holds when it agrees, and reads only the thing that earned it', () => {
    expect(mismatches(report('and our spas earned EUR 18.6 million.'))).toEqual([]);
    expect(mismatches(report('and our restaurants earned EUR 18.2 million.'))).toEqual([]);
  });
});
