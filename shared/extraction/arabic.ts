import type { Qualifier } from '../domain/figure';
import { numberRead, skipTo } from './candidate';
import type { GrammarResult } from './candidate';
import { codeAt as code, isDigitCode, isLetterCode, isSpaceCode, isUpperCode, isWhiteCode } from './normalize';
import { parseArabic, parseSpacedDigits } from './digits';
import type { ArabicNumber } from './digits';
import { lowerWordAt } from './numerals';
import { zhScaleBeforeUnit, enScaleAfter, attachedScaleAt, scaleBeforeCurrencySign, scaleEndingAt } from './scales';
import type { ScaleMatch } from './scales';
import { ZH_UNIT_TABLE, EN_UNIT_TABLE, CURRENCY_PREFIX } from './units';
import { QUALIFIER_INFIX } from './qualifiers';
import { skipGap, skipGapBack, lastGapNewlines } from './gaps';
import { endsLabelCell, wordBefore } from './context';
import { tokenEnd } from './skip';
import { letterCurrencyBefore } from './letter-currency';

// The grammar of numbers in Arabic digits: a currency before, the number (grouped, decimal,
// letter-spaced), a scale after (`万`, `million`, `bn`), a range (`30,000 to 40,000`, `3至5万`),
// a percent sign, a share (`1/3`). Codes, times, dates and dotted numbers are stepped over.

const isYearValue = (a: ArabicNumber): boolean => a.intDigits === 4 && !a.hasSeparator && !a.hasDecimal && a.value >= 1900 && a.value <= 2100;

interface Part {
  num: ArabicNumber;
  /** After the number, infix qualifier and scale. */
  end: number;
  factor: number;
  scaled: boolean;
  infix: Qualifier | null;
  percentEnd: number;
}

function readArabicNumber(text: string, i: number): ArabicNumber {
  const spacedMark = isSpaceCode(code(text, i + 1)) && (code(text, i + 2) === 0x2e || code(text, i + 2) === 0x2c) && isSpaceCode(code(text, i + 3));
  if ((isSpaceCode(code(text, i + 1)) && isDigitCode(code(text, i + 2))) || (code(text, i + 1) === 0x2c && code(text, i + 3) === 0x20) || spacedMark) {
    const sp = parseSpacedDigits(text, i);
    if (sp) return sp;
  }
  return parseArabic(text, i);
}

/**
 * `1.9m workers`, `400m users`, `2.1m sq ft`: without a currency, a glued `m` is millions when a
 * plural noun or a unit of measure follows it (`20m deep`, `a 50m pool` stay metres).
 */
function millionsOfNoun(text: string, i: number): ScaleMatch | null {
  if ((code(text, i) | 0x20) !== 0x6d || isLetterCode(code(text, i + 1)) || code(text, i + 1) !== 0x20) return null;
  const next = lowerWordAt(text, i + 2, 20);
  if (next.length >= 4 && next.endsWith('s') && code(text, i + 2 + next.length) !== 0x2d) return { end: i + 1, factor: 1e6 };
  // `4.6m TEU`, `3m MWh`: an acronym in capitals counts or measures, a metre never precedes one
  if (capitalsAcronym(text, i + 2)) return { end: i + 1, factor: 1e6 };
  // `2.1m sq ft`, `1.5m tonnes`: a unit of measure follows, so the m is no metre
  const unit = EN_UNIT_TABLE.matchForward(text, i + 2, { newlines: false });
  return unit && unit.value.kind === 'measure' && unit.end - (i + 2) >= 2 && !isLetterCode(code(text, unit.end)) ? { end: i + 1, factor: 1e6 } : null;
}

/** Two to five capitals (a plural `s` allowed) standing as a word at `i`. */
function capitalsAcronym(text: string, i: number): boolean {
  let j = i;
  while (j - i < 6 && isUpperCode(code(text, j))) j++;
  if (code(text, j) === 0x73) j++;
  return j - i >= 2 && j - i <= 6 && isUpperCode(code(text, i + 1)) && !isLetterCode(code(text, j)) && !isDigitCode(code(text, j));
}

