// Sums whose whole stands in an earlier sentence. Two shapes:
// - a sentence that says the list it holds makes up the figure just stated — `In 2023 our total
//   community contribution was £4.86 million. This comprised £2.35 million …, £1.62 million …` —
//   is as certain as `£4,218 million comprised …` in one sentence, so a miss is a mismatch;
// - a list one of whose parts is said as a share of a named whole — `UK Parcels contributed £1,684.2 million (43.8%
//   of revenue), Freight £1,246.8 million and Contract Logistics £911.6 million` after `Revenue rose 4.8% to
//   £3,842.6 million`, `客运收入412.8亿元，占营业收入的84.9%；货运及邮运收入48.6亿元，…` — is reported when it adds up to
//   the figure that whole names (holds only: the list may leave parts out);
// - a breakdown that names no whole of its own — `博士、硕士、本科及以下员工分别为 86 人、1,240 人和
//   11,134 人` after `在册员工共 12,460 人`, `Of the cash donations, £1.40 million … and the
//   remaining £0.95 million …`, `按年龄划分，30岁以下员工28,416人、…` — is reported when it adds up to a figure earlier in its paragraph
//   (holds only: which earlier figure it breaks down is not said).

import { dimensionOf } from '../readers/dimension';
import { inForwardClause, inPriorYearBracket, saidAsPrior } from '../readers/markers';
import { findDenominator, wholeNamed } from '../shares/ratio';
import { candidateCheck, sumCheck } from './sum-check';
import type { Check, CheckDocument, DocFigure } from '../types';

type Figure = DocFigure['figure'];

/** Opening a sentence, the list that follows makes up the whole just stated. */
// (or a noun phrase that points back, `The programme comprised`, `Our spending consisted of`: no figure of its own before the verb)
const MAKES_UP_PREVIOUS = /^\s*(?:this|these|it|they|(?:the|this|that|our|its)(?:\s+[a-z][a-z-]*){1,3})\s+(?:comprised|comprises|comprise|consisted of|consists of|consist of|(?:was|is|were|are) made up of|breaks? down (?:into|as))\b/i;
/** A breakdown whose whole is not in its sentence: `分别为`, or a sentence opening `Of the …,`. */
const OWN_BREAKDOWN = /分别为|分别是|分别有|分別為|分別是|分別有/;
const OPENS_BREAKDOWN = /^\s*of\s+(?:the|our|this|these|its)\b[^,，\d]{0,60},/i;
/** A sentence opening with what it breaks the whole down by: `按年龄划分，`, `按地区统计：`. */
// (or says it looks at the whole by it: `分板块看，`, `从区域来看，`)
const OPENS_BY = /^\s*(?:按照?[^，,。；;：:\d]{1,8}(?:划分|劃分|分布|分佈|统计|統計)|[分从從按][^，,。；;：:\d]{1,6}(?:来看|來看|看))\s*[，,：:]/;
/** After a sentence's first figure, words that make it a part of the figure just stated: `General needs homes made up 31,420 of these, …`. */
const PART_OF_THESE = /^\s*of\s+(?:these|them|those|this|that)\b/i;
/** A sentence opening with the whole it breaks down pointed back to: `Of these,`, `Of them,`. */
const POINTS_BACK = /^\s*of\s+(?:these|them|those)\s*[,，]/i;
const EARLIER_REACH = 1500;

export function earlierWholeSums(doc: CheckDocument, partOf: (total: Figure, part: Figure) => boolean): Check[] {
  const checks: Check[] = [];
  const sentences = sentencesOf(doc);
  for (const [n, sentence] of sentences.entries()) {
    const figures = sentence.figures.filter((f) => dimensionOf(f.figure) !== 'percent');
    if (figures.length < 2) {
      // a list the `；` of its first clause runs on
      const runsOn = figures.length === 1 && /[;；]\s*$/.test(doc.text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end));
      // `分板块看，煤炭板块收入986.4亿元，占60.7%；电力板块收入524.6亿元；…`: its clauses are the parts of an earlier whole
      const listed = runsOn && OPENS_BY.test(doc.text.slice(sentence.start, figures[0]!.figure.start)) ? clausesRunOn(doc, sentences, n).filter((f) => dimensionOf(f.figure) !== 'percent') : [];
      const parts = listed.filter((p) => partOf(listed[0]!.figure, p.figure));
      const named = runsOn ? ((parts.length >= 2 ? earlierWhole(doc, parts, partOf) : undefined) ?? partsOfNamedWhole(doc, sentences, n, partOf)) : undefined;
      if (named) checks.push(named);
      continue;
    }
    const opening = doc.text.slice(sentence.start, figures[0]!.figure.start);
    if (MAKES_UP_PREVIOUS.test(opening)) {
      const total = lastOfSentenceBefore(doc, sentence.figures[0]!.index, sentence.start);
      if (total && figures.every((f) => partOf(total.figure, f.figure))) {
        const check = candidateCheck({ total, parts: figures, certainty: 'certain', rule: 'sum.listed-in-next-sentence' });
        if (check) checks.push(check);
      }
      continue;
    }
    const cue = OWN_BREAKDOWN.exec(doc.text.slice(sentence.start, sentence.end));
    // `made up 31,420 of these`, or a sentence opening `Of these, 126 hotels are managed …`: the parts point back to the whole
    const ofThese = PART_OF_THESE.test(doc.text.slice(figures[0]!.figure.end, figures[0]!.figure.end + 12)) || POINTS_BACK.test(opening);
    const listed = cue ? figures.filter((f) => f.figure.start > sentence.start + cue.index) : OPENS_BREAKDOWN.test(opening) || OPENS_BY.test(opening) || ofThese ? figures : [];
    // the parts are the listed figures of the first one's kind (`… funded 312 local community grants` is none)
    // `made up 31,420 of these, …`: counts that name no thing of their own count the whole's things
    const partOfThis = ofThese ? (total: Figure, part: Figure) => partOf(total, part) || (part.unit === '' && dimensionOf(part) === 'count' && dimensionOf(total) === 'count') : partOf;
    const parts = listed.filter((p) => partOfThis(listed[0]!.figure, p.figure));
    const check = parts.length >= 2 ? earlierWhole(doc, parts, partOfThis) : listed.length === 0 ? partsOfNamedWhole(doc, sentences, n, partOf) : undefined;
    if (check) checks.push(check);
  }
  return checks;
}

