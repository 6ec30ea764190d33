import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { CHANGE_DOWN, CHANGE_RATE, CHANGE_UP, inForwardSentence, isComparison, PRIOR_VALUE, saidAsChange } from './markers';

describe('PRIOR_VALUE: the earlier value a present one is compared with', () => {
  it('reads a balance as it stood at the start of the year or period', () => {
    for (const before of ['较年初的', '較年初的', '比年初', '比期初的', '较期初', '较上年初的', '由年初的']) expect(PRIOR_VALUE.test(before), before).toBe(true);
  });

  it('reads last year, a named year and `from` as before', () => {
    for (const before of ['较 2022 年的', '较上年同期的', '由上年的', 'up from ', 'compared with ']) expect(PRIOR_VALUE.test(before), before).toBe(true);
  });

  it('leaves a share (`占比`), a change said from the start of the year (`较年初增加`) and a bare `年初` alone', () => {
    for (const before of ['占比', '较年初增加', '年初', '比例为', '截至年初，余额']) expect(PRIOR_VALUE.test(before), before).toBe(false);
  });

  it('makes the change in points of `不良率 1.12%，较年初的 1.26% 下降 N 个百分点` checkable', () => {
    const text = (pp: string) => `普惠型小微企业贷款不良率1.12%，较年初的1.26%下降${pp}个百分点。`;
    const points = (pp: string) => checksOf('change', text(pp)).filter((c) => c.rule === 'change.percentage-points');
    expect(points('0.14')).toMatchObject([{ holds: true, figures: [{ value: 1.26, role: 'old' }, { value: 1.12, role: 'new' }, { value: 0.14 }] }]);
    expect(points('0.41')).toMatchObject([{ holds: false }]);
  });

  it('keeps the share said as it stood at the start of the year from being a result of this year\'s figures', () => {
    const text = '截至2023年末，绿色贷款余额1,286.45亿元，较年初增加312.68亿元，占各项贷款的比例较年初的10.31%有所提升。';
    expect(checksOf('ratio', text).filter((c) => c.figures.some((f) => f.value === 10.31))).toEqual([]);
  });
});

describe('RATIO_CUE', () => {
  it('reads `423 of our 1,304` as a part of a whole, whose share the sentence may say bare', () => {
    const text = (share: string) => `Women held 423 of our 1,304 director-and-above roles at year end, ${share}, up from 30.8% in 2022. Our Board has 11 directors.`;
    expect(checksOf('ratio', text('32.4%'))).toMatchObject([{ holds: true, figures: [{ value: 423 }, { value: 1304 }, { value: 32.4 }] }]);
    // a year after `of` is no whole
    expect(checksOf('ratio', 'We completed 186,420 repairs, 4.6% more than the 178,230 of 2022/23. 92.4% were completed right first time.')).toEqual([]);
  });
});

describe('inForwardSentence and isComparison', () => {
  it('tells a target sentence from a present one', () => {
    const text = '到2030年，可再生能源占比将达到50%。本年可再生能源占比为38%。';
    expect(inForwardSentence(text, { sentence: { start: 0, end: 20 } })).toBe(true);
    expect(inForwardSentence(text, { sentence: { start: 20, end: text.length } })).toBe(false);
  });

  it('reads `20% less fuel` as a difference, `20% of fuel` not', () => {
    const a = 'burn up to 20% less fuel';
    const b = 'burn up to 20% of fuel';
    expect(isComparison(a, { end: a.indexOf('%') + 1 })).toBe(true);
    expect(isComparison(b, { end: b.indexOf('%') + 1 })).toBe(false);
  });
});

describe('FORWARD: a plan, not a programme named `计划`', () => {
  const far = '\n\n' + '本公司持续完善公益项目管理制度。\n\n'.repeat(12);
  it('reads `“春苗”计划` as a programme\'s name: its figures restate each other (4,820 / 4,280 students)', () => {
    const text = `2023年，“春苗”计划资助困难学生4,820名，覆盖12个省份。${far}本年度“春苗”计划共资助困难学生4,280名。`;
    expect(checksOf('consistency', text).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 4_820 }, { value: 4_280 }] }]);
  });

  it('still reads a plan as forward (`公司计划资助…`)', () => {
    expect(inForwardSentence('公司计划2024年资助困难学生5,000名。', { sentence: { start: 0, end: 18 } })).toBe(true);
    expect(inForwardSentence('“春苗”计划资助困难学生4,820名。', { sentence: { start: 0, end: 17 } })).toBe(false);
  });
});

describe('CHANGE_RATE, CHANGE_UP and CHANGE_DOWN: the verbs reports say a change with', () => {
  it('reads `slipped`, `dipped`, `eased`, `dropped`, `climbed` and `jumped` before a rate as a change', () => {
    for (const before of ['Charter income slipped ', 'Footfall dipped ', 'Demand eased ', 'Waste dropped ', 'Exports climbed ', 'Orders jumped by ']) expect(CHANGE_RATE.test(before), before).toBe(true);
  });

  it('gives each its direction, and `eased` is not read inside `increased`', () => {
    for (const word of ['slipped', 'dipped', 'eased']) expect(CHANGE_DOWN.test(word), word).toBe(true);
    for (const word of ['climbed', 'jumped']) expect(CHANGE_UP.test(word), word).toBe(true);
    expect(CHANGE_DOWN.test('increased')).toBe(false);
  });
});

describe('saidAsChange: a bound between a change and its figure is the figure\'s', () => {
  const changed = (text: string) => saidAsChange(text, { start: text.search(/\d/), sentence: { start: 0 } });
  it('passes over any bound the extraction reads (`不少于`, `至少`, `约合`), as `超过`', () => {
    expect(changed('单位产品综合能耗较上年降低不少于1.2%')).toBe(true);
    expect(changed('污水处理量同比增长至少15%')).toBe(true);
    expect(changed('危废处置量同比减少约合1,200吨')).toBe(true);
    expect(changed('用水量同比下降超过8%')).toBe(true);
    expect(changed('用水量不少于8万吨')).toBe(false);
  });
});
