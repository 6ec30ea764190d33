// Restatements the metric rules cannot pair, because a report words the same claim differently in
// two places (`A$521 million spent with local businesses` in the highlights, `A$512 million went to
// 214 local businesses` in the body; `服务人口超过 420 万人`, `为近 420 万人提供供水服务`). These
// signs make a coincidence unlikely enough to speak:
// - digits transposed: the same digits with two neighbours swapped (521 / 512, 12,480 / 12,840),
//   three significant digits or more, the same unit and scale — a typing slip; a table's bare count
//   (its noun in a header) stands for the text's count of a noun phrase its row label says two words of;
// - the same number written alike with qualifiers pointing opposite ways (超过 / 近, over / nearly);
// - an amount or measure of one document with its scale slipped: the same significant digits, four
//   at least, the same unit, exactly a power of ten apart (`Cargo and mail: 1.864 million tonnes`,
//   `cargo and mail throughput rose 21.3% to 186.4 thousand tonnes`).
// Each must also share a content word of its clause with the other and not name another period.
// Figures are bucketed by their digits, so the work is linear in the figures.

import { lineAround, samePeriod, TABLE_ROW } from '../../metrics/index';
import { afterSpacedLabel, EN_CHANGE_VERB, inForwardClause, inPriorYearBracket, saidAsPrior } from '../readers/markers';
import { direction, isKeyLine, isScaleSlip } from './agreement';
import { SLIPPABLE } from './consistency-scale-slips';
import { isTableFigure } from '../readers/figure-facts';
import { dimensionOf } from '../readers/dimension';
import { metricTokens } from './metric-tokens';
import { digitsRoundedTo, precisionDigits, significantDigits, writtenNumber } from '../readers/precision';
import { paragraphHeading } from '../readers/paragraph-heading';
import { figureId, partsOf, type FigureId } from '../readers/figure-places';

