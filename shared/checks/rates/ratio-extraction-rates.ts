// Rates a table gives of its own rows: `Oil extraction rate (OER), %  21.6  21.4` under `Crude palm oil (CPO)
// 1,156,420  1,110,900` and `Total FFB processed  5,353,800  5,191,100`; `Gold recovery rate, %` under `Gold
// recovered` and `Gold in ore processed`. The rate's label names what is extracted (`Oil`, a word of one other
// row's label), and the table has one row of what was processed: each column's rate is the one row over the other.
// Both rows named only by words, the pairing is read as meant when some column holds; then a column that does not
// is a mismatch.

import { comparable, dimensionOf } from '../readers/dimension';
import { metricTokens } from '../consistency/metric-tokens';
import { shareCheck } from '../shares/ratio';
import { tableBlocks, type Row } from '../readers/table-blocks';
import type { Check, CheckDocument, DocFigure } from '../types';

const RULE = 'ratio.table-extraction-rate';
/** `Oil extraction rate (OER), %`, `Gold recovery rate`: what is extracted, before the words of the rate. */
const RATE_LABEL = /^(.+?)\s+(?:extraction|recovery)\s+rate\b/i;
/** What a table's input row says was done to what the rates are of: `Total FFB processed`, `Cane crushed`, `Ore milled`. */
const INPUT_LABEL = /\b(?:processed|milled|crushed|treated)\b/i;

export function extractionRates(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  for (const block of tableBlocks(doc)) {
    let input: Row | null | undefined;
    for (const row of block) {
      const product = row.header ? null : RATE_LABEL.exec(row.label);
      if (!product) continue;
      input ??= only(block.filter((r) => !r.header && INPUT_LABEL.test(r.label) && amounts(r)));
      const words = metricTokens(product[1]!);
      const output = words.length === 0 ? undefined : only(block.filter((r) => r !== input && !r.header && !RATE_LABEL.test(r.label) && amounts(r) && words.every((w) => metricTokens(r.label).includes(w))));
      if (!input || !output) continue;
      const columns: Check[] = [];
      row.cells.forEach((rate, c) => {
        const [n, d] = [output.cells[c], input!.cells[c]];
        if (rate && n && d && ofOneKind(n, d) && n.figure.value < d.figure.value) columns.push(shareCheck(n, d, rate, RULE));
      });
      // the rows are the rate's when some column holds
      if (columns.some((c) => c.holds)) checks.push(...columns);
    }
  }
  return checks;
}

/** A row of amounts (not of shares) in each column it has a cell in. */
const amounts = (row: Row): boolean => row.cells.some(Boolean) && row.cells.every((c: DocFigure | undefined) => c === undefined || dimensionOf(c.figure) !== 'percent');

/** Cells of one measure, or one of them bare (a caption's unit, `Table 1.2  FFB and production (tonnes)`, given to some rows only). */
const ofOneKind = (a: DocFigure, b: DocFigure): boolean => comparable(a.figure, b.figure) || a.figure.unit === '' || b.figure.unit === '';

const only = (rows: Row[]): Row | null => (rows.length === 1 ? rows[0]! : null);
