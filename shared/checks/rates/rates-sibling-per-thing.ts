// A running-text intensity per one thing counted beside a rate of the same measure per another that holds, in one
// paragraph: `Scope 1 and 2 emissions per student FTE fell to 0.75 tCO2e … Emissions per staff FTE were 4.91 tCO2e`.
// The first holds over 21,480 tCO2e and 28,640 students; the second names the emissions the first divides (its words
// before `per` are among the first's) and a thing the report counts with one value (5,120 staff, however often said):
// its pair is that amount over that count, and it is their mismatch when they do not give it.

import { dimensionOf } from '../readers/dimension';
import { metricTokens } from '../consistency/metric-tokens';
import { scopeNumbers } from '../../metrics/index';
import { scopesIn } from '../../metrics/scope';
import { isTableCell } from '../readers/table-columns';
import { firstAtOrAfter, roleOf, type Check, type CheckDocument, type DocFigure } from '../types';
import { breakAtOrBefore } from '../readers/paragraphs';

/** What a rate is of: its metric's words before `per` (`Emissions` of `Emissions per staff FTE`). */
const subjectOf = (metric: string | undefined): string[] => {
  const at = metric?.search(/\bper\b/i) ?? -1;
  return at > 0 ? metricTokens(metric!.slice(0, at)) : [];
};

/** The GHG scopes a metric names (`1,2` of `Scope 1 and 2 emissions per pupil`): rates of other scopes divide other emissions. */
const scopesSaid = (metric: string | undefined): string => (metric ? scopeNumbers(scopesIn(metric, 0, metric.length)[0]?.scope).join(',') : '');

/** The figure of `doc` a check's figure is. */
function figureOf(doc: CheckDocument, f: { doc: string; start: number } | undefined): DocFigure | undefined {
  if (!f || f.doc !== doc.name) return undefined;
  const index = firstAtOrAfter(doc, f.start);
  const figure = doc.figures[index];
  return figure?.start === f.start ? { doc, figure, index } : undefined;
}

/**
 * The pair of a running-text rate per a thing counted (`counted`) that no pair gives: the numerator of a holding rate of
 * its unit earlier in its paragraph, per another thing counted, whose subject holds its own; over the one value the
 * document counts that thing with. Undefined when either is not one value.
 */
export function siblingRatePair(result: DocFigure, held: readonly Check[], counted: (at: DocFigure) => boolean): { numerator: DocFigure; count: DocFigure } | undefined {
  const { doc, figure } = result;
  const subject = subjectOf(figure.metric);
  if (subject.length === 0 || figure.qualifier !== 'exact') return undefined;
  const paragraph = breakAtOrBefore(doc, figure.start);
  const numerators = held.flatMap((c) => {
    const [n, d, r] = (['numerator', 'denominator', 'result'] as const).map((role) => figureOf(doc, roleOf(c, role)));
    if (!n || !d || !r || isTableCell(doc, r.index) || r.figure.start <= paragraph || r.figure.start >= figure.start) return [];
    if (r.figure.unit !== figure.unit || dimensionOf(d.figure) !== 'count' || counted(d)) return [];
    const own = new Set(subjectOf(r.figure.metric));
    // (`Emissions per employee` names no scope and takes its neighbour's; `Scope 3 emissions per employee` names another)
    const scopes = scopesSaid(figure.metric);
    return subject.every((t) => own.has(t)) && (scopes === '' || scopes === scopesSaid(r.figure.metric)) ? [n] : [];
  });
  const numerator = numerators[0];
  if (!numerator || numerators.some((n) => n.figure.value !== numerator.figure.value)) return undefined;
  const counts = doc.figures.flatMap((f, index) => {
    const at = { doc, figure: f, index };
    return dimensionOf(f) === 'count' && Number.isInteger(f.value) && f.value > 0 && f.qualifier === 'exact' && counted(at) ? [at] : [];
  });
  const count = counts[0];
  return count && counts.every((c) => c.figure.value === count.figure.value) ? { numerator, count } : undefined;
}
