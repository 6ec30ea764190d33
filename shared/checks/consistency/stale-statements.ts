// Last year's figure said as this year's, where the metric's words alone do not pair it with this year's:
// - a running-text figure equal to the year-before value the text compares this year's with (`Revenue was EUR 90.0 million
//   in 2024, 2.6% less than the EUR 92.4 million of 2023` against the letter's `revenue was EUR 92.4 million`): the earlier
//   year's value is the evidence the two are one metric, where their words differ (`staleTextFigures`);
// - a table row whose latest cell repeats its year-before cell (`取水量  万立方米  52.3  52.3`) while the text states the
//   metric's year at another value, and says how it changed from the year before (`2024年公司取水量48.6万立方米，较上年的
//   52.3万立方米下降7.1%`, `Electricity use rose 7.5% to 2,486 MWh`) or the table's own rate over the cell stands on the
//   text's value (`We employed 1,148 people` beside `Employees  1,086  1,086` and `Revenue per employee  14.7`): the row's
//   latest cell is last year's left in place (`staleLatestCells`).
// - a change said of last year's figure said as this year's (`Electricity used was 4,860 MWh in FY2024, down 7.0%` of
//   `Electricity used  MWh  4,520  4,860`): the rate stands on the row's latest cell, and from the year-before cell the
//   figure it is said of changed nothing (`staleFigureChanges`).
// A metric that really did not change is said so by the text (no other value, no rate); a figure said as last year's
// (`from 4,860`, `较上年的`) is passed over.

