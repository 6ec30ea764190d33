// Whether two statements grouped by their words are one claim restated: same kind of quantity,
// language, period and scope, in different places, and not a part beside its whole.

import { samePeriodKey } from '../../metrics/index';
import { direction, plausiblySame } from './agreement';
import { metricTokens, sameMetric } from './metric-tokens';
import { nounNamesMetric, nounOf, ourDeedNamesRow, sameCountedThing } from './consistency-counted-thing';
import { itemOfWhole, jointOfOne, segmentOfWhole } from './consistency-parts-of-whole';
import { placeOfPeople } from './consistency-place-rows';
import { sharesOfOtherMeasures } from './consistency-caption-shares';
import { labelUnderHeadings, subjectSaidBefore, headNounUnsaid, rowsTellApart } from './consistency-row-labels';
import { amountScaleSlipped, sameLabel, scaleSlipped } from './consistency-scale-slips';
import { type Statement } from './consistency-statements';
import { digitsOf, significantDigits, writtenNumber } from '../readers/precision';
import { hanOf, reorderedWords } from './consistency-words';
import { changedByRestates } from './consistency-changed-by';
import { swappedWritten } from './restatements';

/** Statements of one document closer than this, both in running text or both in a table, form a series. */
const NEIGHBOURS = 400;

const undatedPresent = (s: Statement) => !s.table && s.period === undefined && !s.prior;

/**
 * Cells of two tables whose columns head different things (`Women` in a headcount table, `Hires`
 * in a hiring table, both by region): a row label the tables share (`Asia Pacific`) names no one
 * metric of both.
 */
function otherColumns(a: Statement, b: Statement): boolean {
  if (!a.column || !b.column || a.column.table === b.column.table || a.column.head.length === 0 || b.column.head.length === 0) return false;
  const head = new Set(a.column.head);
  return !b.column.head.some((t) => head.has(t));
}

/** Percentages of two table rows whose other cells are of different kinds (a revenue row's change, an output row's): two metrics. */
const otherLevels = (a: Statement, b: Statement) => a.levels !== undefined && b.levels !== undefined && a.levels !== b.levels;

/** How far apart a round bound and the exact figure it turns may be, relatively (`more than 65%` and 64.2%). */
const TURNED_BOUND_REACH = 0.05;

/** Kinds of quantity a bound is turned in: a share, a count (`居民用户超过260万户` against 258.6万户), and a measure (`nearly 500 thousand tonnes`, any `measure:`). */
const TURNABLE = new Set(['percent', 'count']);
const turnable = (dimension: string) => TURNABLE.has(dimension) || dimension.startsWith('measure:');

/**
 * A round share or count said as a bound in running text (`More than 65% of the beans we bought were certified`,
 * `超过30%`, `居民用户超过260万户`) and an exact figure of more digits just on its wrong side (`64.2`, `30.4` for
 * `nearly 30%`, `258.6万户` for `超过260万户`): the bound turned, when their words are all but one of the fewer's alike
 * (`turnedBoundWords`). The exact figure says where the amount lies; a bound rounding it the other way is the slip
 * an auditor looks for. Last year's figure (`较上年末的246.2万户`) says nothing of this year's bound.
 */
export function turnedBound(a: Statement, b: Statement): boolean {
  const [bound, exact] = direction(a.figure.qualifier) !== 'none' ? [a, b] : [b, a];
  const way = direction(bound.figure.qualifier);
  if (way === 'none' || direction(exact.figure.qualifier) !== 'none' || !turnable(bound.dimension) || exact.dimension !== bound.dimension || bound.table || exact.prior) return false;
  const [x, y] = [bound.figure.value, exact.figure.value];
  if (!(x > 0) || Math.abs(x - y) > TURNED_BOUND_REACH * x || digitsOf(exact) <= digitsOf(bound) || !sameCounted(bound, exact)) return false;
  return way === 'up' ? y <= x : y >= x;
}

/**
 * A count's bound and exact figure count one thing, by the unit each is written with (`户`, `medical teams`) and a Chinese count's noun
 * (`近30个城市`, `31个省` are two): a noun said after one figure's measure word only (`超2,500件授权专利`) is the other's when its metric,
 * said before the figure, ends in it (`累计授权专利2,486件`).
 */
function sameCounted(bound: Statement, exact: Statement): boolean {
  if (bound.dimension !== 'count') return true;
  const [ub, ue] = [bound.at.figure.unit, exact.at.figure.unit];
  if (ub === '' || ub !== ue) return false;
  const [nb, ne] = [nounOf(bound), nounOf(exact)];
  return nb === ne || (bound.zh && (nb === undefined ? endsMetric(bound, ne!) : ne === undefined && endsMetric(exact, nb)));
}

