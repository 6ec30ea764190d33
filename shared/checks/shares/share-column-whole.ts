// A share column's total row at 100 (`Total  10,400  100.0` under `Share (%)`) states the whole its rows are shares
// of, not a share rounded to 100: the rows' shares, each within half a step of its last digit, must reach 100
// itself. `66.3 + 20.9 + 13.0` is 100.2, which three shares rounded from a whole cannot make (at most 100.15),
// though a rounded `100.0` (99.95–100.05) would allow it; four shares may make 100.2 (up to 100.2), and hold.

import { intervalOf, show, decimalsOf } from '../readers/precision';
import { saying } from '../sayings';
import { sumCheck, type PartsCertainty } from '../sums/sum-check';
import { type Check, type DocFigure } from '../types';

/** The sum of a share column against its total row's 100 (`sum.share-column`), the 100 read as the exact whole when its rows are certainly all of it. */
export function shareColumnSum(total: DocFigure, shares: DocFigure[], certainty: PartsCertainty): Check | undefined {
  const sum = sumCheck(total, shares, RULE, certainty);
  if (!sum?.holds || certainty !== 'certain' || reachesWhole(shares, total.figure.value)) return sum;
  const { calc, stated, unit } = sum.says.values;
  const expected = show(sum.expected!, Math.max(...shares.map((s) => decimalsOf(s.figure.text))));
  return { ...sum, holds: false, ...saying('sum.mismatch', { calc: calc!, expected, stated: stated!, unit: unit ?? '' }) };
}

const RULE = 'sum.share-column';

/** Whether the shares' true values (each within its rounding) can add up to the whole exactly. */
function reachesWhole(shares: readonly DocFigure[], whole: number): boolean {
  let [lo, hi] = [0, 0];
  for (const s of shares) {
    const interval = intervalOf(s.figure);
    lo += interval.lo;
    hi += interval.hi;
  }
  return lo <= whole + EPSILON && hi >= whole - EPSILON;
}

/** Float sums of decimals (`66.25 + 20.85 + 12.95`) are read to this. */
const EPSILON = 1e-9;
