// One sum, recomputed: a stated total against its parts, within the precision of them all. The
// sum rules (a total and the scopes or the figures that follow it in `sum.ts`, the columns and rows
// of a table in `table-sums.ts`) find the candidates; a candidate is only called a mismatch when
// its rule is certain of its parts, or when a rule unsure of them sees a miss one slip of a digit
// explains (`slips.ts`). Parts missing by half or more are more likely not its parts, or two
// breakdowns of it: such a miss is a mismatch only when one slip explains it.

import { dimensionOf } from '../readers/dimension';
import { saying } from '../sayings';
import { slipExplaining } from '../readers/slips';
import { decimalsOf, intervalOf, overlaps, show, stepOf, sumOf, writtenNumber, type Interval } from '../readers/precision';
import { asCheckFigure, type Check, type DocFigure } from '../types';

/**
 * How sure a rule is that the parts are all of the total's: `certain`, any miss is a mismatch;
 * `one-slip`, only a miss that undoing one slip of a digit explains; `holds-only`, a miss says nothing.
 */
export type PartsCertainty = 'certain' | 'one-slip' | 'holds-only';

export interface SumCandidate {
  total: DocFigure;
  parts: DocFigure[];
  certainty: PartsCertainty;
  rule: string;
}

/** Parts missing their total by this share or more are not taken for its parts. */
const FAR_OFF = 0.5;
/** How far parts may stand from a round total of one digit and still be said to make it up. */
const ROUND_TOTAL_REACH = 0.1;

/** The rule of a sub-labelled or further breakdown's sum, which sum.ts reads beside the total's first sum: one total may have several. */
export const BREAKDOWN_GROUP = 'sum.table-breakdown-group';

/** A figure a table sum adds as an amount: no share, no range, above zero. */
export const summable = (f: DocFigure | undefined): f is DocFigure => f !== undefined && dimensionOf(f.figure) !== 'percent' && f.figure.valueMax === undefined && f.figure.value > 0;

export const candidateCheck = (c: SumCandidate): Check | undefined => sumCheck(c.total, c.parts, c.rule, c.certainty);

/** Whether the parts' true values can add up to the total's (summed in one pass: asked of every run of candidate parts). */
function adds(total: DocFigure, parts: readonly DocFigure[], table: boolean): boolean {
  const totalStep = stepOf(total.figure);
  const sum: Interval = { lo: 0, hi: 0 };
  let finest = totalStep;
  for (const part of parts) {
    const { lo, hi } = partInterval(part, totalStep);
    sum.lo += lo;
    sum.hi += hi;
    if (table) finest = Math.min(finest, stepOf(part.figure));
  }
  return overlaps(sum, table ? totalInterval(total, finest) : intervalOf(total.figure));
}

/**
 * A table's total row ending in zeros (`Total  28,500`) over parts written to the unit (`9,862`, `5,418`) is to the
 * unit too: a table totals its rows as given, so its zeros are no rounding (read as rounded, `28,500` would allow
 * 28,450–28,550 and hide a part mistyped by 18). A total said with a qualifier keeps its own step.
 */
function totalInterval(total: DocFigure, finest: number): Interval {
  const { value, qualifier, valueMax } = total.figure;
  // to its last written digit, not finer (`Total  170` over parts of one decimal is still to the unit)
  const unit = scaleOf(total);
  if (finest > unit * (1 + 1e-9) || unit >= stepOf(total.figure) * (1 - 1e-9) || valueMax !== undefined || (qualifier !== undefined && qualifier !== 'exact')) return intervalOf(total.figure);
  return { lo: value - unit / 2, hi: value + unit / 2 };
}

/**
 * A part's true values. One ending in zeros (`生物质及其他100万千瓦`) under a total written to the unit
 * (`7,842万千瓦`) is to the unit too: a breakdown is given as finely as its total, so its zeros are no
 * rounding (read as rounded, `100` would allow 50–150 and hide a slip of 36 in the other parts).
 */
function partInterval(part: DocFigure, totalStep: number): Interval {
  const interval = intervalOf(part.figure);
  const unit = scaleOf(part);
  const { value, qualifier, valueMax } = part.figure;
  if (valueMax !== undefined || (qualifier !== undefined && qualifier !== 'exact') || decimalsOf(part.figure.text) > 0) return interval;
  if (stepOf(part.figure) <= unit * (1 + 1e-9) || totalStep > unit * (1 + 1e-9)) return interval;
  return { lo: value - unit / 2, hi: value + unit / 2 };
}

/**
 * Whether the parts as written add up to the total, to its last digit: a slip is only taken to explain a miss this exactly.
 * A total ending in zeros (`6,000人`) over parts written to the unit (`3,862人`, `486人`) is as fine as they are: read as
 * rounding, its zeros would let a slip of any one digit of a part explain a miss of a thousand.
 */
function addsAsWritten([total, ...parts]: readonly DocFigure[]): boolean {
  const sum = parts.reduce((s, p) => s + p.figure.value, 0);
  const finest = Math.min(...parts.map((p) => stepOf(p.figure)));
  const step = stepOf(total!.figure);
  const { lo, hi } = step > finest && total!.figure.qualifier === 'exact' ? { lo: total!.figure.value - finest / 2, hi: total!.figure.value + finest / 2 } : intervalOf(total!.figure);
  return sum >= lo - 1e-9 * Math.abs(lo) && sum <= hi + 1e-9 * Math.abs(hi);
}

