// The clause around a figure and the tidy form of a phrase, shared by the Chinese and English
// metric rules: a metric is read from the figure's own clause, never across a comma into the
// next claim.

import type { Span } from '../domain/figure';
import { isSpaceCode } from '../text/space-code';

/**
 * The clause holding `[start, end)` inside `sentence`: bounded by `separators` that are not
 * thousands separators.
 */
export function clauseBounds(text: string, sentence: Span, start: number, end: number, separators: ClauseSeparators): Span {
  let s = start;
  while (s > sentence.start && !isSeparator(text, s - 1, separators)) s--;
  let e = end;
  while (e < sentence.end && !isSeparator(text, e, separators)) e++;
  return { start: s, end: e };
}

function isSeparator(text: string, i: number, separators: ClauseSeparators): boolean {
  const code = text.charCodeAt(i);
  if (code === NEWLINE && endsHeading(text, i)) return true;
  if (code === NEWLINE && wrapsChineseLine(text, i)) return false;
  if (!separators.separates(code)) return false;
  return !(code === COMMA && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
}

const [NEWLINE, COMMA] = [10, 44];
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The characters that part clauses for a rule (`pattern`, a class of single characters, not global),
 * each character code's answer remembered: every character of every figure's clause is asked, and a
 * regular expression run on one character costs more than a look-up. Made once per rule.
 */
export class ClauseSeparators {
  /** Per character code: 0 not asked yet, 1 separates, 2 does not. */
  private readonly known = new Uint8Array(0x10000);

  constructor(private readonly pattern: RegExp) {}

  separates(code: number): boolean {
    let known = this.known[code]!;
    if (known === 0) this.known[code] = known = this.pattern.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1;
  }
}

/**
 * Whether the line break `at` wraps a line of running Chinese text mid-word (`…2023年排⏎放密集度為2.74`):
 * a PDF breaks Chinese lines anywhere, with no space, so a break between two Chinese characters
 * after a line as long as running text parts no clause.
 */
function wrapsChineseLine(text: string, at: number): boolean {
  if (!/[\u4e00-\u9fff]/.test(text.charAt(at - 1)) || !/[\u4e00-\u9fff]/.test(text.charAt(at + 1))) return false;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return at - start > HEADING.max && !text.slice(start, at).includes('\t');
}

/** A heading is longer than a word and shorter than a wrapped line of running text. */
const HEADING = { min: 3, max: 48 };

/** Whether the line ending at the line break `at` is a heading (short, no closing punctuation): its words name no figure below it. */
function endsHeading(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(start, at).trim();
  return line.length >= HEADING.min && line.length <= HEADING.max && !/[,，;；:：、(（-]$/.test(line) && HEADING_OPENS.test(line);
}

/** A capital or a Han character opening a heading. (Not inline: tsx and esbuild rewrite a `\p{…}` literal to `new RegExp(…)`, built on every call.) */
const HEADING_OPENS = /^\p{Lu}|^[\u4e00-\u9fff]/u;

/** Markup, footnote marks and runs of whitespace removed: `**范围 1 排放量 ²**` → `范围 1 排放量`. */
export function cleanPhrase(phrase: string): string {
  // asked of every figure's words: most phrases have no mark and single spaces, and keep their string
  const unmarked = MARK_OR_FOOTNOTE.test(phrase) ? phrase.replace(/\*\*|__|[#>▶●•·]/g, ' ').replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ') : phrase;
  return oneSpaced(unmarked).trim();
}

/** Each run of whitespace one space; a phrase that has none but single spaces keeps its string (no copy). */
export const oneSpaced = (phrase: string): string => (otherSpace(phrase) ? phrase.replace(/\s+/g, ' ') : phrase);

/** Whether a phrase has anything `cleanPhrase` turns into a space. */
const MARK_OR_FOOTNOTE = /\*\*|__|[#>▶●•·¹²³⁴⁵⁶⁷⁸⁹⁰]/;
/** Whether the phrase has whitespace that is not one plain space (`replace(/\s+/g, ' ')` changes nothing without it): by character codes. */
function otherSpace(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || isSpaceCode(phrase.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** Whether the text has Chinese characters. */
export const hasHan = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

/** `hasHan` of `text.slice(start, end)`, without the slice (asked of every figure). */
export function hasHanBetween(text: string, start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}


