import { codeAt as code, isDigitCode, isLetterCode } from './normalize';
import { currencyForward } from './currency-prefix';
import { letterCurrencyAt } from './letter-currency';

// A table states its money as a currency and a scale abbreviation side by side, in whichever order
// and spacing the report's language uses: `£m`, `EURm`, `EUR m`, `HK$bn`, `$B`, `Rm`, `M€`,
// `k€`, `Md€`, `m $`, `bn USD`. The abbreviation (`m` is also metres, `k` a kilo-) is a scale only
// against a currency, so the two are read as one part: any currency with any abbreviation, rather
// than a list of the pairs seen so far. Scale words (`million`, `'000`, `百万`) stand alone and
// readSpec takes them as words of their own.

/** Scale abbreviations, longest first; case does not matter (`M`, `m`, `Bn`). */
export const SCALE_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  // German (`Mio. €`, `Tsd. EUR`, `Mrd.`), French (`Md€`), US (`$MM`), English (`£m`, `US$bn`, `$B`)
  ['mrds', 1e9], ['mrd', 1e9], ['mds', 1e9], ['mln', 1e6], ['mio', 1e6], ['tsd', 1e3], ['md', 1e9], ['bn', 1e9], ['mn', 1e6], ['mm', 1e6], ['b', 1e9], ['m', 1e6], ['k', 1e3],
];

export interface Money {
  /** ISO 4217 code. */
  currency: string;
  /** 1 when no abbreviation stands beside the currency. */
  factor: number;
  end: number;
}

/** The letters scale abbreviations start with (lower case): anything else is none, and is passed at once. */
const ABBREVIATION_STARTS = new Set(SCALE_ABBREVIATIONS.map(([abbr]) => abbr.charCodeAt(0)));

/** Whether `abbr` (lower case) is written at `i`, in either case. */
function abbreviationIs(s: string, i: number, abbr: string): boolean {
  for (let k = 0; k < abbr.length; k++) if ((s.charCodeAt(i + k) | 0x20) !== abbr.charCodeAt(k)) return false;
  return true;
}

/** The abbreviation starting at `i`, when it ends where its word does (not `mt`, `kWh`, `m3`). */
function abbreviationAt(s: string, i: number, glued: (at: number) => boolean): { factor: number; end: number } | null {
  if (!ABBREVIATION_STARTS.has(s.charCodeAt(i) | 0x20)) return null;
  for (const [abbr, factor] of SCALE_ABBREVIATIONS) {
    const end = i + abbr.length;
    if (!abbreviationIs(s, i, abbr)) continue;
    // an abbreviation may take a full stop (`Mio.`), but not a stop that starts a number (`m.5`)
    const stop = code(s, end) === 0x2e && abbr.length > 1 && !isDigitCode(code(s, end + 1)) ? end + 1 : end;
    const next = code(s, stop);
    if ((!isLetterCode(next) && !isDigitCode(next) && next !== 0xb2 && next !== 0xb3) || glued(stop)) return { factor, end: stop };
  }
  return null;
}

const RAND = (i: number) => ({ value: 'ZAR', end: i + 1 });

/** The currencies a caption names in words that the unit tables do not hold, their country's name before them or not. */
const CURRENCY_OF_WORD: Readonly<Record<string, string>> = {
  pesos: 'MXN', 'mexican pesos': 'MXN', 'philippine pesos': 'PHP', naira: 'NGN', ringgit: 'MYR', rand: 'ZAR', baht: 'THB',
};
const CURRENCY_WORDS = /^(?:(mexican|philippine)\s+pesos|pesos|naira|ringgit|rand|baht)(?![A-Za-z])/i;
const MAX_CURRENCY_WORDS = 20;
/** A quote or a space after a single letter: the scale follows (`N'000`, `N million`). */
const isScaleGap = (c: number): boolean => c === 0x20 || c === 0x27 || c === 0x2019;

