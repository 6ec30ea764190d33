// A text share of `the total` right after a figure a table above or below restates:
// `North America remains our largest region, with 5,396 people, or 42.3% of the total` beside a table
// whose `North America` row reads 5,396 under `Total 2023` and whose `Total` row reads 12,486 there.
// The total is the one the figure's own column adds up to, so a share that does not come out is a
// mismatch. Read once the other rules have run, for shares none of them read.

import { inTable } from '../consistency/agreement';
import { comparable } from '../readers/dimension';
import { saidAsPrior } from '../readers/markers';
import { shareCheck } from './ratio';
import { TOTAL_LABEL } from './table-row-shares';
import { tableBlocks } from '../readers/table-blocks';
import type { Check, CheckDocument, DocFigure } from '../types';
import { OF_THE_TOTAL } from '../readers/of-whole';

/** Between the figure and its share: a few words at most and `, or`, `,`, `(` or a dash (`5,396 people, or `, `3,094 (`). */
const FIGURE_THEN_SHARE = /^[^\d%\n]{0,24}(?:,\s*or|,|\(|\s[-–—])\s*$/i;

export function sharesOfTableTotal(doc: CheckDocument, checks: readonly Check[]): Check[] {
  const { text, figures } = doc;
  let read: Set<number> | undefined;
  const out: Check[] = [];
  for (let i = 1; i < figures.length; i++) {
    const share = figures[i]!;
    // a char test first: most percentages are followed by no ` of`
    if (share.unit !== '%' || text.charCodeAt(share.end) !== 32 || !OF_THE_TOTAL.test(text.slice(share.end, share.end + 24))) continue;
    if (!(share.value > 0 && share.value <= 100) || share.valueMax !== undefined) continue;
    const part = figures[i - 1]!;
    if (part.unit === '%' || part.sentence.start !== share.sentence.start || !FIGURE_THEN_SHARE.test(text.slice(part.end, share.start))) continue;
    if (inTable(text, part) || saidAsPrior(text, part)) continue;
    read ??= new Set(checks.filter((c) => c.kind === 'ratio').flatMap((c) => c.figures.filter((f) => f.role === 'result' && f.doc === doc.name).map((f) => f.start)));
    if (read.has(share.start)) continue;
    const whole = columnTotal(doc, { doc, figure: part, index: i - 1 });
    if (whole) out.push(shareCheck({ doc, figure: part, index: i - 1 }, whole, { doc, figure: share, index: i }, 'ratio.share-of-table-total'));
  }
  return out;
}

/** The bare `Total` row's cell in the column of a table cell that restates the figure, when every such cell gives one total. */
function columnTotal(doc: CheckDocument, part: DocFigure): DocFigure | undefined {
  const p = part.figure;
  let found: DocFigure | undefined;
  for (const { cell, total } of totalsByValue(doc).get(p.value) ?? []) {
    if (!(total.figure.value > p.value) || !comparable(cell.figure, p) || !comparable(total.figure, p)) continue;
    if (found && found.figure.value !== total.figure.value) return undefined;
    found ??= total;
  }
  return found;
}

const totals = new WeakMap<CheckDocument, Map<number, Array<{ cell: DocFigure; total: DocFigure }>>>();

/** Each cell of a table with a bare `Total` row, by its value, with that row's cell in its column (read once per document, when a share needs it). */
function totalsByValue(doc: CheckDocument): Map<number, Array<{ cell: DocFigure; total: DocFigure }>> {
  let byValue = totals.get(doc);
  if (byValue) return byValue;
  byValue = new Map();
  for (const rows of tableBlocks(doc)) {
    const total = rows.find((r) => TOTAL_LABEL.test(r.label));
    if (!total) continue;
    for (const row of rows) {
      if (row === total) continue;
      row.cells.forEach((cell, column) => {
        const sum = total.cells[column];
        if (!cell || !sum) return;
        const list = byValue!.get(cell.figure.value);
        if (list) list.push({ cell, total: sum });
        else byValue!.set(cell.figure.value, [{ cell, total: sum }]);
      });
    }
  }
  totals.set(doc, byValue);
  return byValue;
}
