import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity said per so much revenue before what it measures', () => {
  const zh = [
    '一、经营概况',
    '',
    '2024年，公司实现营业收入86.20亿元，同比增长6.4%，液态奶业务贡献主要增量。',
    '',
    '二、环境',
    '',
    '2024年，公司综合能源消耗12.93万吨标准煤，同比下降1.2%；万元营业收入综合能耗0.150吨标准煤。全年温室气体排放总量31.46万吨二氧化碳当量，',
    '百万元营业收入碳排放36.5吨二氧化碳当量。',
  ].join('\n');

  it('divides 万元营业收入综合能耗 by the revenue in 万元', () => {
    expect(intensities(zh)).toContainEqual([true, [129_300, 8_620_000_000, 0.15]]);
  });

  it('divides 百万元营业收入碳排放 by the revenue in 百万元', () => {
    expect(intensities(zh)).toContainEqual([true, [314_600, 8_620_000_000, 36.5]]);
  });

  it('divides tce per RMB10,000 of operating revenue by the revenue in ten thousands', () => {
    const en = [
      '1. Operations',
      '',
      'Revenue was RMB8,620 million in 2024, up 6.4% on 2023.',
      '',
      '2. Environment',
      '',
      'Energy consumption fell 1.2% to 129.3 thousand tce in 2024, or 0.150 tce per RMB10,000 of operating revenue.',
    ].join('\n');
    expect(intensities(en)).toContainEqual([true, [129_300, 8_620_000_000, 0.15]]);
  });
});
