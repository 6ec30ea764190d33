import { describe, expect, it } from 'vitest';
import { readOncePerSpan } from './read-once-per-span';

describe('readOncePerSpan', () => {
  it('reads a span once for the questions asked of it in turn, and anew for another span or text', () => {
    const reads: string[] = [];
    const words = readOncePerSpan((text, start, end) => {
      reads.push(text.slice(start, end));
      return text.slice(start, end).split(' ').length;
    });
    const text = 'one two three. four five';
    expect([words(text, 0, 13), words(text, 0, 13), words(text, 15, 24), words(text, 15, 24)]).toEqual([3, 3, 2, 2]);
    expect(reads).toEqual(['one two three', 'four five']);
    // the same span of another text is another reading
    expect(words('a b c d e f g h i j k l m n o p', 0, 13)).toBe(7);
    expect(reads).toHaveLength(3);
  });
});
