import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const averages = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-per-head').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// A revenue per head said in running text whose paragraph gives no revenue (`人均营业收入60.3万元` after `共有员工4,120人`):
// over the year's revenue row of the tables and the paragraph's head count; worked over last year's head count or
// revenue, that pair's mismatch.
describe('a revenue per head over the tables’ revenue', () => {
  const report = (stated: string) =>
    [
      '附表：关键绩效',
      '',
      '指标                  单位          2024年        2023年',
      '营业收入              万元         248,600       231,200',
      '员工总数              人             4,120         3,860',
      '',
      `截至2024年末，公司共有员工4,120人，较上年末的3,860人增加6.7%，其中女性员工1,530人。人均营业收入${stated}万元。`,
    ].join('\n');

  it('holds over the year’s revenue and the paragraph’s head count', () => {
    expect(averages(report('60.3'))).toContainEqual([true, [2_486_000_000, 4_120, 603_000]]);
  });

  it('reports 64.4万元 (the revenue over 2023’s 3,860 employees) where over 4,120 it is 60.3', () => {
    expect(averages(report('64.4'))).toContainEqual([false, [2_486_000_000, 4_120, 644_000]]);
  });

  it('reports 56.1万元 (2023’s revenue over 2024’s employees)', () => {
    expect(averages(report('56.1'))).toContainEqual([false, [2_486_000_000, 4_120, 561_000]]);
  });

  it('reports nothing no year’s input explains', () => {
    expect(averages(report('70.0'))).toEqual([]);
  });
});

// Over a part of the workforce its table of parts counts (`生产人员  2,310` of the table whose `合计` is the paragraph's
// 3,200): worked over the wrong group, the mismatch of the revenue over the whole.
describe('a revenue per head worked over a part of the workforce', () => {
  const report = (stated: string) =>
    [
      '表3：员工按职能划分（单位：人）',
      '',
      '职能                  2024年        2023年',
      '生产人员               2,310         2,240',
      '销售人员                 540           520',
      '管理人员                 350           340',
      '合计                   3,200         3,100',
      '',
      '附表：关键绩效',
      '',
      '指标                  单位          2024年        2023年',
      '营业收入              万元         412,000       398,000',
      '',
      `截至2024年末，公司共有员工3,200人。人均营业收入${stated}万元。`,
    ].join('\n');

  it('holds over the whole', () => {
    expect(averages(report('128.8'))).toContainEqual([true, [4_120_000_000, 3_200, 1_288_000]]);
  });

  it('reports 178.4万元 (the revenue over the 2,310 production staff) where over the 3,200 employees it is 128.8', () => {
    expect(averages(report('178.4'))).toContainEqual([false, [4_120_000_000, 3_200, 1_784_000]]);
  });
});
