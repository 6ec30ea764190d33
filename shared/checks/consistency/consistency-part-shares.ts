// A Chinese share said of the figure just before it (`女性員工9,246人，占全體員工38.4%`) restates the
// share column of the table row where that figure stands (a 合計 row: `女性 9,246 … 女性占比 34.8%`):
// the column heading the part (`女性`) is named again in the share column's heading (`女性占比`), and
// the part's own words say it (`女性員工`). The metric rules never meet the two: the text names the
// whole (`全體員工`), the cell its row (`合計`). The part's value anchors the pair — it must stand in
// the table — so a share of another row is never taken.

import { disagreement } from './agreement';
import { pairCheck } from './pair-check';
import { saying } from '../sayings';
import { cellPlaces, tableBlocks } from '../readers/table-blocks';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';

/** What stands between a part and its share: the part's unit, a comma, and `占` and the whole's words (`人，占全體員工`) or a share's name (`人，女性主管比例為`). */
const PART_THEN_SHARE = /^[\u3400-\u9fff]{0,2}[，,]\s*(?:占[\u3400-\u9fff]{0,12}|[\u3400-\u9fff]{0,12}(?:比例|占比|比重)(?:为|為|达|達)?)$/;
/** A column heading of shares (`女性占比`, `占比（%）`, `比例`). */
const SHARE_HEAD = /占比|比例|比重|%/;

const hanOf = (text: string | undefined) => (text ?? '').replace(/[^\u3400-\u9fff]/g, '');

export function partShareChecks(doc: CheckDocument): Check[] {
  const said: Array<{ part: DocFigure; share: DocFigure }> = [];
  doc.figures.forEach((figure, index) => {
    if (figure.unit !== '%' || index === 0) return;
    const part = doc.figures[index - 1]!;
    if (part.unit === '%' || part.qualifier !== 'exact' || part.sentence.start !== figure.sentence.start || !PART_THEN_SHARE.test(doc.text.slice(part.end, figure.start))) return;
    said.push({ part: { doc, figure: part, index: index - 1 }, share: { doc, figure, index } });
  });
  if (said.length === 0) return [];
  const places = cellPlaces(doc);
  // each table cell by its value, with its row
  const cells = new Map<number, Array<{ cells: Array<DocFigure | undefined>; column: number }>>();
  for (const rows of tableBlocks(doc))
    for (const row of rows)
      row.cells.forEach((cell, column) => {
        if (!cell || row.header) return;
        const list = cells.get(cell.figure.value);
        if (list) list.push({ cells: row.cells, column });
        else cells.set(cell.figure.value, [{ cells: row.cells, column }]);
      });
  const checks: Check[] = [];
  for (const { part, share } of said)
    for (const { cells: row, column } of cells.get(part.figure.value) ?? []) {
      const head = hanOf(places.get(row[column]!.index)?.head);
      if (head.length < 2 || !hanOf(part.figure.metric).includes(head)) continue;
      const cell = row.find((c, k) => c !== undefined && k !== column && c.figure.unit === '%' && SHARE_HEAD.test(places.get(c.index)?.head ?? '') && hanOf(places.get(c.index)?.head).includes(head));
      if (!cell) continue;
      checks.push(
        disagreement(share.figure, false, cell.figure, true)
          ? { ...pairCheck(share, cell, 'same.differ'), rule: 'consistency.same-metric' }
          : { kind: 'consistency', holds: true, figures: [asCheckFigure(share, 'mention'), asCheckFigure(cell, 'mention')], rule: 'consistency.same-metric', ...saying('same.holds', { metric: share.figure.metric ?? head, value: share.figure.text, count: 2 }) },
      );
      break;
    }
  return checks;
}
