// A round figure said with a direction in running text (`More than 69 million journeys were made on
// our trains this year`) restates the key figure of its document whose label ends in the noun it
// counts (`Passenger journeys: 68.4 million`, or a table row's `Stores   3,412` at a glance): the wording differs (`made on our trains`), so the
// metric rules never meet them, and the direction must hold of the exact value — more than 69
// million cannot be 68.4 million, nearly 70 million can. Only a figure rounder than the key figure
// (`69 million` to its `68.4`) and within a tenth of it is read as restating it; a count far from it
// (`more than 500 colleagues volunteered` beside `Colleagues: 5,214`) is another claim. An exact count
// restates a key figure whose label opens or ends in its noun, the label's other words said in its
// sentence (`engaged 3,910 contractors` and `Contractors engaged   3,190` at a glance), when two of
// their digits are swapped: a slip, never two counts of one thing. Key figures are gathered by noun
// per document: linear in the figures.

import { samePeriod, yearOfPeriod } from '../../metrics/index';
import { inForwardSentence } from '../readers/markers';
import { direction, disagreement, inTable, isKeyLine, ownSentence } from './agreement';
import { stepOf } from '../readers/precision';
import { pairCheck } from './pair-check';
import { figureId, type FigureId } from '../readers/figure-places';
import { slipVariants } from '../readers/slips';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';

/** A counted noun written after the number (`journeys`, `registered members`). */
const COUNTED = /^[a-z][a-z -]{1,30}$/i;
/** A key figure's label that names a counted thing: a few words, letters only (`Passenger journeys`, `Colleagues`). */
const KEY_LABEL = /^[A-Za-z][A-Za-z -]{0,40}$/;
/** How far apart a round figure and the key figure it restates may be, as a ratio. */
const MAX_RATIO = 1.1;
/** The smallest exact count read against a key figure for a slip: in a short one, any two counts are a swap apart. */
const SLIP_MIN = 1000;

/** The counted noun as compared: its last word, singular, in lower case. */
const nounOf = (words: string) => words.trim().toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, '');
/** A label's first word as a counted noun (`Contractors engaged`), when it has others. */
const firstNounOf = (words: string) => {
  const all = words.trim().toLowerCase().split(/\s+/);
  return all.length > 1 ? all[0]!.replace(/s$/, '') : undefined;
};
/** Words as compared between a label and a sentence: lower case, five letters (`engaged` and `engage`). */
const wordKeys = (text: string) => (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((w) => w.slice(0, 5));

export function roundedRestatements(docs: readonly CheckDocument[], alreadyFlagged: ReadonlySet<FigureId>): Check[] {
  const checks: Check[] = [];
  for (const doc of docs) {
    const keyFigures = new Map<string, DocFigure[]>();
    const byFirstNoun = new Map<string, DocFigure[]>();
    const rounded: DocFigure[] = [];
    const exact: DocFigure[] = [];
    doc.figures.forEach((figure, index) => {
      if (figure.valueMax !== undefined || !(figure.value > 0)) return;
      if (direction(figure.qualifier) !== 'none') {
        if (COUNTED.test(figure.unit) && !inTable(doc.text, figure) && !inForwardSentence(doc.text, figure)) rounded.push({ doc, figure, index });
      } else if (figure.qualifier === 'exact' && figure.unit === '' && KEY_LABEL.test(figure.metric ?? '') && (isKeyLine(doc.text, figure) || inTable(doc.text, figure))) {
        push(keyFigures, nounOf(figure.metric!), { doc, figure, index });
        const first = firstNounOf(figure.metric!);
        if (first !== undefined) push(byFirstNoun, first, { doc, figure, index });
      } else if (figure.qualifier === 'exact' && figure.value >= SLIP_MIN && COUNTED.test(figure.unit)) exact.push({ doc, figure, index });
    });
    if (keyFigures.size === 0) continue;
    for (const said of exact) {
      const noun = nounOf(said.figure.unit);
      const key = [...(keyFigures.get(noun) ?? []), ...(byFirstNoun.get(noun) ?? [])].find((k) => slipped(said, k));
      if (key && !alreadyFlagged.has(figureId(doc.name, said.figure.start))) checks.push({ ...pairCheck(said, key, 'same.differ', key.figure.metric), rule: 'consistency.key-figure-slip' });
    }
    for (const said of rounded) {
      if (alreadyFlagged.has(figureId(doc.name, said.figure.start))) continue;
      const keys = keyFigures.get(nounOf(said.figure.unit)) ?? [];
      for (const key of keys) {
        const { figure } = said;
        if (figure.period === undefined && laterYearOf(key, keys)) continue;
        const ratio = Math.max(figure.value, key.figure.value) / Math.min(figure.value, key.figure.value);
        if (ratio > MAX_RATIO || stepOf(figure) <= stepOf(key.figure) || !samePeriod(figure.period, key.figure.period)) continue;
        if (disagreement(figure, false, key.figure, false) === undefined) continue;
        const check = pairCheck(said, key, 'same.differ', key.figure.metric);
        // the text that says the exact count in words of the same noun (`had 42,220 employees`) states it too
        const alike = exact.filter((e) => e.figure.value === key.figure.value && nounOf(e.figure.unit) === nounOf(figure.unit) && samePeriod(e.figure.period, key.figure.period));
        checks.push({ ...check, figures: [...check.figures, ...alike.map((e) => asCheckFigure(e, 'mention'))], rule: 'consistency.rounded-restatement' });
        break;
      }
    }
  }
  return checks;
}


/**
 * Whether a key figure is a cell of an earlier year than another of its label (`Employees   17,486   17,862
 * 18,214` under 2021–2023): a round figure that names no year restates the latest (`more than 18,000 employees`).
 */
function laterYearOf(key: DocFigure, keys: readonly DocFigure[]): boolean {
  const year = yearOfPeriod(key.figure.period);
  return year !== undefined && keys.some((k) => k.figure.metric === key.figure.metric && (yearOfPeriod(k.figure.period) ?? -Infinity) > year);
}

function push(map: Map<string, DocFigure[]>, noun: string, at: DocFigure): void {
  const list = map.get(noun);
  if (list) list.push(at);
  else map.set(noun, [at]);
}

/**
 * Whether an exact count in running text is the key figure with two of its digits swapped: of its year,
 * its sentence saying the label's other words, neither in a table nor a target's sentence.
 */
function slipped(said: DocFigure, key: DocFigure): boolean {
  const { doc, figure } = said;
  if (figure.value === key.figure.value || !slipVariants(figure, 'swaps').some((v) => v.value === key.figure.value)) return false;
  const [a, b] = [yearOfPeriod(figure.period), yearOfPeriod(key.figure.period)];
  if (a !== undefined && b !== undefined && a !== b) return false;
  if (inTable(doc.text, figure) || inForwardSentence(doc.text, figure)) return false;
  const sentence = new Set(wordKeys(ownSentence(doc.text, figure).sentence));
  return wordKeys(key.figure.metric!).every((w) => sentence.has(w));
}
