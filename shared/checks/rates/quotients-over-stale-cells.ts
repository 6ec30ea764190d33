// A quotient that holds over a table's year-before column, worked out again over the latest column where a row's latest
// cell is last year's left in place (`取水量  万立方米  52.3  52.3`, the text's `2024年公司取水量48.6万立方米，较上年的52.3万立方米
// 下降7.1%`): the 关键绩效表's 2023 `52.3 / 53,110 = 9.85` holds, and its 2024 `单位营业收入取水量 8.57` over `营业收入 56,720`
// stands on the text's 48.6, not on the cell's 52.3. The quotient over the cell is reported as not holding only when it
// holds over the text's value (the rate was worked out on this year's figure; the cell alone slipped). A per-head row over
// a stale head count (`Training per employee  24.0` over `Employees  1,086  1,086`) is worked out over the amount the
// paragraph of the text's count states (`We employed 1,148 people … We delivered 27,560 hours of training`).

import { datedRows, type DatedRow } from '../changes/table-prior-year-changes';
import { admits } from '../readers/precision';
import { figureId, partsOf, type FigureId } from '../readers/figure-places';
import { heldQuotients, quotientOver, rateAtFactor } from './year-before-of-quotients';
import { isTableCell } from '../readers/table-columns';
import { metricTokens } from '../consistency/metric-tokens';
import { firstAtOrAfter, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';
import { paragraphOf } from '../readers/paragraphs';
import { staleRows } from '../readers/stale-rows';

const RULE = 'ratio.over-stale-cell';

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
  for (const held of heldQuotients(checks, byName)) {
    const { doc, numerator, denominator, result } = held;
    const dated = rowsOf(doc);
    const latestOf = (f: CheckFigure) => dated.get(f.start)?.latest;
    const [n, d, r] = [latestOf(numerator), latestOf(denominator), latestOf(result)];
    if (!n || !d || !r || !(d.figure.value > 0) || worked.has(figureId(doc.name, r.figure.start))) continue;
    const [nStale, dStale] = [stale.get(figureId(doc.name, n.figure.start)), stale.get(figureId(doc.name, d.figure.start))];
    if ((nStale === undefined) === (dStale === undefined)) continue;
    const check = quotientOver(held, n, d, r, RULE);
    if (check.holds) continue;
    // over the text's value the latest quotient holds: the cell slipped, not the rate
    const over = ((nStale ?? n.figure.value) / (dStale ?? d.figure.value)) * (held.percent ? 100 : held.factor);
    if (!admits(r.figure, over)) continue;
    worked.add(figureId(doc.name, r.figure.start));
    out.push(check);
  }
  return [...out, ...perHeadOverStaleCells(byName, stale, worked)];
}

/** A row of an amount per head: `Training per employee`, `人均培训时长`. */
const PER_HEAD_ROW = /\bper\s+(?:employee|head|person|staff|FTE)\b|人均/i;
/** Words of a per-head row that name the head, not the amount. */
const HEAD_WORDS = new Set(['per', 'employe', 'employee', 'head', 'person', 'staff', 'fte', '人均']);

/**
 * A table's per-head row over its stale head count (`Employees  1,086  1,086` beside `We employed 1,148 people`): its latest
 * cell (`Training per employee  24.0`) is the amount the paragraph of the text's head count states (`We delivered 27,560
 * hours of training`) over that count, not over the cell: the quotient over the cell is reported as not holding.
 */
function perHeadOverStaleCells(byName: ReadonlyMap<string, CheckDocument>, stale: ReadonlyMap<FigureId, number>, worked: Set<FigureId>): Check[] {
  const out: Check[] = [];
  for (const [id, value] of stale) {
    const { doc: name, start } = partsOf(id);
    const doc = byName.get(name);
    if (!doc) continue;
    const rows = datedRows(doc);
    const count = rows.find((r) => r.latest.figure.start === start);
    let said: DocFigure['figure'] | undefined;
    for (let k = 0; k < doc.figures.length && !said; k++) if (doc.figures[k]!.value === value && !isTableCell(doc, k)) said = doc.figures[k];
    if (!count || !said || !(count.latest.figure.value > 0)) continue;
    const paragraph = paragraphOf(doc, said.start);
    for (const r of rows) {
      if (r === count || !PER_HEAD_ROW.test(r.row.label) || worked.has(figureId(doc.name, r.latest.figure.start))) continue;
      const words = new Set(metricTokens(r.row.label).filter((t) => !HEAD_WORDS.has(t)).map((t) => t.slice(0, 5)));
      if (words.size === 0) continue;
      for (let k = firstAtOrAfter(doc, paragraph.start); k < doc.figures.length && doc.figures[k]!.start < paragraph.end; k++) {
        const t = doc.figures[k]!;
        if (t.unit === '%' || isTableCell(doc, k) || t.value === value) continue;
        const near = metricTokens(`${doc.text.slice(Math.max(t.sentence.start, t.start - 40), t.start)} ${doc.text.slice(t.end, Math.min(t.sentence.end, t.end + 24))}`);
        if (!near.some((w) => words.has(w.slice(0, 5)))) continue;
        if (!admits(r.latest.figure, t.value / value) || admits(r.latest.figure, t.value / count.latest.figure.value)) continue;
        const check = rateAtFactor({ doc, figure: t, index: k }, count.latest, r.latest, 1, RULE);
        if (check.holds) continue;
        worked.add(figureId(doc.name, r.latest.figure.start));
        out.push(check);
        break;
      }
    }
  }
  return out;
}

/** Each latest cell repeating its row's year-before cell that a disagreeing check sets against a running-text figure (by id), and that figure's value. */
function staleCells(checks: readonly Check[], byName: ReadonlyMap<string, CheckDocument>): Map<FigureId, number> {
  const out = new Map<FigureId, number>();
  const latest = new Map<string, Set<number>>();
  const latestOf = (doc: CheckDocument) => {
    let s = latest.get(doc.name);
    if (!s) latest.set(doc.name, (s = new Set(staleRows(doc).repeating.map((r) => r.latest.figure.start))));
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
