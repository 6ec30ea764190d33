import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity named by its base and `排放` alone, in bare tonnes (`单位产值排放0.47吨/万元`)', () => {
  // a brewery's report: the malt it bought in tonnes beside its emissions in tonnes of CO2 equivalent
  const zh = (stated: string) =>
    [
      '一、经营情况',
      '',
      '2023年公司实现工业产值96,400万元，同比增长4.1%。全年采购麦芽36,200吨，其中进口麦芽21,480吨。',
      '',
      '二、应对气候变化',
      '',
      `2023年公司温室气体排放总量45,310吨二氧化碳当量，其中范围一17,920吨，范围二27,390吨；单位产值排放${stated}吨/万元。`,
    ].join('\n');

  it('works it over the emissions, not over a tonnage of another thing', () => {
    expect(intensities(zh('0.47'))).toContainEqual([true, [45_310, 964_000_000, 0.47]]);
  });

  it('finds it said with two digits swapped over the emissions', () => {
    expect(intensities(zh('0.74'))).toContainEqual([false, [45_310, 964_000_000, 0.74]]);
  });
});

describe('a rate no pair gives, and a pair with a revenue said as the year before’s (`较上年的`) that gives it with digits swapped', () => {
  const zh = [
    '2024年公司实现营业收入92,500万元，较上年的61,200万元增长51.1%。',
    '',
    '2024年公司综合能源消耗50,800吨标准煤；单位营业收入综合能耗0.38吨标准煤/万元，主要为烘干与蒸汽用能。',
    '',
    '关键绩效表',
    '',
    '指标                单位          2024年       2023年',
    '员工总数            人             1,460        1,388',
    '安全培训            小时          18,240       16,920',
  ].join('\n');

  it('takes the year before’s revenue for no input of the rate’s year', () => {
    // 50,800 over 92,500 is 0.55; over last year’s 61,200 it is 0.83, 0.38 with its digits swapped
    expect(intensities(zh).filter(([, values]) => (values as number[]).includes(612_000_000))).toEqual([]);
  });
});
