import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a 合计 under columns of years totals what its caption counts: the text's `职工总数` and the key figures' are its total
const report = (total: string) =>
  [
    '四、职工',
    '截至2024年末，公司职工总数6,420人，较上年末的6,380人增加0.6%。',
    '',
    '表2：职工按区域划分（单位：人）',
    '区域                        2024年        2023年',
    '华东                         3,210         3,150',
    '华南                         1,860         1,890',
    '西部                         1,350         1,340',
    `合计                         ${total}         6,380`,
    '',
    '关键绩效表',
    '指标                        单位          2024年        2023年',
    '职工总数                    人             6,420         6,380',
  ].join('\n');

const sameMetric = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.same-metric');

describe('a Chinese 合计 under years, its caption naming what it counts (`表2：职工按区域划分（单位：人）`)', () => {
  it('is the total the text\'s and the key figures\' `职工总数` restate, and a slip in it is said', () => {
    const found = sameMetric(report('6,480')).find((c) => !c.holds);
    expect(found?.figures.map((f) => f.value).sort()).toEqual([6420, 6420, 6480]);
  });

  it('holds when it says their count', () => {
    expect(sameMetric(report('6,420')).filter((c) => !c.holds)).toEqual([]);
  });
});
