// A quotient found to hold for this year, worked out again for the year before over its table rows: the text's
// `温室气体排放总量14,500吨…单位营业收入温室气体排放0.161吨/万元` over `营业收入90,000万元` holds, and the 关键绩效表 gives each of
// the three a row with the year before beside it (`14,500 | 14,000`, `90,000 | 82,000`, `0.161 | 0.171`): 14,000 over
// 82,000万元 is the year before's 0.171 (`上年为0.171吨/万元`), the same computation on the same rows' other column. Each
// of the three figures needs one row giving its value as the latest year, and those rows one year before each; a year
// before some rule already works out is left to it. What the year before comes to is only reported when it holds: a
// year whose quotient comes out otherwise may be of another definition or scope (restated, a changed denominator),
// which the rows alone do not tell apart from a slip.

import { figureId } from '../readers/figure-places';
import { datedRows, type DatedRow } from '../changes/table-prior-year-changes';
import { asWritten, show } from '../readers/precision';
import { rateCheck } from './rate-readers';
import { shareCheck } from '../shares/ratio';
import { resultOf, roleOf, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';

const RULE = 'ratio.year-before-of-rows';

/** The cell of the year before of the one table row whose latest cell is the figure or states its value; undefined when none or several rows differ. */
function yearBeforeOf(rows: readonly DatedRow[], f: CheckFigure): DatedRow['before'] | undefined {
  let found: DatedRow['before'] | undefined;
  for (const r of rows) {
    if (r.latest.figure.start !== f.start && r.latest.figure.value !== f.value) continue;
    if (r.before.figure.start === f.start) return undefined;
    if (found && found.figure.value !== r.before.figure.value) return undefined;
    found ??= r.before;
  }
  return found;
}

/** How the inputs are written, with what the quotient multiplies their written numbers by where it is not one: `14,000 / 82,000` (吨 over 万元, 吨/万元). */
function formulaOf(numerator: DocFigure, denominator: DocFigure, expected: number): string {
  const [n, d] = [asWritten(numerator.figure), asWritten(denominator.figure)];
  const written = Number(n.replace(/,/g, '')) / Number(d.replace(/,/g, ''));
  const factor = written > 0 ? expected / written : 1;
  if (!Number.isFinite(factor) || Math.abs(Math.log10(factor)) < 1e-6) return `${n} / ${d}`;
  return factor > 1 ? `${n} × ${show(factor, 0)} / ${d}` : `${n} / ${d} ÷ ${show(1 / factor, 0)}`;
}

export function yearBeforeOfQuotients(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  // results some rule already works out: that year's quotient is its
  const worked = new Set(checks.flatMap((c) => (c.kind === 'ratio' ? c.figures.filter((f) => f.role === 'result').map((f) => figureId(f.doc, f.start)) : [])));
  const out: Check[] = [];
  for (const held of heldQuotients(checks, byName)) {
    const { doc, numerator, denominator, result } = held;
    const dated = datedRows(doc, true);
    const [n, d, r] = [yearBeforeOf(dated, numerator), yearBeforeOf(dated, denominator), yearBeforeOf(dated, result)];
    if (!n || !d || !r || worked.has(figureId(doc.name, r.figure.start)) || !(d.figure.value > 0)) continue;
    const check = quotientOver(held, n, d, r, RULE);
    if (!check.holds) continue;
    worked.add(figureId(doc.name, r.figure.start));
    out.push(check);
  }
  return out;
}

/** A ratio check found holding, its three figures positive and of one document: a computation to work out again over other cells. */
export interface HeldQuotient {
  doc: CheckDocument;
  numerator: CheckFigure;
  denominator: CheckFigure;
  result: CheckFigure;
  /** A percentage (a share), or a rate at `factor`: what the quotient multiplies the inputs' values by. */
  percent: boolean;
  factor: number;
}

/** The ratio checks found holding whose numerator, denominator and result are positive and of one document. */
export function heldQuotients(checks: readonly Check[], byName: ReadonlyMap<string, CheckDocument>): HeldQuotient[] {
  const out: HeldQuotient[] = [];
  for (const held of checks) {
    if (held.kind !== 'ratio' || !held.holds || held.expected === undefined) continue;
    const [numerator, denominator, result] = [roleOf(held, 'numerator'), roleOf(held, 'denominator'), resultOf(held)];
    if (!numerator || !denominator || !result || numerator.doc !== result.doc || denominator.doc !== result.doc) continue;
    if (!(numerator.value > 0 && denominator.value > 0 && held.expected > 0)) continue;
    const doc = byName.get(result.doc);
    if (doc) out.push({ doc, numerator, denominator, result, percent: held.says.key.startsWith('percent'), factor: held.expected / (numerator.value / denominator.value) });
  }
  return out;
}

/** A held quotient's computation over other cells: a share, or a rate at its factor. */
export const quotientOver = (held: HeldQuotient, n: DocFigure, d: DocFigure, r: DocFigure, rule: string): Check => (held.percent ? shareCheck(n, d, r, rule) : rateAtFactor(n, d, r, held.factor, rule));

/** A rate at a known factor: rate-readers' `rateCheck` at that base, its formula written with the factor over the inputs as written. */
export function rateAtFactor(numerator: DocFigure, denominator: DocFigure, result: DocFigure, factor: number, rule = RULE): Check {
  return rateCheck(numerator, denominator, result, factor, rule, '', 1, 1, { formula: (expected) => formulaOf(numerator, denominator, expected) });
}
