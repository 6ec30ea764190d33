// A share misstated where the document states elsewhere what its inputs give. 1's `222,560平方米，占物业组合总建筑面积的
// 86.8%` comes out at 68.8%, which the 主席致辞's `获得绿色认证的建筑面积占比达到68.8%` says; `We spent R13.5 billion with
// HDSA-owned suppliers, 73.2% of discretionary procurement` comes out at 72.4%, which Table 8's `13,486 | 72.3` says over
// the same inputs said finely. The two statements of one share disagree: an auditor sets them side by side.

import { samePeriod } from '../../metrics/index';
import { metricTokens } from './metric-tokens';
import { pairCheck } from './pair-check';
import { intervalOf, overlaps, quotient, type Interval } from '../readers/precision';
import { figureId, type FigureId } from '../readers/figure-places';
import { datedRows } from '../changes/table-prior-year-changes';
import { asCheckFigure, asDocFigure, resultOf, roleOf, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';

const RULE = 'consistency.result-said-elsewhere';

export function resultsSaidElsewhere(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const ratios = checks.filter((c) => c.kind === 'ratio' && c.says.key.startsWith('percent.'));
  const resulted = new Set(ratios.map((c) => resultOf(c)).filter((f) => f !== undefined).map((f) => figureId(f.doc, f.start)));
  // (a pair another rule sets side by side already is said once)
  const paired = new Set(checks.filter((c) => c.kind === 'consistency').map((c) => pairId(c.figures[0], c.figures[1])));
  const out: Check[] = [];
  const said = new Set<FigureId>();
  // the stated result set against what the document says it should be, once per stated figure and pair
  const pairOnce = (stated: CheckFigure, statedAt: DocFigure, right: DocFigure | undefined) => {
    if (!right || right.figure.value === stated.value || paired.has(pairId(stated, asCheckFigure(right, 'mention')))) return;
    said.add(figureId(stated.doc, stated.start));
    out.push({ ...pairCheck(statedAt, right, 'same.differ'), rule: RULE });
  };
  for (const missed of ratios) {
    if (missed.holds) continue;
    const quotientOf = quotientOver(missed, byName);
    const stated = resultOf(missed);
    const statedAt = stated && asDocFigure(byName, stated);
    if (!quotientOf || !statedAt || said.has(figureId(stated.doc, stated.start))) continue;
    const right =
      heldOverTheSameInputs(ratios, quotientOf.inputs, byName) ??
      statedUnworked(statedAt, quotientOf.gives, quotientOf.inputs[0], (f) => resulted.has(figureId(statedAt.doc.name, f.start)));
    pairOnce(stated, statedAt, right);
  }
  // a rate or average misstated where its table or key figures give what its inputs do (`人均培训时长32.6小时` over 30,864 hours
  // and 1,286 employees, which the 关键绩效表's `人均培训时长  小时  24.0` says): said of the stated result's own metric words
  for (const missed of checks) {
    if (missed.kind !== 'ratio' || missed.holds || missed.expected === undefined || !missed.says.key.startsWith('rate.')) continue;
    const stated = resultOf(missed);
    const statedAt = stated && asDocFigure(byName, stated);
    if (!stated || !statedAt || said.has(figureId(stated.doc, stated.start))) continue;
    // (a row's year-before cell is last year's rate, whatever period the stated one's sentence leaves unsaid)
    const before = beforeCells(statedAt.doc);
    const right = statedUnworked(statedAt, { lo: missed.expected, hi: missed.expected }, statedAt, (_, index) => before.has(index));
    pairOnce(stated, statedAt, right);
  }
  return out;
}

const beforeCellsRead = new WeakMap<CheckDocument, ReadonlySet<number>>();

/** The indices of the document's year-before cells of its dated rows (read once per document). */
function beforeCells(doc: CheckDocument): ReadonlySet<number> {
  let cells = beforeCellsRead.get(doc);
  if (!cells) beforeCellsRead.set(doc, (cells = new Set(datedRows(doc).map((r) => r.before.index))));
  return cells;
}

/** A ratio's numerator and denominator as their document has them, and the interval they give in %. */
function quotientOver(check: Check, byName: ReadonlyMap<string, CheckDocument>): { inputs: [DocFigure, DocFigure]; gives: Interval } | undefined {
  const [n, d] = [roleOf(check, 'numerator'), roleOf(check, 'denominator')].map((f) => f && asDocFigure(byName, f));
  const gives = n && d && quotient(intervalOf(n.figure), intervalOf(d.figure), 100);
  return n && d && gives && n.doc === d.doc ? { inputs: [n, d], gives } : undefined;
}

/**
 * The result of a holding share whose numerator and denominator each lie within the missed one's (`13,486` within
 * `R13.5 billion`, one `18,642`): the same share worked over its inputs said finely.
 */
function heldOverTheSameInputs(ratios: readonly Check[], [n, d]: readonly [DocFigure, DocFigure], byName: ReadonlyMap<string, CheckDocument>): DocFigure | undefined {
  const within = (outer: DocFigure, inner: CheckFigure | undefined) => {
    if (!inner || inner.doc !== outer.doc.name) return false;
    const { lo, hi } = intervalOf(outer.figure);
    return inner.value >= lo && inner.value <= hi;
  };
  for (const held of ratios) {
    const result = held.holds ? resultOf(held) : undefined;
    if (result && result.doc === n.doc.name && within(n, roleOf(held, 'numerator')) && within(d, roleOf(held, 'denominator'))) return asDocFigure(byName, result);
  }
  return undefined;
}

/**
 * A share or rate said elsewhere in the document in the stated result's unit, exactly, of the same period, that no check
 * works out, within what the missed one's inputs give, its metric's words those of `named` (a share's numerator, `建筑面积`
 * of `获得绿色认证的建筑面积增至222,560平方米`; a rate's stated result).
 */
function statedUnworked(stated: DocFigure, gives: Interval, named: DocFigure, worked: (f: DocFigure['figure'], index: number) => boolean): DocFigure | undefined {
  const own = new Set(metricTokens(named.figure.metric));
  const { doc } = stated;
  for (let index = 0; index < doc.figures.length; index++) {
    const f = doc.figures[index]!;
    if (index === stated.index || f.unit !== stated.figure.unit || f.qualifier !== 'exact' || worked(f, index) || !samePeriod(f.period, stated.figure.period)) continue;
    // (one word of its own at most: a verb the metric keeps, `使清洁能源装机容量`)
    const words = metricTokens(f.metric);
    const shared = words.filter((t) => own.has(t)).length;
    if (shared < 2 || shared < words.length - 1 || !overlaps(intervalOf(f), gives)) continue;
    return { doc, figure: f, index };
  }
  return undefined;
}

const pairId = (a: CheckFigure | undefined, b: CheckFigure | undefined) => [a, b].map((f) => (f ? figureId(f.doc, f.start) : '')).sort().join('\u0001');
