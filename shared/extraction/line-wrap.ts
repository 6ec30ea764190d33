import { codeAt as code, isCjkCode, isNewlineCode, isSpaceCode } from './normalize';
import { ZH_UNIT_TABLE } from './units';
import type { Unit } from './units';
import { skipGap } from './gaps';
import { lineEndWithin, lineStartWithin } from './lines';

// A PDF wraps running text wherever the line is full, so a line break may fall between a number
// and its unit, or inside the unit (`约7,800⏎吨`, `6,320万千瓦⏎时`), as it falls between a
// qualifier and its number (`nearly⏎60%`, read in tail.ts). A table row's line break is no wrap.
// Set in narrow columns, a Chinese report may also put a blank line between every two lines of a
// paragraph (`理赔总计近 640⏎⏎万元。`, `为广西柳州 30⏎⏎个家庭`, `这位 90⏎⏎后做了`): there the scale
// or measure word of a number ending a line starts the next one (`skipGapAcrossWrap`).

/** Longest unit looked for across the break. */
const MAX_UNIT = 8;

/**
 * Whether the qualifier at `qualStart` ends a line of running text that wraps before the number
 * (`Currently, nearly⏎60%`, `reaching almost⏎1.2 million`, `活动超过⏎300场`): other words before it
 * on its line, no tab. A cell of a table row (`Aged 60 and over\t⏎`) is not.
 */
export function wrappedProseBreak(text: string, qualStart: number, lineEnd: number): boolean {
  const ls = text.lastIndexOf('\n', qualStart - 1) + 1;
  let words = 0;
  let ideographs = 0;
  for (let k = ls; k < lineEnd; k++) {
    const c = code(text, k);
    if (c === 0x09) return false;
    if (k < qualStart && c === 0x20 && k > ls && code(text, k - 1) !== 0x20) words++;
    else if (k < qualStart && isCjkCode(c)) ideographs++;
  }
  return words >= 1 || ideographs >= 2;
}

/** Words an English line must hold before the qualifier ending it for a blank line after it to be a wrap. */
const MIN_EN_WORDS_BEFORE = 3;
/** Characters before a number ending a wrapped line, in the narrowest column of prose. */
const MIN_FULL_LINE = 30;
/** Longest line looked at around such a break. */
const MAX_WRAPPED_LINE = 200;

/**
 * Whether the line holding `end`, up to `end`, reads as the head of a line of prose a PDF wrapped:
 * `minWords` words at least, and no column gap (a tab, two spaces, an ideographic space) between
 * them. A line longer than a PDF sets is none.
 */
export function proseLineHead(text: string, end: number, minWords = MIN_EN_WORDS_BEFORE): boolean {
  const ls = lineStartWithin(text, end, MAX_WRAPPED_LINE);
  if (ls < 0) return false;
  let k = ls;
  while (k < end && isJsSpace(text.charCodeAt(k))) k++;
  // a gap right before `end` counts too (`offered to⇥over`: the qualifier in a cell of its own)
  let words = 0;
  let lettered = false;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x09 || c === 0x3000 || (c === 0x20 && k + 1 < end && text.charCodeAt(k + 1) === 0x20)) return false;
    if (isJsSpace(c)) {
      if (lettered) words++;
      lettered = false;
    } else if (!lettered && (isAsciiLetter(c) || (c >= 0x80 && LETTER.test(String.fromCharCode(c))))) lettered = true;
  }
  return words + (lettered ? 1 : 0) >= minWords;
}

