import { NORM, isCellBarCode, isCjkCode, isDigitCode, isLetterCode, isNewlineCode, isSpaceCode, isUpperCode, isWhiteCode, lowerCode } from './normalize';
import { skipGap, skipGapBack } from './gaps';
import { lineEndWithin, lineStartWithin } from './lines';
import { proseLineHead } from './line-wrap';
import { ZH_UNIT_TABLE, unitOfRow } from './units';
import type { Unit } from './units';

// Small readers of the text around a candidate, shared by the assembler and the noise filters.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

export interface Word {
  start: number;
  end: number;
  /** Lower-cased. */
  word: string;
  capitalized: boolean;
}

/** The ASCII word ending just before `i` (after skipping whitespace and markup, at most `maxNewlines` line breaks). */
export function wordBefore(text: string, i: number, maxNewlines = 0): Word | null {
  return wordEndingAt(text, skipGapBack(text, i, maxNewlines));
}

/** The ASCII word ending at `g` (a `.` after it taken off). */
function wordEndingAt(text: string, g: number): Word | null {
  let e = g;
  if (code(text, e - 1) === 0x2e) e--; // "No." "Fig."
  let s = e;
  while (s > 0 && isLetterCode(code(text, s - 1))) s--;
  if (s === e) return null;
  let word = '';
  for (let k = s; k < e; k++) word += String.fromCharCode(lowerCode(code(text, k)));
  return { start: s, end: e, word, capitalized: isUpperCode(code(text, s)) };
}

// A PDF wraps running text wherever its line is full, and a narrow column may set a blank line
// between the lines of one paragraph, so the words before a number may stand on the line above
// (`the top⏎five sectors`, `higher than⏎26 degrees`, `maximum total⏎amount of RMB 100,000`, `上⏎⏎百万`).
// The readers below go on across such a break, and only where the line above is prose: a line
// break after a table's cell, a heading or a sentence's end, or a paragraph's end in a text file
// (one long line), is no wrap.

/** Longest line a PDF sets: a longer line is a text file's paragraph, its line break the paragraph's end. */
const MAX_WRAPPED_LINE = 200;
/** Words (with the last) an English line holds before a break that is a wrap; before a blank line. */
const WRAP_WORDS = 2;
const BLANK_WRAP_WORDS = 4;
/** Ideographs a Chinese line holds before a break that is a wrap; before a blank line. */
const WRAP_IDEOGRAPHS = 2;
const BLANK_WRAP_IDEOGRAPHS = 6;

/**
 * What the readers across a wrap found at a text's line starts, kept for every later ask about the
 * same line (a figure's rules ask about its line several times, and about the line of the word
 * before it, in turn): gapBackAcrossWrap, wordBeforeAcrossWrap and textBeforeAcrossWrap share the
 * one of the text they read (`wrapsOf`), whichever rule asks.
 */
export class Wraps {
  /** Per line start read: the end of the prose above it times two, plus one where a blank line parts them; else -1. */
  private readonly found = new Map<number, number>();
  /** Whether a blank line parts the line last read from the prose above it (set by proseEndBefore). */
  private blank = false;

  constructor(readonly text: string) {}

  /**
   * Where the line above the line starting at `ls` ends (white space and markup before it skipped),
   * when the break between is a wrap of prose: one line break, or a blank line where the line holding
   * `from` goes on after it in lower case or Chinese (a figure alone on its line under a blank one is
   * an infographic's); the line above no longer than a PDF's, without a column gap, ending in a word
   * or a comma rather than a sentence's stop, and holding a few words or ideographs. Else -1.
   */
  endBefore(ls: number, from: number): number {
    let found = this.found.get(ls);
    if (found === undefined) {
      const h = this.proseEndBefore(ls);
      found = h < 0 ? -1 : h * 2 + (this.blank ? 1 : 0);
      this.found.set(ls, found);
    }
    return found >= 0 && ((found & 1) === 0 || lineGoesOn(this.text, from)) ? found >> 1 : -1;
  }

  /** `endBefore` but for the line holding `from` going on: the end of the prose on the line above `ls`, else -1 (sets `blank`). */
  private proseEndBefore(ls: number): number {
    const text = this.text;
    let h = skipGapBack(text, ls, 1);
    this.blank = false;
    if (code(text, h - 1) === 0x0a) {
      h = skipGapBack(text, h, 1);
      if (code(text, h - 1) === 0x0a) return -1;
      this.blank = true;
    }
    if (h === 0) return -1;
    const blank = this.blank;
    const last = code(text, h - 1);
    if (last === 0x3002 || last === 0xff01 || last === 0xff1f || last === 0x21 || last === 0x3f || isCellBarCode(last) || (last === 0x2e && !abbreviationStop(text, h - 1))) return -1;
    // a line of English words, or of Chinese characters (proseLineHead counts a run of them as one word)
    if (!isCjkCode(last)) return proseLineHead(text, h, blank ? BLANK_WRAP_WORDS : WRAP_WORDS) ? h : -1;
    // counted back from its end only as far as needed (proseLineHead finds no line start within reach too)
    const need = blank ? BLANK_WRAP_IDEOGRAPHS : WRAP_IDEOGRAPHS;
    let ideographs = 0;
    for (let k = h - 1, stop = Math.max(0, h - MAX_WRAPPED_LINE - 1); k >= stop && ideographs < need && text.charCodeAt(k) !== 0x0a; k--) if (isCjkCode(text.charCodeAt(k))) ideographs++;
    return ideographs >= need && proseLineHead(text, h, 1) ? h : -1;
  }
}

