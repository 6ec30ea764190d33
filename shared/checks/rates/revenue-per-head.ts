// A running-text revenue per head its paragraph gives no revenue for (`Revenue per employee was RMB168.2 thousand` after
// `we had 24,180 employees`, `人均营业收入96.1万元` after `公司共有员工2,150人`): read over the year's revenue its tables'
// one revenue row gives and the paragraph's head count. `rates.ts` asks it of the averages per head it read no pair for.

import { dimensionOf } from '../readers/dimension';
import { tableBlocks } from '../readers/table-blocks';
import { datedRows, type DatedRow } from '../changes/table-prior-year-changes';
import { type Check, type CheckDocument, type DocFigure } from '../types';
import { countsPeople, partNamed, priorYearFigure, rateCheck, textBefore, yearOf } from './rate-readers';

/** `Revenue per employee`, `人均营业收入`: an average per head of the year's revenue. */
const REVENUE = /\brevenue\b|营业收入|營業收入/i;
/** A table row of revenue, bare (`Revenue`, `营业收入`), not one of its parts or a rate of it. */
const REVENUE_ROW = /^\s*(?:(?:total|group)\s+)?(?:revenue|营业收入|營業收入)\s*$/i;
const revenueRows = new WeakMap<CheckDocument, DatedRow[]>();

/**
 * A running-text revenue per head its paragraph gives no revenue for (`Revenue per employee was RMB168.2 thousand` after
 * `we had 24,180 employees`): over the year's revenue its tables' one revenue row gives and the one head count its
 * paragraph says, holding; or, where it does not hold but holds with one of them last year's (that row's cell of the year
 * before, the head count's row's), worked over the wrong year's input — that pair's mismatch.
 */
export function revenuePerHead(result: DocFigure, words: string, reportYear: string | undefined): Check | undefined {
  const { doc, figure } = result;
  const year = yearOf(figure.period) ?? reportYear;
  if (year === undefined || figure.qualifier !== 'exact' || !dimensionOf(figure).startsWith('currency:') || !REVENUE.test(words)) return undefined;
  let rows = revenueRows.get(doc);
  if (!rows) revenueRows.set(doc, (rows = datedRows(doc, true).filter((r) => REVENUE_ROW.test(r.row.label) && dimensionOf(r.latest.figure).startsWith('currency:'))));
  const ofYear = rows.filter((r) => yearOf(r.latest.figure.period) === year && yearOf(r.before.figure.period) !== year);
  const revenue = ofYear[0];
  if (!revenue || ofYear.some((r) => r.latest.figure.value !== revenue.latest.figure.value || r.before.figure.value !== revenue.before.figure.value)) return undefined;
  // the whole: the paragraph's largest head count said exactly, the others its parts (`18,640 of them … were front-line staff`)
  const heads = textBefore(doc, result).filter(({ at }) => at.figure.qualifier === 'exact' && Number.isInteger(at.figure.value) && dimensionOf(at.figure) === 'count' && countsPeople(at.figure) && !partNamed(at));
  const whole = heads.reduce<DocFigure | undefined>((most, { at }) => (most === undefined || at.figure.value > most.figure.value ? at : most), undefined);
  if (!whole) return undefined;
  const check = rateCheck(revenue.latest, whole, result, 1, 'rate.average-per-head', '');
  if (check.holds) return check;
  const priorHead = priorYearFigure(doc, year)(whole);
  const crossed = rateCheck(revenue.before, whole, result, 1, 'rate.average-per-head', '').holds || (priorHead !== undefined && rateCheck(revenue.latest, priorHead, result, 1, 'rate.average-per-head', '').holds);
  // or over a part of the workforce a table of its parts counts that year (`生产人员  1,624` of the table whose `合计` is the
  // 2,150 employees): the wrong group
  const counted = peopleRows(doc).filter((r) => yearOf(r.latest.figure.period) === year);
  const blocks = new Set(counted.filter((r) => r.latest.figure.value === whole.figure.value).map((r) => r.block));
  const parts = counted.filter((r) => blocks.has(r.block) && r.latest.figure.value < whole.figure.value);
  return crossed || parts.some((r) => rateCheck(revenue.latest, r.latest, result, 1, 'rate.average-per-head', '').holds) ? check : undefined;
}

const peopleRowsOf = new WeakMap<CheckDocument, Array<DatedRow & { block: number }>>();

/** The tables' rows that count people, each with its latest year's cell and its table block (read once per document). */
function peopleRows(doc: CheckDocument): Array<DatedRow & { block: number }> {
  let rows = peopleRowsOf.get(doc);
  if (!rows) {
    const blockOf = new Map(tableBlocks(doc).flatMap((block, b) => block.map((row) => [row, b] as const)));
    rows = datedRows(doc, true)
      .filter((r) => r.latest.figure.qualifier === 'exact' && Number.isInteger(r.latest.figure.value) && dimensionOf(r.latest.figure) === 'count' && countsPeople(r.latest.figure))
      .map((r) => ({ ...r, block: blockOf.get(r.row) ?? -1 }));
    peopleRowsOf.set(doc, rows);
  }
  return rows;
}
