// Multiples a report states with the two figures they relate: `从 120 万增至 300 万，是去年的 2.5 倍`,
// `RMB300 million, 2.5 times the RMB120 million of 2020`, `城镇居民的人均可支配收入是农村居民的2.5倍¹`
// with the two incomes in the footnote ¹. A multiple said as a comparison (`是…的 N 倍`, `N times the
// / as many`) is the larger figure over the smaller (the smaller over the larger for N < 1). One said
// as growth (`增长了 1.5 倍`, `提高了 N 倍`, `grew 2.5-fold`) is ambiguous: careful usage means new /
// old − 1 (增长了 1.5 倍 from 120 to 300), common usage new / old (增长了 2.5 倍 for the same), so a
// value matching either reading holds, and only one matching neither is a mismatch. The two figures
// are those of the multiple's sentence, or of the sentence before when its own names one of them, or
// of the footnote its mark points to; exactly two figures of one kind, or nothing is said.

import { dimensionOf } from '../readers/dimension';
import { EN_BOUND_WORDS, inForwardSentence, ZH_CHANGE_UP_VERB } from '../readers/markers';
import { quotientCheck } from './percent-check';
import { asWritten, decimalsOf, fixed, intervalOf, overlaps, quotient, type Interval } from '../readers/precision';
import type { Check, CheckDocument, DocFigure } from '../types';

const RULE = 'ratio.multiple';
/** `是农村居民的`, `为上年的`, `相当于…的`: the multiple compares its subject with what stands before `的`. */
const COMPARED_ZH = /(?:是|为|為|相当于|相當於|达到|達到|达|達)[^，。,；;！？]{0,30}的\s*$/;
/** `增长了`, `提高`, `翻了`, `grew`, `increased by`: the multiple says a growth. */
const GROWTH_BEFORE = new RegExp(String.raw`(?:${ZH_CHANGE_UP_VERB}|扩大|擴大|翻|grew|grown|rose|risen|increased|multiplied|jumped|expanded|up)了?\s*(?:by\s*)?(?:近|约|約|超过|超過|${EN_BOUND_WORDS})?\s*$`, 'i');
/** `2.5 times the`, `three times as many`, `4x that of`, `twice higher than`. */
// (or the other figure named after a few words: `1.1 times adjusted EBITDA of £386.2 million`)
const COMPARED_EN = /^\s*(?:the\b|that\b|those\b|as\s+(?:many|much|large|high|big)\b|(?:higher|more|larger|greater|bigger)\s+than\b|(?:[a-z][\w-]*\s+){1,4}of\s+(?:(?:[£$€¥]|[A-Z]{1,3}\$|RMB|EUR|GBP|USD)?\s*\d|$))/i;
/**
 * `doubled`, `tripled`, `翻了一番`, `翻两番`: the multiple is itself the change, the new value over the old
 * (翻 N 番 is 2^N times), never the growth reading new / old − 1.
 */
const DOUBLING = /^(?:doubled|tripled|trebled|quadrupled|quintupled)$|番$/i;
/** `数百倍`, `上千倍`, `hundreds of times`: an order of magnitude, no multiple to recompute. */
const VAGUE = /[数數几幾上成]|hundreds|dozens|tens|thousands/i;
const FOOTNOTE_MARK = /^[¹²³⁴⁵⁶⁷⁸⁹]/;
/** How far after a multiple its footnote is looked for (a page or two). */
const FOOTNOTE_REACH = 6000;

export function multipleChecks(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  doc.figures.forEach((figure, index) => {
    if (dimensionOf(figure) !== 'times' || figure.valueMax !== undefined || !(figure.value > 0) || figure.value === 1 || VAGUE.test(figure.text)) return;
    const { text } = doc;
    const before = text.slice(Math.max(figure.sentence.start, figure.start - 40), figure.start);
    const doubling = DOUBLING.test(figure.text);
    const growth = !doubling && GROWTH_BEFORE.test(before);
    if (!doubling && !growth && !COMPARED_ZH.test(before) && !COMPARED_EN.test(text.slice(figure.end, figure.end + 24))) return;
    if (inForwardSentence(text, figure)) return;
    const pair = comparedPair(doc, index);
    if (pair) checks.push(multipleCheck(pair, { doc, figure, index }, growth));
  });
  return checks;
}

const usable = (f: DocFigure) => {
  const d = dimensionOf(f.figure);
  return d !== 'times' && d !== 'pp' && f.figure.valueMax === undefined && f.figure.value > 0;
};

/** The two figures the multiple relates, when they can be told: exactly two of one kind. */
function comparedPair(doc: CheckDocument, index: number): [DocFigure, DocFigure] | undefined {
  const multiple = doc.figures[index]!;
  let values = sentenceFigures(doc, index, multiple.sentence.start).filter((f) => f.index !== index && usable(f));
  let noted: DocFigure[] = [];
  if (values.length < 2) {
    const mark = FOOTNOTE_MARK.exec(doc.text.slice(multiple.end, multiple.end + 2).trim());
    noted = mark ? footnoteFigures(doc, index, mark[0]) : [];
    // the sentence before only completes one that names one side itself (`这是上年 124 万人的 2.5 倍`)
    const previous = values.length === 1 ? previousSentenceFigures(doc, index) : [];
    values = noted.length > 0 ? [...values, ...noted] : [...previous, ...values];
  }
  if (values.length !== 2) return undefined;
  const [a, b] = values as [DocFigure, DocFigure];
  // two amounts of a sentence are the multiple's only when one is what it is compared with or grew
  // from (`是上年 124 万人的`, `times the RMB124 million`, `从 120 万`, `from 120 million`): `营收 312 亿元，
  // 研发投入 124 亿元，是上年的 1.3 倍` compares R&D with a last year it does not state
  if (noted.length === 0 && !values.some((v) => comparedWith(doc, multiple, v.figure) || saidAsEarlier(doc.text, v.figure))) return undefined;
  if (dimensionOf(a.figure) !== dimensionOf(b.figure)) return undefined;
  // counts of two nouns (`十亿消费者`, `6,000 万就业机会`) are two quantities, not one compared over time or place
  const [ua, ub] = [a.figure.unit.trim(), b.figure.unit.trim()];
  if (dimensionOf(a.figure) === 'count' && ua !== '' && ub !== '' && ua !== ub) return undefined;
  return a.figure.value >= b.figure.value ? [a, b] : [b, a];
}

