import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a name and the amount it changed by opening a clause after another (`…，农户贷款较年初增加28.46亿元，增长9.81%`)', () => {
  it('changes the figure of that name said before it in its paragraph', () => {
    const bank = (rate: string) =>
      `截至2023年末，本行涉农贷款余额1,286.4亿元。其中：\n  · 农户贷款318.62亿元；\n  · 农业企业贷款412.8亿元。\n本行持续加大乡村振兴投入，农户贷款较年初增加28.46亿元，增长${rate}%。`;
    const byAmount = (rate: string) => checksOf('change', bank(rate)).filter((c) => c.rule === 'change.by-amount');
    expect(byAmount('9.81')).toMatchObject([{ holds: true }]);
    expect(byAmount('8.91')).toMatchObject([{ holds: false, stated: 8.91 }]);
  });
});