import { BREAKDOWN_WORD, cellPlaces, tableBlocks } from '../readers/table-blocks';
import { restates } from '../changes/table-prior-year-changes';
import { tableAbove } from './consistency-row-labels';
import { pairCheck, type PairKey } from './pair-check';
import { captionMetric, ENGLISH_TOTAL_ROW } from './consistency-caption-totals';
import { labelSaidWhole, scaledWholeDigits } from './label-said-whole';
import { acrossUnitSlips } from './across-unit-slips';
import { intensityUnit } from './consistency-intensity-units';
import { reportYearOf } from '../rates/rates';
import { yearOf } from '../rates/rate-readers';
import { asCheckFigure, firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from '../types';

/** A bucket larger than this is a number too common to say anything about. */
const MAX_BUCKET = 8;
/** How far either side of a figure its clause's words are read. */
const CONTEXT = 40;
/** Scale words say how large a number is, not what it counts. */
const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion']);

export function restatementChecks(docs: readonly CheckDocument[], alreadyFlagged: ReadonlySet<FigureId>, flaggedWithin: ReadonlySet<FigureId> = alreadyFlagged): Check[] {
  const buckets: Bucketing = {
    transposable: new Buckets(),
    rescaled: new Buckets(),
    alike: new Buckets(),
    slipped: new Buckets(),
    slippedRounded: ROUNDED_DIGITS.map(() => new Buckets()),
    // (how many digits an amount's writing holds significant, read once per figure for its rounded pairs)
    preciseLength: new Map<DocFigure, number>(),
    namedCounts: new Buckets(),
    placeCounts: new Buckets(),
    // a figure's kind of quantity and what it counts, as a number (by kind, then by what is counted: no key is built of the two)
    kinds: new Map<string, Map<string, number>>(),
    kindCount: { next: 0 },
  };
  // (each figure bucketed by a function of its own, and the helpers the module's: the optimised code of a loop's body run once per
  // engagement would be compiled on the stack anew each run, and a closure made on each call thrown away as calling another target)
  for (const doc of docs) for (let index = 0; index < doc.figures.length; index++) bucketFigure(buckets, doc, index);
  const { transposable, rescaled, alike, slipped, slippedRounded, preciseLength, namedCounts, placeCounts } = buckets;
  const checks: Check[] = [];
  const seen = new Set(alreadyFlagged);
  const pairing: Pairing = { seen, checks, docs, alreadyFlagged, flaggedWithin, flaggedValues: undefined };
  pairs(pairing, transposable, transposedPair, 'same.differ', false);
  // (digits transposed as a figure was written at another scale: `drew 1.286 million m³ of water`, `Water for snowmaking  thousand m³  1,268`)
  pairs(pairing, rescaled, rescaledPair, 'same.differ', false);
  // `alike` holds only qualified figures, so a bare restatement meets a qualified one through the metric rules, not here
  // a number of `people` is said nearly and over of many things: the shared word must be more than the counted noun
  pairs(pairing, alike, opposite, 'same.qualifier', true);
  // a table's bare count (its noun in a header, `(thousands)`) against a text count of a noun phrase its row label shares two words of
  pairs(pairing, namedCounts, namedCountPair, 'same.differ', false, bareOfPair);
  pairs(pairing, placeCounts, placeCountPair, 'same.differ', true, bareOfPair);
  checks.push(...scaleSlips(slipped, seen));
  // (one of four digits, or three, the other of more; neither already set against a figure of its own document: the slip is told)
  for (let r = 0; r < ROUNDED_DIGITS.length; r++) checks.push(...scaleSlips(slippedRounded[r]!, seen, { n: ROUNDED_DIGITS[r]!, preciseLength, flaggedWithin }));
  // (and a measure in another unit of its kind, `42.38 million litres` of `423,800 kilolitres`)
  checks.push(...acrossUnitSlips(docs, seen, namedEitherWay));
  return checks;
}

// (the helpers below are the module's, not closures made on each call of `restatementChecks`: see its loops)

/** One engagement's buckets of figures whose digits may be one figure's restated (`bucketFigure`). */
interface Bucketing {
  transposable: Buckets;
  rescaled: Buckets;
  alike: Buckets;
  slipped: Buckets;
  slippedRounded: Buckets[];
  preciseLength: Map<DocFigure, number>;
  namedCounts: Buckets;
  placeCounts: Buckets;
  kinds: Map<string, Map<string, number>>;
  kindCount: { next: number };
}

/** A figure into the buckets its digits, kind and what it counts put it in. */
function bucketFigure(buckets: Bucketing, doc: CheckDocument, index: number): void {
  const { transposable, rescaled, alike, slipped, slippedRounded, preciseLength, namedCounts, placeCounts, kinds, kindCount } = buckets;
  const figure = doc.figures[index]!;
  const digits = writtenNumber(figure.text);
  const dimension = dimensionOf(figure);
  if (digits === undefined || figure.valueMax !== undefined || dimension === 'percent' || !(figure.value > 0)) return;
  // a target (`将于 2024 年扩大至 1,200 名以上`) is no restatement of the present count; a present count
  // before a comma that turns to a target is (`serving over 1,600 tenants, we remain committed to our target of …`)
  if (inForwardClause(doc.text, figure)) return;
  const at: DocFigure = { doc, figure, index };
  let counted = kinds.get(dimension);
  if (!counted) kinds.set(dimension, (counted = new Map()));
  const countedName = countedAs(doc.text, figure);
  const kind = kindOf(kindCount, counted, countedName);
  const significant = significantDigits(figure.text)!;
  // the digits as a multiset and how many characters they are written in: digits transposed give the same
  const typed = typedDigits(digits);
  if (typed.length >= 3) transposable.add(kind, digitCounts(typed) * 64 + (digits.length % 64), at);
  if (significant.length >= 3) {
    const transposed = digitCounts(significant) * 64 + (digits.length % 64);
    // (and by the power of ten the value reaches: digits transposed at another scale give the same too)
    rescaled.add(kind, digitCounts(significant) * 64 + Math.floor(Math.log10(figure.value)), at);
    if (SLIPPABLE.test(dimension)) slipped.add(kind, significant, at);
    if (dimension === 'count' ? bareCell(at) || NOUN_PHRASE.test(figure.unit) : dimension.startsWith('measure:') && !isTableFigure(at)) namedCounts.add(0, transposed, at);
    // (a place's bare row and a text count of the caption's noun, digits swapped across scales: `Plymouth welcomed 824,000 visits`, `Plymouth  842` in thousands)
    if (dimension === 'count' && (bareCell(at) || ONE_NOUN.test(figure.unit))) placeCounts.add(0, digitCounts(significant) * 64 + Math.floor(Math.log10(figure.value)), at);
  }
  // (and by its digits rounded to four or three, a figure of more: `RMB12.84 billion` in a letter for the table's RMB1,284.2
  // million; its digits as precisely as written, `54.0亿元` of three, `540`, for 53,970万元)
  if (SLIPPABLE.test(dimension)) {
    const precise = preciseDigits(at);
    preciseLength.set(at, precise.length);
    for (let r = 0; r < ROUNDED_DIGITS.length; r++) {
      const n = ROUNDED_DIGITS[r]!;
      const digits = (n < SIGNIFICANT_ALONE ? scaledWholeDigits(at) : undefined) ?? precise;
      if (digits.length >= n) slippedRounded[r]!.add(kind, digits.length === n ? digits : digitsRoundedTo(digits, n), at);
    }
  }
  // (a bounded key figure counts the noun its label opens with: `Women in management: more than 140` counts `nearly 140 women`)
  if (direction(figure.qualifier) !== 'none') alike.add(kindOf(kindCount, counted, boundedLabelNoun(doc.text, figure) ?? countedName), `${figure.value}\u0000${digits}`, at);
}


/** A kind's number, numbered in turn as first met (`next`, one engagement's), by what is counted within a kind of quantity. */
function kindOf(numbered: { next: number }, counted: Map<string, number>, name: string): number {
  let kind = counted.get(name);
  if (kind === undefined) counted.set(name, (kind = numbered.next++));
  return kind;
}

/** One engagement's pairing: the figures paired so far, the checks made, and the figures already flagged, with their values read once a pair first asks (`sayingAgain`). */
interface Pairing {
  seen: Set<FigureId>;
  checks: Check[];
  docs: readonly CheckDocument[];
  alreadyFlagged: ReadonlySet<FigureId>;
  flaggedWithin: ReadonlySet<FigureId>;
  flaggedValues: Set<number> | undefined;
}

/** Each bucket's pairs the relation holds of, said once per figure. */
function pairs(pairing: Pairing, buckets: Buckets, related: (a: DocFigure, b: DocFigure, bucket: readonly DocFigure[]) => boolean, say: PairKey, besidesUnit: boolean, named?: (a: DocFigure, b: DocFigure) => DocFigure): void {
  const { seen, checks, alreadyFlagged, flaggedWithin } = pairing;
  forEachPair(buckets, seen, (a, b, bucket) => {
    if (!related(a, b, bucket) || !samePeriodInReport(a, b) || !sharedWord(a, b, besidesUnit) || sayingAgain(a, b, alreadyFlagged, flaggedWithin, pairing) || slipTold(a, b, bucket, alreadyFlagged) || slipTold(b, a, bucket, alreadyFlagged)) return;
    seen.add(idOf(a)).add(idOf(b));
    checks.push(named ? pairCheck(a, b, say, named(a, b).figure.metric) : pairCheck(a, b, say));
  });
}

/**
 * Whether two figures can be of one period, a running-text figure of none being of its report's year against a note's of a
 * year before: `注：2023年女性员工1,124人` restates no `女性员工1,214人` of a 2024 report's text, whose digits it swaps. (Only a
 * note's: a period read elsewhere may be a sentence's other year, and one of no period objects to nothing.)
 */
function samePeriodInReport(a: DocFigure, b: DocFigure): boolean {
  if (!samePeriod(a.figure.period, b.figure.period)) return false;
  const [dated, bare] = a.figure.period === undefined ? [b, a] : [a, b];
  if (dated.figure.period === undefined || bare.figure.period !== undefined || dated.doc !== bare.doc || isTableFigure(bare) || !inNote(dated)) return true;
  const [year, report] = [yearOf(dated.figure.period), reportYearOf(dated.doc)];
  return year === undefined || report === undefined || Number(year) >= Number(report);
}

/** A table's or a section's note: its line opens with `注：`, `Note:`, `Notes 2:`. */
const NOTE_LINE = /^\s*(?:注|註|说明|說明|notes?)\s*\d{0,2}\s*[:：]/i;
const inNote = ({ doc, figure }: DocFigure): boolean => NOTE_LINE.test(doc.text.slice(doc.text.lastIndexOf('\n', figure.start) + 1, figure.start));

/**
 * Each two figures of a bucket, bucket by bucket in the order they were made, visited unless both are already said (`seen`
 * is read afresh for each pair, as a visit adds to it); a bucket over MAX_BUCKET is a number too common to pair.
 */
function forEachPair(buckets: Buckets, seen: ReadonlySet<FigureId>, visit: (a: DocFigure, b: DocFigure, bucket: readonly DocFigure[]) => void): void {
  for (const bucket of buckets.inOrder) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        if (!seen.has(idOf(a)) || !seen.has(idOf(b))) visit(a, b, bucket);
      }
  }
}

const transposedPair = (a: DocFigure, b: DocFigure, bucket: readonly DocFigure[]) => swappedWritten(a.figure.text, b.figure.text) && sameScale(a, b) && oneFigureSaid(a, b) && !restatesItsOwnRow(a, b, bucket) && !restatesItsOwnRow(b, a, bucket);

const rescaledPair = (a: DocFigure, b: DocFigure) => !sameScale(a, b) && swappedAcrossScales(a, b) && oneFigureSaid(a, b);

const namedCountPair = (a: DocFigure, b: DocFigure) =>
  bareCell(a) !== bareCell(b) && swappedWritten(a.figure.text, b.figure.text) && sameScale(a, b) && (bareCell(a) ? labelSaid(a, b) || captionMeasureSaid(a, b) : labelSaid(b, a) || captionMeasureSaid(b, a)) && !namesAnotherRow(bareCell(a) ? b : a, bareCell(a) ? a : b);

