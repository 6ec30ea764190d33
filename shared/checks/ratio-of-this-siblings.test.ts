import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => `${c.holds ? '✓' : '✗'} ${c.figures.map((f) => f.value).join(' ')}`);

describe('a share `of the total` in a sentence that breaks the total before it down (`Of this, …`)', () => {
  it('takes the total the sentence breaks down, not the part listed beside it (`€512.6 million went to … and €329.4 million to …, 39.1% of the total`)', () => {
    const text = (share: string) =>
      `Capital spending came to €842.0 million in 2024. Of this, €512.6 million went to network renewal and €329.4 million to new connections, ${share}% of the total.`;
    expect(shares(text('39.1'))).toEqual(['✓ 329400000 842000000 39.1']);
    // nor is the sibling a whole a share that misses is held against
    expect(shares(text('34.1'))).toEqual([]);
  });
});
