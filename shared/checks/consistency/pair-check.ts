// Two statements of one claim that disagree, as one consistency check: the pair, each named by its text, qualifier,
// document and place (text or table).

import { isTableFigure } from '../readers/figure-facts';
import { placeTerm, qualifierTerm, saying } from '../sayings';
import { asCheckFigure, type Check, type DocFigure } from '../types';

export type PairKey = 'same.differ' | 'same.qualifier' | 'same.scale';
const PAIR_RULES: Record<PairKey, string> = { 'same.differ': 'consistency.transposed-digits', 'same.qualifier': 'consistency.opposite-qualifiers', 'same.scale': 'consistency.scale-slip' };

/** Two statements of one claim that disagree, named by `metric` (by default the figures' own). */
export function pairCheck(a: DocFigure, b: DocFigure, key: PairKey, metric = a.figure.metric ?? b.figure.metric ?? a.figure.unit): Check {
  const side = (f: DocFigure, s: 'a' | 'b') => ({
    [s]: f.figure.text.replace(/\s+/g, ' ').replace(/\*\*/g, ''),
    [`${s}Qualifier`]: qualifierTerm(f.figure.qualifier),
    [`${s}Doc`]: f.doc.name,
    [`${s}Place`]: placeTerm(isTableFigure(f)),
  });
  return {
    kind: 'consistency',
    holds: false,
    figures: [asCheckFigure(a, 'mention'), asCheckFigure(b, 'mention')],
    rule: PAIR_RULES[key],
    ...saying(key, { metric, ...side(a, 'a'), ...side(b, 'b') }),
  };
}
