import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// an industrial park's report: the text's gas a power of ten off the key figures' row, the rate beside it worked on the row's
const report = (gas: string) =>
  [
    '二、环境',
    '',
    `2024年，园区天然气消耗量为${gas}万立方米，较上年的118.4万立方米增长4.4%；园区建筑面积为24.6万平方米，单位面积天然气消耗量5.02立方米/平方米。`,
    '',
    '关键绩效表',
    '',
    '指标                  单位            2024年      2023年',
    '天然气消耗量          万立方米         123.6       118.4',
    '建筑面积              万平方米          24.6        23.9',
  ].join('\n');

const overSlipped = (gas: string) => checksOf('ratio', report(gas)).filter((c) => c.rule === 'rate.over-slipped-total').map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

describe('a rate beside an input said a power of ten off its other statement', () => {
  it('is a mismatch over the input as printed, the rate standing on the value said elsewhere', () => {
    expect(overSlipped('1,236')).toEqual([[false, [1_236e4, 24.6e4, 5.02]]]);
  });

  it('says nothing when the input agrees with its row', () => {
    expect(overSlipped('123.6')).toEqual([]);
  });
});
