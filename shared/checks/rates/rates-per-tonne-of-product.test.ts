import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'rate.intensity')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a paper mill's report: its output in the production section, the energy and its rate per tonne of product in the environment section
const report = (rate: string, output = '公司两大纸机全年生产文化用纸42.5万吨，其中一号纸机26.1万吨，二号纸机16.4万吨，较上年的40.8万吨有所增长。') =>
  [
    '一、经营与生产',
    '',
    output,
    '',
    '二、环境',
    '',
    `2024年，公司综合能源消耗13,260吨标准煤，较上年的13,980吨标准煤下降5.2%；单位产品综合能耗${rate}千克标准煤/吨。`,
    '2024年公司取水量127.5万立方米，较上年的131.2万立方米下降2.8%；单位产品取水量3.00立方米/吨。',
  ].join('\n');

describe('a Chinese rate per tonne of product after its amount, the output said in another section', () => {
  it('holds over the year’s total output the text says it produced', () => {
    expect(intensities(report('31.2'))).toEqual([
      [true, [13_260, 425_000, 31.2]],
      [true, [1_275_000, 425_000, 3]],
    ]);
  });

  it('is a mismatch when the amount over that output gives another rate', () => {
    expect(intensities(report('32.9'))).toContainEqual([false, [13_260, 425_000, 32.9]]);
  });

  it('reads no rate per tonne of a named product, and none without a year’s output', () => {
    expect(intensities(report('31.2').replace('千克标准煤/吨。', '千克标准煤/吨纸浆。')).filter(([, f]) => (f as number[]).includes(31.2))).toEqual([]);
    expect(intensities(report('31.2', '公司两大纸机运行平稳。'))).toEqual([]);
  });
});
