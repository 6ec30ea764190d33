// A table's total row under several breakdowns of it: a staff table by gender, by age band, by
// education and by function, each adding up to the `合计` row at its foot (`按性别⇥男性…`, `⇥女性…`,
// `按年龄⇥30岁以下…`, …, `合计⇥⇥12,284⇥12,759`). Its cells above the total add up to a multiple of
// it, so `table-sums.ts` takes them for no breakdown. Here the cells above are cut into the runs that
// add up to the total exactly (each holds), and a stretch between or beside such runs that misses
// the total by a little, or by what one slip of a digit explains, is a mismatch — as
// `table-text-totals.ts` does for a total the running text states.
// A total row may instead head its column, each breakdown after it under a heading line of its own.

import { dimensionOf } from '../readers/dimension';
import { TOTAL } from '../readers/markers';
import { sumCheck } from './sum-check';
import { tableBlocks, type Row } from '../readers/table-blocks';
import { tableColumns, type Column } from '../readers/table-columns';
import { NEAR, exactRuns, gapsBeside, summable } from './table-text-totals';
import type { Check, CheckDocument, DocFigure } from '../types';

const RULE = 'sum.table-breakdowns-total';
/** The cells above add up to this many totals or more: two breakdowns at least (a slip in one aside). */
const BREAKDOWNS = 1.9;

export function tableBreakdownTotals(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const footed = tableColumns(doc).map((column) => ({ total: column.at(-1)!, above: column.slice(0, -1), from: 0 }));
  const headed = headedColumns(doc).map((column) => ({ total: column[0]!, above: column.slice(1), from: 0 }));
  // a total row heading its column within one block, its breakdowns one after another under it (`B1.1 僱員總數`,
  // `按性別：男性`, `女性`, `按年齡：30歲以下`, …): the first breakdown, right under it, is table-sums.ts' (totals first)
  const topped = tableColumns(doc).flatMap((column) => (column.length >= 4 ? [{ total: column[0]!, above: column.slice(1), from: 1 }] : []));
  for (const { total: totalCell, above, from: first } of [...footed, ...headed, ...topped]) {
    if (!TOTAL.test(totalCell.label) || !summable(totalCell.at)) continue;
    const total = totalCell.at;
    if (above.some((c) => !summable(c.at) || dimensionOf(c.at.figure) !== dimensionOf(total.figure) || TOTAL.test(c.label))) continue;
    if (above.reduce((s, c) => s + c.at.figure.value, 0) < BREAKDOWNS * total.figure.value) continue;
    const runs = exactRuns(above, total);
    if (runs.length === 0) continue;
    const parts = (from: number, to: number) => above.slice(from, to).map((c) => c.at);
    for (const [from, to] of runs) {
      if (from < first) continue;
      const check = sumCheck(total, parts(from, to), RULE, 'holds-only');
      if (check) checks.push(check);
    }
    for (const [from, to] of gapsBeside(above.length, runs)) {
      const sum = above.slice(from, to).reduce((s, c) => s + c.at.figure.value, 0);
      if (to - from < 2 || from < first) continue;
      // missing by more than a little, the stretch is a mismatch only when one slip of a digit explains it
      const check = sumCheck(total, parts(from, to), RULE, Math.abs(sum - total.figure.value) > NEAR * total.figure.value ? 'one-slip' : 'certain');
      if (check) checks.push(check);
    }
  }
  return checks;
}

/** A heading between two blocks of one table: a short line of words alone (`按学历划分`, `By age`). */
const MAX_GAP = 60;
const HEADING = /^\n[^\d\t\n]{1,24}\n[^\n]*$/;

const cellsOf = (block: Row[]) => block.flatMap((r) => r.cells.filter((c): c is DocFigure => c !== undefined));

/**
 * Columns whose total row heads them and whose breakdowns follow in blocks of their own, each under a
 * heading line (`员工总数⇥19,872`, `按学历划分`, `博士⇥486`, …, `按年龄划分`, `30岁以下⇥6,548`, …): the
 * heading ends the block for `tableBlocks`, so the blocks one heading apart are read as one table here.
 * Only columns that run across such a heading are given (the others are `tableColumns`'s).
 */
function headedColumns(doc: CheckDocument): Column[] {
  const columns: Column[] = [];
  const blocks = tableBlocks(doc);
  for (let from = 0; from < blocks.length; ) {
    let to = from + 1;
    for (; to < blocks.length; to++) {
      const end = cellsOf(blocks[to - 1]!).at(-1);
      const next = cellsOf(blocks[to]!)[0];
      if (!end || !next || next.figure.start - end.figure.end > MAX_GAP || !HEADING.test(doc.text.slice(end.figure.end, next.figure.start))) break;
    }
    if (to - from >= 2) {
      const rows = blocks.slice(from, to).flat();
      const width = Math.max(...rows.map((r) => r.cells.length));
      for (let c = 0; c < width; c++) {
        const run: Column = [];
        for (const row of rows) if (!row.header && row.cells[c]) run.push({ at: row.cells[c]!, label: row.label });
        if (run.length >= 3) columns.push(run);
      }
    }
    from = to;
  }
  return columns;
}
