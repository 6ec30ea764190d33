import { figureId } from '../consistency/restatements';
import type { Check } from '../types';

/** A figure by its document and place. */
interface Place {
  doc: string;
  start: number;
}

/** What the failing checks found so far already set against a figure. */
export interface FailingChecks {
  /** Whether one failing check holds both figures. */
  together(a: Place, b: Place): boolean;
  /** Whether a failing check of the figure holds another figure of its document of this value. */
  againstValue(figure: Place, value: number): boolean;
}

/**
 * Each figure's failing checks, by index, read once and asked per figure: a check over thousands of figures (a long
 * table's column sum, one metric said in every line of a report) makes no quadratic set of pairs or values.
 */
export function failingChecks(found: readonly Check[]): FailingChecks {
  const checksOf = new Map<string, number[]>();
  found.forEach((c, k) => {
    if (!c.holds)
      for (const f of c.figures) {
        const id = figureId(f.doc, f.start);
        const list = checksOf.get(id);
        if (list) list.push(k);
        else checksOf.set(id, [k]);
      }
  });
  const of = (p: Place) => checksOf.get(figureId(p.doc, p.start));
  return {
    together(a, b) {
      const [x, y] = [of(a), of(b)];
      if (!x || !y) return false;
      const [small, large] = x.length <= y.length ? [x, y] : [y, x];
      return small.some((k) => large.includes(k));
    },
    againstValue(figure, value) {
      return (of(figure) ?? []).some((k) =>
        found[k]!.figures.some((o) => o.doc === figure.doc && o.start !== figure.start && o.value === value),
      );
    },
  };
}