/** `evenFarOff`: the parts are known to be the total's (one of them exceeds it), so a miss by half or more is still a mismatch. */
export function sumCheck(total: DocFigure, parts: DocFigure[], rule: string, certainty: PartsCertainty, evenFarOff = false): Check | undefined {
  const holds = adds(total, parts, rule.startsWith('sum.table'));
  const expected = parts.reduce((s, p) => s + p.figure.value, 0);
  if (!holds) {
    if (certainty === 'holds-only') return undefined;
    // a miss by half or more is another breakdown's, unless one slip explains it (`18,426` written `81,426`)
    const near = evenFarOff || Math.abs(expected - total.figure.value) < FAR_OFF * total.figure.value;
    const slipped = (certainty === 'certain' && (near || scaleSlipExplains(total, parts))) || slipExplaining([total, ...parts], addsAsWritten) !== undefined || digitDropped(total, parts);
    if (!slipped) return undefined;
    if (certainty === 'one-slip') rule = `${rule}.one-slip`;
  }
  // a round total of one digit (`US$1 billion, of which US$352 million … and US$451 million`) allows
  // half its scale either way, which any parts of its size meet: that it holds says nothing
  if (holds && oneDigit(total.figure.text) && Math.abs(expected - total.figure.value) > ROUND_TOTAL_REACH * total.figure.value) return undefined;
  const scale = scaleOf(total);
  // each part at least as precise as it was written, in the total's scale (`352 million` is 0.352 of `1 billion`)
  const digits = Math.max(...[total, ...parts].map((p) => decimalsOf(p.figure.text) + Math.max(0, Math.round(Math.log10(scale / scaleOf(p))))));
  const partsText = parts.map((p) => show(p.figure.value / scale, digits)).join(' + ').replace(/ \+ -/g, ' − ');
  const unit = unitWords(total.figure.text);
  const line = saying(holds ? 'sum.holds' : 'sum.mismatch', {
    calc: partsText,
    expected: show(expected / scale, digits),
    stated: show(total.figure.value / scale, digits),
    unit: unit ? ` ${unit}` : '',
  });
  return {
    kind: 'sum',
    holds,
    figures: [asCheckFigure(total, 'total'), ...parts.map((p) => asCheckFigure(p, 'part'))],
    expected,
    stated: total.figure.value,
    rule,
    ...line,
  };
}

/** Scales a part may have been written in by mistake: a thousand for a million (`£83.4 million` for `£8,340 thousand`), 万 for 亿 and back. */
const SCALE_SLIPS = [10, 100, 1000, 0.1, 0.01, 0.001];

/**
 * Whether one figure written at the wrong scale explains the miss: at another scale a part makes the parts add up to
 * the total, or the total is its parts' sum at another (`MOP328.6 million, comprising MOP12.86 million, … and MOP8.76 million`).
 */
function scaleSlipExplains(total: DocFigure, parts: readonly DocFigure[]): boolean {
  const t = intervalOf(total.figure);
  const sum = sumOf(parts.map((p) => intervalOf(p.figure)));
  if (SCALE_SLIPS.some((factor) => overlaps(sum, { lo: t.lo / factor, hi: t.hi / factor }))) return true;
  return parts.some((part, i) =>
    SCALE_SLIPS.some((factor) => {
      const rescaled = parts.map((p, j) => {
        const { lo, hi } = intervalOf(p.figure);
        return j === i ? { lo: lo / factor, hi: hi / factor } : { lo, hi };
      });
      return overlaps(sumOf(rescaled), t);
    }),
  );
}

/** A total written with a digit dropped or one too many (`1,860` for its parts' 18,600): their sum as written, exactly, a power of ten apart. */
function digitDropped(total: DocFigure, parts: readonly DocFigure[]): boolean {
  const sum = parts.reduce((s, p) => s + p.figure.value, 0);
  return [10, 0.1].some((factor) => Math.abs(total.figure.value * factor - sum) <= 1e-9 * sum);
}

/** What one written unit is worth: 1,000,000 for `352 million`, 10,000 for `92.7 万吨`, 1 for a bare number. */
function scaleOf(p: DocFigure): number {
  const written = Number(writtenNumber(p.figure.text));
  return written > 0 ? p.figure.value / written : 1;
}

/** A number written with one significant digit: `1 billion`, `2 万`, `300`. */
const oneDigit = (text: string): boolean => /^[1-9]0*$/.test(writtenNumber(text)?.replace('.', '') ?? '');

/** The figure's words without its number: `US$ billion` of `US$1 billion`, `万吨` of `1324.9 万吨`. */
const unitWords = (text: string): string => {
  const digits = /\d[\d,，]*(?:[ \u00a0\u202f]\d{3})*(?:\.\d+)?/.exec(text);
  const words = digits ? text.slice(0, digits.index) + ' ' + text.slice(digits.index + digits[0].length) : text;
  return words.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
};
