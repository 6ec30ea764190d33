import { keptPerText } from './kept-per-text';
import { lowerBound } from './lower-bound';

/** A line of the text, `[start, end)`: `end` is its `\n`, or the text's length on the last line. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** The offset of each line's first character in `text`, for turning offsets into line numbers. */
export function lineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

/** The 1-based line on which `offset` stands: how many lines start at or before it. */
export function lineAt(starts: Uint32Array, offset: number): number {
  return lowerBound(starts, offset + 1);
}

/**
 * The line around `[start, end)`, or undefined when it reaches further than `max` characters either
 * way: a rule about table rows, headings or labelled lines reads no line longer than such a line
 * can be (running text is none of them). Found in the text's line index, whatever its length.
 */
export function lineAround(text: string, start: number, end: number, max: number): LineSpan | undefined {
  const starts = lineStartsOf(text);
  const s = starts[lineAt(starts, start) - 1]!;
  if (start - s > max) return undefined;
  const next = lineAt(starts, end);
  const e = next < starts.length ? starts[next]! - 1 : Math.max(text.length, end);
  return e - end > max ? undefined : { start: s, end: e };
}

/** Where the line holding `i` starts. */
export function lineStartOf(text: string, i: number): number {
  const starts = lineStartsOf(text);
  return starts[lineAt(starts, i) - 1]!;
}

/** Where the line holding `i` ends: its `\n` (`i` itself when it is one), or the text's length on the last line. */
export function lineEndOf(text: string, i: number): number {
  const starts = lineStartsOf(text);
  const next = lineAt(starts, i);
  return next < starts.length ? starts[next]! - 1 : text.length;
}

/**
 * The line starts of the texts asked last: every figure asks for its line, and a walk to the ends of
 * a long line from each of its figures costs the line's length each time.
 */
const lineStartsOf = keptPerText(lineStarts);
