import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity no pair gives, but one pair gives with two digits swapped', () => {
  const en = (stated: string) =>
    [
      '1. Operations',
      '',
      'Our mills shipped 912,400 tonnes of paperboard in 2023, 3.1% more than in 2022.',
      '',
      '2. Climate',
      '',
      `Scope 1 and 2 emissions came to 263,800 tCO2e in 2023, or ${stated} tCO2e per tonne of paperboard.`,
    ].join('\n');

  it('reports 0.92 tCO2e per tonne where 263,800 over 912,400 tonnes is 0.29', () => {
    expect(intensities(en('0.92'))).toContainEqual([false, [263_800, 912_400, 0.92]]);
  });

  it('still holds when said right, and says nothing of a rate no pair comes near', () => {
    expect(intensities(en('0.29'))).toContainEqual([true, [263_800, 912_400, 0.29]]);
    expect(intensities(en('0.57'))).toEqual([]);
  });

  it('reports 0.0416吨标准煤/万元 where 41.36万吨 over 896.40亿元 is 0.0461', () => {
    const zh = [
      '2023年，公司实现营业收入896.40亿元，同比增长5.2%。',
      '',
      '2023年，公司综合能耗41.36万吨标准煤；万元营业收入综合能耗0.0416吨标准煤/万元。',
    ].join('\n');
    expect(intensities(zh)).toContainEqual([false, [413_600, 89_640_000_000, 0.0416]]);
  });

  it('pairs no figure of the report’s year with a cell of last year’s column', () => {
    const table = [
      'In 2023 we sold 0.9 million vehicles. Electric vehicle sales reached 611,000, 41.0% of the total.',
      '',
      'Greenhouse gas emissions were 1.142 million tCO2e, up 1.8%.',
      '',
      'Table 2: Production',
      'Indicator\tUnit\t2022\t2023',
      'Total GHG emissions\tthousand tCO2e\t1,121\t1,142',
      'GHG emissions per vehicle\ttCO2e/vehicle\t1.78\t1.27',
    ].join('\n');
    // 1,142 thousand over the 611,000 electric vehicles of 2023 is 1.87: no slip of 2022’s 1.78
    expect(intensities(table).filter(([holds]) => !holds)).toEqual([]);
  });
});