/** How many clauses a `；` joins to a list's first are read as its rest. */
const LIST_CLAUSES = 8;

/**
 * The sentence's amounts when one of them is said as a share of a whole a figure before the sentence is named by,
 * added up to that figure; the clauses a `；` runs on to are the list's too (`…，占营业收入的84.9%；货运及邮运收入48.6亿元，占10.0%；…`).
 */
function partsOfNamedWhole(doc: CheckDocument, sentences: readonly Sentence[], n: number, partOf: (total: Figure, part: Figure) => boolean): Check | undefined {
  const sentence = sentences[n]!;
  const figures = clausesRunOn(doc, sentences, n);
  const at = figures.findIndex((f, i) => dimensionOf(f.figure) !== 'percent' && figures[i + 1] !== undefined && dimensionOf(figures[i + 1]!.figure) === 'percent');
  if (at < 0) return undefined;
  const [part, share] = [figures[at]!, figures[at + 1]!];
  const whole = wholeNamed(doc.text, share.figure);
  const found = whole === undefined ? undefined : findDenominator(doc, part, share, whole);
  if (!found?.named || found.figure.figure.sentence.start === sentence.start) return undefined;
  const total = found.figure;
  const parts = figures.filter((f) => dimensionOf(f.figure) !== 'percent' && !inPriorYearBracket(doc.text, f.figure) && !saidOfAnotherTime(doc.text, f.figure) && partOf(total.figure, f.figure));
  if (parts.length < 2 || !parts.every((p) => p.figure.value < total.figure.value)) return undefined;
  const check = sumCheck(total, parts, 'sum.parts-of-named-whole', 'holds-only');
  return check?.holds ? check : undefined;
}

/** The figures of a sentence and of the clauses its `；` runs on to. */
function clausesRunOn(doc: CheckDocument, sentences: readonly Sentence[], n: number): DocFigure[] {
  const figures = [...sentences[n]!.figures];
  for (let k = n; k + 1 < sentences.length && k - n < LIST_CLAUSES && /[;；]\s*$/.test(doc.text.slice(sentences[k]!.start, sentences[k]!.end)) && sentences[k + 1]!.start <= sentences[k]!.end + 2; k++)
    figures.push(...sentences[k + 1]!.figures);
  return figures;
}

interface Sentence {
  start: number;
  end: number;
  figures: DocFigure[];
}

function sentencesOf(doc: CheckDocument): Sentence[] {
  const out: Sentence[] = [];
  doc.figures.forEach((figure, index) => {
    const last = out.at(-1);
    if (last && last.start === figure.sentence.start) last.figures.push({ doc, figure, index });
    else out.push({ start: figure.sentence.start, end: figure.sentence.end, figures: [{ doc, figure, index }] });
  });
  return out;
}

/** The last figure (not a share, nor the year before's in brackets) of the sentence that ends just before `start`, in the same paragraph. */
function lastOfSentenceBefore(doc: CheckDocument, first: number, start: number): DocFigure | undefined {
  for (let k = first - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (f.sentence.start >= start) continue;
    if (doc.text.slice(f.sentence.end, start).trim() !== '' || doc.text.slice(f.end, start).includes('\n\n')) return undefined;
    // the whole pointed back to is said of the present: not a target (`… to our S$50 billion target`) nor the year before (`up 27.4% from S$30.3 billion`)
    if (dimensionOf(f) !== 'percent' && !inPriorYearBracket(doc.text, f) && !saidOfAnotherTime(doc.text, f)) return { doc, figure: f, index: k };
  }
  return undefined;
}

const saidOfAnotherTime = (text: string, f: Figure) => saidAsPrior(text, f) || inForwardClause(text, f);

/** The nearest earlier figure of the paragraph that the parts add up to, if any. */
function earlierWhole(doc: CheckDocument, parts: DocFigure[], partOf: (total: Figure, part: Figure) => boolean): Check | undefined {
  const first = parts[0]!.figure;
  const largest = Math.max(...parts.map((p) => p.figure.value));
  let upTo = first.start;
  for (let k = parts[0]!.index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (first.start - f.end > EARLIER_REACH || doc.text.slice(f.end, upTo).includes('\n\n')) break;
    upTo = f.start;
    if (f.sentence.start === first.sentence.start || !(f.value > largest) || !parts.every((p) => partOf(f, p.figure))) continue;
    const check = sumCheck({ doc, figure: f, index: k }, parts, 'sum.parts-of-earlier-whole', 'holds-only');
    if (check?.holds) return check;
  }
  return undefined;
}
