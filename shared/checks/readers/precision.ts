// How precisely a report states a figure, and the range of true values its words allow. A check
// holds when what its inputs give overlaps what is stated: 897 / 904 million is 99.2 %, yet with
// both rounded to millions the share lies in [99.1, 99.3], so a stated 99.3 % is not contradicted.

import type { ExtractedFigure } from '../../domain/figure';
import { isSpaceCode } from '../../text/space-code';
import { dimensionOf } from './dimension';

export interface Interval {
  lo: number;
  hi: number;
}

/**
 * The digits as written: `1,324.9` in `1,324.9 万吨`; undefined for numbers in words or Chinese numerals.
 * The first number, its grouping commas dropped and spaces before a digit read through (`1 324.9`).
 * Asked of every figure by most checks: read by character codes, which costs less than a look-up
 * in a memo of every figure's text. The two texts asked last are answered without reading them again: a
 * third of the calls ask of the figure just asked about (its interval, then its decimals and scale), and a
 * pair's comparisons ask of its two figures in turn.
 */
export function writtenNumber(text: string): string | undefined {
  if (text === lastText) return lastDigits;
  if (text === otherText) {
    // (the other of the pair: the two swap places, the one asked now last)
    const digits = otherDigits;
    otherText = lastText;
    otherDigits = lastDigits;
    lastText = text;
    lastDigits = digits;
    return digits;
  }
  otherText = lastText;
  otherDigits = lastDigits;
  lastDigits = readWrittenNumber(text);
  lastText = text;
  return lastDigits;
}

let lastText: string | undefined;
let lastDigits: string | undefined;
let otherText: string | undefined;
let otherDigits: string | undefined;

function readWrittenNumber(text: string): string | undefined {
  let i = 0;
  while (i < text.length && !isDigit(text.charCodeAt(i))) i++;
  if (i === text.length) return undefined;
  // the number's runs of digits between what is dropped, joined (one slice when nothing is)
  let digits = '';
  let from = i;
  let decimals = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) i++;
    else if (isSpaceCode(c)) {
      // a space before a digit is read through; any other ends the number
      const next = afterSpaces(text, i);
      if (next === i) break;
      digits += text.slice(from, i);
      i = from = next;
    } else if (!decimals && (c === 44 /* , */ || c === 0xff0c /* ， */)) {
      digits += text.slice(from, i);
      from = ++i;
    } else if (!decimals && c === 46 /* . */ && isDigit(text.charCodeAt(afterSpaces(text, i + 1)))) {
      decimals = true;
      const next = afterSpaces(text, i + 1);
      if (next === i + 1) i++;
      else {
        digits += `${text.slice(from, i)}.`;
        i = from = next;
      }
    } else break;
  }
  return digits + text.slice(from, i);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The significant digits of the number as written, no leading or trailing zero (`1,320.50` → `13205`); undefined for words. */
export function significantDigits(text: string): string | undefined {
  const digits = writtenNumber(text);
  if (digits === undefined) return undefined;
  const whole = digits.replace('.', '');
  let from = 0;
  let to = whole.length;
  while (from < to && whole.charCodeAt(from) === 48) from++;
  while (to > from && whole.charCodeAt(to - 1) === 48) to--;
  return whole.slice(from, to);
}

/**
 * How many significant digits a statement's figure is written with, a whole number's trailing zeros its rounding (`260万` two,
 * `258.6万` four, `1.3` two, `30` one), none for words: a bound's or a translation's against an exact one.
 */
export const digitsOf = (s: { readonly at: { readonly figure: Pick<ExtractedFigure, 'text'> } }): number => significantDigits(s.at.figure.text)?.length ?? 0;

/** Significant digits that agree at the shorter's precision, three at least (`177` and `17684`, which rounds to 177). */
export function sameDigitsRounded(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return false;
  if (short.length === long.length) return short === long;
  return digitsRoundedTo(long, short.length) === short;
}

/** A number's significant digits rounded to `n` of them (`12842` to `1284`; a carry may make one more: `99996` to `10000`). */
export const digitsRoundedTo = (digits: string, n: number): string => String(Math.round(Number(`${digits.slice(0, n)}.${digits.slice(n)}`)));

/**
 * How many significant digits the number is written to: a whole number's trailing zeros are its rounding
 * (`3,110` has three), but a zero written after a decimal point, or before one that has digits after it,
 * is a digit stated (`31.10` has four, `3,110.0` five).
 */
