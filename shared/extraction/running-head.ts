// A PDF's running head or foot repeats on every page with the page's number (`Solidcrest Materials
// | Annual Report 2023        47`, then `… 48`): that number is no cell of the table above it,
// however its row lines up. A line is one when the same words, with another number, stand on
// another line of the text (the same words with the same number are a repeated table row). The
// lines are read once, when a table first asks.

import { lineStartWithin } from './lines';
import { lineAbove, lineBelow } from './column-geometry';
import type { LineSpan } from '../text/lines';

const MAX_LINE = 200;

export class RunningHeads {
  /** Each line's words, with the number first seen with them, or `running` once another came. */
  private counts: Map<string, string> | null = null;

  constructor(private readonly text: string) {}

  /** Whether the line `[start, end)` is a running head or foot with its page number. */
  isRunningHead(start: number, end: number): boolean {
    if (end - start > MAX_LINE) return false;
    const line = lineOf(this.text.slice(start, end));
    return line !== null && this.lines().get(line.words) === RUNNING;
  }

  private lines(): Map<string, string> {
    if (this.counts) return this.counts;
    const counts = new Map<string, string>();
    let start = 0;
    while (start <= this.text.length) {
      let end = this.text.indexOf('\n', start);
      if (end < 0) end = this.text.length;
      const line = end - start <= MAX_LINE && pageAtAnEnd(this.text, start, end) ? lineOf(this.text.slice(start, end)) : null;
      if (line !== null) {
        const seen = counts.get(line.words);
        if (seen === undefined) counts.set(line.words, line.page);
        else if (seen !== line.page) counts.set(line.words, RUNNING);
      }
      start = end + 1;
    }
    this.counts = counts;
    return counts;
  }
}

const RUNNING = 'running';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000;

/** A digit at either end of the line `[start, end)`: most lines of prose are passed over unread. */
function pageAtAnEnd(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isBlank(text.charCodeAt(e - 1))) e--;
  if (e > start && isDigit(text.charCodeAt(e - 1))) return true;
  let b = start;
  while (b < e && isBlank(text.charCodeAt(b))) b++;
  return b < e && isDigit(text.charCodeAt(b));
}

/** Words, a column gap, and a page number ending the line (or the number first, as even pages set it). */
function lineOf(raw: string): { words: string; page: string } | null {
  const line = raw.trim();
  const last = /(?:\t|[ \u3000]{2,})(\d{1,3})$/.exec(line.slice(-12));
  if (last) return wordsAnd(line.slice(0, line.length - last[0].length), last[1]!);
  const first = /^(\d{1,3})(?:\t|[ \u3000]{2,})/.exec(line);
  return first ? wordsAnd(line.slice(first[0].length), first[1]!) : null;
}

function wordsAnd(words: string, page: string): { words: string; page: string } | null {
  const w = words.trim().replace(/\s+/g, ' ');
  return w.length >= 8 ? { words: w, page } : null;
}

/**
 * `ASHCOMBE HEALTHCARE GROUP  |  ANNUAL REVIEW 2023/24        17`: a running head whose title parts a
 * bar sets apart (a year at its end at most), its page number after a column gap ending the line; so
 * even on a page read alone, where no other page repeats the words.
 */
export function pageAfterBarredTitle(text: string, numStart: number, numEnd: number): boolean {
  // cheap first: the line ends at the number, a column gap (a tab, two spaces) stands before it
  let e = numEnd;
  while (e < text.length && isBlank(text.charCodeAt(e))) e++;
  if (e < text.length && text.charCodeAt(e) !== 0x0a) return false;
  const before = text.charCodeAt(numStart - 1);
  if (before !== 0x09 && !(before === 0x20 && text.charCodeAt(numStart - 2) === 0x20)) return false;
  const ls = text.lastIndexOf('\n', numStart - 1) + 1;
  if (numStart - ls > MAX_LINE) return false;
  const title = text.slice(ls, numStart).trim();
  return title.includes('|') && BARRED_TITLE.test(title);
}
/** Words on each side of a bar, a year or a financial year (`2023/24`) at the end at most. */
const BARRED_TITLE = /^[A-Za-z][A-Za-z&'’.,\- ]*[ \t]\|[ \t]+[A-Za-z][A-Za-z&'’.,\- ]*?(?:[ \t](?:FY)?(?:19|20)\d{2}(?:[/-]\d{2,4})?)?$/;

/**
 * `電力營運數據 Electricity Operating Data        18` as a page's first line, a blank line under it (or
 * as its last line, a blank line over it): a running head's title (words in title case or Chinese,
 * no digit) and its page number after a column gap; so even on a page read alone. A row of a table
 * (`Total employees    18`) is no title, nor stands apart at a page's edge.
 */
export function pageAfterEdgeTitle(text: string, numStart: number, numEnd: number): boolean {
  // cheap first: the line ends at the number, a column gap (a tab, two spaces) stands before it
  let e = numEnd;
  while (e < text.length && isBlank(text.charCodeAt(e))) e++;
  if (e < text.length && text.charCodeAt(e) !== 0x0a && text.charCodeAt(e) !== 0x0c) return false;
  const before = text.charCodeAt(numStart - 1);
  if (before !== 0x09 && !(before === 0x20 && text.charCodeAt(numStart - 2) === 0x20)) return false;
  const ls = pageLineStart(text, numStart);
  if (ls < 0) return false;
  // the page's first line, a blank line under it; or its last, a blank line over it
  const line = { start: ls, end: e };
  if (!((blankTo(text, ls - 1, -1) && (e >= text.length || blankLine(text, lineBelow(text, line)))) || (blankTo(text, e, 1) && (ls === 0 || blankLine(text, lineAbove(text, line)))))) return false;
  const title = text.slice(ls, numStart).trim();
  return title.length >= 8 && EDGE_TITLE.test(title);
}

/** Words each opening with a capital, or Chinese, parted by spaces, bars, dashes or dots; no digit. */
const EDGE_TITLE = /^(?:[A-Z][A-Za-z&'’.,\-]*|[\u3400-\u9fff（）()、·]+)(?:[ \t|·—–-]+(?:[A-Z][A-Za-z&'’.,\-]*|[\u3400-\u9fff（）()、·]+|of|and|the|for|in|&))*$/;

/** Only blanks from `i` on (step 1) or back (step -1) to the text's end or a form feed. */
function blankTo(text: string, i: number, step: 1 | -1): boolean {
  for (let k = i; k >= 0 && k < text.length; k += step) {
    const c = text.charCodeAt(k);
    if (c === 0x0c) return true;
    if (!isBlank(c) && c !== 0x0a) return false;
  }
  return true;
}

/** Where the line holding `i` starts, after a `\n` or a form feed (pdftotext's page break) on it; -1 beyond MAX_LINE. */
function pageLineStart(text: string, i: number): number {
  const ls = lineStartWithin(text, i, MAX_LINE);
  for (let k = i - 1; k >= Math.max(ls, i - MAX_LINE - 1); k--) if (text.charCodeAt(k) === 0x0c) return k + 1;
  return ls;
}

/** Whether `line` holds only blanks (null, a line longer than a page's, is none). */
function blankLine(text: string, line: LineSpan | null): boolean {
  if (line === null) return false;
  for (let k = line.start; k < line.end; k++) if (!isBlank(text.charCodeAt(k))) return false;
  return true;
}
