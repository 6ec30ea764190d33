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
  const holds = computed !== undefined && overlaps(computed, intervalOf(result.figure));
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
