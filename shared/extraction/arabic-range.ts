import { codeAt as code, isDigitCode, isLetterCode } from './normalize';
import { skipGap, skipGapBack, lastGapNewlines } from './gaps';
import { lowerWordAt, wordBefore } from './context';
import { arabicPart, columnGap } from './arabic-part';
import { QUALIFIER_PREFIX } from './qualifiers';
import type { Part } from './arabic-part';
import { CHANGE_VERBS } from './change-verbs';

// A range after a number in digits: `30,000 to 40,000`, `1500-2000`, `10%~20%`, `3至5万`,
// `between £500 and £5,000`, told apart from a change (`from 10 to 20`) and a table's next cell.

interface RangeMatch {
  part: Part;
  hyphen: boolean;
  spacedConnector: boolean;
}

const RANGE_WORDS = new Set(['to', 'or', 'and']);
/** A year alone (`2022`, `FY2022`): a range's first end only in a period (`2018 to 2021`). */
const YEAR = /^(?:FY)?(?:19|20)\d{2}$/;
/** A currency sign repeated before a range's second end: `$`, `¥`, `£`, `€`, `￥`, `₹`, `₩`, `₦`, `₱`, `฿`. */
export const RANGE_CURRENCY = new Set([0x24, 0xa5, 0xa3, 0x20ac, 0xffe5, 0x20b9, 0x20a9, 0x20a6, 0x20b1, 0x0e3f]);

export function rangeAfter(text: string, p: number, afterCurrency: boolean, figureStart: number, spaceGroups = false): RangeMatch | null {
  let g = skipGap(text, p, 0);
  let c = code(text, g);
  if (c === 0x0a) {
    g = wrappedChineseConnector(text, g, figureStart);
    c = code(text, g);
  }
  let q = g;
  let hyphen = false;
  if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7e || c === 0xff5e || c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */) {
    // `提升超过 3% 至 97.5%`: a rise by more than 3 points to 97.5%; no range opens with `over`
    if ((c === 0x81f3 || c === 0x5230) && QUALIFIER_PREFIX.matchBackward(text, skipGapBack(text, figureStart, 0))?.value === 'over') return null;
    hyphen = c === 0x2d;
    q++;
  } else if (isLetterCode(c)) {
    const w = lowerWordAt(text, q, 3);
    if (!RANGE_WORDS.has(w)) return null;
    // "from 10 to 20" and "fell by £0.3bn to £1.1bn" are two figures, a change, not a range (but
    // "grew by 25% to 50%" is one); "and" joins a range only after "between"
    const lead = leadWord(text, figureStart);
    if (w === 'to' && (lead === 'from' || (lead === 'by' && code(text, p - 1) !== 0x25))) return null;
    // "fell from 412,860 tonnes in 2022 to 398,140 tonnes": the year of the old value, then the new one
    if (w === 'to' && (lead === 'in' || lead === 'since' || lead === 'during') && YEAR.test(text.slice(figureStart, p))) return null;
    if (w === 'and' && wordBefore(text, figureStart, 1)?.word !== 'between') return null;
    q += w.length;
  } else return null;
  const g2 = skipGap(text, q, 1);
  // `4,862      —⏎30-50  12,846`: a dash a column's gap away that ends its line is an empty cell (no
  // value for that year), the number on the next line another row's, not the range's second end
  if (lastGapNewlines() > 0 && (hyphen || columnGap(text, p, g))) return null;
  // a dash after a cell boundary (a tab, or a column's run of spaces) and glued to the number
  // after it is that number's sign (`2.37\t-9.7%`), not a range (`10 -20 users` is one)
  if (q > g && g2 === q && columnGap(text, p, g)) return null;
  q = g2;
  if (afterCurrency && isLetterCode(code(text, q))) q = sameLetterCurrency(text, figureStart, q); // `RMB3,000 and RMB6,000`
  if (RANGE_CURRENCY.has(code(text, q))) q++; // "$10 to $20", "between £500 and £5,000""
  if (!isDigitCode(code(text, q))) return null;
  const part = arabicPart(text, q, afterCurrency, spaceGroups);
  return { part, hyphen, spacedConnector: g > p || g2 > q };
}

/**
 * Past the letters of the first end's currency repeated before the second end (`RMB3,000 and
 * RMB6,000`, `US$1 to US$2`, `RMB 30 to RMB 40`); `q` itself when they differ.
 */
function sameLetterCurrency(text: string, figureStart: number, q: number): number {
  let k = 0;
  while (k < 4 && isLetterCode(code(text, figureStart + k))) k++;
  if (k < 2 || isLetterCode(code(text, figureStart + k))) return q;
  for (let j = 0; j < k; j++) if (code(text, q + j) !== code(text, figureStart + j)) return q;
  if (isLetterCode(code(text, q + k))) return q;
  return code(text, q + k) === 0x20 && code(text, figureStart + k) === 0x20 ? q + k + 1 : q + k;
}

/**
 * The word leading into a number, past its qualifier (`from less than 30 million to 220 million`,
 * `from about 10% to 20%`: the change's `from`, not `than` or `about`).
 */
function leadWord(text: string, figureStart: number): string | undefined {
  const w = wordBefore(text, figureStart, 1);
  if (!w) return undefined;
  // a PDF may wrap inside the qualifier (`from less⏎than 30 million`)
  const q = QUALIFIER_PREFIX.matchBackward(text, w.end, { newlines: true });
  return q && q.end < w.end ? wordBefore(text, q.end, 1)?.word : w.word;
}

/** `rose 6.8% to 2,418.6 billion yen`: a change's rate and the amount it reached, two figures, no range. */
export function percentThenAmount(text: string, firstPercentEnd: number, secondPercentEnd: number, secondEnd: number): boolean {
  return firstPercentEnd > 0 && secondPercentEnd < 0 && !/^\s*(?:per\s?cent|percent|pct)\b/i.test(text.slice(secondEnd, secondEnd + 12));
}

/**
 * `its share of revenue rose 1.5% to 42.9% from 41.4%`, `occupancy rose 4.2% to 66.7%, against 62.5%`: a change's rate after its
 * verb, the level it came to and, after them, the level it came from; two figures, no range (`grew by 25% to 50%` is one).
 */
export function rateToLevelFrom(text: string, firstStart: number, secondEnd: number): boolean {
  const verb = wordBefore(text, firstStart, 1)?.word;
  return verb !== undefined && CHANGE_VERBS.has(verb) && LEVEL_BEFORE_AFTER.test(text.slice(secondEnd, secondEnd + 24));
}
/** After a level, the level before it: `from`, `, against`, `compared with`. */
const LEVEL_BEFORE_AFTER = /^\s*,?\s*(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s/i;

/**
 * `较同类贷款低10⏎至30个基点`: in Chinese prose a PDF may wrap between a range's first end and the
 * `至` or `到` opening the next line; the connector's place then, else the newline at `nl`. Only
 * where Chinese leads into the figure, so a table's next row opening with `至` stays apart.
 */
function wrappedChineseConnector(text: string, nl: number, figureStart: number): number {
  const after = code(text, nl + 1);
  if ((after !== 0x81f3 && after !== 0x5230) || !isDigitCode(code(text, nl + 2))) return nl;
  const before = code(text, figureStart - 1);
  return before >= 0x4e00 && before <= 0x9fff ? nl + 1 : nl;
}
