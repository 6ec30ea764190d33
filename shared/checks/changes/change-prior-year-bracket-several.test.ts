import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a year before\'s bracket giving a count, its whole and their percentage', () => {
  it('makes the percentage after this year\'s figures a level, not a change of the whole', () => {
    const text = 'Nurses made up 2,318 of the 5,642 clinical staff at 31 March 2024, or 41.1% (2023: 2,204 of 5,480, 40.2%),\na rise of 0.9 percentage points.';
    expect(checksOf('change', text).filter((c) => c.rule === 'change.against-prior-year')).toEqual([]);
  });

  it('still reads a rate said before a bracket of the value alone as its change', () => {
    const text = 'Clinical staff numbered 5,642 at 31 March 2024, up 3.0% (2023: 5,480), as recruitment picked up.';
    expect(checksOf('change', text).filter((c) => c.rule === 'change.against-prior-year')).toMatchObject([{ holds: true, figures: [{ value: 5_480 }, { value: 5_642 }, { value: 3 }] }]);
  });
});