/** The Wraps of the text read last: one per text, however many rules (and rules' helpers) ask about its lines. */
let lastWraps: Wraps | null = null;

/** The text's Wraps, kept while the same text is read. */
export function wrapsOf(text: string): Wraps {
  if (lastWraps === null || lastWraps.text !== text) lastWraps = new Wraps(text);
  return lastWraps;
}

/** The end of the prose a PDF wrapped above the line starting at `ls` (Wraps.endBefore), read from `wraps` where given, else from the text's. */
const wrapEndBefore = (text: string, ls: number, from: number, wraps: Wraps | undefined): number => (wraps ?? wrapsOf(text)).endBefore(ls, from);

/** Whether the line holding `from` goes on after it with a lower-case word or Chinese: a sentence, no label. */
function lineGoesOn(text: string, from: number): boolean {
  const end = lineEndWithin(text, from, MAX_WRAPPED_LINE);
  for (let k = from, stop = end < 0 ? from + MAX_WRAPPED_LINE : end; k < stop; k++) {
    const c = code(text, k);
    if (isCjkCode(c) || (c === 0x20 && code(text, k + 1) >= 0x61 && code(text, k + 1) <= 0x7a)) return true;
  }
  return false;
}

/**
 * Where the text before `i` ends, white space and markup skipped: on `i`'s line as
 * `skipGapBack(text, i, 0)`, or, where nothing else stands before `i` on its line, at the end of
 * the line above when a PDF wrapped prose there (`wrapEndBefore`).
 */
export function gapBackAcrossWrap(text: string, i: number, wraps?: Wraps): number {
  const g = skipGapBack(text, i, 0);
  if (code(text, g - 1) !== 0x0a) return g;
  const h = wrapEndBefore(text, g, i, wraps);
  return h < 0 ? g : h;
}

/** The ASCII word ending just before `i`, on the line above where a PDF wrapped prose before `i` (`the top⏎five sectors`). */
export function wordBeforeAcrossWrap(text: string, i: number, wraps?: Wraps): Word | null {
  return wordEndingAt(text, gapBackAcrossWrap(text, i, wraps));
}

/**
 * Up to `n` characters before `i` as one line of prose: on `i`'s line, and where they reach its start
 * and a PDF wrapped prose there, the end of the line above before them, joined by a space (none
 * between Chinese characters).
 */
export function textBeforeAcrossWrap(text: string, i: number, n: number, wraps?: Wraps): string {
  const ls = lineStartWithin(text, i, n);
  if (ls < 0) return text.slice(i - n, i);
  const h = ls > 0 ? wrapEndBefore(text, ls, i, wraps) : -1;
  if (h < 0) return text.slice(ls, i);
  const head = skipGap(text, ls, 0);
  const join = isCjkCode(code(text, h - 1)) && (head >= i || isCjkCode(code(text, head))) ? '' : ' ';
  return text.slice(Math.max(0, h - (n - (i - ls))), h) + join + text.slice(ls, i);
}

/** The ASCII word starting at `i` after a gap (at most `maxNewlines` line breaks). */
export function wordAfter(text: string, i: number, maxNewlines = 0): Word | null {
  const s = skipGap(text, i, maxNewlines);
  let e = s;
  while (e < text.length && (isLetterCode(code(text, e)) || (code(text, e) === 0x2d && isLetterCode(code(text, e + 1))))) e++;
  if (e === s) return null;
  let word = '';
  for (let k = s; k < e; k++) word += String.fromCharCode(lowerCode(code(text, k)));
  return { start: s, end: e, word, capitalized: isUpperCode(code(text, s)) };
}

/** Up to `n` normalised characters before `i`, skipping whitespace and markup (innermost last). */
export function charsBefore(text: string, i: number, n: number, maxNewlines = 0): string {
  let e = skipGapBack(text, i, maxNewlines);
  let s = '';
  while (e > 0 && s.length < n) {
    const c = code(text, e - 1);
    if (isWhiteCode(c)) break;
    s = String.fromCharCode(c) + s;
    e--;
  }
  return s;
}

