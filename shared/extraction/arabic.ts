import type { Qualifier } from '../domain/figure';
import { numberRead, skipTo } from './candidate';
import type { GrammarResult } from './candidate';
import { codeAt as code, isCellBarCode, isCjkCode, isDigitCode, isLetterCode, isUpperCode, isWhiteCode } from './normalize';
import type { ArabicNumber } from './digits';
import { attachedScaleAt, enScaleAfter, scaleEndingAt } from './scales';
import { EN_UNIT_TABLE } from './units';
import { currencyBackward } from './currency-prefix';
import { skipGap, skipGapBack } from './gaps';
import { tokenEnd } from './skip';
import { letterCurrencyBefore } from './letter-currency';
import { arabicPart, columnGap } from './arabic-part';
import { labelLineM } from './label-line-m';
import { rangeAfter, percentThenAmount, rateToLevelFrom } from './arabic-range';
import { multiplierBefore, circa, shareOneIn, percentPoints, slashNumber } from './arabic-shapes';

// The grammar of numbers in Arabic digits: a currency before, the number (grouped, decimal,
// letter-spaced), a scale after (`万`, `million`, `bn`), a range (`30,000 to 40,000`, `3至5万`),
// a percent sign, a share (`1/3`). Codes, times, dates and dotted numbers are stepped over.
// A number's own parts are arabic-part.ts's, ranges arabic-range.ts's, other shapes arabic-shapes.ts's.

/** `△`, the white up-pointing triangle Japanese reports print before a negative number. */
const TRIANGLE_MINUS = 0x25b3;

const isYearValue = (a: ArabicNumber): boolean => a.intDigits === 4 && !a.hasSeparator && !a.hasDecimal && a.value >= 1900 && a.value <= 2100;

/**
 * The number in digits at `i`, or where to go on when it is a code, a time, a date or part of a word;
 * `spaceGroups` where the text parts thousands with spaces (space-thousands.ts).
 */
