// The table rows last year's figures are read against: each row with a cell of its table's latest year and one of the
// year before (`datedRows`), read once per document for the rules of stale figures — which rows' latest cell repeats the
// year before's (`取水量  万立方米  52.3  52.3`: last year's perhaps left in place, `stale-statements.ts`,
// `quotients-over-stale-cells.ts`), which rows' latest cell differs from it (a running-text figure at the year-before
// value is last year's said as this year's, `table-total-restatements.ts`), and which row a cell is the latest or
// year-before cell of (`sums-over-stale-figures.ts`). A cell stands in one such row: a table's year columns pair off
// once, and its rows are its own.

import { datedRows, type DatedRow } from '../changes/table-prior-year-changes';
import type { CheckDocument } from '../types';

export interface StaleRows {
  /** The rows whose latest cell repeats the year before's value. */
  readonly repeating: readonly DatedRow[];
  /** The rows whose latest cell gives another value than the year before's. */
  readonly changed: readonly DatedRow[];
  /** Each row by its latest cell's figure index. */
  readonly byLatest: ReadonlyMap<number, DatedRow>;
  /** Each row by its year-before cell's figure index. */
  readonly byBefore: ReadonlyMap<number, DatedRow>;
}

const read = new WeakMap<CheckDocument, StaleRows>();

/** The document's dated rows, split by whether their latest cell repeats the year before's, and by their cells (read once). */
export function staleRows(doc: CheckDocument): StaleRows {
  let rows = read.get(doc);
  if (!rows) {
    const all = datedRows(doc);
    rows = {
      repeating: all.filter((r) => r.latest.figure.value === r.before.figure.value),
      changed: all.filter((r) => r.latest.figure.value !== r.before.figure.value),
      byLatest: new Map(all.map((r) => [r.latest.index, r] as const)),
      byBefore: new Map(all.map((r) => [r.before.index, r] as const)),
    };
    read.set(doc, rows);
  }
  return rows;
}
