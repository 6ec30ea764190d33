// One sum, recomputed: a stated total against its parts, within the precision of them all. The
// sum rules (a total and the scopes or the figures that follow it in `sum.ts`, the columns and rows
// of a table in `table-sums.ts`) find the candidates; a candidate is only called a mismatch when
// its rule is certain of its parts, and never when the parts miss by half or more — then they are
// more likely not its parts, or two breakdowns of it.

import { saying } from './sayings';
import { decimalsOf, intervalOf, overlaps, show, sumOf, writtenNumber } from './precision';
import { asCheckFigure, type Check, type DocFigure } from './types';

export interface SumCandidate {
  total: DocFigure;
  parts: DocFigure[];
  /** Whether the parts are certainly all of the total's, so that a miss is a mismatch. */
  certain: boolean;
  rule: string;
}

/** Parts missing their total by this share or more are not taken for its parts. */
const FAR_OFF = 0.5;

export const candidateCheck = (c: SumCandidate): Check | undefined => sumCheck(c.total, c.parts, c.rule, c.certain);

/** `evenFarOff`: the parts are known to be the total's (one of them exceeds it), so a miss by half or more is still a mismatch. */
export function sumCheck(total: DocFigure, parts: DocFigure[], rule: string, mayMismatch: boolean, evenFarOff = false): Check | undefined {
  const holds = overlaps(sumOf(parts.map((p) => intervalOf(p.figure))), intervalOf(total.figure));
  const expected = parts.reduce((s, p) => s + p.figure.value, 0);
  if (!holds && !(mayMismatch && (evenFarOff || Math.abs(expected - total.figure.value) < FAR_OFF * total.figure.value))) return undefined;
  const scale = total.figure.value / (Number(writtenNumber(total.figure.text)) || total.figure.value);
  const digits = Math.max(...[total, ...parts].map((p) => decimalsOf(p.figure.text)));
  const partsText = parts.map((p) => show(p.figure.value / scale, digits)).join(' + ');
  const unit = total.figure.text.replace(/^[\d,.\s]+/, '').replace(/\*\*/g, '').trim();
  const line = saying(holds ? 'sum.holds' : 'sum.mismatch', {
    calc: partsText,
    expected: show(expected / scale, digits),
    stated: show(total.figure.value / scale, digits),
    unit: unit ? ` ${unit}` : '',
  });
  return {
    kind: 'sum',
    holds,
    figures: [asCheckFigure(total, 'total'), ...parts.map((p) => asCheckFigure(p, 'part'))],
    expected,
    stated: total.figure.value,
    rule,
    ...line,
  };
}

