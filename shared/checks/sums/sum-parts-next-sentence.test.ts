import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('sum', text).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));

// a housing association's income: the next sentence names two of its sources and leaves the rest unsaid
describe('parts said in the sentence after their total', () => {
  it('are no breakdown of it a slip can be sought in', () => {
    expect(mismatches('Total income was £24.60 million, up 6.1%. Rents earned £18.42 million, 74.9% of income, and service charges rose 4.0% to £5.88 million.')).toEqual([]);
  });

  it('are when the sentence opens as its breakdown', () => {
    expect(mismatches('Total income was £24.60 million, up 6.1%. Of this, rents earned £18.42 million and service charges £5.88 million.')).toEqual([[24.6e6, 18.42e6, 5.88e6]]);
  });
});