/** A Chinese figure's metric ends in a noun (`累计授权专利` in `授权专利`). */
const endsMetric = (s: Statement, noun: string) => hanOf(s.at.figure.metric).endsWith(noun);

/** How many significant digits a figure and a table cell of its document must share, written alike, to be one figure restated whatever their words. */
const ECHO_DIGITS = 3;

/**
 * A running-text figure and a cell of its document's tables written with the very same digits, three significant
 * at least, in one unit (`Desalinated seawater supplied 14.86 million m³, 39.6% of the total` and the key figures'
 * `Desalinated share of water  39.6`; `合作制种基地11.86万亩` and `制种基地面积  万亩  11.86`), their metrics sharing a
 * word: one figure restated, the text wording its metric as a sentence and the row as a label.
 */
export function echoedInTable(a: Statement, b: Statement): boolean {
  if (a.table === b.table || a.at.doc !== b.at.doc || a.prior || b.prior || a.at.figure.unit !== b.at.figure.unit || a.figure.value !== b.figure.value) return false;
  if (direction(a.figure.qualifier) !== 'none' || direction(b.figure.qualifier) !== 'none') return false;
  const digits = writtenNumber(a.at.figure.text);
  if (digits === undefined || digits !== writtenNumber(b.at.figure.text) || (significantDigits(a.at.figure.text)?.length ?? 0) < ECHO_DIGITS) return false;
  return a.tokens.some((t) => b.tokens.includes(t));
}

/** Two statements of one claim: same metric, kind of quantity, period and scope, in different places. */
export function sameClaim(a: Statement, b: Statement): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (a.dimension !== b.dimension || a.zh !== b.zh || a.rate !== b.rate) return false;
  const slipped = amountScaleSlipped(a, b);
  // neighbours in one passage with different values are a series (`40+ years old`, `50+ years old`); a round figure
  // with a direction in another paragraph of running text restates one (an overview's `近2,000户`, a section's `2,146户`),
  // and so does a round bound the exact figure beside it turns (`超2,500件授权专利` over `累计授权专利2,486件`): no series is said of one figure two ways
  if (!slipped && a.at.doc === b.at.doc && a.table === b.table && a.keyLine === b.keyLine && Math.abs(fa.start - fb.start) < NEIGHBOURS && fa.value !== fb.value && !roundedApart(a, b) && !turnedBound(a, b)) return false;
  // two figures of one sentence are two claims, unless a line break parts them (a heading over its paragraph)
  if (a.at.doc === b.at.doc && fa.sentence.start === fb.sentence.start && !hasLineBreak(a.at.doc.text, Math.min(fa.end, fb.end), Math.max(fa.start, fb.start))) return false;
  if (!samePeriodKey(a.period, b.period) || (fa.scope ?? '') !== (fb.scope ?? '') || otherColumns(a, b) || otherLevels(a, b) || sharesOfOtherMeasures(a, b)) return false;
  // a text figure that names no year is of the report's year: no earlier column's (`全年基酒产量8.26万千升` beside 2022's 8.05), unless said as an earlier value
  if ((a.olderYear && undatedPresent(b)) || (b.olderYear && undatedPresent(a)) || otherColumnYear(a, b) || otherColumnYear(b, a)) return false;
  if (slipped) return true;
  // (a rounded figure read by its verb and object alone, `we delivered nearly 50 GWh of heat to our neighbours`, restates another only
  // as the bound it turns: a verb and a noun are words too few to hold it to another figure's rounding)
  if ((a.verbObject && a.at.figure.qualifier !== 'exact') || (b.verbObject && b.at.figure.qualifier !== 'exact')) return turnedBound(a, b);
  if (a.changedBy || b.changedBy) return changedByRestates(a, b);
  if (a.echoOnly || b.echoOnly) return echoedInTable(a, b);
  // (a bound said by the company's verb, `we produced nearly 500 thousand tonnes of pellets`, is turned by the exact output as any other)
  // (or with its scale slipped, restating another of its words: `We served 539.7 thousand customers` of 53,970, `we sold 186 million
  // eggs` of `Eggs sold  million eggs  1,860`: `ourDeedSlipped`)
  if (a.ourVerb || b.ourVerb) return turnedBound(a, b) || ourVerbRestates(a, b) || ourDeedSlipped(a, b) || (plausiblySame(fa.value, fb.value, false) && (spendLabelled(a, b) || spendLabelled(b, a)));
  if (headNounUnsaid(a, b) || rowsTellApart(a, b) || itemOfWhole(a, b) || itemOfWhole(b, a) || jointOfOne(a, b) || jointOfOne(b, a) || sharesOfOtherParts(a, b)) return false;
  if (a.placeRow || b.placeRow) return plausiblySame(fa.value, fb.value, false) && placeOfPeople(a, b);
  if (a.labelOnly || b.labelOnly) return plausiblySame(fa.value, fb.value, false) && labelUnderHeadings(a, b, true);
  if (turnedBound(a, b) || echoedInTable(a, b)) return true;
  // (two digits swapped set a figure far off its value, `48 tCO2e` for the key figures' 84: of one metric, they are one figure slipped)
  // (the metric's tokens asked first: a few comparisons, where the digits are read of both figures)
  if (sameMetric(a.tokens, b.tokens) && digitsSwapped(a, b) && !segmentOfWhole(a, b)) return true;
  return (plausiblySame(fa.value, fb.value, false) && (((sameMetric(a.tokens, b.tokens) || (a.zh && reorderedWords(hanOf(fa.metric), hanOf(fb.metric)))) && !segmentOfWhole(a, b)) || ownNamesRow(a, b) || ownNamesRow(b, a) || sameCountedThing(a, b) || labelUnderHeadings(a, b) || subjectSaidBefore(a, b) || captionTotalLabelled(a, b) || spendLabelled(a, b) || spendLabelled(b, a))) || (scaleSlipped(a, b) && (sameCountedThing(a, b) || nounNamesMetric(a, b) || nounNamesMetric(b, a) || slippedInMetric(a, b) || ourDeedNamesRow(a, b) || ourDeedNamesRow(b, a)));
}