const placeCountPair = (a: DocFigure, b: DocFigure) => bareCell(a) !== bareCell(b) && !sameScale(a, b) && swappedAcrossScales(a, b) && (bareCell(a) ? ownerSaysCaption(a, b) : ownerSaysCaption(b, a));

/** Of a table's bare cell and a text figure, the cell: its metric names the check. */
const bareOfPair = (a: DocFigure, b: DocFigure) => (bareCell(a) ? a : b);

const namedEitherWay = (a: DocFigure, b: DocFigure) => namedAround(a, b) || namedAround(b, a) || labelSaidWhole(a, b) || labelSaidWhole(b, a);

/** A rounded slip's bucket: its number of digits, each figure's precise length, and the figures already set against one of their own document. */
interface Rounding {
  n: number;
  preciseLength: ReadonlyMap<DocFigure, number>;
  flaggedWithin: ReadonlySet<FigureId>;
}

/** (for three, a whole amount before a scale word is read with its zero, `GBP 540 million`: `540`) */
const roundedLength = (f: DocFigure, n: number, preciseLength: ReadonlyMap<DocFigure, number>) => (n < SIGNIFICANT_ALONE && scaledWholeDigits(f) !== undefined ? n : preciseLength.get(f));

/**
 * (of three digits, common to many amounts, in one unit and against a row or key line whose label the other's words say:
 * `营业收入54.0亿元` and the row `营业收入  53,970`, not `cargo and mail revenue RMB 4.86 billion` of `revenue … RMB 48.62 billion`,
 * nor a rate per a unit)
 */
const roundedOnce = (a: DocFigure, b: DocFigure, { n, preciseLength, flaggedWithin }: Rounding) =>
  (roundedLength(a, n, preciseLength) === n) !== (roundedLength(b, n, preciseLength) === n) &&
  !flaggedWithin.has(idOf(a)) &&
  !flaggedWithin.has(idOf(b)) &&
  (n >= SIGNIFICANT_ALONE ||
    (n >= ROUNDED_LABEL_ONLY && saidOfOneMetric(a, b)) ||
    (a.figure.unit === b.figure.unit &&
      !perUnit(a) &&
      !perUnit(b) &&
      // (of two, `GBP 5.4 million` for `Revenue  GBP thousand  53,970`: only the row's label said whole before it, and nothing else)
      (n < ROUNDED_LABEL_ONLY
        ? (labelled(a) && labelSaidWhole(a, b)) || (labelled(b) && labelSaidWhole(b, a))
        : (labelled(a) && (namedAround(a, b, 2) || labelSaidWhole(a, b))) || (labelled(b) && (namedAround(b, a, 2) || labelSaidWhole(b, a))))));

/**
 * The significant digits an amount said at another scale is rounded to, when it is rounded (`RMB12.84 billion` of RMB1,284.2
 * million, `EUR 5.24 billion` of EUR 5,238.6 million): four, as many as `significantOf` holds a slip to on digits alone; or
 * three (`营业收入54.0亿元` of 53,970万元), held to more (`SIGNIFICANT_ALONE`); or two (`Revenue rose to GBP 5.4 million` of the
 * key figures' `Revenue  GBP thousand  53,970`), held to a label said whole (`ROUNDED_LABEL_ONLY`).
 */
const ROUNDED_DIGITS = [4, 3, 2];

/** Below this many digits, a rounded slip is read against a row or key line whose label the text says whole only (`Revenue rose to GBP 5.4 million`). */
const ROUNDED_LABEL_ONLY = 3;

/** The fewest significant digits a rounded slip is read on with its naming one way alone. */
const SIGNIFICANT_ALONE = 4;

/** A figure written per a unit (`1.86吨标准煤/MW`, a row's unit column `吨/万人次`): a rate, no amount another restates at another scale. */
const perUnit = (f: DocFigure) => intensityUnit(f.doc, f.figure, isTableFigure(f)) !== undefined;

/** A figure's significant digits with the zeros its writing holds significant (`54.0亿元`: `540`; `5,400`: `54`). */
const preciseDigits = (f: DocFigure) => {
  const digits = significantDigits(f.figure.text)!;
  return digits.padEnd(Math.max(digits.length, significantOf(f)), '0');
};

/**
 * An amount or measure of one document with its scale slipped against another statement of it that
 * names it (`Cargo and mail: 1.864 million tonnes` and `Cargo and mail throughput rose 21.3% to 186.4
 * thousand tonnes`). Said though the figure was reported against its translation — the document
 * contradicts itself too — and once per figure: not again against a table cell restating the first.
 */
function scaleSlips(buckets: Buckets, seen: Set<FigureId>, rounding?: Rounding): Check[] {
  const checks: Check[] = [];
  const said = new Set<FigureId>();
  forEachPair(buckets, seen, (a, b, bucket) => {
    if (said.has(idOf(a)) || said.has(idOf(b))) return;
    if ((rounding !== undefined && !roundedOnce(a, b, rounding)) || !scaleSlipBetween(a, b)) return;
    // and every other statement of the value it slipped from, named alike (the section's `235,000 ha` and the key table's row)
    const restated = bucket.filter((c) => c !== a && c !== b && !said.has(idOf(c)) && (c.figure.value === b.figure.value ? scaleSlipBetween(a, c) : c.figure.value === a.figure.value && scaleSlipBetween(b, c)));
    for (const f of [a, b, ...restated]) {
      said.add(idOf(f));
      seen.add(idOf(f));
    }
    const check = pairCheck(a, b, 'same.scale');
    checks.push(restated.length === 0 ? check : { ...check, figures: [...check.figures, ...restated.map((c) => asCheckFigure(c, 'mention'))] });
  });
  return checks;
}

/** Two figures of one document, one the other's amount with its scale slipped, each named around the other. */
function scaleSlipBetween(a: DocFigure, b: DocFigure): boolean {
  if (a.doc !== b.doc || !isScaleSlip(a.figure.value, b.figure.value) || oneTable(a, b) || !samePeriod(a.figure.period, b.figure.period)) return false;
  if (sentenceSays(a, b.figure.value) || sentenceSays(b, a.figure.value)) return false;
  const deed = sameDeed(a, b);
  if (!deed && !namedAround(a, b) && !namedAround(b, a) && !labelSaidWhole(a, b) && !labelSaidWhole(b, a)) return false;
  // three significant digits are common: a labelled line's whole label must be said (`Community investment  £2.48m`),
  // or the other figure's sentence restates the cell's table, a row of it named (`… restructuring of £14.6 million, impairment of £83.4 million …`),
  // or a figure of no metric is named by its clause as the other is (`our varieties were planted on`)
  return significantOf(a) >= 4 || deed || saidOfOneMetric(a, b) || (labelled(a) && namedAround(a, b, 2)) || (labelled(b) && namedAround(b, a, 2)) || restatesTableOf(a, b) || restatesTableOf(b, a) || clauseNames(a, b) || clauseNames(b, a) || labelSaidWhole(a, b) || labelSaidWhole(b, a);
}

/**
 * A text figure whose own sentence says the other's value too (`Locomotive diesel was 412,600 GJ, up 3.6%, of which renewable
 * diesel 41,300 GJ`): two amounts said side by side, a whole and its part, not one amount with its scale slipped.
 */
