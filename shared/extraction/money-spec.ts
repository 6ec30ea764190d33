import { codeAt as code, isDigitCode, isLetterCode } from './normalize';
import { CURRENCY_PREFIX } from './units';

// A table states its money as a currency and a scale abbreviation side by side, in whichever order
// and spacing the report's language uses: `£m`, `EURm`, `EUR m`, `HK$bn`, `$B`, `Rm`, `M€`,
// `k€`, `Md€`, `m $`, `bn USD`. The abbreviation (`m` is also metres, `k` a kilo-) is a scale only
// against a currency, so the two are read as one part: any currency with any abbreviation, rather
// than a list of the pairs seen so far. Scale words (`million`, `'000`, `百万`) stand alone and
// readSpec takes them as words of their own.

/** Scale abbreviations, longest first; case does not matter (`M`, `m`, `Bn`). */
export const SCALE_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['mrds', 1e9], ['mrd', 1e9], ['mds', 1e9], ['mln', 1e6], ['md', 1e9], ['bn', 1e9], ['mn', 1e6], ['b', 1e9], ['m', 1e6], ['k', 1e3],
];

export interface Money {
  /** ISO 4217 code. */
  currency: string;
  /** 1 when no abbreviation stands beside the currency. */
  factor: number;
  end: number;
}

/** The abbreviation starting at `i`, when it ends where its word does (not `mt`, `kWh`, `m3`). */
function abbreviationAt(s: string, i: number, glued: (at: number) => boolean): { factor: number; end: number } | null {
  for (const [abbr, factor] of SCALE_ABBREVIATIONS) {
    const end = i + abbr.length;
    if (s.slice(i, end).toLowerCase() !== abbr) continue;
    const next = code(s, end);
    if ((!isLetterCode(next) && !isDigitCode(next) && next !== 0xb2 && next !== 0xb3) || glued(end)) return { factor, end };
  }
  return null;
}

const RAND = (i: number) => ({ value: 'ZAR', end: i + 1 });

/** A currency at `i`: a sign, an ISO code, a Chinese name, or the rand's `R` before a spaced scale (`R'000`, `R million`). */
function currencyAt(s: string, i: number): { value: string; end: number } | null {
  const m = CURRENCY_PREFIX.matchForward(s, i);
  if (m) return m;
  if (s.charCodeAt(i) !== 0x52 || isLetterCode(code(s, i - 1))) return null;
  // `(R)` alone is as often a registered mark: a scale must follow
  const next = code(s, i + 1);
  return next === 0x20 || next === 0x27 || next === 0x2019 ? RAND(i) : null;
}

/** Whether a currency ends in a sign or is a code in capitals, so an abbreviation may be glued to it (`HK$m`, `EURm`, not `Eurom`). */
const takesGlued = (s: string, start: number, end: number): boolean => !isLetterCode(code(s, end - 1)) || /^(?:[A-Z]{3}|R)$/.test(s.slice(start, end));

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
    const cur = head === 'R' ? RAND(0) : CURRENCY_PREFIX.matchForward(head, 0);
    if (cur && cur.end === head.length && takesGlued(s, i, p)) return { currency: cur.value, factor: scale.factor, end: scale.end };
  }
  return null;
}

/** A currency standing alone, or with a scale abbreviation before or after it, at `i`; null when neither reads. */
export function moneyAt(s: string, i: number): Money | null {
  if (isLetterCode(code(s, i - 1))) return null;
  const glued = gluedAfterCurrency(s, i);
  if (glued) return glued;
  const cur = currencyAt(s, i);
  if (cur) {
    const scale = code(s, cur.end) === 0x20 ? abbreviationAt(s, cur.end + 1, () => false) : null;
    if (scale) return { currency: cur.value, factor: scale.factor, end: scale.end };
    return isLetterCode(code(s, cur.end)) ? null : { currency: cur.value, factor: 1, end: cur.end };
  }
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