import { dimensionOf } from '../readers/dimension';
import { saidAsPrior, ZH_CHANGE_UP_VERB, ZH_CHANGE_VERB } from '../readers/markers';
import { admits } from '../readers/precision';
import { isTableFigure } from '../readers/figure-facts';
import { yearOfPeriod } from '../../metrics/index';
import { metricTokens, passageTokens } from './metric-tokens';
import { figureId, pushTo } from '../readers/figure-places';
import { pairCheck } from './pair-check';
import { changeCheck } from '../changes/change';
import { failingChecks } from '../readers/failing-checks';
import { firstAtOrAfter, roleOf, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';
import { staleRows } from '../readers/stale-rows';

const RULE = 'consistency.stale-figure';

/** More figures of one value than this in a document: a value too common to tell a metric by. */
const COMMON = 24;

/** A word's key for matching one metric's words said two ways (`employed`, `Employees`): its first five letters; a Han pair whole. */
const stemOf = (token: string) => (/^[a-z]/.test(token) ? token.slice(0, 5) : token);

/** The words a running-text figure is said with: its metric's, those just before it in its sentence (`We employed 1,148`) and its noun's. */
function wordsOf(doc: CheckDocument, figure: DocFigure['figure']): Set<string> {
  const before = doc.text.slice(Math.max(figure.sentence.start, figure.start - 40), figure.start).replace(/[\d.,]+/g, ' ');
  // (an English count's noun says what it counts: `2,532 employees`)
  const noun = /^[a-z]{3,}$/i.test(figure.unit) ? metricTokens(figure.unit) : [];
  return new Set([...metricTokens(figure.metric), ...passageTokens(before), ...noun].filter((t) => !/^\d/.test(t)).map(stemOf));
}


const pairKey = (a: DocFigure, b: DocFigure) => `${figureId(a.doc.name, a.figure.start)}\u0001${figureId(b.doc.name, b.figure.start)}`;

/** The document figure a check's figure is. */
function atOf(doc: CheckDocument, f: CheckFigure): DocFigure | undefined {
  const index = firstAtOrAfter(doc, f.start);
  const figure = doc.figures[index];
  return figure && figure.start === f.start ? { doc, figure, index } : undefined;
}


/**
 * A running-text figure at the value the text gives as the year before's of a change it states (a holding change, its old
 * value said as the earlier one: `than the EUR 92.4 million of 2023`), said elsewhere as this year's with words the new
 * value's share: set against the new value.
 */
export function staleTextFigures(docs: readonly CheckDocument[], found: readonly Check[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const { together } = failingChecks(found);
  const out: Check[] = [];
  // the document's running-text figures by value, read once
  const byValue = new Map<CheckDocument, Map<number, number[]>>();
  const valuesOf = (doc: CheckDocument) => {
    let m = byValue.get(doc);
    if (!m) {
      byValue.set(doc, (m = new Map()));
      doc.figures.forEach((f, i) => pushTo(m!, f.value, i));
    }
    return m;
  };
  const seen = new Set<string>();
  for (const c of found) {
    if (c.kind !== 'change' || !c.holds) continue;
    const [o, n] = [roleOf(c, 'old'), roleOf(c, 'new')];
    if (!o || !n || o.doc !== n.doc) continue;
    const doc = byName.get(o.doc);
    if (!doc) continue;
    const [old, now] = [atOf(doc, o), atOf(doc, n)];
    if (!old || !now || isTableFigure(old) || isTableFigure(now) || !saidAsPrior(doc.text, old.figure) || old.figure.value === now.figure.value) continue;
    const nowWords = wordsOf(doc, now.figure);
    const [oldYear, nowYear] = [yearOfPeriod(old.figure.period), yearOfPeriod(now.figure.period)];
    const same = valuesOf(doc).get(old.figure.value) ?? [];
    // (a value said this often in one document is no evidence of one metric: passed over, and the search stays linear)
    if (same.length > COMMON) continue;
    for (const index of same) {
      const stale: DocFigure = { doc, figure: doc.figures[index]!, index };
      const f = stale.figure;
      if (index === old.index || f.sentence.start === old.figure.sentence.start || f.valueMax !== undefined || isTableFigure(stale)) continue;
      if (dimensionOf(f) !== dimensionOf(now.figure) || !admits(f, old.figure.value) || admits(f, now.figure.value) || saidAsPrior(doc.text, f)) continue;
      // said of the year before, or of a year before the new value's, it is last year's said as such
      const year = yearOfPeriod(f.period);
      if (year !== undefined && ((oldYear !== undefined && year === oldYear) || (nowYear !== undefined && year < nowYear))) continue;
      if (![...wordsOf(doc, f)].some((t) => nowWords.has(t))) continue;
      const key = pairKey(stale, now);
      if (seen.has(key) || together(figureId(stale.doc.name, stale.figure.start), figureId(now.doc.name, now.figure.start))) continue;
      seen.add(key);
      out.push(differ(stale, now, now.figure.metric));
    }
  }
  return out;
}

/** The percentage said in a figure's sentence just beside it (`rose 7.5% to 2,486`, `48.6万立方米，较上年的52.3万立方米下降7.1%`). */
function ratesBeside(doc: CheckDocument, index: number): DocFigure['figure'][] {
  const figure = doc.figures[index]!;
  const out: DocFigure['figure'][] = [];
  for (const k of [index - 1, index + 1, index + 2]) {
    const f = doc.figures[k];
    if (f && f.unit === '%' && f.sentence.start === figure.sentence.start && Math.abs(f.start - figure.start) <= 40) out.push(f);
  }
  return out;
}

/**
 * A table row whose latest cell repeats its year-before cell, while a running-text figure of the row's words, said of no
 * year before, gives the metric another value and the text or the table shows it is this year's: a rate said beside it is
 * the change from the year-before cell to it, or a quotient over the latest cell that fails holds over it. The latest cell
 * is set against the text's value.
 */
export function staleLatestCells(docs: readonly CheckDocument[], found: readonly Check[]): Check[] {
  // (a failing change over the cell that names the text's value beside it, `2,580 → 2,580, stated 8.9%`, says no cell is stale: only a consistency check has said so)
  const { together } = failingChecks(found.filter((c) => c.kind === 'consistency'));
  // failing quotients by the figure they divide by or divide (document and place)
  const quotients = new Map<string, Check[]>();
  for (const c of found)
    if (c.kind === 'ratio' && !c.holds && c.expected !== undefined && c.stated !== undefined)
      for (const f of c.figures)
        if (f.role === 'numerator' || f.role === 'denominator') pushTo(quotients, figureId(f.doc, f.start), c);
  const out: Check[] = [];
  for (const doc of docs) {
    const rows = staleRows(doc).repeating.filter((r) => r.latest.figure.value !== 0);
    if (rows.length === 0) continue;
    // the document's running-text figures by their words, read once: only those a row's label says, of figures of a
    // row's dimension (no other is a candidate), so that the words of no other figure are read
    const labelled = new Set(rows.flatMap((r) => metricTokens(r.row.label).map(stemOf)));
    const dimensions = new Set(rows.map((r) => dimensionOf(r.latest.figure)));
    const byWord = new Map<string, number[]>();
    doc.figures.forEach((figure, index) => {
      if (labelled.size === 0 || figure.valueMax !== undefined || figure.unit === '%' || !dimensions.has(dimensionOf(figure)) || isTableFigure({ doc, figure, index })) return;
      for (const w of wordsOf(doc, figure)) if (labelled.has(w)) pushTo(byWord, w, index);
    });
    for (const { row, latest, before } of rows) {
      const candidates = new Set<number>();
      for (const w of new Set(metricTokens(row.label).map(stemOf))) for (const i of byWord.get(w) ?? []) candidates.add(i);
      const failing = quotients.get(figureId(doc.name, latest.figure.start)) ?? [];
      for (const index of [...candidates].sort((a, b) => a - b)) {
        const text: DocFigure = { doc, figure: doc.figures[index]!, index };
        const f = text.figure;
        if (dimensionOf(f) !== dimensionOf(latest.figure) || admits(f, latest.figure.value) || saidAsPrior(doc.text, f)) continue;
        const changed = ratesBeside(doc, index).some((r) => admits(r, Math.abs((f.value / before.figure.value - 1) * 100)));
        const standsOn = !changed && failing.some((c) => holdsOver(c, doc, latest.figure, f.value));
        if (!changed && !standsOn) continue;
        if (together(figureId(latest.doc.name, latest.figure.start), figureId(text.doc.name, text.figure.start))) continue;
        out.push(differ(latest, text, row.label));
        break;
      }
    }
  }
  return out;
}

/** Whether a failing quotient holds, to its result as rounded, with a value in place of the cell it divides or divides by. */
function holdsOver(c: Check, doc: CheckDocument, cell: DocFigure['figure'], value: number): boolean {
  const role = c.figures.find((f) => f.doc === doc.name && f.start === cell.start)?.role;
  const result = roleOf(c, 'result');
  const stated = result && result.doc === doc.name ? atOf(doc, result) : undefined;
  if (!stated || c.expected === undefined || cell.value === 0 || value === 0) return false;
  const expected = role === 'numerator' ? (c.expected * value) / cell.value : role === 'denominator' ? (c.expected * cell.value) / value : undefined;
  return expected !== undefined && admits(stated.figure, expected);
}

/** The pair as one disagreement, under this module's rule. */
const differ = (a: DocFigure, b: DocFigure, metric: string | undefined): Check => ({ ...pairCheck(a, b, 'same.differ', metric ?? a.figure.metric ?? ''), rule: RULE });

/** After a figure, its rate on the year before, its year perhaps said first: `MWh in FY2024, down `, `，同比下降`. */
const EN_RATE_AFTER = /^[^\d.;%]{0,24}?(?:\s(?:in|for|during)\s+(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?)?[,，]\s*(up|down)\s+(?:by\s+)?$/i;
const ZH_RATE_AFTER = new RegExp(String.raw`^[^\d，,。；;%]{0,8}?[，,]\s*(?:同比|较上年|較上年|比上年)(${ZH_CHANGE_VERB})\s*$`);
const UP = new RegExp(String.raw`^(?:up|${ZH_CHANGE_UP_VERB})$`, 'i');

/**
 * A figure a failing check sets against a row's latest cell when the figure is the row's year-before cell, and the rate
 * said of it is the change from that cell to the latest (`4,860 MWh in FY2024, down 7.0%` of `4,520  4,860`): the change
 * worked out over the year-before cell and the figure it is said of, which is none.
 */
export function staleFigureChanges(docs: readonly CheckDocument[], found: readonly Check[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const out: Check[] = [];
  const seen = new Set<string>();
  for (const c of found) {
    if (c.kind !== 'consistency' || c.holds || c.figures.length < 2) continue;
    const doc = byName.get(c.figures[0]!.doc);
    if (!doc || c.figures.some((f) => f.doc !== doc.name)) continue;
    const ats = c.figures.map((f) => atOf(doc, f)).filter((a): a is DocFigure => a !== undefined);
    for (const cell of ats) {
      const row = staleRows(doc).byLatest.get(cell.index);
      if (!row || row.before.figure.value === row.latest.figure.value || row.before.figure.value === 0) continue;
      for (const said of ats) {
        if (said === cell || isTableFigure(said) || !admits(said.figure, row.before.figure.value) || admits(said.figure, row.latest.figure.value)) continue;
        const rate = doc.figures[said.index + 1];
        if (!rate || rate.unit !== '%' || rate.sentence.start !== said.figure.sentence.start) continue;
        const between = doc.text.slice(said.figure.end, rate.start);
        const way = EN_RATE_AFTER.exec(between)?.[1] ?? ZH_RATE_AFTER.exec(between)?.[1];
        if (way === undefined) continue;
        const sign = UP.test(way) ? 1 : -1;
        // the rate stands on the latest cell: the change from the year before to it, its way and size
        const change = ((row.latest.figure.value - row.before.figure.value) / row.before.figure.value) * 100;
        if (Math.sign(change) !== sign || !admits(rate, Math.abs(change))) continue;
        const key = figureId(doc.name, said.figure.start);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(changeCheck(row.before, said, { doc, figure: rate, index: said.index + 1 }, sign as 1 | -1, 'change.stale-figure'));
      }
    }
  }
  return out;
}
