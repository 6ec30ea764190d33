import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a sports club's water: a source's share of `our water`, whose whole the paragraph says as `Water use`
const shares = (said: string) =>
  checksOf('ratio', `Water use fell 3.2% to 48,000 m³ as the pool covers cut evaporation. Rainwater harvesting supplied 5,280 m³, ${said} of our water, up 14.0%.`).filter(
    (c) => c.rule === 'ratio.share-of-named-whole',
  );

describe('a share of a whole the paragraph says as its use', () => {
  it('is worked over it (`over 12% of our water` of `Water use … 48,000 m³`: 11.0%)', () => {
    expect(shares('over 12%')).toMatchObject([{ holds: false, figures: [{ value: 5_280 }, { value: 48_000 }, { value: 12 }] }]);
  });

  it('and holds when it is (`11.0%`)', () => {
    expect(shares('11.0%')).toMatchObject([{ holds: true }]);
  });
});