/** Two exact figures whose written digits differ by one swap of neighbours (`48` and `84`, `1,317` and `1,371`). */
const digitsSwapped = (a: Statement, b: Statement) =>
  direction(a.figure.qualifier) === 'none' && direction(b.figure.qualifier) === 'none' && a.at.figure.qualifier === 'exact' && b.at.figure.qualifier === 'exact' && swappedWritten(a.at.figure.text, b.at.figure.text);

/**
 * A bare Total row read for its table's caption (`Table 2: Revenue by stream (GBP thousand)`) and another table's
 * row labelled with the caption's metric alone, its unit aside (the key figures' `Revenue  GBP thousand`): one figure.
 */
const captionTotalLabelled = (a: Statement, b: Statement) => (a.captionTotal !== undefined) !== (b.captionTotal !== undefined) && sameLabel(a, b);

/**
 * A table's or key line's spend row (`Conservation spend  GBP thousand  2,380`) and an amount the text says was spent on what the
 * row names among other words (`We spent £2,380 thousand on marine conservation and research`, read as its object and `spend`):
 * one spend, though the text's object is more than twice the label's words.
 */
function spendLabelled(label: Statement, said: Statement): boolean {
  if (!(label.table || label.keyLine) || said.table || said.keyLine || label.tokens.length < 2 || label.tokens[label.tokens.length - 1] !== SPEND) return false;
  return said.tokens[said.tokens.length - 1] === SPEND && label.tokens.every((t) => said.tokens.includes(t));
}

/** The word a spend's metric ends in, as `spentOnWords` gives it too. */
const SPEND = metricTokens('spend')[0];

/** The fewest significant digits a count slipped within one metric holds (`slippedInMetric`): 864 and 86.4 are one number, 12 and 120 may be two. */
const SLIP_COUNT_DIGITS = 3;

/**
 * A count restated in one document with its scale slipped (`scaleSlipped`), in one measure word, one metric's
 * words all said in the other's (`向农家书屋捐赠图书864万册` in a letter, `“书香乡村”行动向农家书屋捐赠图书86.4万册`
 * in its section): three significant digits alike, a power of ten apart, are one number written twice.
 */
function slippedInMetric(a: Statement, b: Statement): boolean {
  const unit = a.at.figure.unit;
  if (unit !== b.at.figure.unit || (significantDigits(a.at.figure.text)?.length ?? 0) < SLIP_COUNT_DIGITS) return false;
  // (a count with no measure word, its noun said before it, `Passengers served rose 12.6% to 2.46 million`, restates a row of its metric,
  // `Passengers served  million  24.60`: its words, not its unit, are the row's)
  if (unit === '') return (a.table || a.keyLine) !== (b.table || b.keyLine) && sameMetric(a.tokens, b.tokens);
  return sameMetric(a.tokens, b.tokens) || metricSaidWhole(a.tokens, b.tokens);
}

