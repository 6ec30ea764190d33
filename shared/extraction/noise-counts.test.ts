import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('a count after a demonstrative', () => {
  it('refers back, no new claim, when it counts people or things mentioned', () => {
    expect(texts('这两位都上了媒体。这两个人群的影响是深远的。')).toEqual([]);
  });
  it('stays a count of named parts after 大 or before a word such as 方面 or 目标', () => {
    expect(texts('我们努力从这三个方面助力企业：帮助商家贸易；帮助企业出海。将继续支持这三大目标。')).toEqual(['三个', '三大']);
  });
});

describe('a number spaced from a Chinese noun without a measure word', () => {
  it('counts places all the same', () => {
    expect(texts('截至 2021 年，我们已经在 12 省（自治区、直辖市）落地“数字果园”，覆盖 19 国。')).toEqual(['12', '19']);
  });
  it('is no count of a market or a value', () => {
    expect(texts('入驻 1688 市场。')).toEqual([]);
  });
});

describe('a Chinese numeral with its scale and no measure word', () => {
  it('counts what the sentence names (两千万, 三十万), as a number in digits does', () => {
    expect(texts('直接带来了超过两千万的零售行业就业，是平台直接就业机会（超过两千万）的 1.48-2.85 倍。')).toEqual(['两千万', '两千万', '1.48-2.85 倍']);
  });
  it('leaves a pure scale standing for an adverb or an idiom', () => {
    expect(texts('这件事十万火急。')).toEqual([]);
  });
});

describe('a bare 千 or 万 with a measure word', () => {
  it('counts people, households and goods', () => {
    expect(texts('共同发展一个有万户商家的生态。千名“特云”在阿里平台就业。疫情挡不住万包咖啡。')).toEqual(['万户', '千名', '万包']);
  });
  it('stays out of idioms, programme names and a table\'s statement of units', () => {
    expect(texts('送入千家万户。入选千人计划。\n单位：万人次、万吨、万架次\n')).toEqual([]);
  });
});

describe('a lone 万 or 亿 glued to a word', () => {
  it('begins a name (亿滋, 万科, 万达), not a count', () => {
    expect(texts('伊利\t亿滋 Mondelēz\t万科集团和万达广场')).toEqual([]);
  });
  it('leaves vague and qualified ones and measure words', () => {
    expect(texts('亿万消费者，上亿用户，万户商家')).toEqual(['亿万', '亿用户', '万户']);
  });
});

describe('一 before 成', () => {
  it('is a tenth, not an article (增长逾一成), while 一成不变 is an idiom', () => {
    expect(extractFigures('帮扶资金较上年增长逾一成。').map((f) => [f.text, f.value, f.unit, f.qualifier])).toEqual([['一成', 10, '%', 'over']]);
    expect(texts('管理方式并非一成不变。')).toEqual([]);
  });
});

describe('one after 仅 (only)', () => {
  it('is counted, no article', () => {
    expect(texts('在距离珠峰仅一个小时路程的定日县。我们仅一家门店。')).toEqual(['一个小时', '一家']);
  });
  it('stays an article after 不仅 (not only) and without 仅', () => {
    expect(texts('这不仅一个人的事。一个小时后他来了。')).toEqual([]);
  });
});
