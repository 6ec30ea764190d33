// A whole said with its parts listed after it: `温室气体排放总量7,020吨，其中范围一排放620吨、范围二排放6,400吨`,
// `Total GHG emissions were 7,020 tCO2e in 2024, with Scope 1 at 620 tCO2e and Scope 2 at 6,400 tCO2e`. A comparison
// said right after the list's last part (`，较上年的7,460吨下降5.9%`, `, down 5.9% from 7,460 tCO2e`) closes the
// sentence about the whole: the list is its aside, and last year's figure is the whole's, not the last part's.

import { dimensionOf } from '../readers/dimension';
import { isTableFigure } from '../readers/figure-facts';
import { intervalOf } from '../readers/precision';
import type { CheckDocument, DocFigure } from '../types';

/** Between a whole and its first listed part: `，其中`, `, including`, `, of which`, ` in 2024, with Scope 1 at`. */
const LIST_OPENING = /^[^.;。；\n]{0,40}?(?:其中|包括|\bincluding\b|\bof which\b|\bwith\b)[^.;。；\n]{0,30}$/i;

/** Between two listed parts: a short join, no comparison (`较上年`, `from`, `up`) nor the end of a clause. */
const LIST_JOIN = /^[^.;。；\n]{0,30}$/;
/** A bracket opening the list after the whole (` in FY2024-25 (Scope 1: `), its parts joined within it (`; Scope 2: `), closed after the last. */
const BRACKET_OPENING = /^[^.;。；\n()（）]{0,40}?[(（][^.;。；\n()（）]{0,30}$/;
const BRACKETED_JOIN = /^[^.。\n()（）]{0,30}$/;
const CLOSED_AFTER = /^[^\d()（）]{0,20}?[)）]/;
const COMPARISON = /较|比|同比|增|减|降|\b(?:from|up|down|rose|fell|compared|against|than)\b/i;

/** A list has at least two parts and at most this many. */
const MAX_PARTS = 8;

/**
 * The whole a running-text list opens on, when the figure at `index` is the list's last part (two parts or more, each
 * of the whole's dimension and no larger than it); else undefined.
 */
export function wholeOfLastListedPart(doc: CheckDocument, index: number): DocFigure | undefined {
  const last = doc.figures[index]!;
  if (isTableFigure({ doc, figure: last, index })) return undefined;
  // (`4,672 tCO2e in FY2024-25 (Scope 1: 412 tCO2e; Scope 2: 4,260 tCO2e), up 3.1% from 4,530`: a list in brackets closed after its last part)
  return listWhole(doc, index, LIST_OPENING, LIST_JOIN) ?? (CLOSED_AFTER.test(doc.text.slice(last.end, last.end + 24)) ? listWhole(doc, index, BRACKET_OPENING, BRACKETED_JOIN, true) : undefined);
}

/** `bracketed`: the parts' `;` may split them into sentences of their own, within the bracket. */
function listWhole(doc: CheckDocument, index: number, opening: RegExp, join: RegExp, bracketed = false): DocFigure | undefined {
  const { figures, text } = doc;
  const last = figures[index]!;
  const kind = dimensionOf(last);
  for (let k = index - 1; k >= 0 && index - k <= MAX_PARTS; k--) {
    const figure = figures[k]!;
    if ((!bracketed && figure.sentence.start !== last.sentence.start) || dimensionOf(figure) !== kind || figure.valueMax !== undefined) return undefined;
    const between = text.slice(figure.end, figures[k + 1]!.start);
    if (opening.test(between)) {
      if (index - k < 2) return undefined;
      const whole = intervalOf(figure);
      for (let p = k + 1; p <= index; p++) if (intervalOf(figures[p]!).lo > whole.hi) return undefined;
      return { doc, figure, index: k };
    }
    if (!join.test(between) || COMPARISON.test(between)) return undefined;
  }
  return undefined;
}
