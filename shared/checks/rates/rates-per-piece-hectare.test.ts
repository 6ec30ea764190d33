import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const inputs = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'rate.intensity')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity per piece or per hectare', () => {
  it('divides by the pieces counted (`立方米/片` over 万片 of cells)', () => {
    const text = '2023年，公司太阳能电池片产量12,486万片，同比增长18.2%。\n\n全年取水量5,246,800立方米，单位产品取水量0.042立方米/片，较上年下降6.7%。';
    expect(inputs(text)).toContainEqual([true, [5_246_800, 124_860_000, 0.042]]);
  });

  it('divides a harvest by the hectares it came from, said exactly', () => {
    const text = 'We manage some 96,000 hectares. Our estates harvested 1,842,600 tonnes of FFB on 78,420 hectares of mature palms, a yield of 23.5 tonnes per hectare.';
    expect(inputs(text)).toEqual([[true, [1_842_600, 78_420, 23.5]]]);
  });

  it('divides things counted by the hectares, the rate in their noun (`4,300 vines per hectare`), and reports two digits swapped', () => {
    const text = (rate: string) => `In 2024 we replanted 412,800 vines on 96 hectares of old blocks, an average of ${rate} vines per hectare.`;
    expect(inputs(text('4,300'))).toEqual([[true, [412_800, 96, 4_300]]]);
    expect(inputs(text('4,030'))).toEqual([[false, [412_800, 96, 4_030]]]);
  });
});