/** A currency at `i`: a sign, an ISO code, a Chinese name, or the rand's `R` before a spaced scale (`R'000`, `R million`). */
function currencyAt(s: string, i: number): { value: string; end: number } | null {
  const m = currencyForward(s, i);
  if (m) return m;
  // `(millions of Mexican pesos)`, `(Ringgit million)`: a currency's name in words
  const word = CURRENCY_WORDS.exec(s.slice(i, i + MAX_CURRENCY_WORDS));
  if (word) return { value: CURRENCY_OF_WORD[word[1] ? `${word[1].toLowerCase()} pesos` : word[0].toLowerCase()]!, end: i + word[0].length };
  // `N'million`, `Php million`, `₱ million`: letters the ISO table does not hold (a single letter before a quote or a space only)
  const letters = letterCurrencyAt(s, i);
  if (letters && (letters.end - i > 1 || isScaleGap(code(s, letters.end)))) return letters;
  // the ringgit's `RM` in capitals; the rand's `Rm` is its million
  if (s.startsWith('RM', i) && !isLetterCode(code(s, i + 2))) return { value: 'MYR', end: i + 2 };
  if (s.charCodeAt(i) !== 0x52 || isLetterCode(code(s, i - 1))) return null;
  // `(R)` alone is as often a registered mark: a scale must follow
  const next = code(s, i + 1);
  return next === 0x20 || next === 0x27 || next === 0x2019 ? RAND(i) : null;
}

/** Whether a currency ends in a sign or is a code in capitals, so an abbreviation may be glued to it (`HK$m`, `EURm`, not `Eurom`). */
const takesGlued = (s: string, start: number, end: number): boolean => !isLetterCode(code(s, end - 1)) || /^[A-Z]{1,3}$/.test(s.slice(start, end));

/** Longest currency name (`us $`, `renminbi`) an abbreviation may be glued to. */
const MAX_CURRENCY = 8;

/**
 * A currency with an abbreviation glued after it (`US$k`, `EURm`, `Rm`): the currency table takes
 * a code only as a whole word, so the currency is matched on the text before the abbreviation.
 */
function gluedAfterCurrency(s: string, i: number): Money | null {
  for (let p = Math.min(s.length - 1, i + MAX_CURRENCY); p > i; p--) {
    const scale = abbreviationAt(s, p, () => false);
    if (!scale) continue;
    const head = s.slice(i, p);
    // the rand's scale in lower case (`Rm`, `Rbn`): `RM` is the ringgit
    const cur = head === 'R' ? (s[p] === s[p]!.toLowerCase() ? RAND(0) : null) : currencyAt(head, 0);
    if (cur && cur.end === head.length && takesGlued(s, i, p)) return { currency: cur.value, factor: scale.factor, end: scale.end };
  }
  return null;
}

/** A currency standing alone, or with a scale abbreviation before or after it, at `i`; null when neither reads. */
export function moneyAt(s: string, i: number): Money | null {
  if (isLetterCode(code(s, i - 1))) return null;
  const whole = currencyAt(s, i);
  // a currency that is a word of its own (`RMB k`), else one with an abbreviation glued on (`RMBk`, `US$k`)
  const cur = whole && !isLetterCode(code(s, whole.end)) ? whole : null;
  const glued = cur ? null : gluedAfterCurrency(s, i);
  if (glued) return glued;
  if (cur) {
    // `N'million`, `R'bn`: a quote between the currency and its scale's word (`R'000` is read as digits)
    const q = code(s, cur.end);
    if ((q === 0x27 || q === 0x2019) && isLetterCode(code(s, cur.end + 1))) return { currency: cur.value, factor: 1, end: cur.end + 1 };
    const scale = q === 0x20 ? abbreviationAt(s, cur.end + 1, () => false) : null;
    return { currency: cur.value, factor: scale?.factor ?? 1, end: scale?.end ?? cur.end };
  }
  if (whole) return null;
  // the abbreviation first (`M€`, `m $`, `bn USD`): a currency glued or one space after it
  const scale = abbreviationAt(s, i, (at) => currencyAt(s, at) !== null);
  if (!scale) return null;
  const at = code(s, scale.end) === 0x20 ? scale.end + 1 : scale.end;
  const after = currencyAt(s, at);
  if (!after || isLetterCode(code(s, after.end))) return null;
  // glued, the currency must show it is one (`M€`, `mHK$`), not letters running on (`Mrs`)
  if (at === scale.end && !takesGlued(s, at, after.end)) return null;
  return { currency: after.value, factor: scale.factor, end: after.end };
}
