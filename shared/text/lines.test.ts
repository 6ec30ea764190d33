import { describe, expect, it } from 'vitest';
import { lineAt, lineEndOf, lineStartOf, lineStarts } from './lines';

describe('line numbers', () => {
  const text = 'first\nsecond line\n\nfourth';
  const starts = lineStarts(text);

  it('finds the start of every line', () => {
    expect([...starts]).toEqual([0, 6, 18, 19]);
  });

  it('maps offsets to 1-based lines', () => {
    expect(lineAt(starts, 0)).toBe(1);
    expect(lineAt(starts, 5)).toBe(1);
    expect(lineAt(starts, 6)).toBe(2);
    expect(lineAt(starts, 18)).toBe(3);
    expect(lineAt(starts, text.indexOf('fourth') + 3)).toBe(4);
  });

  it('treats text without a line break as one line', () => {
    expect(lineAt(lineStarts('no breaks'), 4)).toBe(1);
  });

  it('gives where the line holding an offset starts and ends, its line break its own', () => {
    expect([lineStartOf(text, 9), lineEndOf(text, 9)]).toEqual([6, 17]);
    expect([lineStartOf(text, 17), lineEndOf(text, 17)]).toEqual([6, 17]);
    expect([lineStartOf(text, 18), lineEndOf(text, 18)]).toEqual([18, 18]);
    expect([lineStartOf(text, text.length), lineEndOf(text, text.length)]).toEqual([19, text.length]);
  });
});
