// A table row that is the quotient of two other rows of its table: `CO2 per RTK (grams)` under
// `Scope 1 CO2 (kt)` and `Revenue tonne kilometres (million)`, `Water per tonne of product` under
// `Water withdrawn` and `Product output`. The row's label says `per` what (its denominator row's
// label, or that label's initials: RTK), and what of (a word of its numerator row's label); the
// units the rows are in make the quotient a power of ten apart from the stated figure (kt over
// millions in grams: 1,000), read off the columns themselves. A column is a mismatch only when two
// others give the quotient with that same power of ten, or one does and one slip of a digit in the
// column explains its miss.

import { dimensionOf } from './dimension';
import { metricTokens } from './metric-tokens';
import { intervalOf, overlaps, quotient, show } from './precision';
import { quotientCheck } from './percent-check';
import { shareCheck } from './ratio';
import { slipExplaining } from './slips';
import { tableBlocks, type Row } from './table-blocks';
import { namesShareColumn } from './table-shares';
import type { Check, CheckDocument, DocFigure } from './types';

const RULE = 'ratio.table-row-quotient';
/** `X per Y`, `每Y X`: the label's two sides, notes in brackets left out. */
const PER = /^(.*?)\bper\s+(.+)$/i;

const bare = (label: string) => label.replace(/[(（][^)）]*[)）]/g, ' ').trim();
const initials = (label: string) =>
  bare(label)
    .split(/\s+/)
    .filter((w) => /^[a-z]/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** The one other row of the block that `words` name: every word of its label, or its initials. */
function denominatorRow(block: Row[], self: Row, words: string): Row | undefined {
  const said = new Set(metricTokens(words));
  const abbreviation = words.trim().toUpperCase();
  const found = block.filter((r) => {
    if (r === self || r.header || !r.cells.some(Boolean)) return false;
    const label = metricTokens(bare(r.label));
    return (label.length > 0 && label.every((t) => said.has(t))) || (abbreviation.length >= 2 && /^[A-Z]+$/.test(abbreviation) && initials(r.label) === abbreviation);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The other row whose label shares the most words with the quotient's numerator words (one row only). */
function numeratorRow(block: Row[], exclude: Row[], words: string): Row | undefined {
  const said = new Set(metricTokens(words));
  const scored = block
    .filter((r) => !exclude.includes(r) && !r.header && r.cells.some(Boolean))
    .map((r) => ({ r, shared: metricTokens(bare(r.label)).filter((t) => said.has(t)).length }))
    .filter((s) => s.shared > 0)
    .sort((a, b) => b.shared - a.shared);
  return scored.length > 0 && (scored.length === 1 || scored[0]!.shared > scored[1]!.shared) ? scored[0]!.r : undefined;
}

export function tableRowQuotients(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  for (const block of tableBlocks(doc)) {
    checks.push(...columnQuotients(block));
    for (const row of block) {
      const per = PER.exec(bare(row.label));
      if (!per || row.header) continue;
      const den = denominatorRow(block, row, per[2]!);
      const num = den && numeratorRow(block, [row, den], per[1]!);
      if (!den || !num) continue;
      const columns: Array<{ n: DocFigure; d: DocFigure; q: DocFigure; power: number }> = [];
      row.cells.forEach((q, c) => {
        const [n, d] = [num.cells[c], den.cells[c]];
        if (!q || !n || !d || !(n.figure.value > 0) || !(d.figure.value > 0) || dimensionOf(q.figure) === 'percent') return;
        columns.push({ n, d, q, power: Math.round(Math.log10(q.figure.value / (n.figure.value / d.figure.value))) });
      });
      const fits = (col: (typeof columns)[number], power: number) => {
        const got = quotient(intervalOf(col.n.figure), intervalOf(col.d.figure), 10 ** power);
        return got !== undefined && overlaps(got, intervalOf(col.q.figure));
      };
      // the power of ten most columns hold with
      const powers = [...new Set(columns.map((c) => c.power))];
      const power = powers.map((p) => ({ p, holding: columns.filter((c) => fits(c, p)).length })).sort((a, b) => b.holding - a.holding)[0];
      if (!power || power.holding < 1 || columns.length < 2) continue;
      for (const col of columns) {
        const holds = fits(col, power.p);
        // a miss is a mismatch when two other columns hold, or one does and one slip of a digit explains it
        const slipped = () => slipExplaining([col.n, col.d, col.q], ([n, d, q]) => fits({ n: n!, d: d!, q: q!, power: col.power }, power.p)) !== undefined;
        if (!holds && power.holding < 2 && !slipped()) continue;
        const factor = 10 ** power.p;
        const expected = (col.n.figure.value / col.d.figure.value) * factor;
        checks.push(
          quotientCheck({
            rule: RULE,
            said: 'rate',
            numerator: col.n,
            denominator: col.d,
            result: col.q,
            over: [intervalOf(col.n.figure), intervalOf(col.d.figure)],
            factor,
            expected,
            formula: `${col.n.figure.text} / ${col.d.figure.text}${factor === 1 ? '' : ` × ${show(factor, 0)}`}`,
            stated: col.q.figure.text,
          }),
        );
      }
    }
  }
  return checks;
}

const percentCell = (f: DocFigure | undefined): f is DocFigure => f !== undefined && dimensionOf(f.figure) === 'percent' && f.figure.value > 0 && f.figure.value <= 100;
const amountCell = (f: DocFigure | undefined): f is DocFigure => f !== undefined && dimensionOf(f.figure) !== 'percent' && f.figure.value > 0;

/**
 * A column of percentages that is, row by row, one column of the row over another: a segment table's
 * `Margin` (operating profit over revenue), a `女性占比` beside `员工人数` and `其中：女性`. The pair of columns is
 * the one whose quotient gives the most of its rows (two at least, and no other pair as many); a row it
 * misses is a mismatch when two other rows hold. A column headed as the share of another (`Women (%)`) is
 * `table-shares.ts`'s.
 */
function columnQuotients(block: Row[]): Check[] {
  const header = block.find((r) => r.header);
  const rows = block.filter((r) => !r.header && r.cells.some(Boolean));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const checks: Check[] = [];
  for (let q = 0; q < width; q++) {
    const inColumn = rows.filter((r) => percentCell(r.cells[q]));
    if (inColumn.length < 3 || rows.some((r) => r.cells[q] !== undefined && !percentCell(r.cells[q])) || namesShareColumn(header?.texts[q] ?? '')) continue;
    const fits = (r: Row, a: number, b: number) => {
      const [n, d, share] = [r.cells[a], r.cells[b], r.cells[q]];
      if (!amountCell(n) || !amountCell(d) || !percentCell(share) || !(n.figure.value < d.figure.value)) return undefined;
      const got = quotient(intervalOf(n.figure), intervalOf(d.figure), 100);
      return got !== undefined && overlaps(got, intervalOf(share.figure));
    };
    let best: { a: number; b: number; holding: number } | undefined;
    let tied = false;
    for (let a = 0; a < width; a++)
      for (let b = 0; b < width; b++) {
        if (a === b || a === q || b === q) continue;
        const holding = inColumn.filter((r) => fits(r, a, b) === true).length;
        if (holding < 2 || (best && holding < best.holding)) continue;
        tied = best !== undefined && holding === best.holding;
        if (!tied) best = { a, b, holding };
      }
    if (!best || tied) continue;
    for (const r of inColumn) {
      const holds = fits(r, best.a, best.b);
      if (holds === undefined) continue;
      checks.push(shareCheck(r.cells[best.a]!, r.cells[best.b]!, r.cells[q]!, 'ratio.table-column-quotient'));
    }
  }
  return checks;
}
