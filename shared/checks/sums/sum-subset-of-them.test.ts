import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a figure said of the figure before (`1,120 of them`)', () => {
  it('is a subset of it, no part to add to a total', () => {
    const text =
      'Our sourcing network now counts nearly 3,000 contract growers: 2,874 at year end, up 6.1% from 2,709. 1,120 of them hold Fairtrade certification.';
    expect(sums(text)).toEqual([]);
  });
});
