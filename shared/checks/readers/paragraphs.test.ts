import { describe, expect, it } from 'vitest';
import { breakAtOrAfter, breakAtOrBefore, breakBetween, paragraphBreaks, paragraphOf } from './paragraphs';

describe('the paragraphs of a document', () => {
  const doc = {
    text: '\n\nSafety\nWe recorded 14 lost-time injuries in 2024.\n\n\nOur LTIFR was 0.42 per million hours worked.\n\nWater withdrawal fell to 1,284 megalitres.',
  };
  const { text } = doc;

  it('breaks at every blank line, each of a longer run of line breaks too', () => {
    expect(paragraphBreaks(doc)).toEqual([0, text.indexOf('\n\n\n'), text.indexOf('\n\n\n') + 1, text.lastIndexOf('\n\n')]);
    expect(paragraphBreaks(doc)).toBe(paragraphBreaks(doc));
  });

  it('finds the blank line before and after a place as a search of the text from it would', () => {
    for (let at = -2; at <= text.length + 2; at++) {
      expect(breakAtOrBefore(doc, at)).toBe(text.lastIndexOf('\n\n', at));
      expect(breakAtOrAfter(doc, at)).toBe(text.indexOf('\n\n', at));
    }
  });

  it('finds the last blank line wholly within a stretch of the text', () => {
    for (let from = 0; from <= text.length; from += 3) {
      for (let to = from; to <= text.length; to += 5) {
        const found = text.slice(from, to).lastIndexOf('\n\n');
        expect(breakBetween(doc, from, to)).toBe(found < 0 ? -1 : from + found);
      }
    }
  });

  it('bounds the paragraph a figure stands in by the blank lines around it, or the text’s ends', () => {
    const rate = text.indexOf('0.42');
    expect(text.slice(paragraphOf(doc, rate).start, paragraphOf(doc, rate).end)).toBe('Our LTIFR was 0.42 per million hours worked.');
    const water = text.indexOf('1,284');
    expect(text.slice(paragraphOf(doc, water).start, paragraphOf(doc, water).end)).toBe('Water withdrawal fell to 1,284 megalitres.');
    const plain = { text: 'Revenue rose 7.2% to £1,284.6 million.' };
    expect(paragraphOf(plain, 14)).toEqual({ start: 0, end: plain.text.length });
  });
});
