import { NORM } from './normalize';
import { lineEndWithin, lineStartWithin } from './lines';
import { gapBackAcrossWrap } from './context';
import { skipGapBack } from './gaps';

// Where a number stands that makes it part of a name or a heading: a short quotation, a book
// title, a short line without sentence punctuation. Used by noise.ts.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

const MAX_HEADING = 30;

/** A short line without sentence punctuation: a heading or a table-of-contents entry. */
export function isHeadingLine(text: string, i: number): boolean {
  const s = lineStartWithin(text, i, MAX_HEADING);
  const e = s < 0 ? -1 : lineEndWithin(text, i, MAX_HEADING - (i - s));
  if (s < 0 || e < 0) return false;
  for (let k = s; k < e; k++) {
    const c = code(text, k);
    if (c === 0xff0c || c === 0x3002 || c === 0x2c || c === 0xff1b) return false;
  }
  return true;
}

const MIN_PROSE_LINE = 40;
const CJK_AFTER_NUMBER = /^[\d.]+[ \t\u3000]*[\u4e00-\u9fff]/;
const MAX_PROSE_LINE = 200;

/**
 * Whether the number at `i`, opening its line, goes on with the sentence of the line above
 * (`…registered 11 new products across⏎27 LMICs.`, `improved to⏎⏎3.42 per million hours`): a PDF
 * wrapped prose there (context.ts's gapBackAcrossWrap) and the line above is long and ends in a
 * lower-case word or a comma, so the number is no numbered heading.
 */
export function continuesWrappedProse(text: string, i: number): boolean {
  // a Chinese heading after the number (` 4.1 对客户的承诺` under an English column's last line) goes on no English sentence
  if (CJK_AFTER_NUMBER.test(text.slice(i, i + 12))) return false;
  const h = gapBackAcrossWrap(text, i);
  const last = code(text, h - 1);
  if (!((last >= 0x61 && last <= 0x7a) || last === 0x2c) || h === skipGapBack(text, i, 0)) return false;
  const prevStart = lineStartWithin(text, h, MAX_PROSE_LINE);
  return prevStart >= 0 && h - prevStart >= MIN_PROSE_LINE;
}

const OPEN_QUOTES = new Map([
  [0x300c, 0x300d], // 「」
  [0x300e, 0x300f], // 『』
  [0x201c, 0x201d], // “”
  [0x22, 0x22], // ""
]);
const CLOSE_QUOTES = new Set([0x300d, 0x300f, 0x201d]);
/** Every quotation mark above, and a few other characters: the sets are asked only after it. */
const mayBeQuote = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0x201d || (c >= 0x300c && c <= 0x300f);

/** Whether `[s, e)` sits inside a short quotation (a name such as 「人人3小时」 or “7天无理由退换货”). */
export function inShortQuote(text: string, s: number, e: number): boolean {
  const MAX = 14;
  let open = -1;
  for (let k = s - 1; k >= Math.max(0, s - MAX); k--) {
    const c = code(text, k);
    if (c === 0x0a || c === 0x3002) return false;
    if (!mayBeQuote(c)) continue;
    if (CLOSE_QUOTES.has(c)) return false;
    if (OPEN_QUOTES.has(c)) {
      open = c;
      break;
    }
  }
  if (open < 0) return false;
  const close = OPEN_QUOTES.get(open)!;
  for (let k = e; k < Math.min(text.length, e + MAX); k++) {
    const c = code(text, k);
    if (c === close) return true;
    if (c === 0x0a || c === 0x3002 || (mayBeQuote(c) && OPEN_QUOTES.has(c) && c !== close)) return false;
  }
  return false;
}

/** Whether `s` sits inside 《…》 on the same line. */
export function inBookTitle(text: string, s: number): boolean {
  for (let k = s - 1; k >= Math.max(0, s - 40); k--) {
    const c = code(text, k);
    if (c === 0x300b || c === 0x0a) return false;
    if (c === 0x300a) return true;
  }
  return false;
}

