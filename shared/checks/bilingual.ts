// Consistency across the two languages of a bilingual report, where paragraphs are followed by
// their translation. Metrics cannot be compared across languages without a dictionary, so the
// translation is found by its figures instead: a Chinese figure and an English one nearby with the
// same value are a translated pair (an anchor). What is left over is where translations slip:
// - a Chinese and an English figure with the same digits a power of ten apart, neither with a
//   counterpart of its own (`650 万` against `650 million`): a scale slip; or with two neighbouring
//   digits swapped (`1500 多万` against `51 million`): a changed value. A figure left over in each
//   language with the same amount is a translation set pages apart, and neither (translated-pair.ts);
// - between two consecutive anchors, the Chinese and English figures left of one measure, as many on
//   each side and paired in turn, close in value (398 against 389) or with two neighbouring digits
//   swapped (83% against 38%): a changed value;
// - an anchor whose qualifiers point opposite ways (`近 5 万` against `over 50,000`), or says
//   `nearly` against a bare number (`近 5,000 场` against `5,000 events`).
// A document counts as bilingual only with several anchors. The two languages may also stand in two
// files of the engagement (a report and its translation): there the Chinese figures are placed in the
// English file by landmarks (file-alignment.ts), and figures before the first anchor or after the last
// are compared too.

import { lineAround } from '../metrics/index';
import { disagreement, isScaleSlip } from './agreement';
import { dimensionOf, unitFactor } from './dimension';
import { overlaps, writtenNumber } from './precision';
import { qualifierTerm, saying } from './sayings';
import { longestChain, placeInTranslation } from './file-alignment';
import { amount, baseInterval, displacedTranslations, inBase, large, nearlyAgainstBare, opposite, type Placed, sameDigits, sameKind, sameStatedAmount, swappedDigits } from './translated-pair';
import { asCheckFigure, type Check, type CheckDocument } from './types';

/** How far apart a paragraph and its translation's figures may stand, in characters. */
const WINDOW = 2500;
const MIN_ANCHORS = 3;
/** Figures left over between two anchors are paired in turn when each language has the same few. */
const MAX_GAP_PAIRS = 3;

/** A translation in another file: how far from where its landmarks place a Chinese figure its English may stand, in English characters. */
const FILE_WINDOW = 1_500;
/** Of the smaller side's figures, at least this share must be anchored for two files to be one report's two languages. */
const MIN_FILE_ANCHORED = 0.3;

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
  doc.figures.forEach((figure, index) => {
    const placed = { at: { doc, figure, index }, dimension: dimensionOf(figure), factor: unitFactor(figure), pos: figure.start };
    (lineHasHan(doc.text, figure.start) ? zh : en).push(placed);
  });
  if (zh.length === 0 || en.length === 0) return [];
  const anchors = findAnchors(zh, en, WINDOW);
  if (anchors.length < MIN_ANCHORS) return [];
  return alignedChecks(zh, en, anchors, { window: WINDOW, wholeFiles: false, where: doc.name });
}

/** A Chinese file and an English file of the engagement that translate each other, compared alike. */
export function translatedFileChecks(docs: readonly CheckDocument[]): Check[] {
  const language = new Map(docs.map((d) => [d, languageOf(d.text)]));
  const checks: Check[] = [];
  for (const z of docs.filter((d) => language.get(d) === 'zh'))
    for (const e of docs.filter((d) => language.get(d) === 'en')) {
      const en = placedAt(e);
      const zh = placeInTranslation(placedAt(z), en, z.text.length, e.text.length);
      if (zh.length === 0 || en.length === 0) continue;
      const anchors = findAnchors(zh, en, FILE_WINDOW);
      if (anchors.length < Math.max(MIN_ANCHORS, MIN_FILE_ANCHORED * Math.min(zh.length, en.length))) continue;
      checks.push(...alignedChecks(zh, en, anchors, { window: FILE_WINDOW, wholeFiles: true, where: `${z.name}, ${e.name}` }));
    }
  return checks;
}

