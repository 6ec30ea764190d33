import { figureId, partsOf, pushTo, type FigureId } from './figure-places';
import type { Check } from '../types';

/** What the failing checks found so far already set against a figure. */
export interface FailingChecks {
  /** Whether one failing check holds both figures. */
  together(a: FigureId, b: FigureId): boolean;
  /** Whether a failing check of the figure holds another figure of its document of this value. */
  againstValue(figure: FigureId, value: number): boolean;
}

/**
 * Each figure's failing checks, by index, read once and asked per figure: a check over thousands of figures (a long
 * table's column sum, one metric said in every line of a report) makes no quadratic set of pairs or values.
 */
export function failingChecks(found: readonly Check[]): FailingChecks {
  const checksOf = new Map<FigureId, number[]>();
  found.forEach((c, k) => {
    if (!c.holds) for (const f of c.figures) pushTo(checksOf, figureId(f.doc, f.start), k);
  });
  const of = (id: FigureId) => checksOf.get(id);
  return {
    together(a, b) {
      const [x, y] = [of(a), of(b)];
      if (!x || !y) return false;
      const [small, large] = x.length <= y.length ? [x, y] : [y, x];
      return small.some((k) => large.includes(k));
    },
    againstValue(figure, value) {
      const { doc, start } = partsOf(figure);
      return (of(figure) ?? []).some((k) => found[k]!.figures.some((o) => o.doc === doc && o.start !== start && o.value === value));
    },
  };
}
