import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const report = (letter: string, about: string) =>
  [
    '总经理致辞',
    `${letter}`,
    '',
    '一、公司概况',
    `${about}`,
    '',
    '关键绩效表',
    '指标\t单位\t2021年\t2022年\t2023年',
    '营业收入\t亿元\t862.4\t915.6\t948.2',
    '员工总数\t人\t51,286\t49,604\t47,862',
    '女性员工占比\t%\t21.6\t22.0\t22.4',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a round count said as a lower bound (`超过5万名员工`) against the total its noun names', () => {
  it('is flagged when the total is below the bound', () => {
    const text = report('感谢全体员工的辛勤付出！', '公司超过5万名员工坚守在运输生产一线。');
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 50_000 }, { value: 47_862 }] }]);
  });

  it('holds when the total is above it, and is read against the latest year only (2021\'s 51,286 aside)', () => {
    expect(mismatches(report('感谢全体员工的辛勤付出！', '公司超过4万名员工坚守在运输生产一线。'))).toEqual([]);
  });

  it('leaves the same number qualified the other way elsewhere to be flagged too (`近5万名`)', () => {
    const text = report('衷心感谢近5万名员工的辛勤付出！', '公司超过5万名员工坚守在运输生产一线。');
    expect(mismatches(text).map((c) => c.rule).sort()).toEqual(['consistency.opposite-qualifiers', 'consistency.same-metric']);
  });
});

describe('a round count said as an upper bound, its noun before it (`公司员工近4.7万人`), against the total its noun names', () => {
  it('is flagged when the total is above the bound', () => {
    const text = report('公司员工近4.7万人，他们是我们最宝贵的财富。', '公司在全国设有36个运营中心。');
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 47_000 }, { value: 47_862 }] }]);
  });

  it('holds when the total is below it', () => {
    expect(mismatches(report('公司员工近4.8万人，他们是我们最宝贵的财富。', '公司在全国设有36个运营中心。'))).toEqual([]);
  });
});