export function readArabic(text: string, i: number, spaceGroups = false): GrammarResult {
  const prev = code(text, i - 1);
  const times = multiplierBefore(text, i);
  if (times) return times;
  // Glued to letters (ISO14001, FY2022, G20, COVID-19) unless the letters are a currency (RMB4).
  if (isLetterCode(prev) || prev === 0x5f || prev === 0x40 || prev === 0x23 || prev === 0x5c || prev === 0x3d) {
    if (!(isLetterCode(prev) && (currencyBackward(text, i) || letterCurrencyBefore(text, i, spaceGroups)))) return skipTo(tokenEnd(text, i));
  }
  // (a currency's abbreviation ends in a full stop: `Ps.27.9 billion`, `Rs.4,200`)
  if ((prev === 0x2d || prev === 0x2e || prev === 0x2f || prev === 0x3a) && (isLetterCode(code(text, i - 2)) || isDigitCode(code(text, i - 2))) && !circa(text, i) && !(prev === 0x2e && (currencyBackward(text, i) || letterCurrencyBefore(text, i, spaceGroups)))) {
    return skipTo(tokenEnd(text, i));
  }
  const cur = currencyBefore(text, i, spaceGroups);
  const first = arabicPart(text, i, cur !== null, spaceGroups);
  const num = first.num;
  let p = num.end;
  const c0 = code(text, p);
  // Times, dotted codes and dates, slashes.
  if (!first.scaled && first.infix === null) {
    if (c0 === 0x3a && isDigitCode(code(text, p + 1))) return skipTo(tokenEnd(text, i));
    if (c0 === 0x2e && isDigitCode(code(text, p + 1))) return skipTo(tokenEnd(text, i));
    if (c0 === 0x2f && isDigitCode(code(text, p + 1))) return slashNumber(text, i, num);
  }

  const form = { script: 'arabic' as const, intDigits: num.intDigits, separator: num.hasSeparator, decimal: num.hasDecimal, leadingZero: num.leadingZero };
  const read = numberRead(num.start, num.end, num.value * first.factor, form, { scaled: first.scaled });
  if (cur) {
    read.start = cur.start;
    read.reading.currency = true;
    read.unit = cur.unit;
    read.kind = 'currency';
    if (cur.factor && !first.scaled) {
      read.value *= cur.factor;
      read.reading.scaled = true;
    }
  }
  let qual: Qualifier | null = first.infix;
  p = first.percentEnd > 0 ? first.percentEnd : first.end;
  let isPercent = first.percentEnd > 0;

  // Range: "30,000 to 40,000", "1500-2000", "10%~20%", "3至5万".
  const rng = rangeAfter(text, p, cur !== null, read.start, spaceGroups);
  if (rng) {
    const second = rng.part;
    if (second.num.spaced === num.spaced && !percentThenAmount(text, first.percentEnd, second.percentEnd, second.end) && !(first.percentEnd > 0 && rateToLevelFrom(text, read.start, second.percentEnd > 0 ? second.percentEnd : second.end))) {
      const hi = second.num.value * second.factor;
      let lo = read.value;
      if (!first.scaled && second.scaled) lo = num.value * second.factor;
      const thirdGroup = code(text, second.num.end) === 0x2d && isDigitCode(code(text, second.num.end + 1));
      if (thirdGroup) return skipTo(tokenEnd(text, i)); // 95188-1-2
      const years = isYearValue(num) && isYearValue(second.num);
      if (hi > lo || years) {
        read.value = lo;
        read.valueMax = hi;
        read.reading.range = years ? 'years' : 'numbers';
        read.reading.scaled = first.scaled || second.scaled;
        form.leadingZero ||= second.num.leadingZero;
        qual ??= second.infix;
        p = second.percentEnd > 0 ? second.percentEnd : second.end;
        isPercent ||= second.percentEnd > 0;
      } else if (rng.hyphen && !rng.spacedConnector) {
        return skipTo(tokenEnd(text, i)); // "102-1"
      }
    }
  }
  const oneIn = !isPercent && !first.scaled && read.reading.range === 'none' ? shareOneIn(text, num, p, cur !== null) : null;
  if (oneIn) {
    read.value = oneIn.value;
    read.reading.currency = false;
    p = oneIn.end;
    isPercent = true;
  }
  if (isPercent) {
    read.unit = '%';
    read.kind = 'percent';
    const points = percentPoints(text, p);
    if (points > p) {
      read.unit = 'pp';
      read.kind = 'pp';
      p = points;
    }
  }
  read.end = p;
  read.qualifier = qual;
  // a minus glued to the number and standing apart from what precedes (`Change\t-7.5%`, `(−3.2)`, `│-6.4`);
  // `△` as Japanese accounts write a minus (`YoY  △9.6%`); an en dash only where no number can
  // precede it as a range's first end (`(–30%)`, a cell's start, a line's start: a designed page's
  // `–18%` on its own line above `vs. 2019 baseline`)
  // or a column gap (`1,702          –7.8%`); a hyphen after Chinese words with no number just before
  // (`增速为-4.6%`; `30万-50万` and `2018年-2021年` are ranges)
  const before = code(text, i - 2);
  const enDash = prev === 0x2013 && (i === 1 || before === 0x28 || before === 0x09 || before === 0x0a || (before === 0x20 && code(text, i - 3) === 0x20));
  const minus = prev === 0x2d || prev === TRIANGLE_MINUS || enDash;
  if (!cur && read.reading.range === 'none' && minus && (i < 2 || isWhiteCode(before) || before === 0x28 || isCellBarCode(before) || (prev === 0x2d && zhWordBeforeSign(text, i - 1)))) {
    read.value = -read.value;
    read.start = i - 1;
  }
  // an accountant's negative: a table cell wholly in parentheses (`Net finance costs\t(48)\t(52)`),
  // a change's sign with its percent sign after them (`Change\t(10.6)%`) or inside (`YoY change  (4.2%)`)
  // and in running text where nothing else writes so: `(1.6)%`, a sign inside and its percent after
  const percentInside = isPercent && first.percentEnd === p;
  if (!cur && read.reading.range === 'none' && (!isPercent || percentInside) && !first.scaled && prev === 0x28 && code(text, p) === 0x29) {
    const percentAfter = code(text, p + 1) === 0x25;
    const close = percentAfter ? p + 2 : p + 1;
    const amount = percentAfter ? null : bracketedAmount(text, i - 1, close);
    if (amount) {
      read.value = -read.value * amount.factor;
      read.start = amount.start;
      read.end = amount.end;
      read.unit = amount.unit;
      read.kind = 'currency';
      read.reading.currency = true;
      read.reading.scaled = amount.factor !== 1;
      return { read, next: amount.end };
    }
    if (percentAfter || parenthesisedCell(text, i - 1, close) || parenthesisedPoints(text, i - 1, close)) {
      read.value = -read.value;
      read.start = i - 1;
      read.end = close;
      p = close;
      if (percentAfter) {
        read.unit = '%';
        read.kind = 'percent';
      }
    }
  }
  // Letters glued to the number that are neither scale nor unit: a code (5G, 3D, 1st handled as ordinal).
  if (!first.scaled && read.reading.range === 'none' && isLetterCode(code(text, num.end)) && !isPercent) {
    // `Average stop spacing  412m`: metres where a label line's label names a length (label-line-m.ts)
    if (!cur && labelLineM(text, num.start, num.end) === 'metres') {
      read.unit = 'm';
      read.kind = 'measure';
      read.end = num.end + 1;
      return { read, next: read.end };
    }
    const u = EN_UNIT_TABLE.matchForward(text, num.end);
    if (!u || !gluedUnitStands(text, u.value.unit, num.end, u.end)) return skipTo(tokenEnd(text, i));
  }
  return { read, next: p };
}

