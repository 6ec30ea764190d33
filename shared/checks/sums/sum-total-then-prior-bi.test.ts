import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a printer's Chinese emissions paragraph: this year's parts and total, then last year's total after `比上年的`
const text = (total: string) =>
  `2024年，公司范围一排放2,310吨二氧化碳当量，范围二排放8,640吨，合计${total}吨，比上年的10,420吨增加5.1%；单位产值排放0.42吨/万元。`;

describe('a total said before last year\'s after `比上年的` (`合计10,950吨，比上年的10,420吨增加5.1%`)', () => {
  it('sums the parts to this year\'s total, not to last year\'s', () => {
    const sums = checksOf('sum', text('10,950'));
    expect(sums.filter((c) => !c.holds)).toEqual([]);
    expect(sums).toContainEqual(expect.objectContaining({ holds: true, stated: 10_950 }));
  });

  it('flags this year\'s total when it slips', () => {
    expect(checksOf('sum', text('10,590')).filter((c) => !c.holds)).toContainEqual(expect.objectContaining({ stated: 10_590, expected: 10_950 }));
  });
});
