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