/**
 * Whether `[open, close)` is a whole cell of a table row, after its first: a tab (or a run of
 * spaces) before it, and a tab, a run of spaces or the line's end after it. A row's first cell
 * is its label, and `(1)` there numbers a list.
 */
function parenthesisedCell(text: string, open: number, close: number): boolean {
  const b = code(text, open - 1);
  const before = b === 0x09 || (b === 0x20 && code(text, open - 2) === 0x20);
  const a = code(text, close);
  const after = a === -1 || a === 0x09 || a === 0x0a || a === 0x0d || (a === 0x20 && (code(text, close + 1) === 0x20 || isWhiteCode(code(text, skipGap(text, close, 0)))));
  return before && after;
}

/**
 * `Own cane (%)   61.3   63.0   (1.7) p.p.`: a change column's cell in brackets with its percentage points
 * after them, as the brackets alone are a negative (parenthesisedCell); the points end the cell.
 */
function parenthesisedPoints(text: string, open: number, close: number): boolean {
  if (code(text, close) !== 0x20 || !isLetterCode(code(text, close + 1))) return false;
  const unit = EN_UNIT_TABLE.matchForward(text, close + 1, { newlines: false });
  return unit !== null && unit.value.kind === 'pp' && !isLetterCode(code(text, unit.end)) && parenthesisedCell(text, open, unit.end);
}

/** Chinese numerals and scales, a number's words just before a hyphen that makes it a range's. */
const ZH_NUMBER_CHARS = '〇零一二两三四五六七八九十百千万亿';

/** Whether the hyphen at `dash` follows a Chinese word with no number in the three characters before it (`为-4.6%`). */
function zhWordBeforeSign(text: string, dash: number): boolean {
  const c = code(text, dash - 1);
  if (!(isCjkCode(c) || c === 0x3a)) return false;
  for (let k = dash - 1; k >= dash - 3 && k >= 0; k--) {
    const d = code(text, k);
    if (isDigitCode(d) || ZH_NUMBER_CHARS.includes(text[k]!)) return false;
  }
  return true;
}

/**
 * `£(4.2)m`, `$(12.4) million`: an amount's minus in brackets between its currency sign and its scale,
 * as accounts write a loss in running text; the sign glued before the bracket.
 */
function bracketedAmount(text: string, open: number, close: number): { start: number; end: number; unit: string; factor: number } | null {
  const sign = code(text, open - 1);
  if (sign !== 0x24 && sign !== 0xa3 && sign !== 0x20ac && sign !== 0xa5) return null;
  const m = currencyBackward(text, open);
  if (!m) return null;
  const scale = isLetterCode(code(text, close)) ? attachedScaleAt(text, close, true) : enScaleAfter(text, close);
  return { start: m.end, end: scale ? scale.end : close, unit: m.value, factor: scale ? scale.factor : 1 };
}

