import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const points = (text: string) =>
  checksOf('change', text)
    .filter((c) => c.rule === 'change.percentage-points-of-levels')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a dairy's report: its organic milk's share of its milk sales and the points it gained, no share of last year said, both
// sales of both years in the table below
const dairy = (gain: string) =>
  [
    `2024年，公司乳制品销售收入52,400万元，其中有机奶销售收入18,340万元，较上年的14,200万元增长29.2%，占乳制品销售收入的35.0%，占比较上年提高${gain}个百分点。`,
    '',
    '表1：销售收入（单位：万元）',
    '',
    '产品                     2024年       2023年',
    '乳制品                   52,400       47,330',
    '其中：有机奶             18,340       14,200',
  ].join('\n');

// a packaging maker's report, in English: recycled resin's share of the resin it bought
const packaging = (gain: string) =>
  [
    `In 2024 we bought 13,550 tonnes of recycled resin, 31.8% of the 42,600 tonnes of resin we bought, up ${gain} percentage points on last year.`,
    '',
    'Resin (tonnes)            2024        2023',
    'Resin bought            42,600      40,100',
    'Recycled resin          13,550      11,600',
  ].join('\n');

describe('a share’s points against the year before, worked from its part and whole of both years', () => {
  it('holds when the share less last year’s part over last year’s whole gives them', () => {
    // 14,200 / 47,330 is 30.00%: 35.0 − 30.0 = 5.0
    expect(points(dairy('5.0'))).toEqual([[true, [14_200 * 1e4, 47_330 * 1e4, 35, 5]]]);
    // 11,600 / 40,100 is 28.93%: 31.8 − 28.9 = 2.9
    expect(points(packaging('2.9'))).toEqual([[true, [11_600, 40_100, 31.8, 2.9]]]);
  });

  it('is a mismatch when they do not', () => {
    expect(points(dairy('0.5'))).toEqual([[false, [14_200 * 1e4, 47_330 * 1e4, 35, 0.5]]]);
    expect(points(packaging('9.2'))).toEqual([[false, [11_600, 40_100, 31.8, 9.2]]]);
  });

  it('reads no points said against no year before', () => {
    expect(points(dairy('5.0').replace('占比较上年提高', '高于行业'))).toEqual([]);
    expect(points(packaging('2.9').replace(' on last year', ' above the industry'))).toEqual([]);
  });
});
