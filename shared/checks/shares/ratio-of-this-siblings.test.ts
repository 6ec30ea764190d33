import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

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

describe('a share of a part said `of this` after the figure it is of (`…; of this, 4,960 MWh, 40.0%, was renewable`)', () => {
  const text = (share: string) =>
    `Our depots used 48,200 MWh of energy in 2024, and diesel supplied 30,100 MWh, 62.4% of the total. We bought 12,400 MWh of electricity; of this, 4,960 MWh, ${share}%, was renewable.`;
  it('is of that figure, not of the whole the paragraph\'s other shares are of', () => {
    expect(shares(text('40.0')).sort()).toEqual(['✓ 30100 48200 62.4', '✓ 4960 12400 40'].sort());
  });
  it('misses over that figure when it is wrong', () => {
    expect(shares(text('42.0')).sort()).toEqual(['✓ 30100 48200 62.4', '✗ 4960 12400 42'].sort());
  });
});
