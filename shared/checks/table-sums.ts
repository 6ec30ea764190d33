// Tables add up along their columns and rows. Down a column, the rows of a block above a total row
// are its parts (`合计`, `Total`; an unmarked last row such as `Group revenue` when the rows above
// add up to it); along a row, the cells before a `Total` column are its parts (`Female`, `Male`,
// `Total`). A total row or column marked as such is certain enough to call a mismatch when its
// parts are every row of its block (no `其中` / `of which` breakdown among them) and miss it by
// less than half — a breakdown adding up to twice its total is two breakdowns, not an error.
// Parts naming GHG scopes are left to the scoped rule in `sum.ts`, which knows Scope 2 comes twice.

import { scopeNumbers } from '../metrics/index';
import { periodsIn } from '../metrics/period';
import { dimensionOf } from './dimension';
import { TOTAL } from './markers';
import type { SumCandidate } from './sum-check';
import { SUBROW, tableBlocks, type Row } from './table-blocks';
import type { CheckDocument, DocFigure } from './types';

/** Sums a table states, with their parts, and whether they are certain enough to mismatch. */
export function tableSums(doc: CheckDocument): SumCandidate[] {
  const out: SumCandidate[] = [];
  for (const block of tableBlocks(doc)) {
    out.push(...columnSums(block), ...rowSums(block));
  }
  return out;
}

const summable = (f: DocFigure) => dimensionOf(f.figure) !== 'percent' && f.figure.valueMax === undefined && f.figure.value > 0;

function columnSums(block: Row[]): SumCandidate[] {
  const out: SumCandidate[] = [];
  const columns = Math.max(...block.map((r) => r.texts.length));
  for (let c = 0; c < columns; c++) {
    let parts: Array<{ at: DocFigure; sub: boolean }> = [];
    for (const row of block) {
      const f = row.cells[c];
      if (row.header || (!f && !row.cells.some(Boolean))) {
        parts = []; // a header or a subheading opens a new block of parts
        continue;
      }
      if (!f || !summable(f)) continue;
      const same = parts.filter((p) => dimensionOf(p.at.figure) === dimensionOf(f.figure));
      if (same.length !== parts.length) parts = same.length === 0 ? [] : parts;
      const marked = TOTAL.test(row.label) && !SUBROW.test(row.label);
      if (parts.length >= 2 && !parts.some((p) => scopeNumbers(p.at.figure.scope).length > 0) && parts.every((p) => p.at.figure.value < f.figure.value)) {
        const certain = marked && same.length === parts.length && !parts.some((p) => p.sub);
        out.push({ total: f, parts: parts.map((p) => p.at), certain, rule: 'sum.table-column' });
        if (marked) {
          parts = [];
          continue;
        }
      }
      if (marked) parts = [];
      else parts.push({ at: f, sub: SUBROW.test(row.label) });
    }
  }
  return out;
}

/** The header's total column (`Total`, `合计`) and, in each row, the cells before it under word headers. */
function rowSums(block: Row[]): SumCandidate[] {
  const header = block.find((r) => r.header);
  if (!header) return [];
  const named = header.texts.map((t) => t.trim());
  const totalColumn = named.findIndex((t) => /^(?:total|合计|合計|总计|總計|小计|小計|总数|總數)$/i.test(t));
  if (totalColumn < 1) return [];
  // columns of figures under word headers before the total (not the labels' column, not years, not shares)
  const figured = (c: number) => block.some((r) => !r.header && r.cells[c] !== undefined);
  const partColumns = named
    .map((_, c) => c)
    .filter((c) => c < totalColumn && figured(c) && /\p{L}/u.test(named[c]!) && periodsIn(named[c]!, 0, named[c]!.length).length === 0 && !named[c]!.includes('%'));
  const out: SumCandidate[] = [];
  for (const row of block) {
    const total = row.cells[totalColumn];
    if (row.header || !total || !summable(total)) continue;
    const parts = partColumns.map((c) => row.cells[c]).filter((f): f is DocFigure => f !== undefined && summable(f) && dimensionOf(f.figure) === dimensionOf(total.figure));
    if (parts.length < 2 || !parts.every((p) => p.figure.value < total.figure.value)) continue;
    out.push({ total, parts, certain: parts.length === partColumns.length, rule: 'sum.table-row' });
  }
  return out;
}