/** A file's language when it is written in one: Chinese when Han characters are most of its letters, English when there are almost none. */
function languageOf(text: string): 'zh' | 'en' | 'both' {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const han = sample.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (han > latin) return 'zh';
  return han < 0.01 * latin ? 'en' : 'both';
}

const placedAt = (doc: CheckDocument): Placed[] =>
  doc.figures.map((figure, index) => ({ at: { doc, figure, index }, dimension: dimensionOf(figure), factor: unitFactor(figure), pos: figure.start }));

function alignedChecks(zh: Placed[], en: Placed[], anchors: Array<[Placed, Placed]>, alignment: Alignment): Check[] {
  const { window } = alignment;
  const matchedZh = new Set(anchors.map(([z]) => z));
  const matchedEn = new Set(anchors.map(([, e]) => e));
  const checks: Check[] = [];
  for (const [z, e] of anchors) {
    if (!sameStatedAmount(z, e)) continue;
    if (opposite(z, e)) checks.push(pairCheck(z, e, 'consistency.translation-qualifier', 'translation.qualifier', alignment.where));
    else if (nearlyAgainstBare(z, e)) checks.push(pairCheck(z, e, 'consistency.translation-qualifier', 'translation.nearly', alignment.where));
  }
  const displaced = displacedTranslations(zh.filter((z) => !matchedZh.has(z)), en.filter((e) => !matchedEn.has(e)));
  const looseZh = zh.filter((z) => !matchedZh.has(z) && !displaced.has(z));
  const looseEn = en.filter((e) => !matchedEn.has(e) && !displaced.has(e));
  const slipped = new Set<Placed>();
  let from = 0;
  for (const z of looseZh) {
    while (from < looseEn.length && looseEn[from]!.pos < z.pos - window) from++;
    for (let k = from; k < looseEn.length && looseEn[k]!.pos <= z.pos + window; k++) {
      const e = looseEn[k]!;
      // units are named differently in the two languages (`载重吨`, `dwt`): amounts of other kinds may
      // slip too, when they share more than one digit (`10 万` and `1,000` share only a 1)
      if (slipped.has(e) || !amount(z) || !amount(e) || !large(z.at.figure.text) || !large(e.at.figure.text)) continue;
      const scale = sameDigits(z, e, sameKind(z, e) ? 1 : 2) && isScaleSlip(inBase(z), inBase(e));
      if (!scale && !swappedDigits(z, e)) continue;
      slipped.add(z).add(e);
      checks.push(scale ? pairCheck(z, e, 'consistency.translation-scale', 'translation.scale', alignment.where) : pairCheck(z, e, 'consistency.translation-value', 'translation.value', alignment.where));
      break;
    }
  }
  checks.push(...gapChecks(anchors, looseZh.filter((z) => !slipped.has(z)), looseEn.filter((e) => !slipped.has(e)), alignment));
  return checks;
}

/** Whether the figure's line (or, on a very long line, the 200 characters around it) has Chinese in it. */
function lineHasHan(text: string, at: number): boolean {
  const line = lineAround(text, at, at, 200) ?? { start: Math.max(0, at - 200), end: Math.min(text.length, at + 200) };
  return /[\u3400-\u9fff]/.test(text.slice(line.start, line.end));
}

/** The longest chain of translated pairs in the order of both languages (patience sorting over the candidate pairs). */
function findAnchors(zh: Placed[], en: Placed[], window: number): Array<[Placed, Placed]> {
  const candidates: Array<[Placed, Placed]> = [];
  let from = 0;
  for (const z of zh) {
    while (from < en.length && en[from]!.pos < z.pos - window) from++;
    const found: Array<[Placed, Placed]> = [];
    for (let k = from; k < en.length && en[k]!.pos <= z.pos + window && found.length < 8; k++) {
      const e = en[k]!;
      if (sameKind(z, e) && z.at.figure.value > 0 && overlaps(baseInterval(z), baseInterval(e))) found.push([z, e]);
    }
    candidates.push(...found.reverse()); // later English first, so one Chinese figure joins the chain once
  }
  return longestChain(candidates);
}

