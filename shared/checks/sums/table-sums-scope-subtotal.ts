// A GHG table's total of every scope, with a subtotal row of two scopes among its rows (`Scope 1`, `Scope 2`,
// `Scope 1 and 2`, `Scope 3`, `Total`): the total adds up from the subtotal and the rest as well as from each
// scope's row. The scopes part the total with nothing over, so the subtotal and the rest missing it is a mismatch
// (the subtotal mistyped misses both its own rows and the total: `450,280` for 8,640 + 442,180 = 450,820).

import { scopeNumbers } from '../../metrics/index';
import { scopesIn } from '../../metrics/scope';
import { dimensionOf } from '../readers/dimension';
import { TOTAL } from '../readers/markers';
import { BREAKDOWN_GROUP, summable, type SumCandidate } from './sum-check';
import { SUBROW, type Row } from '../readers/table-blocks';
import type { DocFigure } from '../types';

const ALL_SCOPES = ['1', '2', '3'];
/** A Scope 2 method (`market-based`, `基于市场`): a table giving Scope 2 twice, which this leaves to the scope-method totals. */
const METHOD = /(?:location|market)[- ]based|基于(?:位置|市场)|基於(?:位置|市場)/i;

/** The scopes a row's label names (`Scope 1 and 2` as 1, 2). */
export const scopesOf = (label: string) => scopeNumbers(scopesIn(label, 0, label.length)[0]?.scope);

/** In each column, a total of all three scopes from the row of two scopes above it and the row of the third. */
export function scopeSubtotalSums(block: Row[]): SumCandidate[] {
  if (block.some((r) => METHOD.test(r.label))) return [];
  const out: SumCandidate[] = [];
  block.forEach((row, r) => {
    if (row.header || !TOTAL.test(row.label) || SUBROW.test(row.label)) return;
    const named = scopesOf(row.label);
    if (named.length > 0 && named.join() !== ALL_SCOPES.join()) return;
    const above = block.slice(0, r).filter((a) => !a.header && a.cells.some(Boolean));
    const single = (scope: string) => above.filter((a) => scopesOf(a.label).join() === scope);
    // each scope's own row above it: the total is of all three
    if (!ALL_SCOPES.every((s) => single(s).length === 1)) return;
    const subtotals = above.filter((a) => scopesOf(a.label).length === 2);
    if (subtotals.length !== 1) return;
    const rest = ALL_SCOPES.filter((s) => !scopesOf(subtotals[0]!.label).includes(s));
    if (rest.length !== 1) return;
    const parts = [subtotals[0]!, single(rest[0]!)[0]!];
    row.cells.forEach((total, c) => {
      const cells = parts.map((p) => p.cells[c]);
      if (!total || !summable(total) || !cells.every((f): f is DocFigure => summable(f) && dimensionOf(f.figure) === dimensionOf(total.figure) && f.figure.value < total.figure.value)) return;
      out.push({ total, parts: cells, certainty: 'certain', rule: BREAKDOWN_GROUP });
    });
  });
  return out;
}
