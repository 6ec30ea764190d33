import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('the whole of a share said of a total, before the total\'s breakdown', () => {
  it('is neither a part of the total nor the next total', () => {
    const text = ['Scope 3 emissions totalled 486,200 tCO2e, 91.8% of our value chain footprint of 529,630 tCO2e:', '  • Purchased goods and services: 318,400 tCO2e', '  • Capital goods: 96,350 tCO2e', '  • Downstream transportation: 71,450 tCO2e', ''].join('\n');
    expect(sums(text)).toEqual(expect.arrayContaining([[true, [486_200, 318_400, 96_350, 71_450]]]));
  });
});
