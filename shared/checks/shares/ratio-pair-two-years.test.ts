import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('ratio', text).filter((c) => !c.holds).map((c) => c.message);

describe('a share and a pair of figures of two years in its sentence', () => {
  it('takes no figure of the year before\'s bracket with this year\'s as a part and its whole (`48.62亿元（2022年：45.17亿元），利润率为68.2%`)', () => {
    expect(mismatches(`经营利润为48.62亿元（2022年：45.17亿元），利润率为68.2%（2022年：66.9%）。`)).toEqual([]);
    // the same figures said of one year are a part and its whole
    expect(mismatches(`营业收入48.62亿元中，经营利润为45.17亿元，利润率为68.2%。`)).toEqual(['✗ 45.17 / 48.62 = 92.9 %, stated 68.2 %']);
  });
});
