// A rate no pair gives, which a pair gives over a table total taken at what its parts add up to, where the total's
// digits are that sum's with two neighbours swapped: Scope 1 and 2 `450,280` for 8,640 + 442,180 = 450,820, and
// `Scope 1 and 2 emissions per GWh sold fell to 42.32 tCO2e`, which 450,820 over 10,653.6 GWh gives (450,280 gives
// 42.27). A swap is a slip of typing, and the parts say which figure slipped: the rate was worked on the total as it
// should read, and worked over the total as printed it is a mismatch — the same slip, which no other check reads. The
// rates of each such document are read again with its slipped totals set right; only a rate no check reads is taken,
// and only over a slipped total. So too a figure of running text a power of ten off another statement of it in its
// document (`2024年公司用电量4,862万千瓦时` against the 关键绩效表's 486.2万千瓦时), and the rate beside it that holds
// over the other (`单位面积用电量83.5千瓦时/平方米` over 5.82万平方米): over the figure as printed, a mismatch, never a
// unit slip of the rate.
// And a paragraph's total its parts do not add up to, set against the table cell that gives their sum: a rate of that
// paragraph after it, holding over the cell, is over the paragraph's total as printed a mismatch (`together 2,810 tCO2e`
// for 918 + 1,262, then `Emissions per £ million of revenue were 54.5 tCO2e`, on the key figures' 2,180).

