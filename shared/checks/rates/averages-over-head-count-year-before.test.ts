import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-over-head-count').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// An average per head that holds only over last year's head count (the table's other column), never over this year's,
// was worked over the wrong year's head count: it is a mismatch over this year's.
describe('an average per employee that holds only over the year before’s head count', () => {
  const report = (stated: string) =>
    [
      '截至2024年末，公司员工总数3,120人，较上年末的2,600人增长20.0%。',
      '',
      '表5：关键绩效（单位：人）',
      '',
      '类别                  2024年       2023年',
      '员工总数              3,120        2,600',
      '',
      '公司全年员工培训总时长12.48万小时，人均培训' + stated + '小时。',
    ].join('\n');

  it('reports 48.0 hours (12.48万 over 2023’s 2,600) where over 2024’s 3,120 it is 40.0', () => {
    expect(rates(report('48.0'))).toEqual([[false, [124_800, 3_120, 48]]]);
  });

  it('holds over the year’s own head count', () => {
    expect(rates(report('40.0'))).toEqual([[true, [124_800, 3_120, 40]]]);
  });
});
