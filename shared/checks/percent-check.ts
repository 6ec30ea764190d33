// The checks whose result is a stated percentage (a share, a change) are built alike: the percentage
// the inputs give, within their precision, against the stated one within its own.
import { decimalsOf, fixed, intervalOf, overlaps, type Interval } from './precision';
import { saying } from './sayings';
import { asCheckFigure, type Check, type CheckFigure, type DocFigure } from './types';

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
  return {
    kind,
    holds,
    figures: [...inputs, asCheckFigure(result, 'result')],
    expected,
    stated: result.figure.value,
    rule,
    ...saying(holds ? 'percent.holds' : 'percent.mismatch', {
      calc: formula,
      expected: sign !== '' && expected < 0 ? `−${fixed(-expected, decimals)}` : `${sign}${fixed(expected, decimals)}`,
      stated: fixed(result.figure.value, decimalsOf(result.figure.text)),
    }),
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
