import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a water utility's report: its people section in words, and its key performance table in rows of a unit column
const report = (said: string) =>
  [
    '三、员工发展',
    '',
    `2024年，公司开展安全生产培训186场，员工安全培训总时长8.42万小时，人均安全培训${said}小时。`,
    '',
    '四、关键绩效表',
    '',
    '指标                          单位          2024年      2023年',
    '供水总量                      万立方米      18,620      17,940',
    '员工总数                      人             3,126       3,084',
    '人均安全培训时长              小时            26.9        25.4',
    '',
  ].join('\n');

const sameMetric = (text: string) =>
  checksOf('consistency', text)
    .filter((c) => c.rule === 'consistency.same-metric')
    .map((c) => [c.holds, c.figures.map((f) => f.value).sort((a, b) => a - b)]);

// `时长` after a metric of hours says what hours measure: the row restates the text's figure said without it
describe('a Chinese row closing on 时长, in hours, restates the metric the text says without it', () => {
  it('flags the text’s 人均安全培训28.4小时 against the key table’s 人均安全培训时长 26.9', () => {
    expect(sameMetric(report('28.4'))).toContainEqual([false, [26.9, 28.4]]);
  });

  it('holds where the two agree', () => {
    expect(sameMetric(report('26.9'))).toContainEqual([true, [26.9, 26.9]]);
  });
});

// an insurer's report: the text says `时长` too, before its unit of hours (`人均学习时长15.2小时`), a metric of few words
describe('a Chinese text metric closing on 时长 before its unit of hours restates the row of the same words', () => {
  const said = (value: string) =>
    [
      '（二）员工成长',
      '',
      `公司依托线上学习平台上线课程1,260门，人均学习时长${value}小时，覆盖全部内勤员工。`,
      '',
      '附表  社会绩效',
      '',
      '指标                          单位          2024年      2023年',
      '员工总数                      人             5,412       5,206',
      '人均学习时长                  小时            15.2        13.8',
      '',
    ].join('\n');

  it('flags the text’s 17.6小时 against the table’s 人均学习时长 15.2', () => {
    expect(sameMetric(said('17.6'))).toContainEqual([false, [15.2, 17.6]]);
  });

  it('holds where the two agree', () => {
    expect(sameMetric(said('15.2'))).toContainEqual([true, [15.2, 15.2]]);
  });
});
