import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const consistency = (text: string) => checksOf('consistency', text);

const report = (letter: string) =>
  [
    '董事长致辞',
    '',
    `2023年，牛肉价格先扬后抑，行业竞争加剧。${letter}公司坚持“种养加一体化”的发展模式，持续推进养殖基地的智能化改造，`,
    '带动周边农户发展种养结合，全年实现营业收入186.40亿元。',
    '',
    '我们始终把食品安全放在首位，全年未发生重大食品安全事故。',
    '',
    '一、关于我们',
    '',
    '公司是一家以肉牛养殖为核心，集饲料加工、种牛繁育、育肥牛饲养和屠宰加工于一体的农牧企业，在全国9个省设有养殖子公司。',
    '',
    '五、关键绩效表',
    '',
    '| 指标 | 单位 | 2023年 | 2022年 |',
    '| 肉牛出栏量 | 万头 | 12.64 | 11.82 |',
    '| 营业收入 | 亿元 | 186.40 | 172.68 |',
  ].join('\n');

describe('a Chinese metric said with its words in another order (`出栏肉牛`, `肉牛出栏量`)', () => {
  it('is flagged when the two disagree', () => {
    const mismatches = consistency(report('全年出栏肉牛12.46万头。')).filter((c) => !c.holds);
    expect(mismatches).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 124_600 }, { value: 126_400 }] }]);
  });

  it('holds when they agree', () => {
    const checks = consistency(report('全年出栏肉牛12.64万头。'));
    expect(checks.filter((c) => !c.holds)).toEqual([]);
    expect(checks.some((c) => c.holds && c.figures.some((f) => f.value === 126_400) && c.figures.length === 2)).toBe(true);
  });
});
