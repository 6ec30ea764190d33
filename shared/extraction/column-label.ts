import { codeAt as code } from './normalize';
import { atColumn, cellOpensAt, lineBelow, MAX_LINE } from './column-geometry';
import { lineAround } from '../text/lines';

// A page set in columns side by side, as `pdftotext -layout` renders a designed KPI page: each figure
// on a line of its own in its column, its label on the line below starting where the figure starts
// (`  1.42 million                    98.1%⏎  outpatient appointments (2022/23: 1.31m)`, or on the right,
// `…emergency departments        2⏎                               never events, down from 5`).

/**
 * Where the label of the figure `[numStart, p)` starts on the line below, when the figure is a cell
 * of a page in columns (another column's text on its line, a column gap or the line's start before it
 * and a column gap or the line's end after it) and the line below opens a lower-case word exactly at
 * the figure's column; else -1.
 */
export function labelBelowInColumn(text: string, numStart: number, p: number): number {
  // cheap first: a column gap or the line's end right after the figure
  const a = code(text, p);
  if (a !== 0x0a && !(a === 0x20 && (code(text, p + 1) === 0x20 || code(text, p + 1) === 0x0a))) return -1;
  const line = lineAround(text, numStart, p, MAX_LINE);
  if (line === undefined || line.end >= text.length || line.end - line.start > MAX_LINE) return -1;
  const col = numStart - line.start;
  const after = text.slice(p, line.end);
  // a cell: the line's start or a column gap before it, the line's end or a column gap after it
  if (!cellOpensAt(text, line, col)) return -1;
  if (after.trim() !== '' && !after.startsWith('  ')) return -1;
  // another column's text beside it on its line: a figure alone is read as running text is
  if (after.trim() === '' && text.slice(line.start, numStart).trim() === '') return -1;
  let below = lineBelow(text, line)!;
  // an infographic leaves a blank line between a figure and its label (`4 1 2⏎⏎hotels in 38 countries`), or
  // one blank under the figure, another column's unit beside (`318      7.9⏎         kgCO2e⏎hotels with…`)
  const width = p - numStart;
  if (below.end < text.length && below.end - below.start <= MAX_LINE && text.slice(below.start + Math.max(0, col - 2), Math.min(below.end, below.start + col + width + 2)).trim() === '') {
    below = lineBelow(text, below)!;
  }
  const at = atColumn(below, col);
  if (at < 0 || !cellOpensAt(text, below, col)) return -1;
  const c = text.charCodeAt(at);
  if (c < 0x61 || c > 0x7a || (col > 0 && text.charCodeAt(at - 1) !== 0x20)) return -1;
  return at;
}

/**
 * Whether the word at `g`, opening a later line left of the figure at `numStart`, stands in another column:
 * the figure is a cell right of other text on its line, a column gap before it (`  4 2 . 7     1 . 8 6⏎
 * gigalitres   million tCO2e`: gigalitres is the left figure's).
 */
export function leftOfColumnFigure(text: string, numStart: number, g: number): boolean {
  if (code(text, numStart - 1) !== 0x20 || code(text, numStart - 2) !== 0x20) return false;
  // letter-spaced prose puts two spaces between its words (`w i t h  3 8 0⏎services`)
  if (code(text, numStart - 4) === 0x20 && code(text, numStart - 3) !== 0x20) return false;
  const ls = text.lastIndexOf('\n', numStart - 1) + 1;
  const gs = text.lastIndexOf('\n', g - 1) + 1;
  if (gs <= ls || g - gs >= numStart - ls || numStart - ls > MAX_LINE) return false;
  return text.slice(ls, numStart).trim() !== '';
}
