import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share of `the total` whose subject is a part the sentence before states', () => {
  const text = (share: string, parts = 'Municipal supply provided 5.12 million m³ and groundwater 3.52 million m³') =>
    `Water\nGroup water withdrawal was 8.64 million m³ in 2023, 3.1% less than in 2022. ${parts}; groundwater accounted for ${share}% of the total. We monitor aquifer levels at every site.`;
  const broken = (share: string, parts?: string) => checksOf('ratio', text(share, parts)).filter((c) => c.rule === 'ratio.share-of-total-broken-down');

  it('divides that part by the figure its parts add up to (3.52 of 8.64 million m³ is 40.7%)', () => {
    expect(broken('40.7')).toMatchObject([{ holds: true }]);
    expect(broken('47.0')).toMatchObject([{ holds: false, stated: 47 }]);
  });

  it('takes no figure the parts do not add up to for the whole', () => {
    expect(broken('47.0', 'Municipal supply provided 4.96 million m³ and groundwater 3.52 million m³')).toEqual([]);
  });
});
