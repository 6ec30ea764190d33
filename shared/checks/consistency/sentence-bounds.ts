// A round bound in running text (`More than 60% of the apples we pressed came from our own orchards and from contract
// growers within 30 miles`, `超过三成鲜茧来自订单蚕农`) and the exact figure another sentence of its document gives of
// the same thing in other words (`3,860 tonnes from our own orchards and 8,680 tonnes from 64 contract growers within
// 30 miles, together 12,540 tonnes or 58.4% of the total`): the metrics the extraction reads differ (the exact share
// names only `the total`), yet nearly every word of the bound's clause is said again around the exact figure. A bound
// on the wrong side of it (`more than` above it, `nearly` below it), within a rounding's reach, is the slip an auditor looks for. Exact figures are kept by
// document and unit, sorted by value: each bound looks up only those within its reach.

import { samePeriod } from '../../metrics/index';
import { inForwardSentence, inPriorYearBracket, saidAsPrior } from '../readers/markers';
import { significantDigits } from '../readers/precision';
import { lowerBoundBy } from '../../text/lower-bound';
import { type Check, type CheckDocument, type DocFigure } from '../types';
import { direction, disagreement, isKeyLine } from './agreement';
import { isTableFigure } from '../readers/figure-facts';
import { passageTokens } from './metric-tokens';
import { pairCheck } from './pair-check';
import { figureId, type FigureId } from '../readers/figure-places';

/** How far apart a round bound and the exact figure it turns may be, relatively (`more than 60%` and 58.4%). */
const REACH = 0.05;

/** The most significant digits a round bound is written with (`60%`, `1.5亿`, `500 thousand`). */
const BOUND_DIGITS = 2;

/** The fewest words a bound's clause says, to be told apart from another claim by its words alone. */
const MIN_WORDS = 4;

/** The share of the bound's clause words the exact figure's sentence must say again. */
const WORDS_SAID = 0.75;

/**
 * A bound in a unit of its own (`近52万立方米`, `超过1.3亿元`, `more than A$1.2 billion`) and an exact figure in that unit within its
 * reach on the wrong side of it: two of the bound's clause words said again around the exact figure name one thing. Not for a per
 * cent, a bare number or a counter as general as 个, which many things share.
 */
const UNIT_WORDS_SAID = 2;
const GENERAL_UNITS = new Set(['', '%', '个', '個', '项', '項', '种', '種', '次']);

/** What parts one clause of a sentence from the next: a semicolon, a comma, a colon (either width). */
const CLAUSE_END = /[;；,，:：]/;

