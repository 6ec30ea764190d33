// The checks whose result is a stated percentage (a share, a change) or quotient (a rate, a multiple)
// are built alike: what the inputs give, within their precision, against the stated result within
// its own, said as the auditor reads the calculation.
import { decimalsOf, fixed, intervalOf, overlaps, quotient, type Interval } from '../readers/precision';
import { saying } from '../sayings';
import { asCheckFigure, type Check, type CheckFigure, type DocFigure } from '../types';

export interface PercentCheck {
  kind: 'ratio' | 'change';
  rule: string;
  inputs: readonly CheckFigure[];
  /** The stated percentage. */
  result: DocFigure;
  /** What the inputs give, over their precision; undefined when it cannot be computed (a zero denominator). */
  computed: Interval | undefined;
  /** What the inputs give, as written. */
  expected: number;
  /** The calculation before its result, as the auditor reads it: `4,960 / 5,038`, `1,200 → 1,500`. */
  formula: string;
  /** Written before the expected value: `+` or `−` for a change. */
  sign?: string;
}

export function percentCheck({ kind, rule, inputs, result, computed, expected, formula, sign = '' }: PercentCheck): Check {
  const holds = computed !== undefined && overlaps(computed, kind === 'ratio' ? shareStated(result.figure) : intervalOf(result.figure));
  const decimals = Math.max(1, decimalsOf(result.figure.text));
  return statedCheck(kind, rule, inputs, result, holds, expected, 'percent', {
    calc: formula,
    expected: sign !== '' && expected < 0 ? `−${fixed(-expected, decimals)}` : `${sign}${fixed(expected, decimals)}`,
    stated: fixed(result.figure.value, decimalsOf(result.figure.text)),
  });
}

export interface QuotientCheck {
  rule: string;
  /** How the check is said: a `rate` (`97 × 1,000,000 / 38,600,000 = 2.51`) or a `multiple` (`300 / 120 = 2.5 times`). */
  said: 'rate' | 'multiple';
  numerator: DocFigure;
  denominator: DocFigure;
  /** The stated quotient. */
  result: DocFigure;
  /** The numerator and the denominator over their precision, in the result's own units (a kt in tonnes, £1 in £m). */
  over: [Interval, Interval];
  /** What the quotient is multiplied by: 1,000,000 for injuries per million hours worked. */
  factor?: number;
  /** What is added to it: −1 for a multiple said as growth (new / old − 1). */
  offset?: number;
  /** The results the stated figure allows; by default its interval. */
  allows?: Interval;
  /** What the inputs give, as written. */
  expected: number;
  /** The calculation before its result: `300 / 120`. */
  formula: string;
  /** The stated result as the message shows it. */
  stated: string;
}

/** A stated quotient against the quotient of its two inputs: holds when their intervals meet. */
export function quotientCheck({ rule, said, numerator, denominator, result, over, factor = 1, offset = 0, allows = intervalOf(result.figure), expected, formula, stated }: QuotientCheck): Check {
  const q = quotient(over[0], over[1], factor);
  const holds = q !== undefined && overlaps(offset === 0 ? q : { lo: q.lo + offset, hi: q.hi + offset }, allows);
  const inputs = [asCheckFigure(numerator, 'numerator'), asCheckFigure(denominator, 'denominator')];
  return statedCheck('ratio', rule, inputs, result, holds, expected, said, { calc: formula, expected: fixed(expected, Math.max(1, decimalsOf(result.figure.text))), stated });
}

function statedCheck(kind: Check['kind'], rule: string, inputs: readonly CheckFigure[], result: DocFigure, holds: boolean, expected: number, said: 'percent' | 'rate' | 'multiple', shown: { calc: string; expected: string; stated: string }): Check {
  return {
    kind,
    holds,
    figures: [...inputs, asCheckFigure(result, 'result')],
    expected,
    stated: result.figure.value,
    rule,
    ...saying(holds ? `${said}.holds` : `${said}.mismatch`, shown),
  };
}

/**
 * The shares a stated share allows. One said as a bound (`独立董事 7 位，占比超过50%`, `fewer than 15%
 * of them`) says only on which side of it the quotient lies: 7 of 12 is 58.3 %, over 50 %. (A
 * restated amount's `over` allows one step above it; a share's bound is a threshold, not a rounding.)
 */
function shareStated(figure: DocFigure['figure']): Interval {
  const { lo, hi } = intervalOf(figure);
  if (figure.qualifier === 'over') return { lo, hi: Math.max(hi, 100) };
  if (figure.qualifier === 'under' || figure.qualifier === 'up_to') return { lo: Math.min(lo, 0), hi };
  return { lo, hi };
}
