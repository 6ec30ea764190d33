import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const pairAfter = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-pair-after');

describe('a share followed by the pair it comes from, `(A of B)`', () => {
  it('recomputes `27.5% of our electricity use (412 GWh of 1,620 GWh)` and calls a miss a mismatch', () => {
    const text = (share: string) => `Renewable electricity accounted for ${share}% of our electricity use in FY2023 (412 GWh of 1,620 GWh), up from 21.8% in FY2022.`;
    expect(pairAfter(text('25.4'))).toMatchObject([{ holds: true, figures: [{ value: 412 }, { value: 1_620 }, { value: 25.4 }] }]);
    expect(pairAfter(text('27.5'))).toMatchObject([{ holds: false, stated: 27.5 }]);
  });

  it('recomputes counts: `9.8% of managers in Japan (386 of 3,942)`', () => {
    expect(pairAfter('Women account for 9.8% of managers in Japan (386 of 3,942), 1.2 points higher than the previous year.')).toMatchObject([{ holds: true }]);
  });

  it('says nothing of figures after a share that are no pair of it (`of` not between them)', () => {
    expect(pairAfter('Women account for 9.8% of managers (386 managers and 3,942 staff).')).toEqual([]);
  });
});
