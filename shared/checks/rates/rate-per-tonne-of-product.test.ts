import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).flatMap((c) => (c.rule === 'rate.intensity' ? [[c.holds, c.message]] : []));

describe('an input in tonnes per tonne of product', () => {
  it('reads `tonnes per tonne of` as tonnes over the product`s tonnes', () => {
    const text = `In 2023 the Baotou smelter produced 286,400 tonnes of primary aluminium, up 4.2% on the year.

The smelter withdrew 1.432 million tonnes of fresh water in 2023, and fresh water withdrawn per unit of product was 5.0 tonnes per tonne of aluminium.
`;
    expect(intensities(text)).toEqual([[true, '✓ 1,432,000 / 286,400 = 5.0']]);
  });

  it('reads `吨/吨` as tonnes over the product`s tonnes', () => {
    const text = `2023年，公司原铝产量28.64万吨，同比增长4.2%。

全年新鲜水取用量143.2万吨，单位产品新鲜水耗5.0吨/吨铝。
`;
    expect(intensities(text)).toEqual([[true, '✓ 1,432,000 / 286,400 = 5.0']]);
  });
});
