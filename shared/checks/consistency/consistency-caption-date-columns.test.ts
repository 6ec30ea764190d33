import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a heat utility's report: a breakdown table under columns of year ends (`2024年末`), its 合计, and the text's area
const report = (said: string) =>
  [
    '一、经营概况',
    '',
    `截至2024年末，公司供热面积${said}万平方米，较上年末增加410万平方米，新增用户主要分布在城市新区。`,
    '',
    '表3：供热面积按区域划分（单位：万平方米）',
    '',
    '区域                     2024年末      占比（%）     2023年末',
    '主城区                    3,260        60.1         3,120',
    '新区                      1,480        27.3         1,260',
    '县域                        684        12.6           632',
    '合计                      5,424       100.0         5,012',
    '',
    '公司持续推进老旧管网改造，全年更换一次网管道38公里，管网热损失率同比下降。',
  ].join('\n');

describe('a 合计 under columns that only date their cells (`2024年末`, `2023年末`) is read for its caption\'s metric', () => {
  it('is set against the text\'s figure of the caption\'s metric when they differ', () => {
    expect(mismatches(report('5,442')).some((c) => c.figures.some((f) => f.value === 54_420_000) && c.figures.some((f) => f.value === 54_240_000))).toBe(true);
  });

  it('holds when they agree', () => {
    expect(mismatches(report('5,424'))).toEqual([]);
  });
});