export function precisionDigits(text: string): number {
  const digits = writtenNumber(text);
  if (digits === undefined) return 0;
  return digits.includes('.') ? digitsWritten(text) : (significantDigits(text)?.length ?? 0);
}

/** How many digits the number is written with from its first non-zero one, trailing zeros counted (`0.0480` has three). */
export function digitsWritten(text: string): number {
  const digits = writtenNumber(text) ?? '';
  let count = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if ((c > 48 && c <= 57) || (c === 48 && count > 0)) count++;
  }
  return count;
}

/** Where the spaces from `i` end, when a digit follows them; `i` otherwise. */
function afterSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
  return isDigit(text.charCodeAt(j)) ? j : i;
}


/**
 * The value of one step in the last written digit, in the figure's own scale: `1324.9 万吨` → 1 000 t,
 * `897 million` → 1 000 000, `600 million` → 100 000 000 (trailing zeros are taken as rounding).
 */
export function stepOf(figure: Pick<ExtractedFigure, 'text' | 'value' | 'unit'>): number {
  const digits = writtenNumber(figure.text);
  if (digits === undefined) return figure.unit === '%' && figure.value > 0 ? (TENTHS.test(figure.text) && figure.value % 10 === 0 ? 10 : figure.value * FRACTION_STEP) : magnitude(figure.value);
  const written = Number(digits);
  if (!(written > 0)) return 1;
  const scale = Math.abs(figure.value / written); // a fall written `-4.4%` is as precise as `4.4%`
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  if (decimals > 0) return 10 ** -decimals * scale;
  // `600 million`, `1,000`: trailing zeros of a number of three digits or more are taken as rounding;
  // `90%`, `50` are read as written to the unit
  if (figure.unit === '%' || digits.length < 3) return scale;
  let trailingZeros = 0;
  while (trailingZeros < digits.length && digits.charCodeAt(digits.length - 1 - trailingZeros) === 48) trailingZeros++;
  const own = 10 ** Math.min(trailingZeros, digits.length - 1) * scale;
  if (trailingZeros === 0) return own;
  // a table's cell is read no looser than its column's finest cell, a text figure no looser than a cell stating its value (`table-steps.ts`)
  const read = readSteps.get(figure);
  return read !== undefined && read < own ? read : own;
}

/** The step a figure ending in zeros is read to, set by `readTableSteps` for each document checked. */
const readSteps = new WeakMap<object, number>();

/** Reads the figure to `step` when that is finer than its zeros say. */
export function setStep(figure: Pick<ExtractedFigure, 'text' | 'value' | 'unit'>, step: number): void {
  readSteps.set(figure, step);
}

/**
 * A share said in a fraction word (`a fifth`, `half`, `two thirds`, `三分之一`, `一半`) is read to a tenth of itself: `a fifth of
 * revenue` is 19–21%, `half of our staff` 47.5–52.5%, `around a third` 30–36.7%, `over a fifth` 20–22%. Reports say a
 * fraction where the share rounds to it (20.3% is a fifth), and a bound or `nearly` before it where it does not (`nearly
 * half` for 48.6%, `more than a fifth` for 21.8%): a fifth for 21.8%, half for 46% or a quarter for 28.4% says another
 * share than the figure's.
 */
const FRACTION_STEP = 0.1;

/** A per cent said in tenths (`四成以上`, `近三成`): written to the tenth, ten points a step (`四成以上` of 44.2%). */
const TENTHS = /成/;

/** The power of ten of `v`'s leading digit (a number in words is taken as rounded to it). */
const magnitude = (v: number) => 10 ** Math.floor(Math.log10(Math.abs(v) || 1));

/** Decimals the figure was written with (for showing a computed value at the same precision). */
export function decimalsOf(text: string): number {
  const digits = writtenNumber(text);
  return digits?.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
}

/** Whether a value lies within what a figure, rounded as written, may stand for (its interval, with a hair of slack for floating point). */
export function admits(figure: Pick<ExtractedFigure, 'text' | 'value' | 'valueMax' | 'qualifier' | 'unit'>, value: number): boolean {
  const { lo, hi } = intervalOf(figure);
  return value >= lo - 1e-9 * Math.abs(value) && value <= hi + 1e-9 * Math.abs(value);
}

