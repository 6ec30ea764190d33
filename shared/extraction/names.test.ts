import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const texts = (text: string): string[] => extractFigures(text).map((f) => f.text);

describe('names that hold a number', () => {
  it("drops the number opening a day's or an event's name", () => {
    expect(texts('During the 2023 99 Giving Day campaign, over 58 million donations were made.')).toEqual(['58 million']);
    expect(texts('at the 5 Star Summit in May')).toEqual([]);
  });
  it('keeps a count of such events, and counts before capitalised nouns', () => {
    expect(texts('We hosted 3 Innovation Day events and won 12 Industry Awards.')).toEqual(['3', '12']);
  });
});
