import { codeAt as code, isDigitCode, isLetterCode, isUpperCode } from './normalize';
import { labelBelowInColumn } from './column-label';
import { EN_UNIT_TABLE, type Unit } from './units';
import { atColumn, cellOpensAt, lineAbove, lineBelow, MAX_LINE } from './column-geometry';
import { lineAround } from '../text/lines';

// A designed KPI page as `pdftotext -layout` gives it, columns side by side: a bare count standing
// alone in its column's cell is a figure when its column names it there, either by a label on the
// line above (`Fatalities⏎0`) or by a part's words below (`84⏎⏎of them certified`), though no noun
// follows it on its line; and a figure's measure on the line under its scale word.

/** Two numbers or more apart by column gaps, nothing else. */
const AXIS = /^[\d.,%]+(?: {2,}[\d.,%]+)+$/;

/**
 * Whether the number `[numStart, numEnd)` is a cell of a page in columns (the line's start or a
 * column gap before it, a column gap or the line's end after it, and no number beside it) under a
 * label starting at its column on the line above: words, capitalised, no digit, no sentence's end.
 */
export function labelledAboveInColumn(text: string, numStart: number, numEnd: number): boolean {
  const a = code(text, numEnd);
  if (!(a === -1 || a === 0x0a || (a === 0x20 && (code(text, numEnd + 1) === 0x20 || code(text, numEnd + 1) === 0x0a)))) return false;
  const line = lineAround(text, numStart, numEnd, MAX_LINE);
  if (line === undefined || line.start < 2) return false;
  const col = numStart - line.start;
  if (text.slice(line.start, numStart).trim() !== '' && !(code(text, numStart - 1) === 0x20 && code(text, numStart - 2) === 0x20)) return false;
  // a chart's axis puts numbers in a row (`0      10      20`); another column's one figure may stand beside
  const rest = text.slice(numEnd, line.end).trim();
  if (rest !== '' && isDigitCode(rest.charCodeAt(0)) && AXIS.test(rest)) return false;
  const above = lineAbove(text, line);
  const at = above === null ? -1 : atColumn(above, col);
  if (above === null || at < 0 || !cellOpensAt(text, above, col) || !isUpperCode(text.charCodeAt(at))) return false;
  const row = text.slice(above.start, above.end);
  const gap = row.indexOf('  ', col);
  const label = row.slice(col, gap < 0 ? row.length : gap);
  return label.length >= 3 && /^[A-Z][A-Za-z' -]*[a-z]$/.test(label);
}

/**
 * Whether the label below the figure in its column opens with a part's words (`of them certified`);
 * `of whom 190 are trainees` counts a part of the figure, which is the whole.
 */
export function partLabelBelow(text: string, numStart: number, numEnd: number): boolean {
  const below = labelBelowInColumn(text, numStart, numEnd);
  return below >= 0 && /^of (?:them|whom|which) (?![\d(])/.test(text.slice(below, below + 16));
}

/**
 * `1 . 4⏎million⏎cubic metres of water`: the measure on the line under a figure's scale word, where the
 * scale word ends its column's cell and the measure opens the next line at the figure's column.
 */
export function measureUnderScale(text: string, numStart: number, scaleEnd: number): Unit | null {
  const a = code(text, scaleEnd);
  if (!(a === 0x0a || (a === 0x20 && (code(text, scaleEnd + 1) === 0x20 || code(text, scaleEnd + 1) === 0x0a)))) return null;
  const line = lineAround(text, numStart, scaleEnd, MAX_LINE);
  const below = line === undefined ? null : lineBelow(text, line);
  if (line === undefined || below === null || below.end - below.start > MAX_LINE) return null;
  const col = numStart - line.start;
  const at = atColumn(below, col);
  if (at < 0 || (col > 0 && code(text, at - 1) !== 0x20) || !isLetterCode(code(text, at))) return null;
  const unit = EN_UNIT_TABLE.matchForward(text, at, { newlines: false });
  return unit && unit.value.kind === 'measure' && !isLetterCode(code(text, unit.end)) ? unit.value : null;
}
