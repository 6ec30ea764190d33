import { describe, expect, it } from 'vitest';
import { atColumn, cellOpensAt, columnStart, lineAbove, lineBelow, MAX_LINE } from './column-geometry';
import { lineAround } from '../text/lines';

// Two columns of a `pdftotext -layout` page: a label over its count on the left, prose on the right.
const page = 'Fatalities      we recruited 1,310\n0               new colleagues\n';
const second = page.indexOf('0 ');

describe('where a position stands on a page in columns (column-geometry.ts)', () => {
  it('reads the line around a position, and the lines above and below it', () => {
    const line = lineAround(page, second, second, MAX_LINE)!;
    expect(page.slice(line.start, line.end)).toBe('0               new colleagues');
    expect(page.slice(lineAbove(page, line)!.start, lineAbove(page, line)!.end)).toBe('Fatalities      we recruited 1,310');
    expect(lineAbove(page, lineAbove(page, line)!)).toBeNull();
    const first = lineAround(page, 3, 3, MAX_LINE)!;
    expect(lineBelow(page, first)).toEqual(line);
  });
  it('starts a column after the last wide gap before a position, else at the line start', () => {
    const first = lineAround(page, 0, 0, MAX_LINE)!;
    expect(columnStart(page, first, page.indexOf('1,310'), 3)).toBe(page.indexOf('we'));
    expect(columnStart(page, first, page.indexOf('ities'), 3)).toBe(0);
  });
  it('finds the same column on another line only where that line reaches it, a cell opening there', () => {
    const first = lineAround(page, 0, 0, MAX_LINE)!;
    const below = lineBelow(page, first)!;
    const col = page.indexOf('we') - first.start;
    expect(page.slice(atColumn(below, col), atColumn(below, col) + 3)).toBe('new');
    expect(cellOpensAt(page, below, col)).toBe(true);
    expect(cellOpensAt(page, below, col + 1)).toBe(false);
    expect(atColumn(below, 200)).toBe(-1);
  });
  it('cuts a line below longer than a page one past MAX_LINE, and reads no line below the last', () => {
    const text = `short\n${'x'.repeat(1000)}`;
    const below = lineBelow(text, lineAround(text, 0, 0, MAX_LINE)!)!;
    expect(below.end - below.start).toBe(MAX_LINE + 1);
    expect(lineBelow(text, { start: 6, end: text.length })).toBeNull();
  });
});
