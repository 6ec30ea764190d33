// A round figure said with a direction in running text (`More than 69 million journeys were made on
// our trains this year`) restates the key figure of its document whose label ends in the noun it
// counts (`Passenger journeys: 68.4 million`, or a table row's `Stores   3,412` at a glance): the wording differs (`made on our trains`), so the
// metric rules never meet them, and the direction must hold of the exact value — more than 69
// million cannot be 68.4 million, nearly 70 million can. Only a figure rounder than the key figure
// (`69 million` to its `68.4`) and within a tenth of it is read as restating it; a count far from it
// (`more than 500 colleagues volunteered` beside `Colleagues: 5,214`) is another claim. Key figures
// are gathered by noun per document: linear in the figures.

import { samePeriod } from '../metrics/index';
import { inForwardSentence } from './markers';
import { direction, disagreement, inTable, isKeyLine } from './agreement';
import { stepOf } from './precision';
import { figureId, pairCheck } from './restatements';
import type { Check, CheckDocument, DocFigure } from './types';

/** A counted noun written after the number (`journeys`, `registered members`). */
const COUNTED = /^[a-z][a-z -]{1,30}$/i;
/** A key figure's label that names a counted thing: a few words, letters only (`Passenger journeys`, `Colleagues`). */
const KEY_LABEL = /^[A-Za-z][A-Za-z -]{0,40}$/;
/** How far apart a round figure and the key figure it restates may be, as a ratio. */
const MAX_RATIO = 1.1;

/** The counted noun as compared: its last word, singular, in lower case. */
const nounOf = (words: string) => words.trim().toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, '');

export function roundedRestatements(docs: readonly CheckDocument[], alreadyFlagged: ReadonlySet<string>): Check[] {
  const checks: Check[] = [];
  for (const doc of docs) {
    const keyFigures = new Map<string, DocFigure[]>();
    const rounded: DocFigure[] = [];
    doc.figures.forEach((figure, index) => {
      if (figure.valueMax !== undefined || !(figure.value > 0)) return;
      if (direction(figure.qualifier) !== 'none') {
        if (COUNTED.test(figure.unit) && !inTable(doc.text, figure) && !inForwardSentence(doc.text, figure)) rounded.push({ doc, figure, index });
      } else if (figure.qualifier === 'exact' && figure.unit === '' && KEY_LABEL.test(figure.metric ?? '') && (isKeyLine(doc.text, figure) || inTable(doc.text, figure))) {
        const noun = nounOf(figure.metric!);
        const list = keyFigures.get(noun);
        if (list) list.push({ doc, figure, index });
        else keyFigures.set(noun, [{ doc, figure, index }]);
      }
    });
    if (keyFigures.size === 0) continue;
    for (const said of rounded) {
      if (alreadyFlagged.has(figureId(doc.name, said.figure.start))) continue;
      for (const key of keyFigures.get(nounOf(said.figure.unit)) ?? []) {
        const { figure } = said;
        const ratio = Math.max(figure.value, key.figure.value) / Math.min(figure.value, key.figure.value);
        if (ratio > MAX_RATIO || stepOf(figure) <= stepOf(key.figure) || !samePeriod(figure.period, key.figure.period)) continue;
        if (disagreement(figure, false, key.figure, false) === undefined) continue;
        checks.push({ ...pairCheck(said, key, 'same.differ', key.figure.metric), rule: 'consistency.rounded-restatement' });
        break;
      }
    }
  }
  return checks;
}
