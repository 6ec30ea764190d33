import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share `of revenue` after `Revenue from operations was …`', () => {
  it('is of that revenue, not of a nearer larger amount it happens to come out of', () => {
    const text =
      'Revenue from operations was ₹120.00 crore, up 8.1% from ₹111.00 crore. Ticketing fees were ₹70.00 crore, 58.3% of revenue. ' +
      'Sports events alone brought ₹21.00 crore, 30.0% of revenue, up 12.4%.';
    const share = checksOf('ratio', text).filter((c) => c.figures.some((f) => f.value === 30.0));
    expect(share.map((c) => [c.holds, c.figures.slice(0, 3).map((f) => f.value)])).toEqual([[false, [2.1e8, 1.2e9, 30.0]]]);
  });
});
