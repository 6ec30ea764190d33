import { lineAbove, lineAt, lineBelow, type Line } from './cell-lines';
import { GROUP_LABEL } from './noise-buckets';

// A table a PDF gives as short lines of a label and a value (`女性 Female 2563`, `< 36 5998`,
// `大专 Junior college graduates 684`), a blank line between rows, no header of years: each value
// is a cell of its row, not a version number after a name (`Female 2563`) nor a count of nothing.
// Known by its neighbours: at least two more such lines next to it, whose values do not rise row
// by row as a contents page's page numbers do.

/** A row is short: a label of a few words, then its value. */
const MAX_ROW = 50;
/** A label (no sentence punctuation) and one number ending the line. */
const ROW = /^\s*([^\s,.;:!?，。；：！？、][^,.;:!?，。；：！？、]{0,40}?)\s+(\d[\d,]*(?:\.\d+)?)\s*$/u;
/** A label has words, or is a group's bounds (`< 36`, `36 - 50`). */
const isLabel = (s: string): boolean => /\p{L}/u.test(s) || GROUP_LABEL.test(s);

/** The value of a label-and-value line, or undefined when the line is not one. */
function rowValue(text: string, line: Line): number | undefined {
  if (line.end - line.start > MAX_ROW) return undefined;
  const m = ROW.exec(text.slice(line.start, line.end));
  return m && isLabel(m[1]!) ? Number(m[2]!.replace(/,/g, '')) : undefined;
}

/** Whether the number `[start, end)` ends a label-and-value line among at least two others like it. */
export function inListTable(text: string, start: number, end: number): boolean {
  const own = lineAt(text, start, MAX_ROW);
  if (!own || text.slice(end, own.end).trim() !== '') return false;
  const value = rowValue(text, own);
  if (value === undefined) return false;
  const values = [value];
  // up to two rows either side, a blank line between rows at most
  for (let line: Line | null = own, k = 0; k < 2 && (line = lineAbove(text, line.start, MAX_ROW)); k++) {
    const v = rowValue(text, line);
    if (v === undefined) break;
    values.unshift(v);
  }
  for (let line: Line | null = own, k = 0; k < 2 && (line = lineBelow(text, line.end, MAX_ROW)); k++) {
    const v = rowValue(text, line);
    if (v === undefined) break;
    values.push(v);
  }
  return values.length >= 3 && !values.every((v, i) => i === 0 || v > values[i - 1]!);
}

/** A label alone on its line: words and no number at its end (`Master's Degree and above`, `研究生及以上`). */
function labelOnly(text: string, line: Line): boolean {
  const s = text.slice(line.start, line.end).trim();
  return s.length > 0 && s.length <= MAX_ROW && /\p{L}/u.test(s) && !/[\d,.;:!?，。；：！？、]$/u.test(s) && !ROW.test(s);
}

/**
 * `本科 Bachelor's Degree 3645⏎⏎研究生及以上⏎⏎Master's Degree and above⏎2529`: the last row's label ran
 * over its line (here in two languages) and pushed the value to the line below. A number alone on
 * its line, right under a label line (no blank line between), is that row's cell when label-and-value
 * rows of the same list stand just above the label (at least two of them).
 */
export function belowItsLabel(text: string, start: number, end: number): boolean {
  const own = lineAt(text, start, MAX_ROW);
  if (!own || text.slice(own.start, own.end).trim() !== text.slice(start, end)) return false;
  let line = lineAbove(text, own.start, MAX_ROW, 0);
  if (!line || !labelOnly(text, line)) return false;
  let rows = 0;
  // the label may take one more line above, in its other language
  for (let k = 0; k < 3 && (line = lineAbove(text, line.start, MAX_ROW)); k++) {
    if (rowValue(text, line) !== undefined) {
      if (++rows === 2) return true;
    } else if (rows > 0 || k > 0 || !labelOnly(text, line)) return false;
  }
  return false;
}
