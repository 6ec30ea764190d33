// A running-text figure and a table cell of its document written with the very same digits (`echoedInTable`),
// paired by those digits rather than by a rare word: in a piano maker's report `钢琴` is on too many figures to
// propose neighbours, yet `公司销售钢琴61,840台` and the key table's `钢琴销量  台  61,840` are one figure. Paired
// through a map of document, unit and written number: linear in the statements.

import { writtenNumber } from '../readers/precision';
import { type Statement } from './consistency-statements';
import { echoedInTable, sameClaim } from './consistency-same-claim';

/** A statement's figure as a map key: its document, unit and number as written (`61840` of `61,840台`). */
function echoKey(s: Statement): string | undefined {
  const digits = writtenNumber(s.at.figure.text);
  return digits === undefined ? undefined : `${s.at.doc.name}\u0000${s.at.figure.unit}\u0000${digits}`;
}

/** More cells than this of one document written alike are a common number (`500` million in many rows), not one figure echoed. */
const MAX_ECHOES = 4;

/** Pairs each running-text statement with the table cells of its document that echo it, whatever words they share. */
export function echoedCellPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const cells = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const key = s.table && !s.prior ? echoKey(s) : undefined;
    if (key === undefined) return;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  });
  if (cells.size === 0) return;
  statements.forEach((s, i) => {
    const key = s.table ? undefined : echoKey(s);
    if (key === undefined) return;
    const echoes = cells.get(key) ?? [];
    if (echoes.length > MAX_ECHOES) return;
    for (const j of echoes) {
      const cell = statements[j]!;
      if (echoedInTable(s, cell) && sameClaim(s, cell)) pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: 0 });
    }
  });
}
