// A running-text revenue per head its paragraph gives no revenue for (`Revenue per employee was RMB168.2 thousand` after
// `we had 24,180 employees`, `人均营业收入96.1万元` after `公司共有员工2,150人`): read over the year's revenue its tables'
// one revenue row gives and the paragraph's head count. `rates.ts` asks it of the averages per head it read no pair for;
// one whose paragraph states no head count exactly is read over the tables' whole staff (`per-head-over-staff.ts`).

import { dimensionOf } from '../readers/dimension';
import { datedRows, type DatedRow } from '../changes/table-prior-year-changes';
import { type Check, type CheckDocument, type DocFigure } from '../types';
import { priorYearFigure, rateCheck, textBefore, yearOf } from './rate-readers';
import { paragraphHeadCount, partsSaidOf, peopleRows, perHeadOverStaff } from './per-head-over-staff';

/** `Revenue per employee`, `人均营业收入`: an average per head of the year's revenue. */
const REVENUE = /\brevenue\b|营业收入|營業收入/i;
/** A table row of revenue, bare (`Revenue`, `营业收入`), not one of its parts or a rate of it. */
const REVENUE_ROW = /^\s*(?:(?:total|group)\s+)?(?:revenue|营业收入|營業收入)\s*$/i;
const revenueRows = new WeakMap<CheckDocument, DatedRow[]>();

/**
 * A running-text revenue per head its paragraph gives no revenue for (`Revenue per employee was RMB168.2 thousand` after
 * `we had 24,180 employees`): over the year's revenue its tables' one revenue row gives and the one head count its
 * paragraph says, holding; or, where it does not hold but holds with one of them last year's (that row's cell of the year
 * before, the head count's row's), worked over the wrong year's input, or holds a power of ten off (`DKK 15.2 million` for
 * 1.52), its scale slipped — that pair's mismatch. A paragraph with no head
 * count said exactly: over the tables' whole staff (`perHeadOverStaff`).
 */
export function revenuePerHead(result: DocFigure, words: string, reportYear: string | undefined): Check | undefined {
  const { doc, figure } = result;
  const year = yearOf(figure.period) ?? reportYear;
  if (year === undefined || figure.qualifier !== 'exact' || !REVENUE.test(words) || !dimensionOf(figure).startsWith('currency:')) return undefined;
  const revenue = revenueOfYear(doc, year);
  if (!revenue) return undefined;
  const paragraph = textBefore(doc, result);
  const whole = paragraphHeadCount(result, paragraph);
  if (!whole) return perHeadOverStaff(result, revenue.latest, paragraph, year, true);
  const check = rateCheck(revenue.latest, whole, result, 1, 'rate.average-per-head', '');
  if (check.holds) return check;
  const priorHead = priorYearFigure(doc, year)(whole);
  const crossed = rateCheck(revenue.before, whole, result, 1, 'rate.average-per-head', '').holds || (priorHead !== undefined && rateCheck(revenue.latest, priorHead, result, 1, 'rate.average-per-head', '').holds);
  // or over a part of the workforce a table of its parts counts that year (`生产人员  1,624` of the table whose `合计` is the
  // 2,150 employees): the wrong group
  const counted = peopleRows(doc).filter((r) => yearOf(r.latest.figure.period) === year);
  const blocks = new Set(counted.filter((r) => r.latest.figure.value === whole.figure.value).map((r) => r.block));
  const parts = counted.filter((r) => blocks.has(r.block) && r.latest.figure.value < whole.figure.value);
  // or its digits are the quotient's a power of ten off (`DKK 15.2 million` for 1.52): its scale slipped
  const slipped = SLIPS.some((power) => rateCheck(revenue.latest, whole, result, 10 ** power, 'rate.average-per-head', '').holds);
  // (or over a part the text says of that whole, `we had 2,386 employees, of whom 1,640 worked in production`)
  const overPart = (part: DocFigure) => rateCheck(revenue.latest, part, result, 1, 'rate.average-per-head', '').holds;
  return crossed || slipped || parts.some((r) => overPart(r.latest)) || partsSaidOf(doc, whole.figure.value).some(overPart) ? check : undefined;
}

/** The powers of ten a per-head figure's scale is read slipped by. */
const SLIPS = [1, -1, 2, -2, 3, -3];

/** The year's one revenue row of the document's tables (the same cells wherever it is said again), or undefined. */
function revenueOfYear(doc: CheckDocument, year: string): DatedRow | undefined {
  let rows = revenueRows.get(doc);
  if (!rows) revenueRows.set(doc, (rows = datedRows(doc, true).filter((r) => REVENUE_ROW.test(r.row.label) && dimensionOf(r.latest.figure).startsWith('currency:'))));
  const ofYear = rows.filter((r) => yearOf(r.latest.figure.period) === year && yearOf(r.before.figure.period) !== year);
  const revenue = ofYear[0];
  if (!revenue || ofYear.some((r) => r.latest.figure.value !== revenue.latest.figure.value || r.before.figure.value !== revenue.before.figure.value)) return undefined;
  return revenue;
}
