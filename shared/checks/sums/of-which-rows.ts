// A table's `其中` / `of which` rows set after its total row (`合计`, then `其中：境外`; `Total`, then `of which
// domestic`): each a part of that total, with its share of it where the table gives a share column, and, when its
// name picks out rows above the total (`of which outside Germany` every row but `Germany`, `of which domestic` the
// rows labelled domestic, `境外` every row but the home market's), the sum of those rows. A `其中` row naming
// something the rows above do not break down (`其中：直营门店` under regions) is a part of the total and no sum.

import { dimensionOf, isAmount } from '../readers/dimension';
import { TOTAL } from '../readers/markers';
import type { SumCandidate } from './sum-check';
import { sumCheck } from './sum-check';
import { SUBROW, type Row } from '../readers/table-blocks';
import type { DocFigure } from '../types';

/** The `其中` / `of which` rows just after the total row at `t`. */
export function ofWhichAfter(block: readonly Row[], t: number): Row[] {
  const out: Row[] = [];
  for (let r = t + 1; r < block.length && !block[r]!.header && SUBROW.test(block[r]!.label); r++) out.push(block[r]!);
  return out;
}

/** The home market, which `境外` / `overseas` rows leave out. */
const HOME = /境内|国内|國內|中国大陆|中國大陸|中国内地|中國內地|内地|內地|大陆|大陸|本土|domestic|mainland|home market/i;
/** A name for every market but the home one. */
const ABROAD = /^(?:境外|海外|国外|國外|境外地区|海外地区|海外市场|overseas|international|abroad|foreign)/i;
/** A name for every row but the one it names (`outside mainland`, `excluding Germany`, `非中国大陆`). */
const OUTSIDE = /^(?:outside|excluding|ex\.|non-)\s*(.+)$|^[非除](.+?)(?:以外|之外|外)?$/i;

const ownName = (label: string) =>
  label
    .replace(SUBROW, '')
    .replace(/^[\s:：]+/, '')
    .replace(/[（(][^（()）]*[)）]/g, '')
    .trim()
    .toLowerCase();

/** The rows of `parts` an `of which` row's name picks out, when it picks out two or more and leaves one or more. */
export function rowsNamedBy(ofWhich: Row, parts: readonly Row[]): Row[] | undefined {
  const own = ownName(ofWhich.label);
  if (own.length < 2) return undefined;
  const outside = OUTSIDE.exec(own);
  const left = outside ? (outside[1] ?? outside[2])!.trim() : undefined;
  const named = left
    ? parts.filter((r) => !r.label.toLowerCase().includes(left))
    : ABROAD.test(own)
      ? parts.filter((r) => !HOME.test(r.label))
      : parts.filter((r) => r.label.toLowerCase().includes(own));
  return named.length >= 2 && named.length < parts.length ? named : undefined;
}


/**
 * The sums of the `of which` rows after each total row of a block, column by column, of the rows above the total their
 * names pick out. Certain in a column whose rows add up to its total (the rows part it, none a subtotal of others).
 */
export function ofWhichSums(block: readonly Row[]): SumCandidate[] {
  const out: SumCandidate[] = [];
  let from = 0;
  block.forEach((row, t) => {
    if (row.header) from = t + 1;
    if (row.header || !TOTAL.test(row.label) || SUBROW.test(row.label)) return;
    const parts = block.slice(from, t).filter((r) => !r.header && !SUBROW.test(r.label) && r.cells.some(Boolean));
    from = t + 1;
    for (const ofWhich of ofWhichAfter(block, t)) {
      const named = rowsNamedBy(ofWhich, parts);
      if (!named) continue;
      ofWhich.cells.forEach((sum, c) => {
        const cells = named.map((r) => r.cells[c]);
        if (!isAmount(sum) || !cells.every((f): f is DocFigure => isAmount(f) && dimensionOf(f.figure) === dimensionOf(sum.figure))) return;
        const total = row.cells[c];
        const whole = parts.map((r) => r.cells[c]);
        const partition = isAmount(total) && whole.every(isAmount) && sumCheck(total, whole, '', 'holds-only')?.holds === true;
        out.push({ total: sum, parts: cells, certainty: partition ? 'certain' : 'holds-only', rule: 'sum.table-of-which-row' });
      });
    }
  });
  return out;
}
