import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { intervalOf } from './precision';

// a bookseller's chair says a share in a fraction word; the trading review says it in digits, pages later
const filler =
  'We thank our booksellers for a year of long queues and late deliveries. The board visited every shop, and we renewed the leases of our two largest shops on better terms. We also began a reading club for schools, which met in thirty shops through the summer and brought many families to us for the first time, and we took part in three literary festivals, where our staff ran the bookstalls and spoke about careers in bookselling.';
const report = (chair: string, review: string) => ['Chair’s statement', '', `${chair}, and we opened two shops.`, '', filler, '', '2. Trading review', '', `${review}, up 4.1% on the year before.`].join('\n');
const disagree = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a share said in a fraction word', () => {
  it('is read to a tenth of itself: `a quarter` 23.75–26.25%, `about half` 45–55%, `over a fifth` 20–22%', () => {
    expect(intervalOf({ text: 'a quarter', value: 25, qualifier: 'exact', unit: '%' })).toEqual({ lo: 23.75, hi: 26.25 });
    expect(intervalOf({ text: 'half', value: 50, qualifier: 'about', unit: '%' })).toEqual({ lo: 45, hi: 55 });
    expect(intervalOf({ text: 'a fifth', value: 20, qualifier: 'over', unit: '%' })).toEqual({ lo: 20, hi: 22 });
  });

  it('disagrees with the share in digits it does not round to (`a quarter of sales` for 28.4%), not with one it does (25.6%)', () => {
    expect(disagree(report('Children’s books were a quarter of sales', 'Children’s books were GBP 3.41 million, 28.4% of sales'))).toHaveLength(1);
    expect(disagree(report('Children’s books were a quarter of sales', 'Children’s books were GBP 3.07 million, 25.6% of sales'))).toEqual([]);
  });
});
