import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const inputs = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'rate.intensity')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity of tonnes or per tonne of output', () => {
  it('divides tonnes of a thing by revenue (`吨/亿元`), over the revenue of its year in another table', () => {
    const text = [
      '表1 主要经济指标',
      '指标                  单位        2022年        2023年',
      '营业收入              亿元        218.64        246.30',
      '',
      '表4 一般工业固体废物',
      '指标                          单位            2022年        2023年',
      '一般工业固体废物产生量        吨             48,620.0      51,286.0',
      '一般工业固体废物产生强度      吨/亿元         222.38        208.23',
    ].join('\n');
    expect(inputs(text)).toEqual(expect.arrayContaining([[true, [48_620, 21_864_000_000, 222.38]], [true, [51_286, 24_630_000_000, 208.23]]]));
  });

  it('divides by air-dried tonnes, the output its table states more precisely than the text rounds it', () => {
    const text = [
      'The mill produced 3.27 million air-dried tonnes (ADt) of kraft pulp in 2023.',
      '',
      '| Indicator | Unit | 2022 | 2023 |',
      '|---|---|---|---|',
      '| Pulp production | ADt | 3,184,600 | 3,268,400 |',
      '| Water withdrawal | m³ | 92,486,000 | 89,912,000 |',
      '| Water intensity | m³/ADt | 29.0 | 27.5 |',
    ].join('\n');
    expect(inputs(text)).toEqual(expect.arrayContaining([[true, [92_486_000, 3_184_600, 29]], [true, [89_912_000, 3_268_400, 27.5]]]));
  });
});