/** Number, then optional `多`/`余`, scale (`万`, `million`, `k`) and `多` again. */
function arabicPart(text: string, i: number, afterCurrency: boolean): Part {
  const num = readArabicNumber(text, i);
  let p = num.end;
  let factor = 1;
  let scaled = false;
  let infix: Qualifier | null = null;
  const inf = QUALIFIER_INFIX.matchForward(text, skipGap(text, p, 0));
  if (inf) {
    infix = inf.value;
    p = inf.end;
  }
  const attached = isLetterCode(code(text, p)) ? attachedScaleAt(text, p, afterCurrency) ?? millionsOfNoun(text, p) : null;
  if (attached) {
    factor = attached.factor;
    scaled = true;
    p = attached.end;
    // a number ending a label cell takes no scale from the next cell (`Scope 1⇥million tCO2e⇥12.5`)
  } else if (!(columnGap(text, p, skipGap(text, p, 0)) && endsLabelCell(text, i))) {
    const g = skipGap(text, p, 0);
    const zhUnit = ZH_UNIT_TABLE.matchForward(text, g);
    const zs = zhUnit && zhUnit.end - g >= 2 && zhUnit.value.kind !== 'count' ? null : zhScaleBeforeUnit(text, g);
    if (zs && !(zs.factor === 10 || zs.factor === 100 && code(text, zs.end) === 0x5206)) {
      factor = zs.factor;
      scaled = true;
      p = zs.end;
    } else {
      const es = enScaleAfter(text, p) ?? scaleBeforeCurrencySign(text, g);
      if (es) {
        factor = es.factor;
        scaled = true;
        p = es.end;
      }
    }
  }
  if (scaled && !infix) {
    const g = skipGap(text, p, 0);
    const inf2 = QUALIFIER_INFIX.matchForward(text, g);
    if (inf2 && inf2.value === 'over') {
      infix = 'over';
      p = inf2.end;
    }
  }
  let percentEnd = -1;
  const g = skipGap(text, p, 0);
  if (code(text, g) === 0x25) percentEnd = g + 1;
  return { num, end: p, factor, scaled, infix, percentEnd };
}

