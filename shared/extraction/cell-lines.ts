import { lineEndWithin, lineStartWithin } from './lines';

// Tables that PDF extraction flattens to one cell a line are read line by line, up and down from a
// value: these are the lines' shapes (a value, a column's year) and the walk between them, shared
// by the row-wise reading (stacked-cells.ts) and the column-wise one (column-cells.ts).

/** Longest line read as a label, a unit or a value. */
export const MAX_LINE = 60;
/** A value cell alone on its line: `405,600`, `1.21`, `(3.2)`, `-12.5%`, a footnote mark after it. */
export const VALUE_LINE = /^[(\-–+]?\d[\d,.]*\)?%?[*†‡§¶¹²³⁴-⁹]{0,2}$/;
/** A header cell naming a column's year (`2023`, `FY2022`, `2023年`, `2022/23`). */
export const YEAR_LINE = /^(?:FY\s?)?(?:19|20)\d\d(?:年度?|[/-]\d\d)?$/i;
/** A calendar year alone (`2023`): a period named, no value, in a cell or after a comparison's word. */
export const YEAR_ALONE = /^(?:19|20)\d\d$/;

export interface Line {
  start: number;
  end: number;
}

/** The short line holding `i` (looked for no further than `reach`, so the scan stays linear). */
export function lineAt(text: string, i: number, reach = MAX_LINE): Line | null {
  const start = lineStartWithin(text, i, reach);
  const end = start < 0 ? -1 : lineEndWithin(text, i, reach);
  return end < 0 || end - start > reach ? null : { start, end };
}

/**
 * The line of the number `[start, end)` when the number is all it holds (white space aside), else
 * null. Most numbers share their line: the characters either side settle it before any slice.
 */
export function lineOfLone(text: string, start: number, end: number): Line | null {
  if (!(start === 0 || isWhiteSpace(text.charCodeAt(start - 1))) || !(end >= text.length || isWhiteSpace(text.charCodeAt(end)))) return null;
  const own = lineAt(text, start);
  return own && text.slice(own.start, own.end).trim() === text.slice(start, end) ? own : null;
}

/** What `\s` matches, and so what `trim` takes off (line breaks included). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The nearest non-blank line above the line starting at `ls`, `blanks` blank lines skipped at most. */
export function lineAbove(text: string, ls: number, reach = MAX_LINE, blanks = 1): Line | null {
  let at = ls;
  for (let blank = 0; blank <= blanks && at > 0; blank++) {
    const line = lineAt(text, at - 1, reach);
    if (!line) return null;
    if (text.slice(line.start, line.end).trim() !== '') return line;
    at = line.start;
  }
  return null;
}

/** The nearest non-blank line below the line ending at `le`, `blanks` blank lines skipped at most. */
export function lineBelow(text: string, le: number, reach = MAX_LINE, blanks = 1): Line | null {
  let at = le;
  for (let blank = 0; blank <= blanks && at < text.length; blank++) {
    const line = lineAt(text, at + 1, reach);
    if (!line) return null;
    if (text.slice(line.start, line.end).trim() !== '') return line;
    at = line.end;
  }
  return null;
}
