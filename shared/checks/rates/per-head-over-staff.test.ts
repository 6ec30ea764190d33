import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const averages = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-per-head').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// A paragraph that states its workforce only roughly (`员工约4,600人`) or not at all (`全年累计培训96,400小时，人均培训时长…`
// a section after the head count): read over the whole the tables count, said where it holds over it or over one part of it.
describe('an average per head whose paragraph gives no exact head count, over the whole its tables count', () => {
  const rough = (stated: string) =>
    [
      '三、员工权益',
      '',
      `截至2024年底，集团在册员工约4,600人，其中一线配送员3,150人。人均营业收入${stated}万元。`,
      '',
      '表5  员工按岗位划分（单位：人）',
      '岗位                    2024年        2023年',
      '一线配送员               3,150         2,980',
      '仓储人员                   820           790',
      '职能人员                   640           610',
      '合计                     4,610         4,380',
      '',
      '附表：关键绩效',
      '指标                  单位          2024年        2023年',
      '营业收入              万元         186,700       171,300',
    ].join('\n');

  it('holds over the revenue and the table’s 合计 the rough count restates', () => {
    expect(averages(rough('40.5'))).toContainEqual([true, [1_867_000_000, 4_610, 405_000]]);
  });

  it('reports 59.3万元 (the revenue over the 3,150 配送员) where over the 4,610 employees it is 40.5', () => {
    expect(averages(rough('59.3'))).toContainEqual([false, [1_867_000_000, 4_610, 593_000]]);
  });

  const hours = (stated: string) =>
    [
      '（一）员工概况',
      '截至2024年末，公司共有员工1,860人，较上年末增加60人。',
      '',
      '表6  员工构成（单位：人）',
      '类别                    2024年        2023年',
      '生产人员                 1,240         1,210',
      '技术人员                   330           310',
      '管理及销售人员             290           280',
      '合计                     1,860         1,800',
      '',
      '（二）教育培训',
      `公司全年累计组织员工培训44,640小时，员工人均受训${stated}小时，新员工岗前培训覆盖率100%。`,
    ].join('\n');

  it('leaves a holding average over its paragraph’s hours to the averages over a head count said anywhere', () => {
    expect(averages(hours('24.0'))).toEqual([]);
  });

  it('reports 36.0 hours (the hours over the 1,240 in manufacturing) where over the 1,860 employees it is 24.0', () => {
    expect(averages(hours('36.0'))).toContainEqual([false, [44_640, 1_860, 36]]);
  });

  it('reports nothing no part of the workforce explains', () => {
    expect(averages(hours('29.0'))).toEqual([]);
  });
});
