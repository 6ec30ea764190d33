import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('an amount the year closed with', () => {
  it('is of what `with` names (`We closed FY2024-25 with revenue of ₹18.60 crore`), a scale slip of the revenue said in the review', () => {
    const text =
      'Chair\'s letter\nIt was a year of steady growth. We closed FY2024-25 with revenue of ₹18.60 crore, 9.4% more than last year.\n\n' +
      '1. Financial review\nRevenue from operations was ₹186.00 crore, up 9.4% from ₹170.02 crore. Fees were ₹24.20 crore.';
    const slips = checksOf('consistency', text).filter((c) => !c.holds && c.figures.some((f) => f.value === 1.86e8));
    expect(slips.map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b))).toEqual([[1.86e8, 1.86e9]]);
  });
});