/**
 * The true values the figure's words allow: half a step either side of the value, one step on the
 * side its qualifier points to. Computed afresh on each call: it is a few operations on the
 * figure's memoised digits, and a cache keyed by figure object (a WeakMap) cost more than it saved,
 * in its look-ups and in the collector's work on its entries.
 */
export function intervalOf(figure: Pick<ExtractedFigure, 'text' | 'value' | 'valueMax' | 'qualifier' | 'unit'>): Interval {
  const step = stepOf(figure);
  const v = figure.value;
  const top = figure.valueMax ?? v;
  if (figure.qualifier === 'exact' && isWholeCount(figure)) return { lo: v, hi: top };
  switch (figure.qualifier) {
    case 'over':
      return { lo: v, hi: v + boundStep(figure, step) };
    case 'nearly':
    case 'under':
    case 'up_to':
      return { lo: v - boundStep(figure, step), hi: top };
    case 'about':
      return { lo: v - step, hi: top + step };
    default:
      return { lo: v - step / 2, hi: top + step / 2 };
  }
}

/**
 * How far a bound reaches past its value: a step, or for a round per cent (`nearly 60% of revenue` of 58.5%, `over 40%` of 41.5%)
 * a twentieth of it; a per cent written to the unit (`over 9%`) is held to that unit.
 */
function boundStep(figure: Pick<ExtractedFigure, 'text' | 'value' | 'unit'>, step: number): number {
  return figure.unit === '%' && Number.isInteger(figure.value) && figure.value % 10 === 0 && figure.value > 0 ? Math.max(step, figure.value / 20) : step;
}

/**
 * A count of things written out to the unit (`7 名`, `12 directors`, `1,188 women`) is exact: no one
 * rounds a board of 12 from 11.6, so `7 名 … 占比 63%` of 12 is no share that rounding explains (6.5 /
 * 12.5 … 7.5 / 11.5 would allow 52–65 %). A count said in a scale word (`4 万名`), with decimals, or
 * of three digits or more ending in zeros (`1,200 employees`) may be rounded, and keeps its step.
 */
function isWholeCount(figure: Pick<ExtractedFigure, 'text' | 'value' | 'unit'>): boolean {
  if (figure.unit.trim() === '' || dimensionOf(figure) !== 'count' || !Number.isInteger(figure.value)) return false;
  const digits = writtenNumber(figure.text);
  return digits !== undefined && Number(digits) === figure.value && (digits.length < 3 || !digits.endsWith('0'));
}

export const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi * (1 + 1e-9) && b.lo <= a.hi * (1 + 1e-9);

export const sumOf = (xs: readonly Interval[]): Interval => ({
  lo: xs.reduce((s, x) => s + x.lo, 0),
  hi: xs.reduce((s, x) => s + x.hi, 0),
});

/** a / b for intervals of positive values, times `factor` (100 for a percentage). */
export function quotient(a: Interval, b: Interval, factor = 1): Interval | undefined {
  if (!(b.lo > 0) || !(a.lo >= 0)) return undefined;
  return { lo: (a.lo / b.hi) * factor, hi: (a.hi / b.lo) * factor };
}

/** A number for a message: at most `decimals` decimals, thousands separated. */
export function show(value: number, decimals = 1): string {
  const digits = value.toFixed(decimals);
  return group(digits.includes('.') ? withoutTrailingZeros(digits) : digits);
}

/** `12.50` as `12.5`, `100.00` as `100`: a number's zeros after its point, and a point left bare, dropped (by character codes: asked for every check's message). */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  if (end > 0 && digits.charCodeAt(end - 1) === 46) end--;
  return end === digits.length ? digits : digits.slice(0, end);
}

/** A number for a message with exactly `decimals` decimals: a computed share `40.0`. (Not Intl: it is slow by the thousand.) */
export function fixed(value: number, decimals: number): string {
  return group(value.toFixed(decimals));
}

function group(digits: string): string {
  if (digits.includes(',')) return digits;
  const point = digits.indexOf('.');
  const whole = point < 0 ? digits : digits.slice(0, point);
  // no separator goes into three digits or fewer
  const grouped = whole.length > 3 ? whole.replace(THOUSANDS, ',') : whole;
  return point < 0 ? grouped : grouped + digits.slice(point);
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** A figure's number as the report wrote it, without its scale: `1,030`, `92.7`. */
export const asWritten = (figure: Pick<ExtractedFigure, 'text' | 'value'>): string =>
  show(Number(writtenNumber(figure.text) ?? figure.value), decimalsOf(figure.text));