export function sentenceBounds(docs: readonly CheckDocument[], alreadyFlagged: ReadonlySet<FigureId>): Check[] {
  const checks: Check[] = [];
  for (const doc of docs) {
    const bounds: DocFigure[] = [];
    const exacts = new Map<string, DocFigure[]>();
    doc.figures.forEach((figure, index) => {
      if (figure.valueMax !== undefined || !(figure.value > 0) || isTableFigure({ doc, figure, index }) || isKeyLine(doc.text, figure) || inForwardSentence(doc.text, figure)) return;
      if (direction(figure.qualifier) !== 'none') {
        if ((significantDigits(figure.text)?.length ?? 9) <= BOUND_DIGITS) bounds.push({ doc, figure, index });
      } else if (figure.qualifier === 'exact' && !saidAsPrior(doc.text, figure) && !inPriorYearBracket(doc.text, figure)) {
        const list = exacts.get(figure.unit);
        if (list) list.push({ doc, figure, index });
        else exacts.set(figure.unit, [{ doc, figure, index }]);
      }
    });
    if (bounds.length === 0) continue;
    for (const list of exacts.values()) list.sort((a, b) => a.figure.value - b.figure.value);
    const sentenceWords = new Map<number, Set<string>>();
    const wordsOfSentence = (f: DocFigure['figure']) => {
      let words = sentenceWords.get(f.sentence.start);
      if (!words) sentenceWords.set(f.sentence.start, (words = new Set(passageTokens(doc.text.slice(f.sentence.start, f.sentence.end)))));
      return words;
    };
    // (the words an exact figure's sentence opens with, before its first number: its subject, read once a sentence)
    const subjects = new Map<number, string[]>();
    const subjectOf = (f: DocFigure['figure']) => {
      let words = subjects.get(f.sentence.start);
      if (!words) subjects.set(f.sentence.start, (words = subjectWords(doc.text, f)));
      return words;
    };
    for (const bound of bounds) {
      const { figure } = bound;
      // (a bound already set against another statement is set against an exact share whose subject its sentence names again, too)
      const flagged = alreadyFlagged.has(figureId(doc.name, figure.start));
      if (flagged && figure.unit !== '%') continue;
      const list = exacts.get(figure.unit);
      if (!list) continue;
      const clause = clauseWords(doc.text, figure);
      if (clause.length < MIN_WORDS) continue;
      const digits = significantDigits(figure.text)?.length ?? 0;
      const x = figure.value;
      const way = direction(figure.qualifier);
      for (let k = lowerBoundBy(list.length, (k) => list[k]!.figure.value, x * (1 - REACH)); k < list.length && list[k]!.figure.value <= x * (1 + REACH); k++) {
        const exact = list[k]!;
        const e = exact.figure;
        if (e.sentence.start === figure.sentence.start || (significantDigits(e.text)?.length ?? 0) <= digits || !samePeriod(figure.period, e.period)) continue;
        // (a bound already set against another statement is not set again against one that is too: most likely the same pair)
        if (flagged && alreadyFlagged.has(figureId(doc.name, e.start))) continue;
        if ((figure.scope ?? '') !== (e.scope ?? '') || !(way === 'up' ? e.value < x : e.value > x) || disagreement(figure, false, e, false) === undefined) continue;
        const said = wordsOfSentence(e);
        const saidAgain = clause.filter((w) => said.has(w)).length;
        const clauseSaid = !flagged && (saidAgain >= WORDS_SAID * clause.length || (!GENERAL_UNITS.has(figure.unit) && saidAgain >= UNIT_WORDS_SAID));
        if (!clauseSaid && !(figure.unit === '%' && subjectSaidAgain(subjectOf(e), wordsOfSentence(figure)))) continue;
        checks.push({ ...pairCheck(bound, exact, 'same.differ'), rule: 'consistency.sentence-bound' });
        break;
      }
    }
  }
  return checks;
}

/** The content words of the bound's clause: its sentence from the clause mark before it to the one after it. */
function clauseWords(text: string, figure: DocFigure['figure']): string[] {
  let from = figure.start;
  while (from > figure.sentence.start && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = figure.end;
  while (to < figure.sentence.end && !CLAUSE_END.test(text[to]!)) to++;
  return passageTokens(text.slice(from, figure.start) + text.slice(figure.end, to));
}

/** The content words a sentence says before its first digit (`Secondary raw materials, dredged river sediment and crushed fired rejects, were 124.6 …`). */
function subjectWords(text: string, figure: DocFigure['figure']): string[] {
  let to = figure.sentence.start;
  while (to < figure.start && !DIGIT.test(text[to]!)) to++;
  return passageTokens(text.slice(figure.sentence.start, to));
}

const DIGIT = /\d/;

/**
 * The subject an exact figure's sentence opens with said again, three quarters of its words, in the bound's sentence (`nearly 40% of the
 * clay we fire now comes from secondary materials: river sediment dredged from the Scheldt …, and our own crushed rejects` of `Secondary
 * raw materials, dredged river sediment and crushed fired rejects, were 124.6 thousand tonnes of them, or 41.3%`): the bound names what
 * the exact figure measures, though its own clause says it in other words.
 */
function subjectSaidAgain(subject: readonly string[], boundSentence: ReadonlySet<string>): boolean {
  return subject.length >= MIN_WORDS && subject.filter((w) => boundSentence.has(w)).length >= WORDS_SAID * subject.length;
}
