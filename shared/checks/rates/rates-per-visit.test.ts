import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// A rate per a visit counted (`每门诊人次综合能耗`, `每人次`): an intensity over the year's count in person-times.
describe('an intensity per visit counted in person-times', () => {
  const report = (stated: string) =>
    [
      '附表：关键绩效',
      '',
      '指标                        单位            2024年        2023年',
      '门诊服务人次                万人次           126.4         118.2',
      '员工总数                    人               3,862         3,640',
      '',
      `2024年医院门诊服务126.4万人次，较上年的118.2万人次增长6.9%。全年综合能源消耗8,620吨标准煤，每门诊人次综合能耗${stated}千克标准煤。`,
    ].join('\n');

  it('holds over the year’s energy and visits', () => {
    expect(intensities(report('6.82'))).toContainEqual([true, [8_620, 1_264_000, 6.82]]);
  });

  it('reports 7.29 (the energy over 2023’s 118.2万人次) where over 2024’s 126.4万人次 it is 6.82', () => {
    expect(intensities(report('7.29'))).toContainEqual([false, [8_620, 1_264_000, 7.29]]);
  });

  it('reads no head count of employees as visits', () => {
    expect(intensities(report('2.23'))).toEqual([]);
  });
});
