import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share of a named whole whose rows give several years', () => {
  it('is taken over the whole of its own year (`in FY24`), not the nearest cell of another', () => {
    const text =
      'Energy                                  FY24      FY23\nPurchased electricity (GWh)            4,180     4,360\nRenewable electricity (GWh)            1,459     1,210\n\n' +
      'In FY24, renewable electricity of 1,459 GWh made up 34.9% of purchased electricity.';
    const found = shares(text).find(([, values]) => (values as number[]).includes(34.9));
    expect(found).toEqual([true, [1_459, 4_180, 34.9]]);
  });
});
