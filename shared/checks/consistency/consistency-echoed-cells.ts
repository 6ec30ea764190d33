// A running-text figure and a table cell of its document written with the very same digits (`echoedInTable`),
// paired by those digits rather than by a rare word: in a piano maker's report `钢琴` is on too many figures to
// propose neighbours, yet `公司销售钢琴61,840台` and the key table's `钢琴销量  台  61,840` are one figure. Paired
// through a map of document, unit and written number: linear in the statements.

import { writtenNumber } from '../readers/precision';
import { type Statement } from './consistency-statements';
import { echoedInTable, sameClaim } from './consistency-same-claim';

/**
 * The table cells of each document (by name) by unit and number as written (`61840` of `61,840台`): maps within maps, so that no key
 * string is built for every running-text statement looked up.
 */
type Cells = Map<string, Map<string, Map<string, number[]>>>;

/** The cells of the statement's document, unit and number as written; undefined when its number is in words. */
function cellsAt(cells: Cells, s: Statement, make: boolean): number[] | undefined {
  const digits = writtenNumber(s.at.figure.text);
  if (digits === undefined) return undefined;
  let byUnit = cells.get(s.at.doc.name);
  if (!byUnit) {
    if (!make) return undefined;
    cells.set(s.at.doc.name, (byUnit = new Map()));
  }
  let byDigits = byUnit.get(s.at.figure.unit);
  if (!byDigits) {
    if (!make) return undefined;
    byUnit.set(s.at.figure.unit, (byDigits = new Map()));
  }
  let list = byDigits.get(digits);
  if (!list && make) byDigits.set(digits, (list = []));
  return list;
}

/** More cells than this of one document written alike are a common number (`500` million in many rows), not one figure echoed. */
const MAX_ECHOES = 4;

/** Pairs each running-text statement with the table cells of its document that echo it, whatever words they share. */
export function echoedCellPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const cells: Cells = new Map();
  statements.forEach((s, i) => {
    if (s.table && !s.prior) cellsAt(cells, s, true)?.push(i);
  });
  if (cells.size === 0) return;
  statements.forEach((s, i) => {
    const echoes = s.table ? undefined : cellsAt(cells, s, false);
    if (echoes === undefined || echoes.length > MAX_ECHOES) return;
    for (const j of echoes) {
      const cell = statements[j]!;
      if (echoedInTable(s, cell) && sameClaim(s, cell)) pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: 0 });
    }
  });
}
