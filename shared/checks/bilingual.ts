// Consistency across the two languages of a bilingual report, where paragraphs are followed by
// their translation. Metrics cannot be compared across languages without a dictionary, so the
// translation is found by its figures instead: a Chinese figure and an English one nearby with the
// same value are a translated pair (an anchor). What is left over is where translations slip:
// - a Chinese and an English figure with the same digits a power of ten apart, neither with a
//   counterpart of its own (`650 万` against `650 million`): a scale slip;
// - between two consecutive anchors, the one Chinese and the one English figure left, of one kind
//   and close in value (398 against 389): a changed value;
// - an anchor whose qualifiers point opposite ways (`近 5 万` against `over 50,000`).
// A document counts as bilingual only with several anchors.

import { lineAround } from '../metrics/index';
import { direction, disagreement, isScaleSlip } from './agreement';
import { dimensionOf } from './dimension';
import { intervalOf, overlaps, writtenNumber } from './precision';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from './types';
import { qualifierTerm, saying } from './sayings';

/** How far apart a paragraph and its translation's figures may stand, in characters. */
const WINDOW = 2500;
const MIN_ANCHORS = 3;

interface Placed {
  at: DocFigure;
  dimension: string;
}

export function bilingualChecks(doc: CheckDocument): Check[] {
  const zh: Placed[] = [];
  const en: Placed[] = [];
  doc.figures.forEach((figure, index) => {
    const placed = { at: { doc, figure, index }, dimension: dimensionOf(figure) };
    (lineHasHan(doc.text, figure.start) ? zh : en).push(placed);
  });
  if (zh.length === 0 || en.length === 0) return [];
  const anchors = findAnchors(zh, en);
  if (anchors.length < MIN_ANCHORS) return [];
  const matchedZh = new Set(anchors.map(([z]) => z));
  const matchedEn = new Set(anchors.map(([, e]) => e));
  const checks: Check[] = [];
  for (const [z, e] of anchors) {
    const why = disagreement(z.at.figure, false, e.at.figure, false);
    if (why === 'qualifier' && opposite(z, e)) checks.push(pairCheck(z, e, 'consistency.translation-qualifier', 'translation.qualifier'));
  }
  const looseZh = zh.filter((z) => !matchedZh.has(z));
  const looseEn = en.filter((e) => !matchedEn.has(e));
  const slipped = new Set<Placed>();
  let from = 0;
  for (const z of looseZh) {
    while (from < looseEn.length && looseEn[from]!.at.figure.start < z.at.figure.start - WINDOW) from++;
    for (let k = from; k < looseEn.length && looseEn[k]!.at.figure.start <= z.at.figure.start + WINDOW; k++) {
      const e = looseEn[k]!;
      if (slipped.has(e) || !sameKind(z, e) || !sameDigits(z, e) || !isScaleSlip(z.at.figure.value, e.at.figure.value)) continue;
      if (!large(z.at.figure.text) || !large(e.at.figure.text)) continue;
      slipped.add(z).add(e);
      checks.push(pairCheck(z, e, 'consistency.translation-scale', 'translation.scale'));
      break;
    }
  }
  checks.push(...gapChecks(anchors, looseZh.filter((z) => !slipped.has(z)), looseEn.filter((e) => !slipped.has(e))));
  return checks;
}

/** Whether the figure's line (or, on a very long line, the 200 characters around it) has Chinese in it. */
function lineHasHan(text: string, at: number): boolean {
  const line = lineAround(text, at, at, 200) ?? { start: Math.max(0, at - 200), end: Math.min(text.length, at + 200) };
  return /[\u3400-\u9fff]/.test(text.slice(line.start, line.end));
}

const sameKind = (a: Placed, b: Placed) => a.dimension === b.dimension || (a.dimension === 'count' && a.at.figure.unit === '') || (b.dimension === 'count' && b.at.figure.unit === '');

/** A scale slips on large numbers: each figure carries a scale word (`万`, `million`) or has four digits or more. */
const large = (text: string) => /[十百千万亿]|thousand|million|billion|trillion|\d\s*(?:k|m|bn|mn)\b/i.test(text) || (writtenNumber(text)?.split('.')[0]!.length ?? 0) >= 4;