const LETTER = /\p{L}/u;
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** White space as JavaScript's `\s` reads it. */
const isJsSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Whether the English qualifier starting at `qualStart` ends a line of prose that a PDF wrapped
 * with a blank line before the figure at `[figStart, figEnd)` (`Ant Forest had over ⏎⏎220 million
 * users, contributing…`, `Recycling to generate up to⏎⏎9.7kg in Ant Forest energy`): the qualifier
 * line holds a few words before it and no column gap, the figure starts its line, and that line
 * goes on in the same sentence after the figure and its counted noun `noun` (a lower-case word or
 * punctuation, one space at most between). An infographic's label (`home decreased at least⏎⏎600
 * million users`, the figure alone on its line) and a column's last word before another column's
 * figure are not.
 */
export function englishWrapAcrossBlank(text: string, qualStart: number, figStart: number, figEnd: number, noun: string): boolean {
  // a line a PDF wrapped is short: a look further back is no wrap (and keeps the look bounded)
  if (!proseLineHead(text, qualStart)) return false;
  const qualLineEnd = lineEndWithin(text, qualStart, MAX_WRAPPED_LINE);
  if (qualLineEnd < 0 || /\t/.test(text.slice(qualStart, qualLineEnd))) return false;
  const fs = lineStartWithin(text, figStart, MAX_WRAPPED_LINE);
  if (fs < 0 || text.slice(fs, figStart).trim() !== '') return false;
  const lineEnd = lineEndWithin(text, figEnd, MAX_WRAPPED_LINE);
  let rest = text.slice(figEnd, lineEnd < 0 ? figEnd + MAX_WRAPPED_LINE : lineEnd);
  // the counted noun after the span (`220 million users`) is the figure's own, not what goes on
  if (noun && rest.startsWith(` ${noun}`)) rest = rest.slice(noun.length + 1);
  return /^(?:[,.;:)]|[-\u2013\u2014] ?\p{Ll}| ?\p{Ll})/u.test(rest) && !/\t| {2}|\u3000/.test(rest);
}

/**
 * Where the counted noun of an English number ending a line of prose starts, when a PDF wrapped the
 * line with a blank line before the noun (`an average of two⏎⏎loans every day`, `and two⏎⏎other
 * contact methods`): a few words before the number on its line, no column gap, and the line after
 * the blank one opening in lower case. Else -1. The number's own line must end at `p` (spaces aside).
 */
export function englishNounAcrossBlank(text: string, numStart: number, p: number): number {
  let k = p;
  while (code(text, k) === 0x20) k++;
  if (code(text, k) !== 0x0a || code(text, k + 1) !== 0x0a) return -1;
  const next = code(text, k + 2);
  if (!(next >= 0x61 && next <= 0x7a)) return -1;
  // a line a PDF wrapped is full; a short one is a designed page's fragment (`In order to shor ten⏎⏎small store owners`)
  const ls = lineStartWithin(text, numStart, MIN_FULL_LINE);
  return (ls < 0 || numStart - ls >= MIN_FULL_LINE) && proseLineHead(text, numStart) ? k + 2 : -1;
}

/**
 * `约7,800⏎吨`, `6,320万千瓦⏎时`, `920 小⏎⏎时`: the unit of the number at `numberStart` read across the
 * line break at `p` in wrapped Chinese prose (a blank line crossed too where the paragraph is set
 * with one between its lines), when it is longer than the unit read before the break (from
 * `unitStart`); null otherwise.
 */
export function unitAcrossWrap(text: string, numberStart: number, unitStart: number, p: number): { unit: Unit; end: number } | null {
  if (code(text, p) !== 0x0a || unitStart > p || p - unitStart > MAX_UNIT) return null;
  let q = p + 1;
  if (code(text, q) === 0x0a && endsProseLine(text, numberStart)) q++;
  if (!isCjkCode(code(text, q))) return null;
  const ls = text.lastIndexOf('\n', numberStart - 1) + 1;
  if (/\t| {2}|\u3000/.test(text.slice(ls, numberStart)) || !wrappedProseBreak(text, numberStart, p)) return null;
  const head = text.slice(unitStart, p);
  const m = ZH_UNIT_TABLE.matchForward(head + text.slice(q, q + MAX_UNIT), 0);
  if (!m || m.end <= head.length || !(WRAPPED_UNIT_KINDS.has(m.value.kind) || timesOf(m.value, m.end - head.length))) return null;
  return { unit: m.value, end: q + (m.end - head.length) };
}

/** A count of times a measure word's thing came, cut before its `次` (`1,132批⏎次`, `5,640人⏎次`): `次` alone after the break. */
const timesOf = (unit: Unit, after: number): boolean => unit.kind === 'count' && after === 1 && unit.unit.endsWith('次');

/** Units a wrap may cut (`万千瓦⏎时`, `万⏎元`, `小⏎时`, `个百⏎分点`); a measure word's count (`个⏎人`) goes on in prose, but for `次` (timesOf). */
const WRAPPED_UNIT_KINDS: ReadonlySet<string> = new Set(['measure', 'currency', 'duration', 'pp']);

/** The line break ending the few Chinese characters from `unitStart` (`920 小⏎⏎时`: a unit the wrap cut), else -1. */
export function breakInUnit(text: string, unitStart: number): number {
  for (let k = unitStart, stop = unitStart + MAX_UNIT; k < stop; k++) {
    const c = code(text, k);
    if (c === 0x0a) return k > unitStart ? k : -1;
    if (!isCjkCode(c)) return -1;
  }
  return -1;
}

/** Chinese characters a line must hold before its last number for a blank line after it to be a wrap. */
const MIN_PROSE_IDEOGRAPHS = 6;
/** How far back on its line that test looks. */
const PROSE_LOOK_BACK = 60;

/**
 * After the number starting at `numStart`, read up to `p`: where its scale word or unit would
 * start. When the number ends a line of Chinese prose (Chinese right before it, no column gap) and
 * the next line, one blank line crossed at most, goes on in Chinese, that is the next line's first
 * character; else `skipGap(text, p, 0)`, as on one line. A number alone on its line, a table row's
 * cell and an English label's value (`女性 Female 2563`) read no further.
 */
export function skipGapAcrossWrap(text: string, numStart: number, p: number): number {
  const g = skipGap(text, p, 0);
  if (!isNewlineCode(code(text, g))) return g;
  const next = skipGap(text, g, 2);
  const c = code(text, next);
  return (isCjkCode(c) || c === 0x25) && endsProseLine(text, numStart) ? next : g;
}

/** Whether Chinese prose stands before `numStart` on its line, a single space at most between. */
function endsProseLine(text: string, numStart: number): boolean {
  let k = numStart - 1;
  if (isSpaceCode(code(text, k))) k--;
  const before = code(text, k);
  if (!(isCjkCode(before) || isCjkPunctuation(before))) return false;
  let ideographs = 0;
  for (const stop = Math.max(0, numStart - PROSE_LOOK_BACK); k >= stop; k--) {
    const c = code(text, k);
    if (isNewlineCode(c)) break;
    if (c === 0x09 || (c === 0x20 && code(text, k - 1) === 0x20)) return false;
    if (isCjkCode(c)) ideographs++;
  }
  return ideographs >= MIN_PROSE_IDEOGRAPHS;
}

/** `，`, `、`, `“`, and `：`, `（`, `）` as normalisation leaves them (ASCII). */
const isCjkPunctuation = (c: number): boolean =>
  (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff1f) || c === 0x201c || c === 0x201d || c === 0x3a || c === 0x28 || c === 0x29;
