import type { Span } from '../domain/figure';
import { NORM, isDigitCode, isWhiteCode } from './normalize';

// The sentence a figure belongs to: its claim's context for later matching. Boundaries are
// sentence-final punctuation (Chinese and Western), a blank line, or a limit on length so a
// table without punctuation does not become one huge "sentence".

const MAX_REACH = 300;
/** Sentence-final marks, by code unit (a table: every character of a sentence is tested). */
const FINAL = new Uint8Array(0x10000);
for (const c of '。！？；!?;') FINAL[c.charCodeAt(0)] = 1;

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

function isBoundaryAt(text: string, i: number): boolean {
  const c = code(text, i);
  if (FINAL[c] === 1) return true;
  if (c === 0x2e) return isWhiteCode(code(text, i + 1)) && (!isDigitCode(code(text, i - 1)) || capitalAfter(text, i + 1) || (yearBefore(text, i) && digitAfter(text, i + 1)));
  if (c === 0x0a) return code(text, i + 1) === 0x0a || (code(text, i + 1) === 0x0d && code(text, i + 2) === 0x0a);
  return false;
}

/**
 * After a number, a point ends the sentence only when a capital opens the next (`… in 2022. Operating
 * revenue was …`): before a lower-case word or a digit it is a point of the number's own (`3. 5`,
 * `Note 4. and 5.`). Whitespace is skipped a few characters at the most.
 */
function capitalAfter(text: string, i: number): boolean {
  for (let k = i; k < i + 4; k++) {
    const c = code(text, k);
    if (c >= 0x41 && c <= 0x5a) return true;
    if (!isWhiteCode(c)) return false;
  }
  return false;
}

/** A year just before `i` (`… the 3,118 of 2023.`): a point after it, before a figure, ends the sentence (`2023. 1,712 of them were women`). */
function yearBefore(text: string, i: number): boolean {
  return !isDigitCode(code(text, i - 5)) && code(text, i - 5) !== 0x2c && /^(?:19|20)\d\d$/.test(text.slice(i - 4, i));
}

function digitAfter(text: string, i: number): boolean {
  for (let k = i; k < i + 4; k++) {
    const c = code(text, k);
    if (isDigitCode(c)) return true;
    if (!isWhiteCode(c)) return false;
  }
  return false;
}

/** The sentence containing `[start, end)`, trimmed of surrounding whitespace. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  const sMin = Math.max(0, start - MAX_REACH);
  while (s > sMin && !isBoundaryAt(text, s - 1)) s--;
  let e = end;
  const eMax = Math.min(text.length, end + MAX_REACH);
  while (e < eMax && !isBoundaryAt(text, e)) e++;
  if (e < text.length && e < eMax && code(text, e) !== 0x0a) e++; // keep the final punctuation
  while (s < start && isWhiteCode(code(text, s))) s++;
  while (e > end && isWhiteCode(code(text, e - 1))) e--;
  return { start: s, end: e };
}

/**
 * Sentences for figures visited in text order: a figure inside the previous figure's sentence
 * reuses it instead of scanning again.
 */
export class SentenceCache {
  private last: Span | null = null;
  constructor(private readonly text: string) {}
  at(start: number, end: number): Span {
    const l = this.last;
    if (l && start >= l.start && end <= l.end) return l;
    this.last = sentenceAround(this.text, start, end);
    return this.last;
  }
}