import { asWritten, decimalsOf, intervalOf, overlaps, quotient, show, writtenNumber } from '../readers/precision';
import { rateChecks } from './rates';
import { figureId, type FigureId } from '../readers/figure-places';
import { adjacentSwap } from '../consistency/restatements';
import { saying } from '../sayings';
import { isTableCell } from '../readers/table-columns';
import { comparable } from '../readers/dimension';
import { breakAtOrBefore } from '../readers/paragraphs';
import { firstAtOrAfter, roleOf, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';

const RULE = 'rate.over-slipped-total';

export function ratesOverSlippedTotals(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const slipped = slippedTotals(checks);
  const scaled = scaleSlipped(checks);
  if (slipped.size === 0 && scaled.size === 0) return [];
  const read = new Set(checks.filter((c) => c.kind === 'ratio').flatMap((c) => c.figures.filter((f) => f.role === 'result').map((f) => figureId(f.doc, f.start))));
  const out: Check[] = overParagraphsSlippedTotal(checks, docs, slipped);
  for (const c of out) read.add(figureId(c.figures[2]!.doc, c.figures[2]!.start));
  for (const doc of docs) {
    const right = rightValues(doc, slipped);
    // (a figure of running text a power of ten off another statement of it: the rate beside it was worked on the other)
    doc.figures.forEach((f, index) => {
      const value = scaled.get(figureId(doc.name, f.start));
      if (value !== undefined && !right.has(index) && !isTableCell(doc, index)) right.set(index, value);
    });
    if (right.size === 0) continue;
    const setRight: CheckDocument = { ...doc, figures: doc.figures.map((f, index) => (right.has(index) ? { ...f, value: right.get(index)! } : f)) };
    const starts = new Set([...right.keys()].map((index) => doc.figures[index]!.start));
    out.push(...restatedUnderTable(checks, doc, right));
    for (const check of rateChecks(setRight)) {
      const result = roleOf(check, 'result');
      if (!check.holds || !result || read.has(figureId(doc.name, result.start))) continue;
      const overSlipped = (['numerator', 'denominator'] as const).some((r) => starts.has(roleOf(check, r)?.start ?? -1));
      const misstated = overSlipped ? overPrinted(check, doc) : undefined;
      if (!misstated) continue;
      read.add(figureId(doc.name, result.start));
      out.push(misstated);
    }
  }
  return out;
}

/**
 * A holding rate of the paragraph right under a table whose total slipped, over the text's own statement of that total as
 * its parts give it (`表4 … 范围一及范围二排放合计  845.9` for 12.6 + 842.3, then `2024年，公司范围一及范围二排放合计854.9万吨
 * 二氧化碳当量…；单站碳排放4.02吨`): the paragraph speaks of the table's total, and worked over it as printed the rate is
 * a mismatch — the same slip, read through the rate.
 */
function restatedUnderTable(checks: readonly Check[], doc: CheckDocument, right: ReadonlyMap<number, number>): Check[] {
  const out: Check[] = [];
  const said = new Set<number>();
  // a paragraph by the blank line before it (readers/paragraphs, read once per document)
  const paragraphOf = (at: number) => breakAtOrBefore(doc, at - 1);
  for (const check of checks) {
    const result = check.kind === 'ratio' && check.holds && check.says.key === 'rate.holds' ? roleOf(check, 'result') : undefined;
    if (!result || result.doc !== doc.name || said.has(result.start)) continue;
    const paragraph = paragraphOf(result.start);
    for (const role of ['numerator', 'denominator'] as const) {
      const input = roleOf(check, role);
      const at = input && figureOf(doc, input);
      if (!input || !at || isTableCell(doc, at.index) || paragraphOf(input.start) !== paragraph) continue;
      const slipped = [...right].find(([index, value]) => Math.abs(value - input.value) <= 1e-9 * input.value && comparable(doc.figures[index]!, at.figure) && endsRightAbove(doc, index, paragraph));
      if (!slipped) continue;
      const cell = doc.figures[slipped[0]]!;
      const overCell: Check = { ...check, figures: check.figures.map((f) => (f === input ? { ...f, start: cell.start, end: cell.end, text: cell.text } : f)) };
      const misstated = overPrinted(overCell, doc);
      if (misstated) out.push(misstated);
      said.add(result.start);
      break;
    }
  }
  return out;
}

/**
 * `Scope 1 … 918 tCO2e, and Scope 2 … 1,262 tCO2e, together 2,810 tCO2e, 7.1% less than … Emissions per £ million of revenue
 * were 54.5 tCO2e`, with the key figures' Total 2,180: a rate of running text that holds over a table cell, where its own
 * paragraph states that cell's figure as a total its parts do not add up to (they give the cell's value) and a check sets
 * the two against each other, is the paragraph's rate, and over the paragraph's total as printed a mismatch — the same slip.
 */
function overParagraphsSlippedTotal(checks: readonly Check[], docs: readonly CheckDocument[], slipped: ReadonlyMap<string, number>): Check[] {
  // each table cell a failing check sets against a running-text total whose parts give the cell's value: that total
  const statedOtherwise = new Map<string, CheckFigure>();
  for (const check of checks) {
    if (check.kind !== 'consistency' || check.holds) continue;
    const total = check.figures.find((f) => slipped.has(figureId(f.doc, f.start)));
    if (!total) continue;
    const value = slipped.get(figureId(total.doc, total.start))!;
    for (const f of check.figures) if (f !== total && f.doc === total.doc && f.value === value) statedOtherwise.set(figureId(f.doc, f.start), total);
  }
  if (statedOtherwise.size === 0) return [];
  const byName = new Map(docs.map((d) => [d.name, d]));
  // a paragraph by the blank line before it (readers/paragraphs)
  const paragraphOf = (doc: CheckDocument, at: number) => breakAtOrBefore(doc, at - 1);
  const out: Check[] = [];
  const said = new Set<string>();
  for (const check of checks) {
    const result = check.kind === 'ratio' && check.holds && check.says.key === 'rate.holds' ? roleOf(check, 'result') : undefined;
    const doc = result && byName.get(result.doc);
    if (!result || !doc) continue;
    for (const role of ['numerator', 'denominator'] as const) {
      const input = roleOf(check, role);
      const total = input && statedOtherwise.get(figureId(input.doc, input.start));
      if (!input || !total) continue;
      // the rate as running text says it after the total in its paragraph: the result, or (a table's) its restatement there
      const stated = statedAfterIn(doc, total, result, paragraphOf);
      if (!stated || said.has(figureId(stated.doc, stated.start))) continue;
      const moved = (f: CheckFigure): CheckFigure => (f === input ? { ...f, start: total.start, end: total.end, text: total.text } : f === result ? { ...f, start: stated.start, end: stated.end, text: stated.text } : f);
      const overTotal: Check = { ...check, figures: check.figures.filter((f) => f === result || f !== stated).map(moved) };
      const misstated = overPrinted(overTotal, doc);
      if (misstated) out.push(misstated);
      said.add(figureId(stated.doc, stated.start));
      break;
    }
  }
  return out;
}

/** Of a total's paragraph after it, the running-text figure of a rate's result value: the result itself, or a restatement of a table's result; else undefined. */
function statedAfterIn(doc: CheckDocument, total: CheckFigure, result: CheckFigure, paragraphOf: (doc: CheckDocument, at: number) => number): CheckFigure | undefined {
  const paragraph = paragraphOf(doc, total.start);
  for (let k = firstAtOrAfter(doc, total.end); k < doc.figures.length; k++) {
    const f = doc.figures[k]!;
    if (paragraphOf(doc, f.start) !== paragraph) return undefined;
    if (f.value === result.value && f.unit !== '%' && !isTableCell(doc, k)) return f.start === result.start ? result : { doc: doc.name, start: f.start, end: f.end, text: f.text, value: f.value, role: 'result' };
  }
  return undefined;
}

/** Whether the table cell at `index` stands on the last line of its table, right above the paragraph starting at `paragraph`. */
const endsRightAbove = (doc: CheckDocument, index: number, paragraph: number): boolean => {
  const cell = doc.figures[index]!;
  return paragraph > cell.end && !/\n\s*\S/.test(doc.text.slice(cell.end, paragraph));
};

/** By its place, what the parts of each total a failing sum check finds not adding up give instead. */
function slippedTotals(checks: readonly Check[]): Map<FigureId, number> {
  const totals = new Map<FigureId, number>();
  for (const check of checks) {
    const total = check.kind === 'sum' && !check.holds ? roleOf(check, 'total') : undefined;
    if (total && check.expected !== undefined) totals.set(figureId(total.doc, total.start), check.expected);
  }
  return totals;
}

/**
 * By place, the value the other figure of a scale slip within one document says (`2024年公司用电量4,862万千瓦时` against the
 * 关键绩效表's `用电量  万千瓦时  486.2`), for each figure set against one such value only, a power of ten apart.
 */
function scaleSlipped(checks: readonly Check[]): Map<string, number> {
  const values = new Map<string, number | undefined>();
  for (const check of checks) {
    if (check.kind !== 'consistency' || check.holds || check.says.key !== 'same.scale' || check.figures.length < 2) continue;
    // (a slip stated against its figure said twice alike, `186.4 thousand tce` against Table 2's and the key table's 18,640:
    // the one figure a power of ten off the others, which agree)
    const pair = check.figures.length === 2 ? (check.figures as [CheckFigure, CheckFigure]) : oneOffTheRest(check.figures);
    if (!pair) continue;
    const [a, b] = pair;
    if (a.doc !== b.doc || !(a.value > 0 && b.value > 0) || !powerOfTenApart(a.value, b.value)) continue;
    for (const [f, other] of [[a, b], [b, a]] as const) {
      const id = figureId(f.doc, f.start);
      values.set(id, values.has(id) && values.get(id) !== other.value ? undefined : other.value);
    }
  }
  const out = new Map<string, number>();
  for (const [id, value] of values) if (value !== undefined) out.set(id, value);
  return out;
}

/** Of three figures or more, the one whose value differs and one of the others, which all agree; undefined otherwise. */
function oneOffTheRest(figures: readonly CheckFigure[]): [CheckFigure, CheckFigure] | undefined {
  const odd = figures.filter((f) => figures.filter((g) => g.value === f.value).length === 1);
  const rest = figures.filter((f) => !odd.includes(f));
  return odd.length === 1 && rest.length >= 2 && rest.every((f) => f.value === rest[0]!.value) ? [odd[0]!, rest[0]!] : undefined;
}

/** Two values a whole power of ten apart (not one). */
function powerOfTenApart(a: number, b: number): boolean {
  const power = Math.log10(a / b);
  return Math.round(power) !== 0 && Math.abs(power - Math.round(power)) < 1e-6;
}

/**
 * By index, the value of each slipped total of `doc` that is a table cell, whose printed digits are its rows' sum's with
 * two neighbours swapped. (A total of running text is a sentence's, which its own rate beside it may well restate as
 * printed: `Total GHG emissions were 928,700 tCO2e` for 431,800 + 550,900, before an intensity the key figures work out.)
 */
function rightValues(doc: CheckDocument, slipped: ReadonlyMap<FigureId, number>): Map<number, number> {
  const right = new Map<number, number>();
  doc.figures.forEach((f, index) => {
    const parts = slipped.get(figureId(doc.name, f.start));
    if (parts !== undefined && writtenAsSwapOf(f, parts) && isTableCell(doc, index)) right.set(index, parts);
  });
  return right;
}

/** Whether a figure's written digits are those of `value`, at its scale and decimals, with two neighbours swapped (`450,280` for 450,820). */
function writtenAsSwapOf(figure: DocFigure['figure'], value: number): boolean {
  const written = writtenNumber(figure.text);
  if (written === undefined || !(Number(written) > 0)) return false;
  const scale = figure.value / Number(written);
  return adjacentSwap(written, (value / scale).toFixed(decimalsOf(figure.text)));
}

/** A rate that holds over a slipped total set right, worked over the total as printed: a mismatch, unless the stated rate still holds within the roundings. */
function overPrinted(check: Check, doc: CheckDocument): Check | undefined {
  const [n, d, result] = [roleOf(check, 'numerator'), roleOf(check, 'denominator'), roleOf(check, 'result')];
  const [nAt, dAt, resultAt] = [n, d, result].map((f) => f && figureOf(doc, f));
  if (!n || !d || !result || !nAt || !dAt || !resultAt || check.expected === undefined || !(n.value > 0 && d.value > 0)) return undefined;
  // the rate's units and factors, as its expected value over the values it held on says them; the printed figures' values
  const factor = check.expected / (n.value / d.value);
  const gives = quotient(intervalOf(nAt.figure), intervalOf(dAt.figure), factor);
  if (!gives || overlaps(gives, intervalOf(resultAt.figure))) return undefined;
  const expected = (nAt.figure.value / dAt.figure.value) * factor;
  const printed = (f: CheckFigure, at: DocFigure): CheckFigure => ({ ...f, value: at.figure.value });
  return {
    kind: 'ratio',
    holds: false,
    figures: [printed(n, nAt), printed(d, dAt), result],
    expected,
    stated: result.value,
    rule: RULE,
    ...saying('rate.mismatch', { calc: `${asWritten(nAt.figure)} / ${asWritten(dAt.figure)}`, expected: show(expected, Math.max(1, decimalsOf(result.text))), stated: asWritten(resultAt.figure) }),
  };
}

/** The printed figure of `doc` a check's figure stands on. */
function figureOf(doc: CheckDocument, f: CheckFigure): DocFigure | undefined {
  const index = firstAtOrAfter(doc, f.start);
  const figure = doc.figures[index];
  return figure?.start === f.start ? { doc, figure, index } : undefined;
}