function sentenceSays(f: DocFigure, value: number): boolean {
  if (isTableFigure(f)) return false;
  const { figures } = f.doc;
  for (let i = firstAtOrAfter(f.doc, f.figure.sentence.start); i < figures.length && figures[i]!.start < f.figure.sentence.end; i++)
    if (figures[i] !== f.figure && figures[i]!.value === value) return true;
  return false;
}

/**
 * Two amounts of running text in one unit whose metrics are one, years aside (`earned revenue of RMB3.10 billion` in a letter,
 * `Revenue was RMB310.0 million in 2024`, `Revenue for 2024 was RMB573.0 million`): named alike, however few the words.
 */
function saidOfOneMetric(a: DocFigure, b: DocFigure): boolean {
  if (a.figure.unit !== b.figure.unit || labelled(a) || labelled(b) || perUnit(a) || perUnit(b)) return false;
  const [ta, tb] = [wordsOfMetric(a), wordsOfMetric(b)];
  return ta.length > 0 && ta.length === tb.length && ta.every((t) => tb.includes(t));
}

/** A figure's metric's words, its numbers aside (`Revenue for 2024`: `revenue`). */
const wordsOfMetric = (f: DocFigure) => metricTokens(f.figure.metric).filter((t) => !t.startsWith('n:') && !/^\d+$/.test(t));

/**
 * Two measures of one document said as one deed (`In 2024 we moved 35.2 million tonnes`, `and hauled 3.52 million tonnes`, the key
 * figures' `Tonnes hauled`): the verb each is said after, or a row's label says, one verb or freight's verbs, in tonnes.
 */
function sameDeed(a: DocFigure, b: DocFigure): boolean {
  if (a.figure.unit !== TONNES || b.figure.unit !== TONNES || perUnit(a) || perUnit(b)) return false;
  const [da, db] = [deedOf(a), deedOf(b)];
  return (da !== undefined && (da === db || rowSays(b, da))) || (db !== undefined && rowSays(a, db));
}

/** The verb a text figure is said after (`we moved`, `and hauled`, `our barges carried`), freight's verbs as one; none of a change. */
function deedOf(f: DocFigure): string | undefined {
  if (labelled(f)) return undefined;
  const verb = DEED_BEFORE.exec(f.doc.text.slice(Math.max(f.figure.sentence.start, f.figure.start - 32), f.figure.start))?.[1]?.toLowerCase();
  return verb === undefined || CHANGE_DEED.test(verb) ? undefined : (FREIGHT_VERBS.get(verb) ?? verb);
}

/** Whether a table row's or key line's label says the deed (`Cargo carried`, `Tonnes hauled`). */
const rowSays = (f: DocFigure, deed: string) => labelled(f) && (f.figure.metric ?? '').toLowerCase().split(/\W+/).some((w) => (FREIGHT_VERBS.get(w) ?? w) === deed);

/** A past verb just before a figure, a bound between (`we moved 35.2`, `handled nearly 1.2`). */
const DEED_BEFORE = /\b([a-z]{3,}ed)\s+(?:(?:nearly|almost|about|around|some|over|more\s+than)\s+)?$/i;
/** Verbs of a change or a comparison, whose figure is a difference or a level reached: no deed. */
const CHANGE_DEED = new RegExp(`^(?:${EN_CHANGE_VERB}|reached|totall?ed|exceeded|surpassed|compared|reduced|raised|lowered|improved)$`);
/** The unit of a mass in tonnes, whatever its scale (`35.2 million tonnes`, `48.6 lakh tonnes`): what freight is counted in. */
const TONNES = 't';
/** Freight's verbs, one deed: an amount moved is said carried, hauled, shipped or transported alike. */
const FREIGHT_VERBS = new Map(['moved', 'hauled', 'carried', 'transported', 'shipped', 'conveyed'].map((v) => [v, 'carried']));

/** The clause mark a figure's clause opens after. */
const CLAUSE_OPENS = /[,，;；:：。]/g;

/**
 * The content words of the clause before a figure of running text that was given no metric (`and our
 * varieties were planted on` of `…, and our varieties were planted on 235,000 ha`), two at
 * least; else undefined.
 */
function clauseBefore(f: DocFigure): string[] | undefined {
  if (f.figure.metric !== undefined || isTableFigure(f)) return undefined;
  const { text } = f.doc;
  const before = text.slice(Math.max(f.figure.sentence.start, f.figure.start - 2 * CONTEXT), f.figure.start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_OPENS)) from = m.index + 1;
  const clause = before.slice(from).replace(/\d[\d,.]*/g, ' ');
  const words = metricTokens(DISTANCE_UNITS.has(f.figure.unit) ? clause.replace(TRAVELLED, ' distance ') : clause).filter((t) => !t.startsWith('n:') && !SCALE_WORDS.has(t));
  return words.length >= 2 ? words : undefined;
}

/** Units of distance, the extraction's (`km`, `mi`). */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(['km', 'mi']);

/**
 * A verb of travel before a distance (`our fleet covered 6.42 million kilometres`, `our trucks travelled`, `drove`): it says the
 * distance gone, as a key table's `Fleet distance` row names it.
 */
const TRAVELLED = /\b(?:covered|travell?ed|drove|driven|flew|flown|sailed|ran)\b/gi;

/**
 * A figure of no metric whose clause names the other as it is named (`our varieties were planted on
 * 2.35 million ha`, the section's `… were planted on 235,000 ha`, the key table's row `Area planted to
 * our varieties`): every word of its clause is the other's clause's or its row label's.
 */
function clauseNames(said: DocFigure, other: DocFigure): boolean {
  const clause = clauseBefore(said);
  if (!clause) return false;
  const named = isTableFigure(other) ? metricTokens(other.figure.metric) : clauseBefore(other);
  return named !== undefined && clause.every((t) => named.includes(t));
}

/**
 * The values of the figures `ids` name (`figureId`): each document's named starts read out of the ids
 * first, so its figures are looked up by number, not each by an id built for it.
 */
function valuesOf(docs: readonly CheckDocument[], ids: ReadonlySet<FigureId>): Set<number> {
  const starts = new Map<string, Set<number>>();
  for (const id of ids) {
    const { doc: name, start } = partsOf(id);
    let own = starts.get(name);
    if (!own) starts.set(name, (own = new Set()));
    own.add(start);
  }
  return new Set(docs.flatMap((doc) => {
    const own = starts.get(doc.name);
    return own ? doc.figures.filter((f) => own.has(f.start)).map((f) => f.value) : [];
  }));
}

/**
 * A figure already reported as disagreeing, against a figure of the value it was reported against
 * (the English `Scope 1 … 6,158` against the Chinese 6,518 and again against the table's 6,518):
 * one slip, said once. But a slip reported only against another document is said again against a
 * statement of its own document (表1's 成衣 26.48 against the English 2,468, and against 一（一）'s
 * 成衣业务收入24.68亿元): the document contradicts itself too, which its reader sees without the translation.
 */
