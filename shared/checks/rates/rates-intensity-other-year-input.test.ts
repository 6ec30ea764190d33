import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// An intensity that comes out only over last year's emissions or revenue (the figure its sentence compares with) is
// worked over the wrong year's input: over this year's figure, which the table's row gives, it is a mismatch.
describe('an intensity that holds only over an input of another year', () => {
  const en = (stated: string) =>
    [
      'Net sales were EUR 1,240.0 million in 2024, 12.7% more than the EUR 1,100.0 million of 2023.',
      '',
      'Table 1: Climate (tCO2e)',
      '',
      'Indicator                  2024        2023',
      'Scope 1                   9,480      10,020',
      'Scope 2                  12,160      12,930',
      'Total                    21,640      22,950',
      '',
      `Our emissions were 21,640 tCO2e in 2024, down from the 22,950 tCO2e of 2023. Emissions per EUR million of net sales were ${stated} tCO2e.`,
    ].join('\n');

  it('reports 18.5 tCO2e per EUR million (2023’s 22,950 over 2024’s sales) where 21,640 over 1,240.0 is 17.5', () => {
    expect(intensities(en('18.5'))).toContainEqual([false, [21_640, 1_240_000_000, 18.5]]);
    expect(intensities(en('18.5')).filter(([holds]) => holds)).toEqual([]);
  });

  it('holds when worked over the year’s own figures', () => {
    expect(intensities(en('17.5'))).toContainEqual([true, [21_640, 1_240_000_000, 17.5]]);
  });

  it('reports 0.068吨/万元 over last year’s revenue (较上年的) where 35,200吨 over 548,600万元 is 0.064', () => {
    const zh = [
      '2024年，公司实现营业收入548,600万元，较上年的517,800万元增长5.9%。',
      '',
      '表1：经营数据（单位：万元）',
      '',
      '项目                2024年       2023年',
      '营业收入           548,600      517,800',
      '',
      '2024年，公司温室气体排放总量35,200吨二氧化碳当量。单位营业收入温室气体排放0.068吨/万元。',
    ].join('\n');
    expect(intensities(zh)).toContainEqual([false, [35_200, 5_486_000_000, 0.068]]);
  });
});
