import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sameMetric = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.same-metric');

describe('a Chinese clause that leaves out the subject its sentence named (`综合利用率96.6%` of `钢渣`)', () => {
  const report = (slag: string) =>
    [
      '四、资源循环利用',
      `全年钢渣产生量412万吨，综合利用398万吨，综合利用率${slag}%，较上年提高0.8个百分点。高炉渣产生量1,286万吨，综合利用1,262万吨，综合利用率98.1%。`,
      '',
      '环境绩效指标',
      '指标\t单位\t2022年\t2023年',
      '钢渣综合利用率\t%\t95.8\t96.6',
      '高炉渣综合利用率\t%\t97.9\t98.1',
    ].join('\n');

  it('restates the table row its subject and its words name, and is flagged when it disagrees', () => {
    expect(sameMetric(report('98.6')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 98.6 }, { value: 96.6 }] }]);
  });

  it('holds when it agrees, and is no restatement of another subject\'s row', () => {
    const checks = sameMetric(report('96.6'));
    expect(checks.filter((c) => !c.holds)).toEqual([]);
    expect(checks.filter((c) => c.figures.some((f) => f.value === 96.6))).toMatchObject([{ holds: true, figures: [{ value: 96.6 }, { value: 96.6 }] }]);
  });
});