/**
 * Whether `x`'s slip is already told against another figure of its digits: flagged, as is a figure of the bucket of
 * another value than both (`绿色贷款余额达到826.4亿元` against the 862.4 of its own metric). Its digits meeting `other`'s
 * too (`清洁能源产业贷款286.4亿元`, stated alike in its table) is then a coincidence of them, no second slip.
 */
function slipTold(x: DocFigure, other: DocFigure, bucket: readonly DocFigure[], flagged: ReadonlySet<FigureId>): boolean {
  if (!flagged.has(idOf(x)) || flagged.has(idOf(other))) return false;
  return bucket.some((c) => c.figure.value !== x.figure.value && c.figure.value !== other.figure.value && flagged.has(idOf(c)));
}

function sayingAgain(a: DocFigure, b: DocFigure, flagged: ReadonlySet<FigureId>, flaggedWithin: ReadonlySet<FigureId>, pairing: Pairing): boolean {
  const [fa, fb] = [flagged.has(idOf(a)), flagged.has(idOf(b))];
  // (one number qualified two ways, `近7万名` and `超过7万名`, is a slip of its own, though the second was flagged against a count)
  if (fa === fb || a.figure.value === b.figure.value || (a.doc === b.doc && !flaggedWithin.has(idOf(fa ? a : b)))) return false;
  return (pairing.flaggedValues ??= valuesOf(pairing.docs, flagged)).has(fa ? b.figure.value : a.figure.value);
}

/**
 * What a figure counts or measures in, for bucketing: its unit, singular (`colleagues` and `Colleagues:`
 * alike); a count with none on a key figure's line (`Colleagues: 41,820`, `Colleagues     41,820`) counts
 * what its label of words alone names, a participle after it aside (`Parcels delivered  486.2m` counts the text's
 * `468.2 million parcels`).
 */
function countedAs(text: string, figure: DocFigure['figure']): string {
  const unit = figure.unit || (keyLabel(text, figure)?.replace(PARTICIPLE_AFTER, '') ?? '');
  return unit.toLowerCase().replace(/s$/, '');
}

/** The label of words alone of a key figure with no unit: after a colon, or spaced off it and the whole of what opens its line (not `Employees (consolidated)`). */
function keyLabel(text: string, figure: DocFigure['figure']): string | undefined {
  const label = figure.unit ? undefined : figure.metric;
  if (!label || !KEY_LABEL.test(label)) return undefined;
  if (isKeyLine(text, figure)) return label;
  return afterSpacedLabel(text, figure) && text.slice(text.lastIndexOf('\n', figure.start - 1) + 1, figure.start).trim() === label ? label : undefined;
}

/**
 * The noun a key figure's label opens with, when the figure is bounded and has no unit (`Women in
 * management (Sakuragawa Railway): more than 140` counts `women`), singular, as `countedAs` gives it;
 * else undefined.
 */
function boundedLabelNoun(text: string, figure: DocFigure['figure']): string | undefined {
  if (figure.unit !== '' || !figure.metric) return undefined;
  const bound = BOUND_BEFORE.exec(text.slice(Math.max(0, figure.start - 16), figure.start));
  if (!bound || !isKeyLine(text, { start: figure.start - bound[0].length, end: figure.end })) return undefined;
  const noun = LABEL_NOUN.exec(figure.metric)?.[1];
  return noun?.toLowerCase().replace(/s$/, '');
}

/** Words bounding a figure just before it (`more than 140`, `nearly`). */
const BOUND_BEFORE = /(?:(?:more|fewer|less)\s+than|nearly|almost|over|under)\s*$/i;

/** A label's opening noun before what places it (`Women` of `Women in management`). */
const LABEL_NOUN = /^([A-Za-z]+)\s+(?:in|at|on|among)\s/;

/** A label's last word said of what it counts (`delivered`, `served`, `shipped`). */
const PARTICIPLE_AFTER = /(?<=\S)\s+[a-z]+ed$/;

/** A count bucketed by its label's noun (`countedAs`) is of what its participle says: `Contractors engaged` is no count of `trained 3,910 contractors`. */
function participleSaid(labelled: DocFigure, other: DocFigure): boolean {
  const participle = PARTICIPLE_AFTER.exec(keyLabel(labelled.doc.text, labelled.figure) ?? '')?.[0];
  return participle === undefined || metricTokens(participle).every((t) => wordsAround(other).includes(t));
}

/** A key figure's label that names a counted thing: a few words, letters only (`Colleagues`, `Hotels open`). */
const KEY_LABEL = /^[A-Za-z][A-Za-z -]{0,30}$/;

const idOf = (f: DocFigure) => figureId(f.doc.name, f.figure.start);

/** Figures by a kind and a key, each bucket holding up to one past MAX_BUCKET; read back in the order the buckets were made. */
class Buckets {
  readonly inOrder: DocFigure[][] = [];
  private readonly byKind = new Map<number, Map<number | string, DocFigure[]>>();

  add(kind: number, key: number | string, at: DocFigure): void {
    let ofKind = this.byKind.get(kind);
    if (!ofKind) this.byKind.set(kind, (ofKind = new Map()));
    const list = ofKind.get(key);
    if (!list) {
      const made = [at];
      ofKind.set(key, made);
      this.inOrder.push(made);
    } else if (list.length <= MAX_BUCKET) list.push(at);
  }
}

/** How far apart two cells of one table may stand, in characters. */
const TABLE_REACH = 4000;

/**
 * Two cells of one table (no blank line between them) are two statements a table makes, each in its
 * own row and column: 9,640 men of 2023 and 9,460 R&D staff of 2022 are no typing slip of each other.
 */
function oneTable(a: DocFigure, b: DocFigure): boolean {
  if (a.doc !== b.doc || !isTableFigure(a) || !isTableFigure(b)) return false;
  const [first, second] = a.figure.start < b.figure.start ? [a.figure, b.figure] : [b.figure, a.figure];
  return second.start - first.end <= TABLE_REACH && !a.doc.text.slice(first.end, second.start).includes('\n\n');
}

/** A counted noun of one word (`visits`). */
const ONE_NOUN = /^[a-z]+$/i;

/**
 * A text count whose sentence opens with a bare cell's row label (`Plymouth welcomed 824,000 visits`, the row `Plymouth`)
 * and counts the noun its table's caption measures (`Table 1: Visits by aquarium (thousand)`).
 */
function ownerSaysCaption(cell: DocFigure, said: DocFigure): boolean {
  const place = cellPlaces(cell.doc).get(cell.index);
  const label = cell.figure.metric?.trim();
  if (!place || !label || isTableFigure(said)) return false;
  const caption = metricTokens(captionMetric(cell.doc, place.block));
  const opening = said.doc.text.slice(said.figure.sentence.start, said.figure.start).trim();
  return opening.startsWith(label) && metricTokens(said.figure.unit).every((t) => caption.includes(t)) && caption.length > 0;
}

/** A counted noun phrase of two words or more (`inpatient and day-case patients`). */
const NOUN_PHRASE = /^[a-z][a-z-]*(?:\s+[a-z-]+)+$/i;

/** A table cell whose count names no noun of its own (`Inpatient and day-case admissions (thousands)  412.6`). */
const bareCell = (f: DocFigure) => f.figure.unit === '' && isTableFigure(f);

