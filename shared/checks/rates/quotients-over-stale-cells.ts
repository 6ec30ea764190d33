// A quotient that holds over a table's year-before column, worked out again over the latest column where a row's latest
// cell is last year's left in place (`取水量  万立方米  52.3  52.3`, the text's `2024年公司取水量48.6万立方米，较上年的52.3万立方米
// 下降7.1%`): the 关键绩效表's 2023 `52.3 / 53,110 = 9.85` holds, and its 2024 `单位营业收入取水量 8.57` over `营业收入 56,720`
// stands on the text's 48.6, not on the cell's 52.3. The quotient over the cell is reported as not holding only when it
// holds over the text's value (the rate was worked out on this year's figure; the cell alone slipped).

import { datedRows, type DatedRow } from '../changes/table-prior-year-changes';
import { intervalOf } from '../readers/precision';
import { shareCheck } from '../shares/ratio';
import { figureId } from '../consistency/restatements';
import { rateCheck } from './year-before-of-quotients';
import { isTableCell } from '../readers/table-columns';
import { firstAtOrAfter, resultOf, roleOf, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';

const RULE = 'ratio.over-stale-cell';

/** Whether a value lies within what a figure, rounded as written, may stand for. */
function within(figure: DocFigure['figure'], value: number): boolean {
  const { lo, hi } = intervalOf(figure);
  return value >= lo - 1e-9 * Math.abs(value) && value <= hi + 1e-9 * Math.abs(value);
}

/**
 * Over every holding quotient of three year-before cells, the same rows' latest cells, when one of them is stale: a
 * latest cell repeating its year before that a check sets against a running-text figure of its document.
 */
export function quotientsOverStaleCells(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const rows = new Map<string, Map<number, DatedRow>>();
  // each document's rows by their year-before cell's place
  const rowsOf = (doc: CheckDocument) => {
    let m = rows.get(doc.name);
    if (!m) rows.set(doc.name, (m = new Map(datedRows(doc, true).map((r) => [r.before.figure.start, r] as const))));
    return m;
  };
  const stale = staleCells(checks, byName);
  if (stale.size === 0) return [];
  const worked = new Set(checks.flatMap((c) => (c.kind === 'ratio' && !c.holds ? c.figures.filter((f) => f.role === 'result').map((f) => figureId(f.doc, f.start)) : [])));
  const out: Check[] = [];
  for (const held of checks) {
    if (held.kind !== 'ratio' || !held.holds || held.expected === undefined) continue;
    const [numerator, denominator, result] = [roleOf(held, 'numerator'), roleOf(held, 'denominator'), resultOf(held)];
    if (!numerator || !denominator || !result || numerator.doc !== result.doc || denominator.doc !== result.doc) continue;
    if (!(numerator.value > 0 && denominator.value > 0 && held.expected > 0)) continue;
    const doc = byName.get(result.doc);
    if (!doc) continue;
    const dated = rowsOf(doc);
    const latestOf = (f: CheckFigure) => dated.get(f.start)?.latest;
    const [n, d, r] = [latestOf(numerator), latestOf(denominator), latestOf(result)];
    if (!n || !d || !r || !(d.figure.value > 0) || worked.has(figureId(doc.name, r.figure.start))) continue;
    const [nStale, dStale] = [stale.get(figureId(doc.name, n.figure.start)), stale.get(figureId(doc.name, d.figure.start))];
    if ((nStale === undefined) === (dStale === undefined)) continue;
    const percent = held.says.key.startsWith('percent');
    const factor = held.expected / (numerator.value / denominator.value);
    const check = percent ? shareCheck(n, d, r, RULE) : rateCheck(n, d, r, factor, RULE);
    if (check.holds) continue;
    // over the text's value the latest quotient holds: the cell slipped, not the rate
    const over = ((nStale ?? n.figure.value) / (dStale ?? d.figure.value)) * (percent ? 100 : factor);
    if (!within(r.figure, over)) continue;
    worked.add(figureId(doc.name, r.figure.start));
    out.push(check);
  }
  return out;
}

/** Each latest cell repeating its row's year-before cell that a disagreeing check sets against a running-text figure (by id), and that figure's value. */
function staleCells(checks: readonly Check[], byName: ReadonlyMap<string, CheckDocument>): Map<string, number> {
  const out = new Map<string, number>();
  const latest = new Map<string, Set<number>>();
  const latestOf = (doc: CheckDocument) => {
    let s = latest.get(doc.name);
    if (!s) latest.set(doc.name, (s = new Set(datedRows(doc).filter((r) => r.latest.figure.value === r.before.figure.value).map((r) => r.latest.figure.start))));
    return s;
  };
  for (const c of checks) {
    if (c.kind !== 'consistency' || c.holds || c.figures.length !== 2) continue;
    const [a, b] = c.figures as [CheckFigure, CheckFigure];
    const doc = byName.get(a.doc);
    if (!doc || b.doc !== a.doc) continue;
    const cells = latestOf(doc);
    if (cells.size === 0) continue;
    const [cell, text] = cells.has(a.start) ? [a, b] : cells.has(b.start) ? [b, a] : [undefined, undefined];
    if (!cell || !text || isTableCell(doc, firstAtOrAfter(doc, text.start))) continue;
    out.set(figureId(doc.name, cell.start), text.value);
  }
  return out;
}