/** Whether a table cell starts at `k`: the line's start, or after a column gap. */
const cellStart = (text: string, k: number): boolean => k === 0 || code(text, k - 1) === 0x0a || code(text, k - 1) === 0x09 || (code(text, k - 1) === 0x20 && code(text, k - 2) === 0x20);

function currencyBefore(text: string, i: number, spaceGroups: boolean): { start: number; unit: string; factor?: number } | null {
  const g = skipGapBack(text, i, 1);
  const m = currencyBackward(text, g);
  if (!m) return letterCurrencyBefore(text, i, spaceGroups);
  // `Revenue   bn US$   12.5`: a currency ending a unit cell is the table's statement, which the
  // table reader applies with its scale; a currency alone in its cell (`$   12.5`) is the number's
  if (columnGap(text, g, i) && !cellStart(text, m.end)) return null;
  // `A $ 1 . 1 2 b n`: a letter-spaced page parts the dollar's country letters from its sign
  if (m.value === 'USD' && g < i) {
    const spaced = spacedDollar(text, m.end);
    if (spaced) return spaced;
  }
  // `k€ 2,400`: the scale's letters before the sign
  const scale = scaleEndingAt(text, m.end);
  if (scale) return { start: scale.start, unit: m.value, factor: scale.factor };
  // a currency code on the previous line only when nothing else sits between
  return { start: m.end, unit: m.value };
}

/** `A $`, `NZ $`, `C $` before a `$` at `sign` spaced from its number: the capitals' dollar, its start. */
function spacedDollar(text: string, sign: number): { start: number; unit: string } | null {
  if (text.charCodeAt(sign) !== 0x24 || code(text, sign - 1) !== 0x20) return null;
  let s = sign - 1;
  while (s > 0 && isUpperCode(code(text, s - 1)) && sign - 1 - s < 2) s--;
  if (s === sign - 1 || isLetterCode(code(text, s - 1))) return null;
  const unit = SPACED_DOLLARS[text.slice(s, sign - 1)];
  return unit ? { start: s, unit } : null;
}
const SPACED_DOLLARS: Readonly<Record<string, string>> = { A: 'AUD', C: 'CAD', NZ: 'NZD', S: 'SGD', R: 'BRL', NT: 'TWD', HK: 'HKD', US: 'USD' };

/** Whether a one-letter unit glued at `[at, end)` is one here (`30g`, `7p` beside £, `0.45L/kWh`); any longer unit is. */
function gluedUnitStands(text: string, unit: string, at: number, end: number): boolean {
  if (unit === 'g') return grams(text, at, end);
  if (unit === 'GBp') return pence(text, at, end);
  // `0.45L/Kwh`, `6.1L/100km`: litres in a rate; a lone `5L` may be a size or a code
  if (unit === 'L' && end === at + 1) return code(text, end) === 0x2f;
  return true;
}

/**
 * `30g green energy`: a lower-case g ending the word is grams; `5G`, `4G`, `5Gbps` name networks and
 * rates, and so does `5g网络` (a generation's digit, 2 to 6, before Chinese).
 */
function grams(text: string, g: number, end: number): boolean {
  if (text.charCodeAt(g) !== 0x67 || end !== g + 1 || isLetterCode(code(text, end))) return false;
  const d = code(text, g - 1);
  return !(d >= 0x32 && d <= 0x36 && !isDigitCode(code(text, g - 2)) && code(text, g - 2) !== 0x2e && isCjkCode(code(text, end)));
}

/** How far from a glued p a pound sign may stand for the p to be pence (`7p in every £1 donated`). */
const PENCE_REACH = 40;

/** `7p in every £1`: a lower-case p ending the word is pence beside a pound sign in its sentence; `1080p` is not. */
function pence(text: string, p: number, end: number): boolean {
  if (text.charCodeAt(p) !== 0x70 || end !== p + 1 || isLetterCode(code(text, end))) return false;
  const around = text.slice(Math.max(0, p - PENCE_REACH), p + PENCE_REACH);
  const at = Math.min(p, PENCE_REACH);
  const from = Math.max(around.lastIndexOf('. ', at), around.lastIndexOf('\n', at));
  const stops = [around.indexOf('. ', at), around.indexOf('\n', at)].filter((k) => k >= 0);
  const to = stops.length ? Math.min(...stops) : around.length;
  return around.slice(from + 1, to).includes('£');
}