/**
 * A text count says its cell's row in other words (`421.6 thousand inpatient and day-case patients`, the
 * row `Inpatient and day-case admissions`): two words of the row's label besides its last, what it
 * counts, are the text figure's. A row of `Vehicles produced` and `vehicles sold` share one.
 */
function labelSaid(cell: DocFigure, said: DocFigure): boolean {
  const label = metricTokens(cell.figure.metric).filter((t) => !t.startsWith('n:')).slice(0, -1);
  const words = new Set(metricTokens(`${said.figure.unit} ${said.figure.metric ?? ''}`));
  return label.filter((t) => words.has(t)).length >= 2;
}

/**
 * A table's bare cell whose table heads its cells with a measure (`Table 1.2  FFB and production
 * (tonnes)`) against a text measure in it (`up from 1,101,900 tonnes in FY2022`) around which every word
 * of the cell's row label is said (`Our mills produced 1.16 million tonnes of crude palm oil (CPO), up
 * from …`; the row `Crude palm oil (CPO)`), two words at least.
 */
function captionMeasureSaid(cell: DocFigure, said: DocFigure): boolean {
  if (dimensionOf(said.figure) === 'count') return false;
  const unit = said.figure.text.replace(/[\d.,\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
  if (unit.length < 2 || !tableAbove(cell.doc.text, cell.figure.start).toLowerCase().includes(`(${unit})`)) return false;
  const label = metricTokens(cell.figure.metric).filter((t) => !t.startsWith('n:'));
  const words = new Set(wordsAround(said));
  return label.length >= 2 && label.every((t) => words.has(t));
}

/** A label as compared: its Chinese characters, or its words in lower case between spaces (whole words only), a breakdown's `其中：` aside. */
const labelText = (label: string | undefined) => {
  const han = (label ?? '').replace(/[^\u3400-\u9fff]/g, '').replace(BREAKDOWN_WORD, '');
  return han || ` ${(label ?? '').replace(EN_BREAKDOWN_WORDS, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim()} `;
};

/** A breakdown row's English lead (`of which organic dried goji`): the row is the part, not the words. */
const EN_BREAKDOWN_WORDS = /^\s*(?:of which|including|incl\.|thereof)\s+/i;

/**
 * Text whose metric names another row of a table than the cell's own (`清洁能源保险赔款 6.84 亿元`
 * beside the rows `其中：清洁能源保险` and `绿色交通保险 … 8.64`) speaks of that row, not the cell's.
 */
function namesAnotherRow(said: DocFigure, cell: DocFigure): boolean {
  if (said.doc !== cell.doc || isTableFigure(said)) return false;
  const place = cellPlaces(cell.doc).get(cell.index);
  if (!place) return false;
  const metric = labelText(said.figure.metric);
  const own = labelText(cell.figure.metric);
  if (own.trim().length >= 2 && metric.includes(own)) return false;
  // (a row in percent, `Oil extraction rate (OER), %`, is no row of a figure in another unit its sentence says next to it;
  // a header's `FY2023` no row at all)
  const percent = said.figure.unit === '%';
  return tableBlocks(cell.doc)[place.block]!.some((row) => {
    const label = labelText(row.label);
    return !row.header && label.trim().length >= 2 && label !== own && metric.includes(label) && (percent || !row.label.includes('%'));
  });
}

/** A figure said as the earlier value of a comparison (`较上年的 16.8 亿元`, `from 16.8`, `（2022年：16.8亿元）`). */
const saidOfEarlier = (f: DocFigure) => saidAsPrior(f.doc.text, f.figure) || inPriorYearBracket(f.doc.text, f.figure);

/**
 * The year before set beside a running-text figure of the present (`安全生产投入18.6亿元，同比增长12.4%
 * （2022年：16.8亿元）`): two years of one metric, whose digits may well be the same ones swapped — and so where
 * both sentences open with this year's date (`2023年，…15.2亿件` and `截至2023年底，…较上年末的12.5亿件`), which
 * the earlier value takes as its period too.
 */
function twoYears(a: DocFigure, b: DocFigure): boolean {
  const [ea, eb] = [saidOfEarlier(a), saidOfEarlier(b)];
  if (ea === eb) return false;
  return !isTableFigure(ea ? b : a);
}

/**
 * A table cell against a running-text figure whose value another cell of the cell's row states (the
 * text's 138.6 in the 2023 column, 136.8 in 2021's): the text restates that cell, and this one is
 * another year's, whose digits may well be the same ones swapped.
 */
function otherCellOfRow(cell: DocFigure, said: DocFigure): boolean {
  if (cell.doc !== said.doc || isTableFigure(said)) return false;
  const place = cellPlaces(cell.doc).get(cell.index);
  const row = place && tableBlocks(cell.doc)[place.block]!.find((r) => r.cells.some((c) => c?.index === cell.index));
  return row !== undefined && row.cells.some((c) => c !== undefined && c.index !== cell.index && c.figure.value === said.figure.value);
}

/**
 * A table cell whose row says another thing than the other figure: another table's row whose metric
 * neither holds the cell's words nor is held by them (`Energy intensity (GJ per tonne of product)  12.6`
 * and `GHG intensity (tCO2e per tonne of product)  1.26`), or a running-text figure around which no word
 * of the cell's row label is said (`Methane emissions were 142 kt CO2e` and the row `Hawk Hills SAGD  412`
 * under `Scope 2`). Digits of two metrics may well be the same ones swapped.
 */
function otherRowNamed(cell: DocFigure, other: DocFigure): boolean {
  if (!isTableFigure(cell)) return false;
  if (isTableFigure(other)) {
    const [mine, theirs] = [metricTokens(cell.figure.metric), metricTokens(other.figure.metric)];
    return mine.length > 0 && theirs.length > 0 && !mine.every((t) => theirs.includes(t)) && !theirs.every((t) => mine.includes(t));
  }
  const place = cellPlaces(cell.doc).get(cell.index);
  const row = place && tableBlocks(cell.doc)[place.block]!.find((r) => r.cells.some((c) => c?.index === cell.index));
  const label = metricTokens(row?.label).filter((t) => !t.startsWith('n:') && !/^\d/.test(t));
  // (a `row` whose label is a sentence, a wrapped line of running text ending in a number, names nothing)
  if (label.length === 0 || label.length > LABEL_WORDS || headingNamesRow(other, cell)) return false;
  const words = new Set(wordsAround(other));
  return !label.some((t) => words.has(t));
}

/** The most words a row label is read with: more are a sentence that ends in a number. */
const LABEL_WORDS = 6;

/** Two figures of one kind, their digits transposed, that may be one figure said twice: nothing says they are two (another row, year or cell). */
const oneFigureSaid = (a: DocFigure, b: DocFigure) =>
  participleSaid(a, b) && participleSaid(b, a) && !oneTable(a, b) && !namesAnotherRow(a, b) && !namesAnotherRow(b, a) && !twoYears(a, b) && !otherCellOfRow(a, b) && !otherCellOfRow(b, a) && !otherRowNamed(a, b) && !otherRowNamed(b, a);

/**
 * `Our GHG emissions were 184 tCO2e` beside a table whose Total row reads 184 and whose Scope 2 row 148: a figure the
 * table states exactly in one row restates that row, not another row's cell of the same table its digits are a swap of.
 */
function restatesItsOwnRow(a: DocFigure, cell: DocFigure, bucket: readonly DocFigure[]): boolean {
  if (isTableFigure(a) || !isTableFigure(cell)) return false;
  const places = cellPlaces(cell.doc);
  const table = places.get(cell.index)?.block;
  return table !== undefined && bucket.some((c) => c !== cell && c.doc === cell.doc && c.figure.value === a.figure.value && places.get(c.index)?.block === table);
}

/**
 * The digits a number was typed with: its written digits from the first non-zero one, and a whole number's
 * trailing zeros aside (`2.10` is typed 2, 1, 0 and swaps into `2.01`; `146,460` is 14646).
 */
function typedDigits(written: string): string {
  const point = written.indexOf('.');
  const digits = point < 0 ? written : written.slice(0, point) + written.slice(point + 1);
  let from = 0;
  while (from < digits.length && digits.charCodeAt(from) === 48) from++;
  let to = digits.length;
  if (point < 0) while (to > from && digits.charCodeAt(to - 1) === 48) to--;
  return digits.slice(from, to);
}

/**
 * Two figures written at different scales (`1.286 million`, `1,268` thousand) whose significant digits, as many
 * on each side, are one swap of neighbours apart: their values reach the same power of ten (their bucket), so the
 * digits stand in the same places.
 */
function swappedAcrossScales(a: DocFigure, b: DocFigure): boolean {
  const [da, db] = [significantDigits(a.figure.text)!, significantDigits(b.figure.text)!];
  return da.length === db.length && adjacentSwap(da, db);
}

/** Whether two figures' numbers as written (`writtenNumber` of their texts) differ by one swap of neighbouring digits (`adjacentSwap`); never for a number in words. */
export function swappedWritten(a: string, b: string): boolean {
  const [wa, wb] = [writtenNumber(a), writtenNumber(b)];
  return wa !== undefined && wb !== undefined && adjacentSwap(wa, wb);
}

/** The two written numbers differ by one swap of neighbouring digits (separators aside), the decimal point between them or not (84.6 / 86.4). */
export function adjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  if (a.indexOf('.') >= 0 && a.indexOf('.') === b.indexOf('.') && !neighbourSwap(a, b)) return neighbourSwap(a.replace('.', ''), b.replace('.', ''));
  return neighbourSwap(a, b);
}

function neighbourSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  // (by character codes, no list of the places they differ at: asked of every pair of figures a group compares)
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (first >= 0) {
      if (i !== first + 1 || a.charCodeAt(first) !== b.charCodeAt(i) || a.charCodeAt(i) !== b.charCodeAt(first)) return false;
      // (and no third difference after them)
      for (let k = i + 1; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
      return true;
    }
    first = i;
  }
  return false;
}

