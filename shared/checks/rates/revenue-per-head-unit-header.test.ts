import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const averages = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-per-head').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a bearing maker's 关键绩效表 whose header leaves the label column blank (`            单位        2024年       2023年`): its
// 营业收入 row is the year's revenue a 人均营业收入 its paragraph gives none for is read over
describe('a revenue per head over a key performance table headed over a blank label column', () => {
  const report = (stated: string) =>
    [
      '三、员工',
      '',
      `截至2024年末，公司共有员工1,640人，其中一线员工1,180人。人均营业收入${stated}万元。`,
      '',
      '表4　员工构成（单位：人）',
      '',
      '                    2024年      2023年',
      '一线员工             1,180       1,150',
      '技术人员               260         240',
      '管理及其他             200         190',
      '合计                 1,640       1,580',
      '',
      '五、关键绩效表',
      '',
      '                    单位              2024年       2023年',
      '营业收入            万元             52,480       49,360',
      '员工人数            人                1,640        1,580',
    ].join('\n');

  it('holds over the year’s revenue and the paragraph’s head count', () => {
    expect(averages(report('32.0'))).toContainEqual([true, [524_800_000, 1_640, 320_000]]);
  });

  it('reports one worked over the front-line staff alone (44.5万元)', () => {
    expect(averages(report('44.5'))).toContainEqual([false, [524_800_000, 1_640, 445_000]]);
  });
});