/** Up to `n` normalised characters from `i`, skipping a leading gap. */
export function charsAfter(text: string, i: number, n: number, maxNewlines = 0): string {
  let s = skipGap(text, i, maxNewlines);
  let out = '';
  while (s < text.length && out.length < n) {
    const c = code(text, s);
    if (isWhiteCode(c)) break;
    out += String.fromCharCode(c);
    s++;
  }
  return out;
}

/** Whether only whitespace, markup and bullets precede `i` on its line. */
export function atLineStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0) {
    const c = code(text, k);
    if (isNewlineCode(c)) return true;
    if (!(isSpaceCode(c) || c === 0x2a || c === 0x2d || c === 0x23 || c === 0x25cf || c === 0x25b6 || c === 0x2022 || c === 0x3e)) return false;
    k--;
  }
  return true;
}

/** Whether only whitespace and markup follow `i` on its line. */
export function atLineEnd(text: string, i: number): boolean {
  const g = skipGap(text, i, 0);
  return g >= text.length || isNewlineCode(code(text, g));
}

/**
 * A bare number that is a table cell: it ends its line and follows a tab (`工伤人数\t人\t25`), or a
 * label on the same line (`女性 Female 2563`) outside a table of contents. The unit may be the
 * previous cell.
 */
export function tableCell(text: string, start: number, end: number): { unit?: Unit } | null {
  // between two column gaps (`Fatalities\t0\t1`, `Fatalities    0    1`) a number is a cell
  // wherever it stands in the row
  const gapBefore = columnGapBefore(text, start);
  const after = afterNoteMarks(text, end);
  if (!(gapBefore > 0 && columnGapAfter(text, after)) && !atLineEnd(text, after)) return null;
  // a row is short: a longer line is running text (and looking no further keeps the scan linear)
  const ls = lineStartWithin(text, start, MAX_ROW);
  if (ls < 0 || start === ls || !isWhiteCode(code(text, start - 1))) return null;
  if (gapBefore > 0) {
    // the cell before: the unit of the row when it is one (`工伤人数\t人\t25`)
    const cellEnd = start - gapBefore;
    let cellStart = cellEnd;
    while (cellStart > ls && columnGapBefore(text, cellStart) === 0) cellStart--;
    const cell = text.slice(cellStart, cellEnd).trim();
    const m = cell ? ZH_UNIT_TABLE.matchForward(cell, 0) : null;
    if (m && m.end === cell.length) return { unit: unitOfRow(text.slice(ls, cellStart), m.value) };
    if (code(text, start - 1) === 0x09) return {};
  }
  // a label of words before the number, no sentence punctuation (a separator inside a number is none);
  // in a cell between column gaps, neither is a list's number opening the row (`2.      Other than
  // Permanent (E)`) nor what brackets hold (`Energy use (thousand kL, crude oil equivalent)`)
  let letters = 0;
  let depth = 0;
  const listed = gapBefore > 0 ? LIST_NUMBER.exec(text.slice(ls, Math.min(start, ls + 8))) : null;
  let labelEnd: number | undefined;
  for (let k = listed ? ls + listed[0].length : ls; k < start; k++) {
    const c = code(text, k);
    if (gapBefore > 0 && (c === 0x28 || c === 0xff08)) depth++;
    else if (depth > 0 && (c === 0x29 || c === 0xff09)) depth--;
    const inNumber = (c === 0x2e || c === 0x2c) && isDigitCode(code(text, k - 1)) && isDigitCode(code(text, k + 1));
    // (a row label's list of words, `Sales, marketing and customer service`, in the cell before the row's first column gap)
    const listInLabel = c === 0x2c && gapBefore > 0 && code(text, k + 1) === 0x20 && isLetterCode(code(text, k + 2)) && k < (labelEnd ??= firstColumnGap(text, ls, start));
    if (depth === 0 && !inNumber && !listInLabel && (c === 0x3002 || c === 0xff0c || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0xff1a) && !titleStop(text, k)) return null;
    if (isLetterCode(c) || isCjkCode(c)) letters++;
  }
  if (letters < 2) return null;
  const label = text.slice(ls, start);
  if (/report|报告|contents|目录|page|chapter|第.章/i.test(label)) return null;
  return inTableOfContents(text, start) ? null : {};
}

const MAX_ROW = 400;

/** Where the first column gap of the line from `from` opens, up to `to`; else -1. */
function firstColumnGap(text: string, from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) {
    if (code(text, k) === 0x20 || code(text, k) === 0x09) continue;
    const gap = columnGapBefore(text, k);
    if (gap > 0) return k - gap;
  }
  return -1;
}

/** A list's number opening a table row, a column gap after it (`2.      Other than Permanent`). */
const LIST_NUMBER = /^\s*\d{1,2}\.(?:\t| {2,})/;