/** The fewest tokens a metric said whole in a longer one holds (`metricSaidWhole`): a Chinese metric of five characters. */
const WHOLE_METRIC_TOKENS = 4;

/**
 * One metric's words all said in another's that says more before them (a letter's `生产烟花爆竹386万箱`, a section's
 * `三个基地共生产烟花爆竹38.6万箱`): for three digits alike a power of ten apart, one count, however many words the longer adds.
 */
function metricSaidWhole(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.length >= WHOLE_METRIC_TOKENS && small.every((t) => large.includes(t));
}

/**
 * A count the report says it did itself restated with its scale slipped (a letter's `We served 539.7 thousand customers`, the
 * key table's `Customers served  53,970`): its verb and noun the other's words, three significant digits alike, a power of
 * ten apart — one count written twice.
 */
function ourDeedSlipped(a: Statement, b: Statement): boolean {
  return scaleSlipped(a, b) && (significantDigits(a.at.figure.text)?.length ?? 0) >= SLIP_COUNT_DIGITS && (sameMetric(a.tokens, b.tokens) || verbOverRow(a, b) || verbOverRow(b, a));
}

/** A count said by its verb and its noun (`We welcomed 5.397 million visitors`) of a table row of the noun alone (`Visitors`): the row's words and the verb's one more. */
const verbOverRow = (said: Statement, row: Statement) =>
  said.ourVerb && row.table && row.tokens.length > 0 && said.tokens.length === row.tokens.length + 1 && row.tokens.every((t) => said.tokens.includes(t));

/**
 * A figure the report says it did itself (`we carried 643.8 million passengers`) restates a statement
 * of its document that names it by its verb and noun (`Passengers carried (million)  642.8`), not
 * another such figure: two verbs of `we` with one noun are two deeds as often as one.
 */
function ourVerbRestates(a: Statement, b: Statement): boolean {
  return a.ourVerb !== b.ourVerb && a.at.doc === b.at.doc && plausiblySame(a.figure.value, b.figure.value, false) && sameMetric(a.tokens, b.tokens);
}

/** Whether a line break stands in `text` between `from` and `to`. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** A cell dated only by its column's heading (`2022年`) and a running-text figure of another year (`2023年，…实现营业收入286.4亿元`). */
const otherColumnYear = (cell: Statement, text: Statement) =>
  cell.period === undefined && cell.column?.year !== undefined && !text.table && typeof text.period === 'object' && text.period.year !== cell.column.year;

/** Two figures of running text a blank line apart, one of them said with a direction (`近`, `over`). */
function roundedApart(a: Statement, b: Statement): boolean {
  if (a.table || a.keyLine || (direction(a.figure.qualifier) === 'none' && direction(b.figure.qualifier) === 'none')) return false;
  const [fa, fb] = [a.figure, b.figure];
  return /\n[ \t\u3000]*\n/.test(a.at.doc.text.slice(Math.min(fa.end, fb.end), Math.max(fa.start, fb.start)));
}

/**
 * A running-text share whose clause says more than its metric (`our nationalisation rate reached 81.2%,
 * well above the level required for our sector`) restates the table row of its document its own metric
 * names (`Nationalisation rate (%)  82.1`): two words at least, all of the row's.
 */
function ownNamesRow(said: Statement, cell: Statement): boolean {
  return said.own !== undefined && said.own.length >= 2 && cell.table && cell.at.doc === said.at.doc && sameMetric(said.own, cell.tokens);
}

/** More than half of a part's words are said in `tokens` (`公司研发投入` in `研发投入占营业收入的`). */
const partNamedIn = (part: readonly string[], tokens: readonly string[]) => 2 * part.filter((t) => tokens.includes(t)).length > part.length;

/**
 * Two shares of one whole said of two parts (`境外收入…占营业收入的13.0%` and `研发投入占营业收入的8.8%`): the
 * whole's words they share name no one claim when the part one of them is of is not the other's.
 */
function sharesOfOtherParts(a: Statement, b: Statement): boolean {
  const [pa, pb] = [a.part, b.part].map((part) => (part === undefined ? undefined : metricTokens(part)));
  if (pa && pb) return !partNamedIn(pa, pb) && !partNamedIn(pb, pa);
  if (pa) return !partNamedIn(pa, b.tokens);
  return pb !== undefined && !partNamedIn(pb, a.tokens);
}
