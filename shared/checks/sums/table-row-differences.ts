// A table's subtotal after a row of deductions: `Revenue 2,486 | Operating expenses (1,642) | EBITDAF
// 844`, year by year in a five-year summary — the row above plus the bracketed row is the row below.
// Such rows are named by words no rule knows (EBITDAF, gross profit, 营业利润), so the table itself
// must show that they relate: a column where they do not add is a mismatch only when two other
// columns of the same three rows add exactly.

import { comparable } from '../readers/dimension';
import { sumCheck } from './sum-check';
import { tableBlocks } from '../readers/table-blocks';
import type { Check, CheckDocument, DocFigure } from '../types';

const RULE = 'sum.table-row-less-deductions';
/** Columns that must add before a column that does not is called a mismatch. */
const PROOF = 2;

export function tableRowDifferences(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  for (const block of tableBlocks(doc))
    for (let r = 1; r + 1 < block.length; r++) {
      const [above, less, below] = [block[r - 1]!, block[r]!, block[r + 1]!];
      if (above.header || less.header || below.header) continue;
      const columns: Array<[DocFigure, DocFigure, DocFigure]> = [];
      less.cells.forEach((deduction, c) => {
        const [from, to] = [above.cells[c], below.cells[c]];
        if (deduction && from && to) columns.push([from, deduction, to]);
      });
      // every figured cell of the middle row is a deduction, of the kind of the rows around it
      const deductions = less.cells.filter(Boolean);
      if (columns.length < PROOF + 1 || columns.length !== deductions.length) continue;
      if (!columns.every(([from, deduction, to]) => deduction.figure.value < 0 && from.figure.value > 0 && comparable(from.figure, to.figure) && comparable(from.figure, deduction.figure))) continue;
      const held = columns.map(([from, deduction, to]) => sumCheck(to, [from, deduction], RULE, 'holds-only'));
      const proven = held.filter(Boolean).length >= PROOF;
      columns.forEach(([from, deduction, to], c) => {
        const check = held[c] ?? (proven ? sumCheck(to, [from, deduction], RULE, 'certain') : undefined);
        if (check) checks.push(check);
      });
    }
  return checks;
}
