import { NORM, isLetterCode, isNewlineCode, isSpaceCode, isUpperCode } from './normalize';
import { EN_NOUN_STOP } from './en-noun-words';
import { columnStart, lineBelow, MAX_LINE } from './column-geometry';
import { lineAround } from '../text/lines';

// The words of an English noun phrase as a PDF leaves them: hyphenated across a line break
// (`barri-⏎er-free`), letter-spaced (`d i s h o n e st`), or as written.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

export interface Token {
  start: number;
  end: number;
  /** As written; letter-spaced text is joined (`d i s h o n e st` → dishonest). */
  word: string;
  lower: string;
}

/**
 * Where the next word starts after `e`: one run of spaces (no line break) or one line break. A tab
 * ends a table's cell, and the noun with it. Prose set in columns side by side goes on in its own
 * column on the next line (`columnContinuation`).
 */
export function nextWordStart(text: string, e: number, spaced: boolean): number {
  let k = e;
  let spaces = 0;
  let newlines = 0;
  while (k < text.length) {
    const c = code(text, k);
    if (c === 0x09) return -1;
    if (isSpaceCode(c)) spaces++;
    else if (isNewlineCode(c)) {
      if (c === 0x0a) newlines++;
    } else break;
    k++;
  }
  if (k === e || newlines > 1 || !isLetterCode(code(text, k))) return -1;
  // in letter-spaced text a single space separates letters, not words
  if (spaced && spaces === 1 && newlines === 0) return -1;
  if (!spaced && (newlines === 1 || spaces >= COLUMN_GAP)) {
    const column = columnContinuation(text, e);
    if (column.inColumns) return column.next;
  }
  return k;
}

/** Spaces that part two columns of prose on a line (a justified line spreads its words by fewer). */
const COLUMN_GAP = 3;

/** Whether a line is set in columns, and if so where its column's prose goes on (`next`, -1 where nothing starts there). */
export type ColumnContinuation = { readonly inColumns: false } | { readonly inColumns: true; readonly next: number };
const NOT_IN_COLUMNS: ColumnContinuation = { inColumns: false };
const NOTHING_BELOW: ColumnContinuation = { inColumns: true, next: -1 };

/**
 * Prose in two columns side by side, as `pdftotext -layout` gives it (`we recruited 1,310      Our
 * community programme supported 240 local⏎new colleagues, …       clubs and charities with…`): after
 * `e`, the end of its column's line (a column gap or the line's end), the sentence goes on where the
 * next line's text starts under its column, in lower case; not in columns when `e`'s line is not set
 * in columns.
 */
export function columnContinuation(text: string, e: number): ColumnContinuation {
  const line = lineAround(text, e, e, MAX_LINE);
  if (line === undefined || line.end >= text.length || line.end - line.start > MAX_LINE) return NOT_IN_COLUMNS;
  // the column `e` stands in starts after the last column gap before it on its line
  const col = columnStart(text, line, e, COLUMN_GAP);
  let gapAfter = 0;
  while (code(text, e + gapAfter) === 0x20) gapAfter++;
  const lineEnds = e + gapAfter === line.end;
  // set in columns: another column's text before `e` on its line, or after it past a gap
  if (col === line.start && (lineEnds || gapAfter < COLUMN_GAP)) return NOT_IN_COLUMNS;
  const below = lineBelow(text, line)!;
  if (below.end - below.start > MAX_LINE) return NOTHING_BELOW;
  const at = below.start + (col - line.start);
  if (at > below.end) return NOTHING_BELOW;
  // the next line's text in that column: a word opening at the column's start, a column gap or the
  // line's start before it (`14.8⏎…   99.5     0.2 p.p.`: a word after one space is its line's own)
  for (let k = Math.max(below.start, at - 1); k <= Math.min(below.end - 1, at + 1); k++) {
    if (k > below.start && (code(text, k - 1) !== 0x20 || (k - 1 > below.start && code(text, k - 2) !== 0x20))) continue;
    const c = code(text, k);
    if (c >= 0x61 && c <= 0x7a) return { inColumns: true, next: k };
  }
  return NOTHING_BELOW;
}