const scaleOf = (f: DocFigure) => f.figure.value / Number(writtenNumber(f.figure.text));
/** The same scale word (`million` and `million`; 1.26 million / 1.26 is not exactly 1e6 in floating point). */
const sameScale = (a: DocFigure, b: DocFigure) => Math.abs(Math.log10(scaleOf(a) / scaleOf(b))) < 1e-6;

function opposite(a: DocFigure, b: DocFigure): boolean {
  const da = direction(a.figure.qualifier);
  const db = direction(b.figure.qualifier);
  return da !== 'none' && db !== 'none' && da !== db && !isTableFigure(a) && !isTableFigure(b);
}

/** The clause words around a figure: its metric's, and the sentence's within `CONTEXT` characters (twice that before a figure of no metric), from `from` to `to`. */
function wordsAround(f: DocFigure, from = -Infinity, to = Infinity): string[] {
  const { text } = f.doc;
  const { sentence, start, end } = f.figure;
  // a figure given no metric (`Scope 2 emissions from traction electricity rose 4.9% to 58,490 tCO2e`) is named further back in its sentence
  const back = f.figure.metric === undefined ? 2 * CONTEXT : CONTEXT;
  // a row of cells is read alone: the rows above and below it are other metrics (`Water discharge`, `Water intake intensity`)
  const line = rowLine(text, start, end);
  const near = text.slice(Math.max(sentence.start, line?.start ?? 0, start - back, from), start) + ' ' + text.slice(end, Math.min(sentence.end, line?.end ?? Infinity, end + CONTEXT, to));
  return [...new Set([...metricTokens(f.figure.metric), ...totalOfCaption(f), ...metricTokens(near.replace(/\d[\d,.]*/g, ' '))])].filter((t) => !t.startsWith('n:') && !/^\d/.test(t) && !SCALE_WORDS.has(t));
}

/** A bare Total row's cell (`Total   164,460`) counts what its table's caption names (`Harvest volumes` of `Table 1  Harvest volumes by region`): those words. */
function totalOfCaption(f: DocFigure): string[] {
  if (f.index < 0 || !ENGLISH_TOTAL_ROW.test(f.figure.metric ?? '')) return [];
  const place = cellPlaces(f.doc).get(f.index);
  const caption = place && captionMetric(f.doc, place.block);
  return caption === undefined ? [] : metricTokens(caption);
}

/** The bounds of the line holding `[start, end)` when it is a table row (`TABLE_ROW`), or undefined. */
function rowLine(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const line = lineAround(text, start, end, 400);
  return line && TABLE_ROW.test(text.slice(line.start, line.end)) ? line : undefined;
}

/**
 * Every word of `named`'s metric (`least` of them at least) is said around `other`, as the same word or
 * another form of it (`Cargo and mail: 1.864 million tonnes`, `Cargo and mail throughput rose 21.3% to
 * 186.4 thousand tonnes`; `Community investment`, `we invested … in the communities`).
 */
function namedAround(named: DocFigure, other: DocFigure, least = 1): boolean {
  const metric = (clauseBefore(named) ?? metricTokens(named.figure.metric)).filter((t) => !t.startsWith('n:'));
  if (metric.length < least) return false;
  const words = new Set(wordsAround(other));
  return metric.every((t) => words.has(t));
}

/**
 * A text figure whose sentence restates the table of a cell (`Exceptional items totalled £25.1 million,
 * comprising restructuring of £14.6 million, impairment of £83.4 million …` over a note's rows
 * `Restructuring  14,620`, `Impairment of intangible assets  8,340`): the cell's row label opens with
 * the figure's metric, and another figure of the sentence restates, at its precision, another row's
 * cell whose label it is said beside.
 */
function restatesTableOf(cell: DocFigure, said: DocFigure): boolean {
  if (cell.doc !== said.doc || isTableFigure(said)) return false;
  const place = cellPlaces(cell.doc).get(cell.index);
  const own = metricTokens(said.figure.metric).filter((t) => !t.startsWith('n:'));
  const label = metricTokens(cell.figure.metric);
  if (!place || own.length === 0 || !own.every((t, i) => label[i] === t)) return false;
  const { figures } = said.doc;
  const others: DocFigure['figure'][] = [];
  for (let k = said.index - 1; k >= 0 && figures[k]!.sentence.start === said.figure.sentence.start; k--) others.push(figures[k]!);
  for (let k = said.index + 1; k < figures.length && figures[k]!.sentence.start === said.figure.sentence.start; k++) others.push(figures[k]!);
  const restated = others.filter((o) => o.unit === said.figure.unit);
  return tableBlocks(cell.doc)[place.block]!.some((row) => {
    const rowWords = metricTokens(row.label);
    return row.cells.some((c) => c !== undefined && c.index !== cell.index && restated.some((o) => restates(o, c.figure) && wordsAround({ doc: said.doc, figure: o, index: -1 }).some((t) => rowWords.includes(t))));
  });
}

