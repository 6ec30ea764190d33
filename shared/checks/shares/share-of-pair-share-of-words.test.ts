import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a pair, then its share said as `a share of` / `a proportion of`', () => {
  const text = (share: string) => `At year end local residents filled 58 of the 146 supervisor posts at the smelter, a proportion of ${share}%.`;

  it('is that pair’s share', () => {
    expect(shares(text('46.2'))).toContainEqual([false, [58, 146, 46.2]]);
    expect(shares(text('39.7'))).toContainEqual([true, [58, 146, 39.7]]);
  });
});
