import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { dimensionOf, unitFactor } from './dimension';

// A miner states gold in troy ounces, thousands (koz) and millions (Moz) of them: one measure a
// power of ten apart, as kt and Mt are.

const consistency = (...texts: string[]) => checksOf('consistency', ...texts);
const reserves = (amount: string) => `In FY2024 our gold production totalled ${amount}.`;

describe('troy ounces in thousands and millions (dimension.ts)', () => {
  it('reads oz, koz and Moz as one measure, a koz a thousand ounces and a Moz a million', () => {
    expect(['oz', 'koz', 'Moz'].map((unit) => [dimensionOf({ unit }), unitFactor({ unit })])).toEqual([
      ['measure:oz', 1],
      ['measure:oz', 1e3],
      ['measure:oz', 1e6],
    ]);
  });

  it('flags 3.14 Moz against 3.14 koz, a scale slipped, and holds 3.14 Moz against 3,140 koz', () => {
    expect(consistency(reserves('3.14 Moz'), reserves('3.14 koz'))).toMatchObject([{ holds: false, figures: [{ value: 3.14 }, { value: 3.14 }] }]);
    expect(consistency(reserves('3.14 Moz'), reserves('3,140 koz'))).toMatchObject([{ holds: true }]);
  });
});