export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isNewlineCode(code(text, k))) return true;
  return false;
}

function plainWordEnd(text: string, p: number): number {
  let e = p;
  while (isLetterCode(code(text, e)) || (code(text, e) === 0x2d && isLetterCode(code(text, e + 1))) || capitalsAmpersand(text, e)) e++;
  return e;
}

/** An ampersand between capitals is inside an abbreviation (`A&E attendances`, `R&D staff`, `M&A deals`). */
const capitalsAmpersand = (text: string, e: number): boolean => code(text, e) === 0x26 && isUpperCode(code(text, e - 1)) && isUpperCode(code(text, e + 1));

/** Whether letter-spaced text starts at `p`: single letters (or pairs, `st`) separated by single spaces. */
export function letterSpacedAt(text: string, p: number): boolean {
  let k = p;
  for (let n = 0; n < 4; n++) {
    const e = plainWordEnd(text, k);
    if (e === k || e - k > 2) return false;
    if (n === 3) return true;
    if (code(text, e) !== 0x20 || !isLetterCode(code(text, e + 1))) return false;
    k = e + 1;
  }
  return false;
}

/**
 * After a word ending at `e`, the start of its continuation when a PDF line break hyphenated it
 * (`barri-\ner-free`, `pay- ment`): '-', a line break or one space, a lower-case letter; else -1.
 */
function softHyphenContinuation(text: string, e: number): number {
  if (code(text, e) !== 0x2d) return -1;
  let k = e + 1;
  if (code(text, k) === 0x0d) k++;
  if (code(text, k) === 0x0a || code(text, k) === 0x20) k++;
  else return -1;
  const c = code(text, k);
  if (!(c >= 0x61 && c <= 0x7a)) return -1;
  const we = plainWordEnd(text, k);
  return EN_NOUN_STOP.has(text.slice(k, we).toLowerCase()) ? -1 : k;
}

/** How far around a line-end hyphen the text is searched for the compound written whole. */
const COMPOUND_REACH = 4000;

/**
 * Whether the hyphen at `h`, ending a line before the word `[k, ke)`, is a compound's own
 * (`small and micro-⏎sized businesses`) rather than one a PDF put in to break a word (`barri-⏎er`):
 * the text nearby writes the compound with its hyphen inside a line (`micro-sized`).
 */
function compoundHyphen(text: string, h: number, k: number, ke: number): boolean {
  let s = h;
  while (isLetterCode(code(text, s - 1))) s--;
  if (h - s < 2) return false;
  const compound = `${text.slice(s, h)}-${text.slice(k, ke)}`;
  const around = text.slice(Math.max(0, h - COMPOUND_REACH), Math.min(text.length, ke + COMPOUND_REACH));
  return around.includes(compound);
}

export function readToken(text: string, p: number, spaced: boolean): Token | null {
  if (!spaced) {
    let e = plainWordEnd(text, p);
    if (e === p) return null;
    let word = text.slice(p, e);
    for (let k = softHyphenContinuation(text, e); k >= 0 && word.length < 40; k = softHyphenContinuation(text, e)) {
      const ke = plainWordEnd(text, k);
      word += (compoundHyphen(text, e, k, ke) ? '-' : '') + text.slice(k, ke);
      e = ke;
    }
    return { start: p, end: e, word, lower: word.toLowerCase() };
  }
  let word = '';
  let k = p;
  let e = p;
  for (;;) {
    const we = plainWordEnd(text, k);
    if (we === k) break;
    word += text.slice(k, we);
    e = we;
    if (code(text, we) === 0x20 && isLetterCode(code(text, we + 1)) && code(text, we + 1) !== 0x20) k = we + 1;
    else break;
    if (word.length > 30) break;
  }
  if (!word) return null;
  // the word is known to end only at a double space or punctuation; at a line break it may go on
  // (`t i m e s l o w e r` is `times lower` or one word): unreadable
  const after = code(text, e);
  if (after < 0 || isNewlineCode(after) || (after === 0x20 && isNewlineCode(code(text, e + 1)))) return { start: p, end: e, word: '', lower: '' };
  return { start: p, end: e, word, lower: word.toLowerCase() };
}
