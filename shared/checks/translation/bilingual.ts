// Consistency across the two languages of a bilingual report, where paragraphs are followed by
// their translation. Metrics cannot be compared across languages without a dictionary, so the
// translation is found by its figures instead: a Chinese figure and an English one nearby that may be
// the same amount are a translated pair (an anchor). What is left over is where translations slip:
// - a Chinese and an English figure with the same digits a power of ten apart, neither with a
//   counterpart of its own (`650 万` against `650 million`): a scale slip; or with two neighbouring
//   digits swapped (`1500 多万` against `51 million`): a changed value (moved-slips.ts). A figure left
//   over in each language with the same amount is a translation set pages apart, and neither
//   (translated-pair.ts);
// - the same number in another unit of its family (`300 元` / `US$300`, `60 倍` / `60%`: unit-slips.ts);
// - between two consecutive anchors, the Chinese and English figures left of one measure, as many on
//   each side and paired in turn (translation-gaps.ts): close values that cannot be one amount, swapped
//   digits, a decimal point dropped, a turned qualifier;
// - an anchor whose qualifiers point opposite ways (`近 5 万` against `over 50,000`), or says a bound
//   against a bare number (`近 5,000 场` against `5,000 events`, `4 万多名` against `40,000`), each
//   language's conventional words for a bound read as the bound (translation-qualifiers.ts).
// An intensity is compared per a million of its denominator (`0.512吨/万元` as 51.2 per RMB million:
// intensity-denominator.ts), and of chains of anchors as long, the one pairing table cells with table
// cells and sentences with sentences is taken (a sentence under the Chinese table may state the English
// table's total the Chinese table slipped).
// A document counts as bilingual only with several anchors, or with one when its own paragraphs are
// in both languages (bilingual-text.ts). The two languages may also stand in two files of the
// engagement (a report and its translation): there the Chinese figures are placed in the English file
// by landmarks (file-alignment.ts), figures before the first anchor or after the last are compared
// too, and a slipped translation the other file states out of order is found anywhere in it.

import { lineAround } from '../../metrics/index';
import { saidAsNot } from '../readers/markers';
import { isBilingualText } from './bilingual-text';
import { longestChain, placeInTranslation } from './file-alignment';
import { displacedTranslations, exactBoundCheck, mayTranslate, pairCheck, type Placed, sameKind, sameStatedAmount, turnedChangeCheck } from './translated-pair';
import { aboutAgainstBound, boundAgainstExact, qualifierDisagreement } from './translation-qualifiers';
import { movedSlips, slipBetween, type SlipKind } from './moved-slips';
import { countsOccasions } from '../readers/occasions';
import { gapChecks } from './translation-gaps';
import { denominatorsOf, intensityScale } from '../rates/intensity-denominator';
import { translationDimension, translationFactor } from './translation-units';
import type { Check, CheckDocument, DocFigure } from '../types';
import { isTableCell } from '../readers/table-columns';
import { unitSlips } from './unit-slips';
import { readOncePerSpan } from '../../text/read-once-per-span';

/** How far apart a paragraph and its translation's figures may stand, in characters. */
const WINDOW = 2500;
const MIN_ANCHORS = 3;

/** A translation in another file: how far from where its landmarks place a Chinese figure its English may stand, in English characters. */
const FILE_WINDOW = 1_500;
/** Of the smaller side's figures, at least this share must be anchored for two files to be one report's two languages. */
const MIN_FILE_ANCHORED = 0.3;
/**
 * Two files, one all Chinese and one all English, are taken for one report's two languages with fewer
 * anchors than one bilingual file needs (where any two passages of a long report stand near each
 * other): a short passage has few figures, and a few slipped in translation leave fewer anchored still.
 */
const MIN_FILE_ANCHORS = 2;

interface Alignment {
  window: number;
  /** Whether the two sides run from the start to the end of their files (two files of one report). */
  wholeFiles: boolean;
  /** The document(s) a message names. */
  where: string;
}

