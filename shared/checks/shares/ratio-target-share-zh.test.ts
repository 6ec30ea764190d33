import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a Chinese share said as an aim (`力争…占…的比例达到30%`)', () => {
  const report = (aim: string) => `2024年，公司新增充电桩86个。${aim}

关键绩效表

指标                              单位          2024年        2023年
运营车辆总数                      辆             1,300         1,240
新能源车辆                        辆               312           248
`;

  it('is no quotient of this year’s table rows', () => {
    expect(shares(report('展望2027年，公司力争新能源车辆占运营车辆总数的比例达到30%。'))).not.toContainEqual([false, [312, 1_300, 30]]);
    expect(shares(report('公司计划到2027年使新能源车辆占运营车辆总数的比例提升至30%以上。'))).not.toContainEqual([false, [312, 1_300, 30]]);
  });

  it('leaves a share achieved this year (`达到`) read', () => {
    expect(shares(report('本年新能源车辆占运营车辆总数的比例为24.0%。'))).toContainEqual([true, [312, 1_300, 24]]);
  });
});