/** The same significant digits (`40` and `40`, `73` and `73,000,000`). */
function sameDigits(a: Placed, b: Placed): boolean {
  const significant = (p: Placed) => writtenNumber(p.at.figure.text)?.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  const da = significant(a);
  return da !== undefined && da !== '' && da === significant(b);
}

function opposite(a: Placed, b: Placed): boolean {
  const da = direction(a.at.figure.qualifier);
  const db = direction(b.at.figure.qualifier);
  return da !== 'none' && db !== 'none' && da !== db;
}

/** The longest chain of translated pairs in the order of both languages (patience sorting over the candidate pairs). */
function findAnchors(zh: Placed[], en: Placed[]): Array<[Placed, Placed]> {
  const candidates: Array<[Placed, Placed]> = [];
  let from = 0;
  for (const z of zh) {
    while (from < en.length && en[from]!.at.figure.start < z.at.figure.start - WINDOW) from++;
    const found: Array<[Placed, Placed]> = [];
    for (let k = from; k < en.length && en[k]!.at.figure.start <= z.at.figure.start + WINDOW && found.length < 8; k++) {
      const e = en[k]!;
      if (sameKind(z, e) && z.at.figure.value > 0 && overlaps(intervalOf(z.at.figure), intervalOf(e.at.figure))) found.push([z, e]);
    }
    candidates.push(...found.reverse()); // later English first, so one Chinese figure joins the chain once
  }
  const tails: Array<[Placed, Placed]> = [];
  const previous = new Map<[Placed, Placed], [Placed, Placed] | undefined>();
  for (const pair of candidates) {
    const key = pair[1].at.figure.start;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]![1].at.figure.start < key) lo = mid + 1;
      else hi = mid;
    }
    previous.set(pair, lo > 0 ? tails[lo - 1] : undefined);
    tails[lo] = pair;
  }
  const chain: Array<[Placed, Placed]> = [];
  for (let p = tails.at(-1); p; p = previous.get(p)) chain.unshift(p);
  const usedZh = new Set<Placed>();
  return chain.filter(([z]) => (usedZh.has(z) ? false : (usedZh.add(z), true)));
}

/** Between consecutive anchors, the one Chinese and one English figure left over, of one kind and close in value. */
function gapChecks(anchors: Array<[Placed, Placed]>, looseZh: Placed[], looseEn: Placed[]): Check[] {
  const checks: Check[] = [];
  for (let i = 0; i + 1 < anchors.length; i++) {
    const [z0, e0] = anchors[i]!;
    const [z1, e1] = anchors[i + 1]!;
    const zs = looseZh.filter((z) => z.at.figure.start > z0.at.figure.start && z.at.figure.start < z1.at.figure.start);
    const es = looseEn.filter((e) => e.at.figure.start > e0.at.figure.start && e.at.figure.start < e1.at.figure.start);
    if (zs.length !== 1 || es.length !== 1) continue;
    const [z, e] = [zs[0]!, es[0]!];
    const ratio = Math.max(z.at.figure.value, e.at.figure.value) / Math.min(z.at.figure.value, e.at.figure.value);
    if (z.dimension !== e.dimension || !(ratio <= 1.5) || !disagreement(z.at.figure, false, e.at.figure, false)) continue;
    checks.push(pairCheck(z, e, 'consistency.translation-value', 'translation.value'));
  }
  return checks;
}

function pairCheck(z: Placed, e: Placed, rule: string, why: 'translation.qualifier' | 'translation.scale' | 'translation.value'): Check {
  const text = (p: Placed) => p.at.figure.text.replace(/\s+/g, ' ');
  return {
    kind: 'consistency',
    holds: false,
    figures: [asCheckFigure(z.at, 'mention'), asCheckFigure(e.at, 'mention')],
    rule,
    ...saying(why, { zh: text(z), zhQualifier: qualifierTerm(z.at.figure.qualifier), en: text(e), enQualifier: qualifierTerm(e.at.figure.qualifier), doc: z.at.doc.name }),
  };
}
