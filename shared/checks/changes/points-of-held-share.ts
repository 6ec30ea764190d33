// A share's points against the year before, worked from the two levels each of its inputs has: `其中环保型低烟组合烟花收入
// 14,860万元，较上年的11,980万元增长24.0%，占组合烟花收入的40.7%，比重较上年提高4.6个百分点` beside a table giving both
// revenues for both years (`组合烟花  36,480  33,160`, `其中：环保型低烟组合烟花  14,860  11,980`). No share of the year
// before is said; its part and its whole are, one table row each. The share said holds over this year's part and whole
// (a ratio check found it), so its points are the share less the part over the whole of the year before: each input's
// row is certain, as the share's own check pins its inputs down, and the points are a mismatch when they do not come out.

import { comparable } from '../readers/dimension';
import { percentCheck } from '../shares/percent-check';
import { asWritten, fixed, intervalOf } from '../readers/precision';
import { reportYearOf } from '../rates/rates';
import { yearOf } from '../rates/rate-readers';
import { datedRows, restates, type DatedRow } from './table-prior-year-changes';
import { asCheckFigure, firstAtOrAfter, roleOf, type Check, type CheckDocument, type DocFigure } from '../types';
import { ZH_CHANGE_VERB } from '../readers/markers';

/**
 * Between a share and its own points, no figure between: a clause of the year before and its direction, `，比重较上年提高`,
 * `，较上年下降`, `, up`, `, down by`.
 */
const OWN_POINTS = new RegExp(String.raw`^\s*[,，]\s*(?:[\u4e00-\u9fff]{0,4}(?:较上年|較上年|比上年|较去年|較去年|同比)\s*(?:${ZH_CHANGE_VERB})(?:了)?|(?:up|down)(?:\s+by)?)\s*$`, 'i');
/** The English points' year before, said after them: `percentage points on last year`, `points from 2023`. */
const ON_YEAR_BEFORE = /^\s*(?:(?:percentage\s+)?points?\s+)?(?:(?:on|from|than|against|compared\s+with)\s+(?:the\s+)?(?:last|previous|prior)\s+year|year[- ]on[- ]year)\b/i;

export function pointsOfHeldShares(doc: CheckDocument, found: readonly Check[]): Check[] {
  const { figures, text } = doc;
  const out: Check[] = [];
  let reportYear: string | undefined;
  for (let i = 1; i < figures.length; i++) {
    const points = figures[i]!;
    if (points.unit !== 'pp') continue;
    // the share just before its points, or before its whole said after it (`31.8% of the 42,600 tonnes of resin we bought, up`)
    const k = figures[i - 1]!.unit === '%' ? i - 1 : i - 2;
    const share = figures[k];
    if (k < 0 || share?.unit !== '%' || share.sentence.start !== points.sentence.start || share.valueMax !== undefined) continue;
    if (!saidAgainstYearBefore(text, figures[i - 1]!, points)) continue;
    // points another rule has read already
    if (found.some((c) => c.kind === 'change' && roleOf(c, 'result')?.start === points.start && c.figures[0]?.doc === doc.name)) continue;
    const held = heldShareOf(doc, found, share.start);
    // (a figure between the share and its points is its whole)
    if (!held || (k === i - 2 && held.whole.index !== i - 1)) continue;
    const year = yearOf(share.period) ?? (reportYear ??= reportYearOf(doc));
    if (year === undefined) continue;
    const rows = datedRows(doc, true);
    const [part, whole] = [yearBefore(rows, held.part, year), yearBefore(rows, held.whole, year)];
    if (!part || !whole || part.figure.value >= whole.figure.value) continue;
    out.push(pointsCheck({ doc, figure: share, index: k }, part, whole, { doc, figure: points, index: i }));
  }
  return out;
}

/** Points said right after the figure before them against the year before (`，比重较上年提高`; `, up` … `on last year`). */
function saidAgainstYearBefore(text: string, before: { end: number }, points: { start: number; end: number }): boolean {
  const between = text.slice(before.end, points.start);
  if (OWN_POINTS.test(between)) return !/[a-z]/i.test(between) || ON_YEAR_BEFORE.test(text.slice(points.end, points.end + 40));
  return OWN_WHOLE_POINTS.test(between) && ON_YEAR_BEFORE.test(text.slice(points.end, points.end + 40));
}

/** The rest of a share's whole said after it, then its points: ` tonnes of resin we bought, up `. */
const OWN_WHOLE_POINTS = /^[^,，;；.。\d]{0,60}[,，]\s*(?:up|down)(?:\s+by)?\s*$/i;

/** The part and the whole of the holding ratio check whose result is the share at `start`. */
function heldShareOf(doc: CheckDocument, found: readonly Check[], start: number): { part: DocFigure; whole: DocFigure } | undefined {
  for (const c of found) {
    if (c.kind !== 'ratio' || !c.holds || roleOf(c, 'result')?.start !== start || c.figures[0]?.doc !== doc.name) continue;
    const [part, whole] = [atOf(doc, roleOf(c, 'numerator')?.start), atOf(doc, roleOf(c, 'denominator')?.start)];
    if (part && whole) return { part, whole };
  }
  return undefined;
}

function atOf(doc: CheckDocument, start: number | undefined): DocFigure | undefined {
  if (start === undefined) return undefined;
  const index = firstAtOrAfter(doc, start);
  const figure = doc.figures[index];
  return figure?.start === start ? { doc, figure, index } : undefined;
}

/** The cell of the year before of the table rows whose cell of `year` restates the figure: one value, or none. */
function yearBefore(rows: readonly DatedRow[], at: DocFigure, year: string): DocFigure | undefined {
  const { figure } = at;
  const before = rows
    .filter((r) => yearOf(r.latest.figure.period) === year && yearOf(r.before.figure.period) === String(Number(year) - 1) && comparable(figure, r.latest.figure) && restates(figure, r.latest.figure))
    .map((r) => r.before);
  return before.length > 0 && before.every((b) => b.figure.value === before[0]!.figure.value) ? before[0] : undefined;
}

/** The points against the share less the part over the whole of the year before, over their precision. */
function pointsCheck(share: DocFigure, part: DocFigure, whole: DocFigure, points: DocFigure): Check {
  const [p, w, s] = [intervalOf(part.figure), intervalOf(whole.figure), intervalOf(share.figure)];
  const before = { lo: (p.lo / w.hi) * 100, hi: (p.hi / w.lo) * 100 };
  const expected = share.figure.value - (part.figure.value / whole.figure.value) * 100;
  // the points' size, either way: their direction is the words' own
  const [lo, hi] = [s.lo - before.hi, s.hi - before.lo];
  const computed = lo >= 0 ? { lo, hi } : hi <= 0 ? { lo: -hi, hi: -lo } : { lo: 0, hi: Math.max(-lo, hi) };
  return percentCheck({
    kind: 'change',
    rule: 'change.percentage-points-of-levels',
    inputs: [asCheckFigure(part, 'numerator'), asCheckFigure(whole, 'denominator'), asCheckFigure(share, 'new')],
    result: points,
    computed,
    expected: Math.abs(expected),
    formula: `${asWritten(share.figure)} − ${asWritten(part.figure)} / ${asWritten(whole.figure)} (${fixed((part.figure.value / whole.figure.value) * 100, 2)}%)`,
  });
}