export function bilingualChecks(doc: CheckDocument): Check[] {
  const zh: Placed[] = [];
  const en: Placed[] = [];
  const languages = doc.figures.map((figure) => languageAt(doc.text, figure.start));
  if (!languages.includes('zh') || !languages.includes('en')) return [];
  placedAt(doc).forEach((placed, index) => {
    const language = languages[index];
    if (language !== 'both') (language === 'zh' ? zh : en).push(placed);
  });
  const anchors = findAnchors(zh, en, WINDOW);
  // a file whose own paragraphs are in both languages needs one translated pair (bilingual-text.ts),
  // any other three; the whole text is read for its languages only when that decides
  if (anchors.length === 0 || (anchors.length < MIN_ANCHORS && !isBilingualText(doc.text))) return [];
  return alignedChecks(zh, en, anchors, { window: WINDOW, wholeFiles: false, where: doc.name });
}

/** A Chinese file and an English file of the engagement that translate each other, compared alike. */
export function translatedFileChecks(docs: readonly CheckDocument[]): Check[] {
  const language = new Map(docs.map((d) => [d, languageOf(d.text)]));
  const checks: Check[] = [];
  for (const z of docs.filter((d) => language.get(d) === 'zh')) {
    translatedPairs.delete(z);
    for (const e of docs.filter((d) => language.get(d) === 'en')) {
      const en = placedAt(e);
      const zh = placeInTranslation(placedAt(z), en, z.text.length, e.text.length);
      if (zh.length === 0 || en.length === 0) continue;
      const anchors = findAnchors(zh, en, FILE_WINDOW);
      if (anchors.length < Math.max(MIN_FILE_ANCHORS, MIN_FILE_ANCHORED * Math.min(zh.length, en.length))) continue;
      translatedPairs.set(z, [...(translatedPairs.get(z) ?? []), ...anchors.map(([a, b]): [DocFigure, DocFigure] => [a.at, b.at])]);
      checks.push(...alignedChecks(zh, en, anchors, { window: FILE_WINDOW, wholeFiles: true, where: `${z.name}, ${e.name}` }));
    }
  }
  return checks;
}

/** Of a Chinese file, the figures `translatedFileChecks` found translated in an English file of its engagement: its anchors, each Chinese then English. */
const translatedPairs = new WeakMap<CheckDocument, Array<[DocFigure, DocFigure]>>();

/** The figures of one file of the engagement and their translations in another, as `translatedFileChecks` anchored them (after it has run). */
export const fileTranslations = (docs: readonly CheckDocument[]): Array<[DocFigure, DocFigure]> => docs.flatMap((d) => translatedPairs.get(d) ?? []);

