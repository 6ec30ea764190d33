import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a score (`分`, `points`) counts nothing: no share's whole (`isScore`, ratio.ts)
const ratios = (text: string) => checksOf('ratio', text).map((c) => c.figures.map((f) => f.value));

describe('a score beside a count in a share\'s sentence', () => {
  it('is no whole of the count (`满意度96.8分，受理投诉88件，办结率100%`)', () => {
    expect(ratios('全年客户满意度96.8分，受理客户投诉88件，办结率100%。')).toEqual([]);
  });

  it('leaves a count\'s share of a count alone (`受理投诉58件，办结56件，办结率96.6%`)', () => {
    expect(ratios('全年客户满意度92.4分，受理客户投诉58件，办结56件，办结率96.6%。')).toEqual([[56, 58, 96.6]]);
  });
});
