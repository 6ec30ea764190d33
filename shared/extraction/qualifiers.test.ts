import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

/** Each figure's value and qualifier. */
const valueAndQualifier = (text: string) => extractFigures(text).map((f) => [f.value, f.qualifier]);

describe('a qualifier after the number', () => {
  it('reads a hyphenated plus as over (3,000-plus village stores)', () => {
    expect(extractFigures('and 3,000-plus village stores were upgraded').map((f) => [f.value, f.qualifier])).toEqual([[3000, 'over']]);
    expect(extractFigures('200 plus 300').map((f) => f.qualifier)).toContain('exact');
  });
  it('reads the counted noun after a hyphenated plus, as after a glued one', () => {
    expect(extractFigures('and 3,000-plus village stores were upgraded').map((f) => [f.text, f.unit])).toEqual([['3,000-plus', 'village stores']]);
    expect(extractFigures('and 3,000+ village stores were upgraded').map((f) => f.unit)).toEqual(['village stores']);
  });
});

describe('a cap before the number', () => {
  it('reads 不超过 and no more than as up to, not over', () => {
    const q = (text: string) => extractFigures(text).map((f) => [f.value, f.qualifier]);
    expect(q('我们的目标是保持自有数据中心年均 PUE 不超过 1.3。')).toEqual([[1.3, 'up_to']]);
    expect(q('每户补贴不高于 500 元')).toEqual([[500, 'up_to']]);
    expect(q('We aim for no more than 5% of waste to landfill.')).toEqual([[5, 'up_to']]);
    expect(q('全年发电超过 1,100 万度')).toEqual([[1.1e7, 'over']]);
  });
});

describe('a verb of passing before the number', () => {
  it('reads surpassed, surpassing, exceeds and exceeded as over', () => {
    const qualifiers = (text: string) => extractFigures(text).map((f) => [f.value, f.qualifier]);
    expect(qualifiers('The share of online services has surpassed 80%.')).toEqual([[80, 'over']]);
    expect(qualifiers('with sales surpassing 5 million units')).toEqual([[5e6, 'over']]);
    expect(qualifiers('Recycling exceeds 90% at every site; it exceeded 85% last year.')).toEqual([[90, 'over'], [85, 'over']]);
  });
});

describe('a Chinese qualifier cut by a narrow column\'s wrap, a blank line between its lines', () => {
  const qualifiers = (text: string) => extractFigures(text).map((f) => [f.value, f.qualifier]);
  it('reads 超⏎⏎过 as 超过 and 上⏎⏎百万 as 上百万, as on one line', () => {
    expect(qualifiers('用户占比超\n\n过 89%，')).toEqual(qualifiers('用户占比超过 89%，'));
    expect(qualifiers('用户占比超\n\n过 89%，')).toEqual([[89, 'over']]);
    expect(qualifiers('会员人数已达上\n\n百万会员')).toEqual(qualifiers('会员人数已达上百万会员'));
    expect(qualifiers('会员人数已达上\n\n百万会员')).toEqual([[1e6, 'over']]);
  });
  it('crosses no more than a blank line', () => {
    expect(qualifiers('用户占比超\n\n\n过 89%，')).toEqual([[89, 'exact']]);
  });
});

describe('qualifiers in words that translations use for a bound', () => {
  it('reads a negated comparative as the opposite bound, not the comparative inside it', () => {
    expect(valueAndQualifier('We will install solar panels at no fewer than 30 stores.')).toEqual([[30, 'over']]);
    expect(valueAndQualifier('We will install solar panels at not fewer than 30 stores.')).toEqual([[30, 'over']]);
    expect(valueAndQualifier('a recycled share no lower than 20% of inputs')).toEqual([[20, 'over']]);
    expect(valueAndQualifier('PUE of new data centers no higher than 1.3.')).toEqual([[1.3, 'up_to']]);
    expect(valueAndQualifier('PUE of new data centers no greater than 1.3.')).toEqual([[1.3, 'up_to']]);
  });
  it('reads not exceed as a cap, topped as over and just short of as nearly', () => {
    expect(valueAndQualifier('the cost per participant would not exceed RMB 1 yuan.')).toEqual([[1, 'up_to']]);
    expect(valueAndQualifier('sales topped 5 million units')).toEqual([[5e6, 'over']]);
    expect(valueAndQualifier('we held just short of 5,000 events')).toEqual([[5000, 'nearly']]);
  });
  it('reads a comparative before the number as its bound, and not one before `the` number of another year', () => {
    expect(valueAndQualifier('The cabin was smaller than 10 m2, too hot.')).toEqual([[10, 'under']]);
    expect(valueAndQualifier('The site is larger than 10 m2.')).toEqual([[10, 'over']]);
    expect(valueAndQualifier('emissions were 11.3% lower than the 20,770 tonnes of 2022.')).toEqual([[11.3, 'exact'], [20770, 'exact']]);
  });
  it('reads 於 as Hong Kong and Taiwan reports write 于', () => {
    expect(valueAndQualifier('每户补贴不高於 500 元')).toEqual([[500, 'up_to']]);
    expect(valueAndQualifier('新增装机不低於 30 家')).toEqual([[30, 'over']]);
    expect(valueAndQualifier('面积少於 10 平方米')).toEqual([[10, 'under']]);
    expect(valueAndQualifier('受惠人数超出 500 人')).toEqual([[500, 'over']]);
  });
});

describe('a qualifier a few words before its number', () => {
  it('reads 至少 before the verb phrase holding an amount as over', () => {
    expect(valueAndQualifier('要求所有员工每年至少为公益贡献3小时，')).toEqual([[3, 'over']]);
    expect(valueAndQualifier('目标今明两年至少完成 30 家门店的光伏项目建设')).toEqual([[30, 'over']]);
    expect(valueAndQualifier('我们总体至少比以前好 20%。')).toEqual([[20, 'over']]);
  });
  it('reaches no further than a numeral or a clause\'s end', () => {
    expect(valueAndQualifier('至少一半员工参加了 3 次培训')).toEqual([[50, 'over'], [3, 'exact']]);
    expect(valueAndQualifier('我们至少，参加了 3 次培训')).toEqual([[3, 'exact']]);
  });
  it('reads a comparison before a share\'s base with a space before the share', () => {
    expect(valueAndQualifier('超过榜单总数 1/3。').map(([, qualifier]) => qualifier)).toEqual(['over']);
  });
});

describe('a qualifier hyphenated at a line\'s end', () => {
  it('reads the two halves as one word (`an estimat-⏎ed 6 million`)', () => {
    expect(valueAndQualifier('of which an estimat-\ned 6 million use smartphones')).toEqual([[6e6, 'about']]);
    expect(valueAndQualifier('of which approxi-\nmately 6 million use smartphones')).toEqual([[6e6, 'about']]);
    // as the PDF reader joins the two lines
    expect(valueAndQualifier('of which an estimat- ed 6 million use smartphones')).toEqual([[6e6, 'about']]);
  });
  it('reads no qualifier from a hyphenated word that is none', () => {
    expect(valueAndQualifier('of which the well-\nknown 6 brands use it')).toEqual([[6, 'exact']]);
  });
});
