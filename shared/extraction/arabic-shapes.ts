import { numberRead, skipTo } from './candidate';
import type { GrammarResult } from './candidate';
import { codeAt as code, isDigitCode, isLetterCode, isWhiteCode } from './normalize';
import { parseArabic } from './digits';
import type { ArabicNumber } from './digits';
import { lowerWordAt } from './context';
import { tokenEnd } from './skip';
import { RANGE_CURRENCY } from './arabic-range';

// Shapes a number in digits takes besides the plain one: a multiplier before it (`x2`), a share
// as `1 in 5` or `1/3`, percentage points after its `%`, circa abbreviated (`c.4,200`).

/**
 * `grew x2`, `up ×1.5`: a multiplier written before its number, a lower-case `x` standing alone
 * as a word; at most 20, so a code (`x86`, `X5`, `X1000`) stays one.
 */
export function multiplierBefore(text: string, i: number): GrammarResult | null {
  const x = code(text, i - 1);
  if (text.charCodeAt(i - 1) !== 0x78 && x !== 0xd7) return null;
  const b = code(text, i - 2);
  if (!(i < 2 || isWhiteCode(b) || b === 0x28)) return null;
  const a = parseArabic(text, i);
  const after = code(text, a.end);
  if (a.value <= 0 || a.value > 20 || a.hasSeparator || isLetterCode(after) || isDigitCode(after) || after === 0x25) return null;
  const read = numberRead(i - 1, a.end, a.value, { script: 'arabic', intDigits: a.intDigits, separator: false, decimal: a.hasDecimal, leadingZero: false });
  read.numStart = i;
  read.unit = 'times';
  read.kind = 'times';
  return { read, next: a.end };
}

/** `c.4,200 t`, `ca. 22%`: circa abbreviated, a qualifier rather than a dotted code. */
export function circa(text: string, i: number): boolean {
  if (code(text, i - 1) !== 0x2e) return false;
  const w = lowerWordAt(text, i - 2 - (isLetterCode(code(text, i - 3)) ? 1 : 0), 2);
  const start = i - 1 - w.length;
  return (w === 'c' || w === 'ca') && !isLetterCode(code(text, start - 1));
}

/**
 * `1 in 5 new hires`, `£1 in every £4`: a share, as `1/5` is (20 %); the whole at most 100, so
 * `3 in 2024` stays apart; a part in a currency needs its whole in one.
 */
export function shareOneIn(text: string, a: ArabicNumber, p: number, currency: boolean): { value: number; end: number } | null {
  // a line may break after `in` or `every` (`Around 9 in⏎10 customers`)
  if (a.hasDecimal || a.hasSeparator || code(text, p) !== 0x20 || lowerWordAt(text, p + 1, 3) !== 'in' || !isSpaceOrBreak(code(text, p + 3))) return null;
  let q = p + 4;
  if (lowerWordAt(text, q, 6) === 'every' && isSpaceOrBreak(code(text, q + 5))) q += 6;
  if (currency !== RANGE_CURRENCY.has(code(text, q))) return null;
  if (currency) q++;
  if (!isDigitCode(code(text, q))) return null;
  const b = parseArabic(text, q);
  if (b.hasDecimal || b.hasSeparator || b.value > 100 || a.value < 1 || a.value >= b.value || isLetterCode(code(text, b.end)) || code(text, b.end) === 0x25) return null;
  return { value: (a.value / b.value) * 100, end: b.end };
}

const isSpaceOrBreak = (c: number): boolean => c === 0x20 || c === 0x0a;

/** After a `%`: `-points`, `-pts`, ` points` make it percentage points (`11.2 %-points`); else `p`. */
export function percentPoints(text: string, p: number): number {
  const sep = code(text, p);
  if (sep !== 0x2d && sep !== 0x20) return p;
  const w = lowerWordAt(text, p + 1, 6);
  return (w === 'points' || w === 'point' || w === 'pts') && !isLetterCode(code(text, p + 1 + w.length)) ? p + 1 + w.length : p;
}

/** `1/3` is a share; `2019/2020` a period; anything else with a slash is a code or a date. */
export function slashNumber(text: string, i: number, a: ArabicNumber): GrammarResult {
  const b = parseArabic(text, a.end + 1);
  const end = tokenEnd(text, i);
  if (end !== b.end || a.hasDecimal || b.hasDecimal) return skipTo(end);
  if (a.value > 0 && b.value >= 2 && b.value <= 10 && a.value < b.value) {
    const form = { script: 'arabic' as const, intDigits: a.intDigits, separator: false, decimal: true, leadingZero: false };
    const read = numberRead(i, b.end, (a.value / b.value) * 100, form);
    read.unit = '%';
    read.kind = 'percent';
    return { read, next: b.end };
  }
  return skipTo(end);
}