/** A file's language when it is written in one: Chinese when Han characters are most of its letters, English when there are almost none. */
function languageOf(text: string): 'zh' | 'en' | 'both' {
  // counted in a loop: a `match(/…/g)` array of every letter of a long report is garbage by the megabyte
  let han = 0;
  let latin = 0;
  for (let i = 0, end = Math.min(text.length, 200_000); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  if (han > latin) return 'zh';
  return han < 0.01 * latin ? 'en' : 'both';
}

/** A document's figures as its translation's are compared with them: an intensity over a scaled denominator in tonnes per a million of it (`0.512吨/万元` as 51.2, `48.1千克/万元` as 4.81). */
function placedAt(doc: CheckDocument): Placed[] {
  const denominators = denominatorsOf(doc);
  const placed: Placed[] = [];
  for (const [index, figure] of doc.figures.entries()) {
    // (a value the text says a figure is not, `合计不等于100.0%`, translates nothing the other file claims)
    if (saidAsNot(doc.text, figure)) continue;
    const per = denominators[index];
    const { unit, factor } = intensityScale(figure.unit, per);
    const read = unit === figure.unit ? figure : { ...figure, unit };
    placed.push({ at: { doc, figure, index }, dimension: dimensionIn(doc, read), factor: translationFactor(read) * factor, pos: figure.start, ...(per && { per }) });
  }
  return placed;
}

function alignedChecks(zh: Placed[], en: Placed[], anchors: Array<[Placed, Placed]>, alignment: Alignment): Check[] {
  const { window } = alignment;
  const matchedZh = new Set(anchors.map(([z]) => z));
  const matchedEn = new Set(anchors.map(([, e]) => e));
  const checks: Check[] = [];
  // a turned qualifier the report repeats (`約18,600小時` / `more than 18,600` in the summary and again in the body) is one slip, said once
  const turned = new Set<string>();
  for (const [z, e] of anchors) {
    if (!sameStatedAmount(z, e) && !aboutAgainstBound(z, e)) continue;
    const differ = qualifierDisagreement(z, e, zh, en);
    const slip = `${z.at.figure.value}\u0000${z.at.figure.qualifier}\u0000${e.at.figure.qualifier}`;
    if (differ && turned.has(slip)) continue;
    if (differ) turned.add(slip);
    // bounds pointing opposite ways where the amount is stated exactly too: the exact figure shows which is wrong
    const decided = differ === 'opposite' ? boundAgainstExact(z, e, zh, en) : undefined;
    if (decided) checks.push(exactBoundCheck(z, e, decided, 'consistency.translation-qualifier', alignment.where));
    else if (differ) checks.push(pairCheck(z, e, 'consistency.translation-qualifier', differ === 'opposite' ? 'translation.qualifier' : differ === 'nearly' ? 'translation.nearly' : 'translation.bound', alignment.where));
  }
  const displacedPairs = displacedTranslations(zh.filter((z) => !matchedZh.has(z)), en.filter((e) => !matchedEn.has(e)));
  const displaced = new Set(displacedPairs.flat());
  // a rate and its translation said to change opposite ways (`同比下降4.8%`, `rose 4.8%`), in place or set out of order
  for (const [z, e] of [...anchors, ...displacedPairs]) {
    const turnedWay = turnedChangeCheck(z, e, alignment.where);
    if (turnedWay) checks.push(turnedWay);
  }
  const looseZh = zh.filter((z) => !matchedZh.has(z) && !displaced.has(z));
  const looseEn = en.filter((e) => !matchedEn.has(e) && !displaced.has(e));
  const slipped = new Set<Placed>();
  const slipCheck = (z: Placed, e: Placed, kind: SlipKind) =>
    kind === 'scale'
      ? pairCheck(z, e, 'consistency.translation-scale', 'translation.scale', alignment.where)
      : kind === 'qualifier'
        ? pairCheck(z, e, 'consistency.translation-qualifier', 'translation.qualifier', alignment.where)
        : pairCheck(z, e, 'consistency.translation-value', 'translation.value', alignment.where);
  let from = 0;
  for (const z of looseZh) {
    while (from < looseEn.length && looseEn[from]!.pos < z.pos - window) from++;
    for (let k = from; k < looseEn.length && looseEn[k]!.pos <= z.pos + window; k++) {
      const e = looseEn[k]!;
      const kind = slipped.has(e) ? undefined : slipBetween(z, e);
      if (!kind) continue;
      slipped.add(z).add(e);
      checks.push(slipCheck(z, e, kind));
      break;
    }
  }
  // two files of one report: a slipped translation the other file states elsewhere (moved-slips.ts)
  if (alignment.wholeFiles)
    for (const [z, e, kind] of movedSlips(looseZh.filter((z) => !slipped.has(z)), looseEn.filter((e) => !slipped.has(e)), 'slips')) {
      slipped.add(z).add(e);
      checks.push(slipCheck(z, e, kind));
    }
  // the same number in another unit of its family (`300 元` / `US$300`, `60 倍` / `60%`)
  for (const [z, e] of unitSlips(looseZh.filter((z) => !slipped.has(z)), looseEn.filter((e) => !slipped.has(e)), window)) {
    slipped.add(z).add(e);
    checks.push(pairCheck(z, e, 'consistency.translation-unit', 'translation.value', alignment.where));
  }
  const paired = new Set<Placed>();
  checks.push(...gapChecks(anchors, looseZh.filter((z) => !slipped.has(z)), looseEn.filter((e) => !slipped.has(e)), alignment, paired));
  // and of what no gap paired, a changed digit or a turned qualifier the other file states out of order
  if (alignment.wholeFiles)
    for (const [z, e, kind] of movedSlips(looseZh.filter((z) => !slipped.has(z) && !paired.has(z)), looseEn.filter((e) => !slipped.has(e) && !paired.has(e)), 'changes', { zh, en }))
      checks.push(slipCheck(z, e, kind));
  return checks;
}

/**
 * A figure's language: Chinese when its line (or, on a very long line, the 200 characters around it)
 * has Chinese in it; `both` for a cell of a table row labelled in both languages (`範圍一排放 Scope 1
 * emissions`), which is neither language's translation of the other's prose and would draw the
 * prose's figures out of their order.
 */
function languageAt(text: string, at: number): 'zh' | 'en' | 'both' {
  const line = lineAround(text, at, at, 200) ?? { start: Math.max(0, at - 200), end: Math.min(text.length, at + 200) };
  const read = rowLanguages(text, line.start, line.end);
  if (!read.han) return 'en';
  return read.tab >= 0 && line.start + read.tab < at && read.labelled ? 'both' : 'zh';
}

/** A line as `languageAt` reads it: whether it has Chinese in it, where its first tab stands, and whether the label before it is in both languages. */
const rowLanguages = readOncePerSpan((text, start, end) => {
  const row = text.slice(start, end);
  const han = /[\u3400-\u9fff]/.test(row);
  const tab = han ? row.indexOf('\t') : -1;
  return { han, tab, labelled: tab >= 0 && labelInBothLanguages(row.slice(0, tab)) };
});

/** Chinese and two English words or more outside brackets (a bracketed unit, `(RMB million)`, is no translation of the label). */
const labelInBothLanguages = (label: string) => {
  const bare = label.replace(/[(（][^()（）]*[)）]/g, ' ');
  return /[\u3400-\u9fff]/.test(bare) && (bare.match(/[A-Za-z]{2,}/g)?.length ?? 0) >= 2;
};

/** A figure's kind for comparing it with its translation; an English `times` counting occasions is a count (occasions.ts). */
const dimensionIn = (doc: CheckDocument, figure: CheckDocument['figures'][number]) => (countsOccasions(doc.text, figure) ? 'count' : translationDimension(figure));

/** The longest chain of translated pairs in the order of both languages (patience sorting over the candidate pairs). */
function findAnchors(zh: Placed[], en: Placed[], window: number): Array<[Placed, Placed]> {
  const candidates: Array<[Placed, Placed]> = [];
  let from = 0;
  for (let i = 0; i < zh.length; i++) {
    const z = zh[i]!;
    while (from < en.length && en[from]!.pos < z.pos - window) from++;
    if (!(z.at.figure.value > 0)) continue;
    // up to 8 English figures in reach, later English first, so one Chinese figure joins the chain once
    const first = candidates.length;
    for (let k = from; k < en.length && en[k]!.pos <= z.pos + window && candidates.length - first < 8; k++) {
      const e = en[k]!;
      if (sameKind(z, e) && mayTranslate(z, e)) candidates.push([z, e]);
    }
    for (let a = first, b = candidates.length - 1; a < b; a++, b--) {
      const later = candidates[b]!;
      candidates[b] = candidates[a]!;
      candidates[a] = later;
    }
  }
  // a table's cell is translated in a table, a sentence's figure in a sentence: of chains as long, the one pairing most alike
  return longestChain(candidates, placedAlike);
}

/** Both of a pair table cells, or neither. (The module's, not a closure made on each call: `longestChain`'s optimised code calling it stays valid.) */
const placedAlike = ([z, e]: [Placed, Placed]) => isTableCell(z.at.doc, z.at.index) === isTableCell(e.at.doc, e.at.index);