/**
 * `the 2023 99 Giving Day campaign`, `the 9.9 Charity Day`: a number opening the name of a day or an
 * event, its words capitalised, is part of the name (`3 Innovation Day events` counts events).
 */
export function opensEventName(text: string, end: number): boolean {
  return EVENT_NAME.test(text.slice(end, end + 60));
}
const EVENT_NAME = /^ (?:[A-Z][a-z]+ ){1,3}(?:Day|Week|Festival|Summit|Forum|Cup|Marathon|Gala)\b(?! (?:events|sessions|activities)\b)/;

/** The words after a closing quote that make the quotation a scheme's name. */
const SCHEME_NOUN = /^\s?(?:scheme|campaign|initiative|programme|program|plan|project|activity|movement|challenge|pledge|event)s?\b/i;
const MAX_SCHEME_NAME = 80;

/**
 * `the “three hours of volunteer work per person per year” scheme`, `the “100 Million Trees”
 * campaign`: a number opening a quotation that names a scheme is part of the name, however long
 * (a short Chinese one is `inShortQuote`'s).
 */
export function opensQuotedSchemeName(text: string, s: number, e: number): boolean {
  const close = OPEN_QUOTES.get(code(text, s - 1));
  if (close === undefined) return false;
  for (let k = e; k < Math.min(text.length, e + MAX_SCHEME_NAME); k++) {
    const c = code(text, k);
    if (c === close) return SCHEME_NOUN.test(text.slice(k + 1, k + 14));
    // a PDF may wrap the name (`“Three Hours⏎Listening to customers’ needs” campaign`), not end a paragraph in it
    if ((c === 0x0a && code(text, k + 1) === 0x0a) || OPEN_QUOTES.has(c)) return false;
  }
  return false;
}

/** `Five social insurances & one housing fund`: 五险一金 (or 三险一金), the benefits package's name, in English. */
const BENEFIT_PACKAGE = /^\s+(?:social\s+)?insurances?\s*(?:&|and)\s*(?:one|1)\s+(?:housing\s+)?(?:provident\s+|accumulation\s+)?fund/i;

export function namesBenefitPackage(text: string, e: number): boolean {
  return BENEFIT_PACKAGE.test(text.slice(e, e + 60));
}

/** `Fortune 500 companies`, `FTSE 100`, `S&P 500`, `Fortune Global 500`: a ranking's or an index's name before the number. */
const RANKING_NAME_BEFORE = /(?:^|[^A-Za-z])(?:Fortune(?: Global)?|Forbes(?: Global)?|FTSE(?: AIM)?|S&P|Nasdaq|NASDAQ|Russell|STOXX|Hang Seng|Inc\.)[ \u00a0]$/;
/** `Double 11`, `Double Eleven`, `Double-12`: the shopping festivals 双11 and 双12. */
const DOUBLE_DAY_BEFORE = /(?:^|[^A-Za-z])Double[ \u00a0-]$/i;

/** A ranking's, an index's or a shopping festival's name holding the number at `[s, …)` of value `value`. */
export function inRankingOrDayName(text: string, s: number, value: number): boolean {
  const before = text.slice(Math.max(0, s - 18), s);
  return RANKING_NAME_BEFORE.test(before) || ((value === 11 || value === 12) && DOUBLE_DAY_BEFORE.test(before));
}

/**
 * `the 618 festival`, `the 520 campaign`, `its 2.0 version`: a number other than one before a singular
 * noun that names an event, a programme or a release is its name (a count would take the plural:
 * `3 festivals`).
 */
const NAMING_SINGULAR = new Set(['festival', 'shopping festival', 'campaign', 'programme', 'program', 'project', 'initiative', 'plan', 'platform', 'strategy', 'model', 'version', 'edition']);

export function namedBySingular(unit: string, value: number): boolean {
  return value !== 1 && NAMING_SINGULAR.has(unit.toLowerCase());
}