/** How many significant digits a figure is written to (`RMB31.10 billion` four: a zero after the point is stated). */
const significantOf = (f: DocFigure) => precisionDigits(f.figure.text);

/** A figure on a line of its own under a label (a table row, a highlight `Community investment  £2.48m`, `Employees: 18,462`). */
const labelled = (f: DocFigure) => isTableFigure(f) || isKeyLine(f.doc.text, f.figure);

function sharedWord(a: DocFigure, b: DocFigure, besidesUnit: boolean): boolean {
  if (headingNamesRow(a, b) || headingNamesRow(b, a)) return true;
  // in one document, a counted noun of its own (`tenants`, `charging points`) is word enough: not `people`, `users`; nor are the company's own people, however called (`员工`, `燕川人`)
  if (besidesUnit && a.doc === b.doc && ((ownNoun(a.figure.unit) && a.figure.unit.toLowerCase() === b.figure.unit.toLowerCase()) || (countsOwnPeople(a) && countsOwnPeople(b)))) return true;
  const unit = new Set(besidesUnit ? [...metricTokens(a.figure.unit), ...metricTokens(b.figure.unit)] : []);
  for (const f of [a, b]) if (dimensionOf(f.figure) !== 'count') for (const t of writtenUnitTokens(f.figure.text)) unit.add(t);
  const words = new Set(clauseWords(a));
  return clauseWords(b).some((t) => words.has(t) && !unit.has(t) && !CHANGE_WORDS.has(t));
}

/**
 * A Chinese count of the company's own people, by the noun after its measure word: its employees (`超2.5万名员工`), or its people
 * called by its own name (`近2.5万名燕川人` in a report titled `燕川啤酒股份有限公司…`, as `中建人`, `华润人`: two Han characters its
 * title opens with, and `人`).
 */
function countsOwnPeople(f: DocFigure): boolean {
  if (!PEOPLE_MEASURE.test(f.figure.unit)) return false;
  const after = f.doc.text.slice(f.figure.end, f.figure.end + 3);
  if (STAFF_NOUN.test(after)) return true;
  return OWN_NAME_PEOPLE.test(after) && (TITLE.exec(f.doc.text)?.[1] ?? '').startsWith(after.slice(0, 2));
}

/** The measure words of a count of people. */
const PEOPLE_MEASURE = /^(?:名|人|位)$/;

/** The Chinese nouns of a company's employees, opening the words after a count. */
const STAFF_NOUN = /^(?:员工|員工|职工|職工)/;

/** Two Han characters and `人` (`燕川人`), read as three characters. */
const OWN_NAME_PEOPLE = /^[\u3400-\u9fff]{2}人$/;

/** A document's first line of words: its title. */
const TITLE = /^\s*([^\n]*)/;

/** Words that say how a figure moved (`up 8.2% to RMB358 million`, `grew fastest`), not what it measures. */
const CHANGE_WORDS = new Set(metricTokens('up down rose fell grew grow growth increase increased decrease decreased decline declined higher lower year fastest'));

/** A clause mark of running text: a figure's clause ends at one. */
const CLAUSE_MARK = /[,，;；。]/;

/**
 * `wordsAround` a figure, without the clauses of the rates and shares beside it: words after a clause mark
 * that a later percentage of the sentence follows are that percentage's (`研发投入3.85亿元，同比增长6.1%，占营业收入
 * 的4.2%`: the revenue is the share's whole, no word of the R&D spending), and so are words before the clause
 * mark that follows an earlier one (`…同比增长3.1%；液态奶收入3.58亿元`). (A count's clause may name the figure's
 * subject: `Australia's four properties, valued at S$1,742.6 million`.)
 */
function clauseWords(f: DocFigure): string[] {
  const { figures, text } = f.doc;
  const { sentence } = f.figure;
  const next = f.index >= 0 ? figures[f.index + 1] : undefined;
  const previous = f.index > 0 ? figures[f.index - 1] : undefined;
  let end = Infinity;
  if (next && next.unit === '%' && next.start < sentence.end && next.start > f.figure.end) {
    const between = text.slice(f.figure.end, next.start);
    const mark = between.search(CLAUSE_MARK);
    if (mark >= 0) end = f.figure.end + mark;
  }
  let start = -Infinity;
  if (previous && previous.unit === '%' && previous.end > sentence.start && previous.end < f.figure.start) {
    const between = text.slice(previous.end, f.figure.start);
    const mark = between.search(CLAUSE_MARK);
    if (mark >= 0) start = previous.end + mark + 1;
  }
  return wordsAround(f, start, end);
}

/**
 * The words of a measure's or an amount's unit as written (`万吨` of `4,286万吨`, `MWh`): how it is
 * measured, not what — the output of two mines in one sentence, a waste's tonnage in another, share
 * only it (a count's unit is its noun, `tenants`, and may name what it counts).
 */
const writtenUnitTokens = (text: string) => metricTokens(text.replace(/[\d.,\s\u00a0\u202f]+/g, ' '));

/** Nouns that count people or occasions of anything (`people`, `users`, `visits`): what they count is said around them. */
const GENERIC_COUNTED = new Set(metricTokens('people persons individuals employees staff users customers members participants residents households beneficiaries times visits'));

/** A counted noun that names what it counts: letters, none of its words `GENERIC_COUNTED`. */
function ownNoun(unit: string): boolean {
  const words = /^[a-z][a-z -]*$/i.test(unit) ? metricTokens(unit) : [];
  return words.length > 0 && !words.some((t) => GENERIC_COUNTED.has(t));
}

/** A text figure under a heading that names a cell's row (`Packaging` over `Adjusted operating profit grew 10.4% to £186.4 million`, the row `Packaging`). */
function headingNamesRow(said: DocFigure, cell: DocFigure): boolean {
  if (said.doc !== cell.doc || !isTableFigure(cell) || isTableFigure(said)) return false;
  const label = metricTokens(cell.figure.metric).filter((t) => !t.startsWith('n:'));
  if (label.length === 0) return false;
  const heading = metricTokens(paragraphHeading(said.doc, said.figure.start));
  return label.every((t) => heading.includes(t));
}

/** The digits as a multiset (how many of each), one number: digits transposed give the same. */
function digitCounts(digits: string): number {
  let counts = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(i) - 48;
    counts += DIGIT_WEIGHTS[digit] ?? 16 ** digit;
  }
  return counts;
}

/** 16 to the power of each digit, looked up rather than raised for every digit of every figure. */
const DIGIT_WEIGHTS = Array.from({ length: 10 }, (_, d) => 16 ** d);
