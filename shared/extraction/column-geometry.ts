import { codeAt as code } from './normalize';
import { lineEndWithin, lineStartWithin } from './lines';
import type { LineSpan } from '../text/lines';

// Where a position stands on a page set in columns side by side, as `pdftotext -layout` lines it
// up: the column a position stands in (its line is text/lines.ts's lineAround), and the same column on the line above or below. Read by
// the column readers: a bare count under its label (column-kpi.ts), a label under its figure
// (column-label.ts), prose going on under its own column (en-noun-tokens.ts).

/** The longest line a column reader looks at: a page's width, with room to spare. */
export const MAX_LINE = 240;

/** The line above `line`, its start within MAX_LINE; null on the text's first line or where it starts further back. */
export function lineAbove(text: string, line: LineSpan): LineSpan | null {
  if (line.start === 0) return null;
  const start = lineStartWithin(text, line.start - 1, MAX_LINE);
  return start < 0 ? null : { start, end: line.start - 1 };
}

/**
 * The line below `line`, null on the text's last line. Read no further than MAX_LINE: a longer line
 * is cut one character past that (its `end - start` tells a reader it is too long for a column).
 */
export function lineBelow(text: string, line: LineSpan): LineSpan | null {
  if (line.end >= text.length) return null;
  const start = line.end + 1;
  const end = lineEndWithin(text, start, MAX_LINE);
  return { start, end: end < 0 ? start + MAX_LINE + 1 : end };
}

/** Where the column holding `i` starts on its line: after the last run of `gap` spaces or more before `i`, else at the line's start. */
export function columnStart(text: string, line: LineSpan, i: number, gap: number): number {
  for (let k = i - 1, run = 0; k >= line.start; k--) {
    if (code(text, k) === 0x20) run++;
    else {
      if (run >= gap) return k + 1 + run;
      run = 0;
    }
  }
  return line.start;
}

/** The position `col` characters into `line`, or -1 where the line is no longer than that. */
export function atColumn(line: LineSpan, col: number): number {
  return line.end - line.start > col ? line.start + col : -1;
}

/** Whether a cell may open `col` characters into `line`: nothing before it on the line but spaces, or a gap of two spaces. */
export function cellOpensAt(text: string, line: LineSpan, col: number): boolean {
  const head = text.slice(line.start, line.start + col);
  return head.trim() === '' || head.endsWith('  ');
}
