// A table's deductions set out as rows: a line, the rows taken from it (`Less: renewable electricity purchased
// (38,460)`, `减：所得税费用`), and the row they leave (`Net operational emissions 121,960`). In each column the
// row after the deductions is the line above them with the deductions taken off, as financial statements and
// gross-to-net emission tables write it; the layout names every input, so a column that does not come out is a
// mismatch.

import { sumCheck } from './sum-check';
import { tableBlocks, type Row } from '../readers/table-blocks';
import type { Check, CheckDocument } from '../types';

/** A row taken off the line above it: `Less: …`, `Deduct: …`, `减：…`, `減：…`. */
const LESS = /^\s*(?:less|deduct)\b\s*[:：]?|^\s*[减減]\s*[:：]/i;
/** A row that goes on adjusting rather than closing the deductions: `Add: …`, `Plus: …`, `加：…`. */
const ADJUSTS = /^\s*(?:add|plus)\b\s*[:：]?|^\s*加\s*[:：]/i;

const hasFigures = (r: Row) => r.cells.some(Boolean);

export function tableLessRows(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  for (const block of tableBlocks(doc)) {
    for (let r = 1; r < block.length; r++) {
      if (!LESS.test(block[r]!.label) || LESS.test(block[r - 1]!.label)) continue;
      let s = r;
      while (s + 1 < block.length && LESS.test(block[s + 1]!.label)) s++;
      const gross = block[r - 1]!;
      const net = block[s + 1];
      if (!net || !hasFigures(gross) || !hasFigures(net) || ADJUSTS.test(net.label)) continue;
      const less = block.slice(r, s + 1);
      gross.cells.forEach((from, c) => {
        const left = net.cells[c];
        const taken = less.map((row) => row.cells[c]);
        // each deduction written as one, in brackets or with a minus
        if (!from || !left || !taken.every((t) => t !== undefined && t.figure.value < 0)) return;
        const check = sumCheck(left, [from, ...taken.map((t) => t!)], 'sum.table-less-rows', 'certain');
        if (check) checks.push(check);
      });
      r = s;
    }
  }
  return checks;
}
