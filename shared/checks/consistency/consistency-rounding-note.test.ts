import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const far = '\n\n' + 'The rest of this report describes our governance and risk management.\n\n'.repeat(20);
const mismatches = (...texts: string[]) => checksOf('consistency', ...texts).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));

describe('a note of what rounded shares add up to', () => {
  it('is no metric two tables state two ways (English)', () => {
    const text = `Table 3: Sales by channel\nNote: shares are rounded and add up to 100.2%.${far}Table 5: Staff by function\nNote: contractors are not counted; shares add up to 99.8% by rounding.`;
    expect(mismatches(text)).toEqual([]);
  });

  it('is no metric two tables state two ways (Chinese)', () => {
    const text = `表3：按渠道划分的销售\n注：线上渠道含小程序；占比各项因四舍五入合计为100.2%。${far}表5：按职能划分的员工\n注：外包人员不计入；占比各项因四舍五入合计为99.8%。`;
    expect(mismatches(text)).toEqual([]);
  });
});

describe('a note of what rounded shares add to, its `%` unsaid', () => {
  it('is no metric two tables state two ways (`add to 100.2`, `add to 99.8`)', () => {
    const text = `Table 2: Passengers by route\nNote: percentages are rounded and add to 100.2.${far}Table 4: Fleet by age\nNote: leased aircraft are included. Percentages are rounded and add to 99.8.`;
    expect(mismatches(text)).toEqual([]);
  });

  it('is no metric two tables state two ways (`Because of rounding, shares add to 100.2`)', () => {
    const text = `Table 1: Revenue by market\nNote: Because of rounding, shares add to 100.2.${far}Table 6: Waste by route\nNote: Because of rounding, shares add to 99.7.`;
    expect(mismatches(text)).toEqual([]);
  });
});
