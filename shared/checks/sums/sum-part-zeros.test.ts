import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a part ending in zeros under a total written to the unit', () => {
  const text = (hydro: string) =>
    `At year end our generating fleet had an installed capacity of 12,386 MW, of which coal 5,214 MW, gas 2,938 MW, hydro ${hydro} MW, wind 1,734 MW and other sources 100 MW.`;

  it('is read to the unit: a slip of 36 in another part is no rounding of `100`', () => {
    expect(checksOf('sum', text('2,400'))).toMatchObject([{ holds: true, rule: 'sum.listed-parts' }]);
    expect(checksOf('sum', text('2,436'))).toMatchObject([{ holds: false, rule: 'sum.listed-parts', expected: 12_422 }]);
  });
});
