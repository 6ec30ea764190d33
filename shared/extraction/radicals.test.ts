import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// PDF text doubles an ideograph as its Kangxi radical glyph and the ideograph itself.

describe('doubled radicals', () => {
  it('read as one character, the span covering both', () => {
    const text = '营业收⼊入⼀一千⼆二百亿元，员工⼈人数2,000⼈人';
    const figures = extractFigures(text).map((f) => [text.slice(f.start, f.end), f.text, f.value, f.unit]);
    expect(figures).toEqual([
      ['⼀一千⼆二百亿元', '⼀一千⼆二百亿元', 120_000_000_000, 'CNY'],
      ['2,000⼈人', '2,000⼈人', 2000, '人'],
    ]);
  });
  it('in either order', () => {
    expect(extractFigures('研发投入十⼗二⼆亿元').map((f) => [f.text, f.value])).toEqual([['十⼗二⼆亿元', 1_200_000_000]]);
  });
  it('the radical goes with the character it doubles, never into the figure beside it', () => {
    for (const text of ['1以上⼗十万', '百十⼗1 yuan']) {
      const spans = extractFigures(text).map((f) => [f.start, f.end]);
      spans.slice(1).forEach(([start], i) => expect(start).toBeGreaterThanOrEqual(spans[i]![1]!));
    }
    expect(extractFigures('1以上⼗十万').map((f) => f.text)).toEqual(['1以上', '⼗十万']);
  });
  it('a lone radical reads as its ideograph', () => {
    expect(extractFigures('⼗项').map((f) => [f.value, f.unit])).toEqual([[10, '项']]);
  });
  it('the sentence of a figure is found in the original text', () => {
    const text = '第一段。营业收⼊入⼀一亿元。';
    const [f] = extractFigures(text);
    expect(text.slice(f!.sentence.start, f!.sentence.end)).toBe('营业收⼊入⼀一亿元。');
  });
});
