// An English running-text share said after its part, as an aside (`Natural gas, 20.7% of our energy, fell 8.9%`), and a
// table's share column (`Share (%)` of `Table 3: Energy use by source (MWh)`) whose row is that part (`Natural gas  2,150
// 20.9`): one share, the text naming its part before it and its whole after it, the table its part in the row label and its
// whole in the caption. The cell's metric words take in the amount before it (`Natural gas 2 150`) and the text's clause the
// verb after it (`fell`): their words cannot pair them, the part and the whole do.

import { samePeriodKey } from '../../metrics/index';
import { plausiblySame } from './agreement';
import { captionMetric } from './consistency-caption-totals';
import { RELATIVE_HEAD } from './consistency-caption-shares';
import { shareLeadAndWhole } from './consistency-share-clause';
import { type Statement } from './consistency-statements';
import { CHANGE_HEADER } from '../readers/markers';
import { metricTokens } from './metric-tokens';
import { cellPlaces, SUBROW, tableBlocks, type Row } from '../readers/table-blocks';
import { type CheckDocument } from '../types';

/** Words in no order, each once: a part's key however its words are ordered. */
const partKey = (tokens: readonly string[]) => [...new Set(tokens)].sort().join(' ');

/**
 * Pairs each English running-text share whose clause leads with its part's words alone with the share cells of its document's
 * tables whose row label is that part and whose caption names the share's whole, per document through a map of row labels.
 */
export function clauseShareRowPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const cells = new Map<string, Array<{ j: number; caption: string[] }>>();
  statements.forEach((s, j) => {
    const row = s.zh || !s.table || s.dimension !== 'percent' || s.rate || s.olderYear ? undefined : shareRowOf(s);
    if (!row) return;
    const key = `${s.at.doc.name}\u0000${row.part}`;
    const list = cells.get(key);
    if (list) list.push({ j, caption: row.caption });
    else cells.set(key, [{ j, caption: row.caption }]);
  });
  if (cells.size === 0) return;
  statements.forEach((s, i) => {
    if (s.zh || s.table || s.keyLine || s.dimension !== 'percent' || s.rate || s.prior) return;
    const { lead, whole } = shareLeadAndWhole(s.at.doc, s.at.index);
    if (lead.length === 0 || whole.length === 0) return;
    for (const { j, caption } of cells.get(`${s.at.doc.name}\u0000${partKey(lead)}`) ?? []) {
      const cell = statements[j]!;
      if (!whole.every((t) => caption.includes(t)) || !samePeriodKey(s.period, cell.period) || (s.at.figure.scope ?? '') !== (cell.at.figure.scope ?? '') || !plausiblySame(s.figure.value, cell.figure.value, false)) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(s.figure.value / cell.figure.value)) || 0 });
    }
  });
}

const rowsRead = new WeakMap<CheckDocument, Map<number, Row>>();

/** Each table cell's row, by the index of its figure (read once per document, one pass over its blocks). */
function rowsOfCells(doc: CheckDocument): Map<number, Row> {
  let rows = rowsRead.get(doc);
  if (rows) return rows;
  rows = new Map();
  for (const block of tableBlocks(doc)) for (const row of block) for (const cell of row.cells) if (cell) rows.set(cell.index, row);
  rowsRead.set(doc, rows);
  return rows;
}

/** A share cell's part, its row label's words as a key (no `of which` row: a part of the row above), and its caption's words, under a share heading; else undefined. */
function shareRowOf(s: Statement): { part: string; caption: string[] } | undefined {
  const { doc, index } = s.at;
  const place = cellPlaces(doc).get(index);
  if (!place || !RELATIVE_HEAD.test(place.head) || CHANGE_HEADER.test(place.head)) return undefined;
  const row = rowsOfCells(doc).get(index);
  const caption = captionMetric(doc, place.block);
  if (!row || SUBROW.test(row.label) || caption === undefined) return undefined;
  const part = metricTokens(row.label);
  return part.length === 0 ? undefined : { part: partKey(part), caption: metricTokens(caption) };
}
