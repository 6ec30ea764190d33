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

describe('a pair said as `A of B` before its share', () => {
  const pairBefore = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-pair-before');

  it('calls `46 of the 212 senior leadership roles (24.7%)` a mismatch (46 / 212 is 21.7%)', () => {
    expect(pairBefore('At 30 June 2023 we employed 5,940 people. Women held 46 of the 212 senior leadership roles (24.7%).')).toMatchObject([{ holds: false, stated: 24.7, figures: [{ value: 46 }, { value: 212 }, { value: 24.7 }] }]);
  });

  it('leaves a share that comes out to the pair-in-sentence rule, and a pair not joined by `of` alone', () => {
    expect(pairBefore('Women held 38 of our 104 senior management roles, or 36.5%.')).toEqual([]);
    expect(checksOf('ratio', 'Women held 38 of our 104 senior management roles, or 36.5%.')).toMatchObject([{ holds: true }]);
    expect(pairBefore('We hired 46 graduates and 212 apprentices (24.7%).')).toEqual([]);
  });
});
