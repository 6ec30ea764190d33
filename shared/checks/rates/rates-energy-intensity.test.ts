import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity');
const inputs = (text: string) => intensities(text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an energy intensity', () => {
  it('divides energy in joules of another prefix (TJ for GJ per tonne)', () => {
    const text = [
      'Our nine cheese and whey plants processed 258,300 tonnes of cheese in FY24.',
      '',
      'Energy. The plants used 12,450 TJ of energy, 3.1% less than a year earlier, most of it natural gas. Energy intensity',
      'was 48.2 GJ per tonne of cheese.',
    ].join('\n');
    expect(inputs(text)).toContainEqual([true, [12_450, 258_300, 48.2]]);
  });

  it('divides energy in tonnes of standard coal (吨标准煤 per 万元 of revenue)', () => {
    const text = '2023年，公司实现营业收入495.2亿元。\n\n公司全年综合能耗42.6万吨标准煤，万元营业收入综合能耗0.086吨标准煤/万元，较上年下降4.4%。';
    expect(inputs(text)).toContainEqual([true, [426_000, 49_520_000_000, 0.086]]);
  });

  it('takes the table of output that gives a table intensity most nearly, not the text’s rounded output', () => {
    const text = [
      'Our mills produced 8.5 million tonnes of steel products in 2023.',
      '',
      'Table 2: Production (million tonnes)',
      '                                              2023        2022',
      'Hot-rolled coil                               5.12        5.06',
      'Plate                                         2.06        2.14',
      'Long products                                 1.28        1.31',
      'Total                                         8.46        8.51',
      '',
      'Table 4: Energy consumption (million GJ)',
      '                                              2023        2022',
      'Natural gas                                   18.4        18.9',
      'Purchased electricity                         12.8        13.1',
      'Total energy consumption                      31.2        32.0',
      'Energy intensity (GJ per tonne)               3.69        3.76',
    ].join('\n');
    expect(inputs(text)).toEqual(expect.arrayContaining([[true, [31_200_000, 8_460_000, 3.69]], [true, [32_000_000, 8_510_000, 3.76]]]));
  });
});
