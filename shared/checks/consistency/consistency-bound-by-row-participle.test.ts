import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a food bank's chair bounds a count by the verb its key table's row says of the noun, beside a row of another verb
const report = (letter: string) =>
  [
    'A letter from our Chair',
    '',
    `Need rose again this winter. ${letter}. More than 400 volunteers gave their time.`,
    '',
    'Our year in numbers',
    '',
    'Indicator                 Unit          2024        2023',
    'Meals donated             number       8,214       7,655',
    'Meals sold                number       7,860       7,310',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('a bound said by the verb a row says of its noun (`our kitchens donated nearly 8,000 meals`, the row `Meals donated`)', () => {
  it('turned against that row, it is a slip', () => {
    const found = slips('Our kitchens donated nearly 8,000 meals');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('8,214');
  });

  it('bounding its own row right, it is none, whatever the other row says', () => {
    expect(slips('Our kitchens donated more than 8,000 meals')).toEqual([]);
    expect(slips('Our kitchens sold nearly 8,000 meals')).toEqual([]);
  });
});
