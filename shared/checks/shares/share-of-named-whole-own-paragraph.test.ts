import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share of a one-word whole stated in its own paragraph and again further back', () => {
  it('is taken over its own paragraph\'s whole, not a larger one said before it (a slipped scale there is for the consistency checks)', () => {
    const text =
      'Chair\'s statement\n\nIt was a good year: sales grew 9.1% to €24.6 billion and we opened two new plants.\n\n' +
      'Markets\n\nSales were €2,460 million in 2024, up from €2,255 million in 2023. Exports reached €812 million, 33.0% of sales, ' +
      'mostly to Germany and Poland.';
    const found = shares(text).find(([, values]) => (values as number[]).includes(33));
    expect(found).toEqual([true, [812e6, 2_460e6, 33]]);
  });
  it('is a mismatch over that whole when the share is not of it', () => {
    const text =
      'Chair\'s statement\n\nIt was a good year: sales grew 9.1% to €24.6 billion and we opened two new plants.\n\n' +
      'Markets\n\nSales were €2,460 million in 2024, up from €2,255 million in 2023. Exports reached €812 million, 36.0% of sales, ' +
      'mostly to Germany and Poland.';
    const found = shares(text).find(([, values]) => (values as number[]).includes(36));
    expect(found).toEqual([false, [812e6, 2_460e6, 36]]);
  });
});
