import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

const report = (letter: string, glance: string) =>
  [
    'Letter from the Chair',
    '',
    `This year ${letter} Our cooperative paid a record second payment, and the new dairy in the south opened on time.`,
    '',
    'Highlights of the year',
    `  * ${glance}`,
    '  * Milk collected: 1.84 billion litres',
    '',
    '2. Our members',
    '',
    'Members voted on the new constitution at eleven regional meetings.',
  ].join('\n');

describe('two English bounds of one counted noun and number (`nearly 6,000 farming families`, `More than 6,000 farming families`)', () => {
  it('are flagged when said the other way', () => {
    const text = report('nearly 6,000 farming families supplied milk to us.', 'More than 6,000 farming families own the cooperative');
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 6_000 }, { value: 6_000 }] }]);
  });

  it('hold when said the same way', () => {
    expect(mismatches(report('more than 6,000 farming families supplied milk to us.', 'More than 6,000 farming families own the cooperative'))).toEqual([]);
  });
});
