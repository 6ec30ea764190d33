import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

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