/**
 * Between consecutive anchors (and, in whole files, before the first and after the last), the Chinese
 * and English figures left over, paired in turn: of one measure, close in value or their digits
 * swapped. Then across two gaps, for a clause the translation moved past an anchor (`超过 6.8 亿人口中，
 * 其中 3.6 亿` against `360 million, out of more than 680 million`), where each language has just that
 * one figure of its measure left.
 */
function gapChecks(anchors: Array<[Placed, Placed]>, looseZh: Placed[], looseEn: Placed[], alignment: Alignment): Check[] {
  const checks: Check[] = [];
  const edge = (pos: number): [Placed, Placed] => {
    const p = { pos } as Placed;
    return [p, p];
  };
  const bounds = alignment.wholeFiles ? [edge(-Infinity), ...anchors, edge(Infinity)] : anchors;
  // numbers in words (`two feelings`, `a hundred people`) are manners of speaking, no translation of a figure
  const inDigits = (p: Placed) => writtenNumber(p.at.figure.text) !== undefined;
  looseZh = looseZh.filter(inDigits);
  looseEn = looseEn.filter(inDigits);
  const paired = new Set<Placed>();
  for (const span of [1, 2]) {
    let zi = 0;
    let ei = 0;
    for (let i = 0; i + span < bounds.length; i++) {
      const [z0, e0] = bounds[i]!;
      const [z1, e1] = bounds[i + span]!;
      while (zi < looseZh.length && looseZh[zi]!.pos <= z0.pos) zi++;
      while (ei < looseEn.length && looseEn[ei]!.pos <= e0.pos) ei++;
      const zs = between(looseZh, zi, z1.pos).filter((z) => !paired.has(z));
      const es = between(looseEn, ei, e1.pos).filter((e) => !paired.has(e));
      // of each measure as many left on each side (a few at most): a translation keeps their order, so
      // they pair in turn (a count the other language leaves out does not part a share from its translation)
      for (const dimension of new Set(zs.map((z) => z.dimension))) {
        const zd = zs.filter((z) => z.dimension === dimension);
        const ed = es.filter((e) => e.dimension === dimension);
        if (zd.length !== ed.length || zd.length > (span === 1 ? MAX_GAP_PAIRS : 1)) continue;
        zd.forEach((z, k) => {
          const e = ed[k]!;
          paired.add(z).add(e);
          const ratio = Math.max(z.at.figure.value, e.at.figure.value) / Math.min(z.at.figure.value, e.at.figure.value);
          // close values that cannot be one amount, or a typing slip of two neighbouring digits (83% against
          // 38%), is a changed value; the same amount said over in one language and nearly in the other, a
          // turned qualifier (a cap against a bare number, `不超过 10 秒` and a heading's `10 seconds`, is none)
          const changed = (ratio <= 1.5 && disagreement(z.at.figure, false, e.at.figure, false) === 'value') || swappedDigits(z, e);
          if (changed) checks.push(pairCheck(z, e, 'consistency.translation-value', 'translation.value', alignment.where));
          else if (inBase(z) === inBase(e) && opposite(z, e)) checks.push(pairCheck(z, e, 'consistency.translation-qualifier', 'translation.qualifier', alignment.where));
        });
      }
    }
  }
  return checks;
}

/** The figures of `side` from index `from` that stand before `end`. */
function between(side: Placed[], from: number, end: number): Placed[] {
  const out: Placed[] = [];
  for (let k = from; k < side.length && side[k]!.pos < end; k++) out.push(side[k]!);
  return out;
}

function pairCheck(z: Placed, e: Placed, rule: string, why: 'translation.qualifier' | 'translation.nearly' | 'translation.scale' | 'translation.value', where: string): Check {
  const text = (p: Placed) => p.at.figure.text.replace(/\s+/g, ' ');
  return {
    kind: 'consistency',
    holds: false,
    figures: [asCheckFigure(z.at, 'mention'), asCheckFigure(e.at, 'mention')],
    rule,
    ...saying(why, { zh: text(z), zhQualifier: qualifierTerm(z.at.figure.qualifier), en: text(e), enQualifier: qualifierTerm(e.at.figure.qualifier), doc: where }),
  };
}