/** `Mr. Zhou Jianguo`, `Dr. Tan`: the full stop of a short capitalised abbreviation in a label, no sentence's end. */
function titleStop(text: string, k: number): boolean {
  return code(text, k + 1) === 0x20 && abbreviationStop(text, k);
}

/** `No.`, `Mr.`, `Fig.`: the full stop at `k` ends a short capitalised abbreviation. */
function abbreviationStop(text: string, k: number): boolean {
  if (code(text, k) !== 0x2e) return false;
  let s = k;
  while (s > k - 4 && isLetterCode(code(text, s - 1))) s--;
  return s < k && k - s <= 3 && isUpperCode(code(text, s)) && !isLetterCode(code(text, s - 1));
}

/**
 * The length of the column gap just before `i` (a tab, two spaces or more, or a table's bar, `|`,
 * `│`), after something on its line; else 0.
 */
export function columnGapBefore(text: string, i: number): number {
  let k = i;
  let cellMark = false;
  for (;;) {
    const c = code(text, k - 1);
    if (c === 0x09 || (isCellBarCode(c) && !cellMark)) cellMark = true;
    else if (c !== 0x20) break;
    k--;
  }
  const gap = i - k;
  return (cellMark || gap >= 2) && k > 0 && !isNewlineCode(code(text, k - 1)) ? gap : 0;
}

/** Whether a capitalised word (`Scope`, `Site`; not a qualifier, `about`) stands before the number at `start`, a space apart, in its cell. */
export function endsLabelCell(text: string, start: number): boolean {
  if (code(text, start - 1) !== 0x20 || columnGapBefore(text, start) > 0) return false;
  let k = start - 1;
  while (k > 0 && start - k <= 20 && isLetterCode(code(text, k - 1))) k--;
  return k < start - 1 && /[A-Z]/.test(text[k]!);
}

/**
 * `温室气体排放总量注1    万吨`, `范围3    万吨`: a short whole number glued to the Chinese words of a
 * label (a note's mark, a category's number) ends the label cell; the unit in the next cell is the row's.
 */
export function endsZhLabelCell(text: string, start: number, numEnd: number): boolean {
  const before = code(text, start - 1);
  if (!isCjkCode(before) || ZH_QUALIFIER_CHARS.includes(String.fromCharCode(before)) || numEnd - start > 2) return false;
  for (let k = start; k < numEnd; k++) if (!isDigitCode(code(text, k))) return false;
  return true;
}
/** Characters a qualifier ends with, glued before the number it qualifies (`约1`, `超2`, `近3`). */
const ZH_QUALIFIER_CHARS = '约約超逾近达達为為至过過计計共';

/** Footnote marks a cell's value may carry (`310†`, `0.41*`, `1,204¹`). */
export const NOTE_MARKS = '*†‡§¶¹²³⁰⁴⁵⁶⁷⁸⁹';

/** After the footnote marks glued at `i`, if any. */
export function afterNoteMarks(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i < 3 && NOTE_MARKS.includes(text[k]!)) k++;
  return k;
}

/** Whether a column gap (a tab, two spaces or more, or a bar, `|`, `│`) follows `i`. */
export function columnGapAfter(text: string, i: number): boolean {
  const c = code(text, i);
  if (c === 0x09 || isCellBarCode(c)) return true;
  if (c !== 0x20) return false;
  return isCellBarCode(code(text, i + 1)) || (code(text, i + 1) === 0x20 && !atLineEnd(text, i));
}

/** Whether lines near `i` end with page numbers (`008`, `029-032`): a table of contents. */
function inTableOfContents(text: string, i: number): boolean {
  const from = Math.max(0, i - 600);
  const to = Math.min(text.length, i + 600);
  const cut = text.slice(from, to);
  // whole lines only: a line the window cuts may start or end mid-number (`2023` cut to `023`, no page number)
  const first = from === 0 || isNewlineCode(code(text, from - 1)) ? 0 : cut.indexOf('\n') + 1;
  const last = to === text.length || isNewlineCode(code(text, to)) ? cut.length : cut.lastIndexOf('\n');
  // (no line break in it at all: a line that long is running text, no contents page)
  if ((first === 0 && from > 0 && !isNewlineCode(code(text, from - 1))) || last < first) return false;
  const window = cut.slice(first, last);
  return /(?:^|[\s\t])0\d{2}(?:-\d{3})?[ \t]*$/m.test(window) || /\d{3}-\d{3}[ \t]*$/m.test(window);
}

/** The lower-cased ASCII word at `i` (short words only; used for connectors). */
export function lowerWordAt(text: string, i: number, max = 12): string {
  let s = '';
  let j = i;
  while (j < text.length && j - i <= max && isLetterCode(code(text, j))) s += String.fromCharCode(lowerCode(code(text, j++)));
  return s;
}
