// A table's total row under several breakdowns of it: a staff table by gender, by age band, by
// education and by function, each adding up to the `合计` row at its foot (`按性别⇥男性…`, `⇥女性…`,
// `按年龄⇥30岁以下…`, …, `合计⇥⇥12,284⇥12,759`). Its cells above the total add up to a multiple of
// it, so `table-sums.ts` takes them for no breakdown. Here the cells above are cut into the runs that
// add up to the total exactly (each holds), and a stretch between or beside such runs that misses
// the total by a little, or by what one slip of a digit explains, is a mismatch — as
// `table-text-totals.ts` does for a total the running text states.

import { dimensionOf } from './dimension';
import { TOTAL } from './markers';
import { sumCheck } from './sum-check';
import { tableColumns } from './table-columns';
import { NEAR, exactRuns, gapsBeside } from './table-text-totals';
import type { Check, CheckDocument, DocFigure } from './types';

const RULE = 'sum.table-breakdowns-total';
/** The cells above add up to this many totals or more: two breakdowns at least (a slip in one aside). */
const BREAKDOWNS = 1.9;

const summable = (f: DocFigure) => {
  const d = dimensionOf(f.figure);
  return d !== 'percent' && d !== 'pp' && d !== 'times' && f.figure.valueMax === undefined && f.figure.value > 0;
};

export function tableBreakdownTotals(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  for (const column of tableColumns(doc)) {
    const last = column.at(-1)!;
    if (!TOTAL.test(last.label) || !summable(last.at)) continue;
    const total = last.at;
    const above = column.slice(0, -1);
    if (above.some((c) => !summable(c.at) || dimensionOf(c.at.figure) !== dimensionOf(total.figure) || TOTAL.test(c.label))) continue;
    if (above.reduce((s, c) => s + c.at.figure.value, 0) < BREAKDOWNS * total.figure.value) continue;
    const runs = exactRuns(above, total);
    if (runs.length === 0) continue;
    const parts = (from: number, to: number) => above.slice(from, to).map((c) => c.at);
    for (const [from, to] of runs) {
      const check = sumCheck(total, parts(from, to), RULE, 'holds-only');
      if (check) checks.push(check);
    }
    for (const [from, to] of gapsBeside(above.length, runs)) {
      const sum = above.slice(from, to).reduce((s, c) => s + c.at.figure.value, 0);
      if (to - from < 2) continue;
      // missing by more than a little, the stretch is a mismatch only when one slip of a digit explains it
      const check = sumCheck(total, parts(from, to), RULE, Math.abs(sum - total.figure.value) > NEAR * total.figure.value ? 'one-slip' : 'certain');
      if (check) checks.push(check);
    }
  }
  return checks;
}