/** Before a figure, words that make it the earlier or the compared value: `从`, `由`, `较`, `from`, `against`, `compared with`. */
const EARLIER = /(?:从|從|由|较|較|相比|\bfrom|\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to))\s*(?:上年|去年|(?:FY\s?)?(?:19|20)\d\d\s*年?)?\s*(?:的)?\s*(?:\*\*)?\s*$/i;

const saidAsEarlier = (text: string, f: { start: number }): boolean => EARLIER.test(text.slice(Math.max(0, f.start - 16), f.start));

/** Whether the figure stands in the multiple's comparison: between `是` and `的 N 倍`, or just after `N times the`. */
function comparedWith(doc: CheckDocument, multiple: { start: number; end: number }, f: { start: number; end: number }): boolean {
  const { text } = doc;
  if (f.end <= multiple.start) {
    const from = Math.max(0, multiple.start - 40);
    const phrase = COMPARED_ZH.exec(text.slice(from, multiple.start));
    return phrase !== null && f.start >= from + phrase.index;
  }
  const between = text.slice(multiple.end, f.start);
  return between.length <= 30 && !/\d/.test(between) && COMPARED_EN.test(between);
}

/** The figures of the sentence starting at `start` around the figure `index`. */
function sentenceFigures(doc: CheckDocument, index: number, start: number): DocFigure[] {
  const out: DocFigure[] = [];
  for (let i = index; i >= 0 && doc.figures[i]!.sentence.start === start; i--) out.unshift({ doc, figure: doc.figures[i]!, index: i });
  for (let i = index + 1; i < doc.figures.length && doc.figures[i]!.sentence.start === start; i++) out.push({ doc, figure: doc.figures[i]!, index: i });
  return out;
}

function previousSentenceFigures(doc: CheckDocument, index: number): DocFigure[] {
  const start = doc.figures[index]!.sentence.start;
  let i = index - 1;
  while (i >= 0 && doc.figures[i]!.sentence.start === start) i--;
  if (i < 0 || doc.text.slice(doc.figures[i]!.sentence.end, start).includes('\n\n')) return [];
  return sentenceFigures(doc, i, doc.figures[i]!.sentence.start).filter(usable);
}

/** The figures of the line that opens with the multiple's footnote mark, after it. */
function footnoteFigures(doc: CheckDocument, index: number, mark: string): DocFigure[] {
  const { text } = doc;
  const from = doc.figures[index]!.end;
  const found = new RegExp(`\\n\\s*${mark}`).exec(text.slice(from, from + FOOTNOTE_REACH));
  if (!found) return [];
  const lineStart = from + found.index + found[0].length - mark.length;
  const next = text.indexOf('\n', lineStart);
  const lineEnd = next < 0 ? text.length : next;
  const out: DocFigure[] = [];
  for (let i = index + 1; i < doc.figures.length && doc.figures[i]!.start < lineEnd; i++) {
    const f = { doc, figure: doc.figures[i]!, index: i };
    if (f.figure.start >= lineStart && usable(f)) out.push(f);
  }
  return out;
}

function multipleCheck([larger, smaller]: [DocFigure, DocFigure], multiple: DocFigure, growth: boolean): Check {
  // a comparison under one is the smaller over the larger (`是上年的 0.8 倍`); a growth under one is still
  // the new over the old (`增长了 0.5 倍`, from 120 to 180)
  const [numerator, denominator] = multiple.figure.value < 1 && !growth ? [smaller, larger] : [larger, smaller];
  const over: [Interval, Interval] = [intervalOf(numerator.figure), intervalOf(denominator.figure)];
  const ratio = quotient(...over);
  // a multiple said as a bound (`more than doubled`, `超过 3 倍`) says only on which side of it the quotient lies
  const { lo, hi } = intervalOf(multiple.figure);
  const { qualifier } = multiple.figure;
  const stated = qualifier === 'over' ? { lo, hi: Infinity } : qualifier === 'under' || qualifier === 'up_to' ? { lo: 0, hi } : { lo, hi };
  // a growth is read as new / old − 1 only when new / old itself does not come out
  const asGrowth = growth && ratio !== undefined && !overlaps(ratio, stated) && overlaps({ lo: ratio.lo - 1, hi: ratio.hi - 1 }, stated);
  return quotientCheck({
    rule: RULE,
    said: 'multiple',
    numerator,
    denominator,
    result: multiple,
    over,
    offset: asGrowth ? -1 : 0,
    allows: stated,
    expected: numerator.figure.value / denominator.figure.value - (asGrowth ? 1 : 0),
    formula: `${asWritten(numerator.figure)} / ${asWritten(denominator.figure)}${asGrowth ? ' − 1' : ''}`,
    stated: fixed(multiple.figure.value, decimalsOf(multiple.figure.text)),
  });
}
