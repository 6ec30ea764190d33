import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const points = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.percentage-points').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('points against a year before said as a pair (`against 1,102 roles and 38.2% in 2023`)', () => {
  const text = (pp: string) => `Women held 1,284 management roles, 41.6% of the total, against 1,102 roles and 38.2% in 2023, up ${pp} percentage points.`;

  it('take that year’s share as the old one', () => {
    expect(points(text('3.4'))).toEqual([[true, [38.2, 41.6, 3.4]]]);
    expect(points(text('5.4'))).toEqual([[false, [38.2, 41.6, 5.4]]]);
  });
});
