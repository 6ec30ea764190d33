import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share of a counted whole, its part in brackets after it', () => {
  it('is over the whole counted before, not over a part of it said `N of them` (`840 of them work in the kitchens`)', () => {
    const text =
      'At the end of 2024 we had 1,250 colleagues, 60 more than a year before; 840 of them work in the kitchens. Women make up 58.4% of colleagues (730 people).';
    const share = checksOf('ratio', text).filter((c) => c.figures.some((f) => f.value === 58.4));
    expect(share.map((c) => [c.holds, c.figures.slice(0, 3).map((f) => f.value)])).toEqual([[true, [730, 1_250, 58.4]]]);
  });
});
