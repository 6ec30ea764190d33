import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('a count before `other` and a plural noun', () => {
  it('counts the noun phrase after `other`', () => {
    expect(figures('a hotline, intelligent customer service, and two other contact methods, collecting feedback; with UNEP and 15 other partners')).toEqual([
      ['two', 2, 'contact methods'],
      ['15', 15, 'partners'],
    ]);
  });
  it('is nothing before `other` without a plural noun, or `one other`', () => {
    expect(figures('the other two, 2 other, one other thing')).toEqual([]);
  });
});