/** The number in digits at `i`, or where to go on when it is a code, a time, a date or part of a word. */
export function readArabic(text: string, i: number): GrammarResult {
  const prev = code(text, i - 1);
  const times = multiplierBefore(text, i);
  if (times) return times;
  // Glued to letters (ISO14001, FY2022, G20, COVID-19) unless the letters are a currency (RMB4).
  if (isLetterCode(prev) || prev === 0x5f || prev === 0x40 || prev === 0x23 || prev === 0x5c || prev === 0x3d) {
    if (!(isLetterCode(prev) && (CURRENCY_PREFIX.matchBackward(text, i) || letterCurrencyBefore(text, i)))) return skipTo(tokenEnd(text, i));
  }
  if ((prev === 0x2d || prev === 0x2e || prev === 0x2f || prev === 0x3a) && (isLetterCode(code(text, i - 2)) || isDigitCode(code(text, i - 2))) && !circa(text, i)) {
    return skipTo(tokenEnd(text, i));
  }
  const cur = currencyBefore(text, i);
  const first = arabicPart(text, i, cur !== null);
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
  const rng = rangeAfter(text, p, cur !== null, read.start);
  if (rng) {
    const second = rng.part;
    if (second.num.spaced === num.spaced && !percentThenAmount(text, first.percentEnd, second.percentEnd, second.end)) {
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
  // a minus glued to the number and standing apart from what precedes (`Change\t-7.5%`, `(−3.2)`);
  // an en dash only where no number can precede it as a range's first end (`(–30%)`, a cell's start)
  const minus = prev === 0x2d || (prev === 0x2013 && (code(text, i - 2) === 0x28 || code(text, i - 2) === 0x09));
  if (!cur && read.reading.range === 'none' && minus && (i < 2 || isWhiteCode(code(text, i - 2)) || code(text, i - 2) === 0x28)) {
    read.value = -read.value;
    read.start = i - 1;
  }
  // an accountant's negative: a table cell wholly in parentheses (`Net finance costs\t(48)\t(52)`),
  // a change's sign with its percent sign after them (`Change\t(10.6)%`) or inside (`YoY change  (4.2%)`)
  const percentInside = isPercent && first.percentEnd === p;
  if (!cur && read.reading.range === 'none' && (!isPercent || percentInside) && !first.scaled && prev === 0x28 && code(text, p) === 0x29) {
    const percentAfter = code(text, p + 1) === 0x25;
    const close = percentAfter ? p + 2 : p + 1;
    if (parenthesisedCell(text, i - 1, close)) {
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
    const u = EN_UNIT_TABLE.matchForward(text, num.end);
    if (!u) return skipTo(tokenEnd(text, i));
  }
  return { read, next: p };
}

/**
 * `grew x2`, `up ×1.5`: a multiplier written before its number, a lower-case `x` standing alone
 * as a word; at most 20, so a code (`x86`, `X5`, `X1000`) stays one.
 */
function multiplierBefore(text: string, i: number): GrammarResult | null {
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
function circa(text: string, i: number): boolean {
  if (code(text, i - 1) !== 0x2e) return false;
  const w = lowerWordAt(text, i - 2 - (isLetterCode(code(text, i - 3)) ? 1 : 0), 2);
  const start = i - 1 - w.length;
  return (w === 'c' || w === 'ca') && !isLetterCode(code(text, start - 1));
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
 * `1 in 5 new hires`, `£1 in every £4`: a share, as `1/5` is (20 %); the whole at most 100, so
 * `3 in 2024` stays apart; a part in a currency needs its whole in one.
 */
function shareOneIn(text: string, a: ArabicNumber, p: number, currency: boolean): { value: number; end: number } | null {
  if (a.hasDecimal || a.hasSeparator || code(text, p) !== 0x20 || lowerWordAt(text, p + 1, 3) !== 'in' || code(text, p + 3) !== 0x20) return null;
  let q = p + 4;
  if (lowerWordAt(text, q, 6) === 'every' && code(text, q + 5) === 0x20) q += 6;
  if (currency !== RANGE_CURRENCY.has(code(text, q))) return null;
  if (currency) q++;
  if (!isDigitCode(code(text, q))) return null;
  const b = parseArabic(text, q);
  if (b.hasDecimal || b.hasSeparator || b.value > 100 || a.value < 1 || a.value >= b.value || isLetterCode(code(text, b.end)) || code(text, b.end) === 0x25) return null;
  return { value: (a.value / b.value) * 100, end: b.end };
}

/** After a `%`: `-points`, `-pts`, ` points` make it percentage points (`11.2 %-points`); else `p`. */
function percentPoints(text: string, p: number): number {
  const sep = code(text, p);
  if (sep !== 0x2d && sep !== 0x20) return p;
  const w = lowerWordAt(text, p + 1, 6);
  return (w === 'points' || w === 'point' || w === 'pts') && !isLetterCode(code(text, p + 1 + w.length)) ? p + 1 + w.length : p;
}

/** `1/3` is a share; `2019/2020` a period; anything else with a slash is a code or a date. */
function slashNumber(text: string, i: number, a: ArabicNumber): GrammarResult {
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

interface RangeMatch {
  part: Part;
  hyphen: boolean;
  spacedConnector: boolean;
}

const RANGE_WORDS = new Set(['to', 'or', 'and']);
/** A currency sign repeated before a range's second end: `$`, `¥`, `£`, `€`. */
const RANGE_CURRENCY = new Set([0x24, 0xa5, 0xa3, 0x20ac]);

function rangeAfter(text: string, p: number, afterCurrency: boolean, figureStart: number): RangeMatch | null {
  const g = skipGap(text, p, 0);
  let q = g;
  const c = code(text, q);
  let hyphen = false;
  if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7e || c === 0xff5e || c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */) {
    hyphen = c === 0x2d;
    q++;
  } else if (isLetterCode(c)) {
    const w = lowerWordAt(text, q, 3);
    if (!RANGE_WORDS.has(w)) return null;
    // "from 10 to 20" and "fell by £0.3bn to £1.1bn" are two figures, a change, not a range (but
    // "grew by 25% to 50%" is one); "and" joins a range only after "between"
    const lead = wordBefore(text, figureStart, 1)?.word;
    if (w === 'to' && (lead === 'from' || (lead === 'by' && code(text, p - 1) !== 0x25))) return null;
    if (w === 'and' && wordBefore(text, figureStart, 1)?.word !== 'between') return null;
    q += w.length;
  } else return null;
  const g2 = skipGap(text, q, 1);
  if (lastGapNewlines() > 0 && hyphen) return null;
  // a dash after a cell boundary (a tab, or a column's run of spaces) and glued to the number
  // after it is that number's sign (`2.37\t-9.7%`), not a range (`10 -20 users` is one)
  if (q > g && g2 === q && columnGap(text, p, g)) return null;
  q = g2;
  if (RANGE_CURRENCY.has(code(text, q))) q++; // "$10 to $20", "between £500 and £5,000""
  if (!isDigitCode(code(text, q))) return null;
  const part = arabicPart(text, q, afterCurrency);
  return { part, hyphen, spacedConnector: g > p || g2 > q };
}

/** `rose 6.8% to 2,418.6 billion yen`: a change's rate and the amount it reached, two figures, no range. */
function percentThenAmount(text: string, firstPercentEnd: number, secondPercentEnd: number, secondEnd: number): boolean {
  return firstPercentEnd > 0 && secondPercentEnd < 0 && !/^\s*(?:per\s?cent|percent|pct)\b/i.test(text.slice(secondEnd, secondEnd + 12));
}

/** Whether the whitespace `[from, to)` separates table cells: a tab, or two spaces or more. */
function columnGap(text: string, from: number, to: number): boolean {
  if (to - from >= 2) return true;
  return to > from && code(text, from) === 0x09;
}

/** Whether a table cell starts at `k`: the line's start, or after a column gap. */
const cellStart = (text: string, k: number): boolean => k === 0 || code(text, k - 1) === 0x0a || code(text, k - 1) === 0x09 || (code(text, k - 1) === 0x20 && code(text, k - 2) === 0x20);

function currencyBefore(text: string, i: number): { start: number; unit: string; factor?: number } | null {
  const g = skipGapBack(text, i, 1);
  const m = CURRENCY_PREFIX.matchBackward(text, g);
  if (!m) return letterCurrencyBefore(text, i);
  // `Revenue   bn US$   12.5`: a currency ending a unit cell is the table's statement, which the
  // table reader applies with its scale; a currency alone in its cell (`$   12.5`) is the number's
  if (columnGap(text, g, i) && !cellStart(text, m.end)) return null;
  // `k€ 2,400`: the scale's letters before the sign
  const scale = scaleEndingAt(text, m.end);
  if (scale) return { start: scale.start, unit: m.value, factor: scale.factor };
  // a currency code on the previous line only when nothing else sits between
  return { start: m.end, unit: m.value };
}
