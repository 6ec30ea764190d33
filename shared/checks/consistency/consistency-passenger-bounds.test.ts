import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a coach and ferry group: the chairman's letter bounds its passengers, the operations section states them by another verb
const report = (letter: string, section: string) =>
  [
    '董事长致辞',
    '',
    `2024年，集团${letter}，实现营业收入28.64亿元，安全生产形势持续稳定。`,
    '',
    '一、经营情况',
    '',
    '（一）客运服务',
    '',
    `2024年，集团${section}，同比增长6.2%。集团新开通城际定制客运线路18条，更新新能源客车420辆。`,
    '',
    '（二）员工培训',
    '',
    '2024年，集团开展驾驶员安全培训1,186人次，覆盖全部一线驾驶员。',
  ].join('\n');

describe('a letter\'s bound on its passengers against the count its section says by another verb (`发送旅客近1.2亿人次`, `客运量12,160万人次`)', () => {
  it('is flagged when the bound is turned (`近` below the exact count)', () => {
    const found = mismatches(report('全年发送旅客近1.2亿人次', '全年客运量12,160万人次'));
    expect(found.some((c) => c.figures.some((f) => f.value === 120_000_000) && c.figures.some((f) => f.value === 121_600_000))).toBe(true);
  });

  it('holds when the bound is on the right side (`超过1.2亿人次`)', () => {
    expect(mismatches(report('全年发送旅客超过1.2亿人次', '全年客运量12,160万人次'))).toEqual([]);
  });

  it('leaves a bound of person-times that counts no passengers alone (`沿线景区接待游客近1.2亿人次`)', () => {
    expect(mismatches(report('助力沿线景区接待游客近1.2亿人次', '全年客运量12,160万人次'))).toEqual([]);
  });
});
