// A figure and its translation: what bilingual.ts compares once it has placed each Chinese and
// English figure of a report. Kept apart from the alignment so each test of a pair — same amount,
// qualifiers, a slipped scale, swapped digits, a translation set pages away — reads on its own.

import { direction } from '../consistency/agreement';
import { changeWay } from '../changes/change-directions';
import { adjacentSwap } from '../consistency/restatements';
import { intervalOf, significantDigits, writtenNumber, type Interval } from '../readers/precision';
import { qualifierTerm, saying } from '../sayings';
import { isTableCell } from '../readers/table-columns';
import { EN_BOUND_WORDS } from '../readers/markers';
import { asCheckFigure, type Check, type DocFigure } from '../types';
import type { Denominator } from '../rates/intensity-denominator';

/** A figure of one language of a bilingual report, where it stands and the measure it is in. */
export interface Placed {
  at: DocFigure;
  dimension: string;
  /** Its unit in its measure's smallest unit (`unitFactor`), read once; for an intensity, per a million of its denominator. */
  factor: number;
  /** What it is per, for an intensity whose denominator has a scale (`/万元`, `per RMB million`). */
  per?: Denominator;
  /** Where it stands: its offset, or for a file translated by another, its scaled share of the way through. */
  pos: number;
  /** `statedInterval`, once read: alignment asks it of each figure against every one of the other language near it. */
  stated?: Interval;
}

/**
 * A PDF may set a paragraph's translation pages away from it (`已经服务超过 1.5 亿用户` and its `served
 * more than 150 million users` 4,000 characters apart, other pairs between): a figure left over in
 * each language with the same amount, qualified alike, is that translation, and no slip of another
 * (a small number only near its place, `nearOnly`).
 */
export function displacedTranslations(looseZh: Placed[], looseEn: Placed[]): Array<[Placed, Placed]> {
  const key = (p: Placed) => `${p.dimension}\u0000${inBase(p)}\u0000${direction(p.at.figure.qualifier)}`;
  const english = new Map<string, Placed[]>();
  for (const e of looseEn) {
    const k = key(e);
    const same = english.get(k);
    if (same) same.push(e);
    else english.set(k, [e]);
  }
  const taken = new Set<Placed>();
  const pairs: Array<[Placed, Placed]> = [];
  for (const z of looseZh) {
    if (large(z.at.figure.text)) continue;
    const candidates = english.get(key(z))?.filter((c) => !taken.has(c)) ?? [];
    const e = nearOnly(z, candidates);
    if (!e) continue;
    taken.add(e);
    pairs.push([z, e]);
  }
  return [...pairs, ...nearestFirst(looseZh.filter((z) => large(z.at.figure.text)), (z) => english.get(key(z))?.filter((c) => !taken.has(c) && large(c.at.figure.text)) ?? [])];
}

/**
 * A large number left over in each language with the same amount is its translation wherever it stands, and
 * where each language leaves several over (a letter's `全年用水量150.8万立方米`, 2023's figure restated, and a
 * section's `较上年的150.8万立方米` against the section's `from 1,508 thousand m3`), the nearest pair first:
 * the section's figure is translated in the section, and the letter's left to be compared with the letter's.
 */
function nearestFirst(zs: readonly Placed[], candidatesOf: (z: Placed) => readonly Placed[]): Array<[Placed, Placed]> {
  const options = zs.flatMap((z) => candidatesOf(z).map((e): [Placed, Placed] => [z, e]));
  options.sort(([z1, e1], [z2, e2]) => Math.abs(z1.pos - e1.pos) - Math.abs(z2.pos - e2.pos));
  const used = new Set<Placed>();
  const pairs: Array<[Placed, Placed]> = [];
  for (const [z, e] of options) {
    if (used.has(z) || used.has(e)) continue;
    used.add(z).add(e);
    pairs.push([z, e]);
  }
  return pairs;
}

/**
 * A small number (`同比增长6.2%`, `up 6.2%`) recurs in any report: it is its translation set out of
 * order only near where it is placed (a sentence before a table the Chinese sets after it), and
 * when no other of its value stands there, in a table for a table's cell and in a sentence for a
 * sentence's figure (`nearInKind`).
 */
function nearOnly(z: Placed, candidates: readonly Placed[]): Placed | undefined {
  const near = candidates.filter((e) => Math.abs(e.pos - z.pos) <= NEAR_DISPLACED && nearInKind(z, e));
  return near.length === 1 ? near[0] : undefined;
}

/**
 * A table's cell is translated in the table, a sentence's figure in the sentence: a sentence's `护士868人`
 * whose English sentence left the number unread is no translation of the English table's `Nurses 868`
 * a few lines on, which translates the Chinese table's cell of that row (`护士 886`, its digits swapped).
 */
const nearInKind = (z: Placed, e: Placed) => isTableCell(z.at.doc, z.at.index) === isTableCell(e.at.doc, e.at.index);

/** How far from where it is placed a small number's translation set out of order may stand, in characters. */
const NEAR_DISPLACED = 600;

/** A figure's value, and the values its words allow, in its measure's smallest unit (`2,836 GWh` and `2,836 百萬度` alike). */
export const inBase = (p: Placed) => p.at.figure.value * p.factor;

export function baseInterval(p: Placed): Interval {
  const { lo, hi } = intervalOf(p.at.figure);
  return { lo: lo * p.factor, hi: hi * p.factor };
}

/**
 * The values a figure's digits allow, `about` aside: a translation says its `约` with the same number
 * (`约 200 万` / `around two million`), so `about` widening a figure by a whole step (`around two
 * million` reaching down to 1.3 million) would match it with amounts it never translates.
 */
function statedInterval(p: Placed): Interval {
  if (p.stated) return p.stated;
  if (p.at.figure.qualifier !== 'about') return (p.stated = baseInterval(p));
  const { lo, hi } = intervalOf({ ...p.at.figure, qualifier: 'exact' });
  return (p.stated = { lo: lo * p.factor, hi: hi * p.factor });
}

export function opposite(a: Placed, b: Placed): boolean {
  const da = direction(a.at.figure.qualifier);
  const db = direction(b.at.figure.qualifier);
  return da !== 'none' && db !== 'none' && da !== db;
}

/**
 * The same amount, each language writing it its own way: a translation turns `20 万` into `200,000`,
 * so the precision each notation suggests is not compared, only the value (in digits, neither `about`,
 * which points nowhere).
 */
export const sameStatedAmount = (z: Placed, e: Placed): boolean =>
  Math.abs(inBase(z) - inBase(e)) <= 1e-9 * Math.abs(inBase(z)) &&
  writtenNumber(z.at.figure.text) !== undefined &&
  writtenNumber(e.at.figure.text) !== undefined &&
  z.at.figure.qualifier !== 'about' &&
  e.at.figure.qualifier !== 'about';

export const amount = (p: Placed) => p.dimension !== 'percent' && p.dimension !== 'pp' && p.dimension !== 'times';

export const sameKind = (a: Placed, b: Placed) => a.dimension === b.dimension || (a.dimension === 'count' && a.at.figure.unit === '') || (b.dimension === 'count' && b.at.figure.unit === '');

/** A scale slips on large numbers: each figure carries a scale word (`万`, `萬`, `million`) or has four digits or more. */
export const large = (text: string) => /[十百千万萬亿億]|thousand|million|billion|trillion|\d\s*(?:k|m|bn|mn)\b/i.test(text) || (writtenNumber(text)?.split('.')[0]!.length ?? 0) >= 4;

/** A number in words that names its scale (`two million`, `around 13 thousand`, `三十万`): its digits are its value's. */
const SCALED_WORDS = new RegExp(String.raw`^(?:(?:${EN_BOUND_WORDS})\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\s+(?:thousand|million|billion)\b|^[一二两三四五六七八九十百千]+[万萬亿億]`, 'i');

/**
 * A figure's significant digits: as written (`1,324.9` → 13249, `600 million` → 6), or, for a number in
 * words that names its scale (`two million`), its value's. Undefined for other numbers in words
 * (`tens of thousands`, `数以万计`), which say no digits.
 */
export function placedDigits(p: Placed): string | undefined {
  return significantDigits(p.at.figure.text) ?? (SCALED_WORDS.test(p.at.figure.text.trim()) ? significantDigits(String(p.at.figure.value)) : undefined);
}

/** The same significant digits (`40` and `40`, `73` and `73,000,000`, `20 万` and `two million`), at least `least` of them. */
export function sameDigits(a: Placed, b: Placed, least: number): boolean {
  const da = placedDigits(a);
  return da !== undefined && da.length >= least && da === placedDigits(b);
}

/**
 * Whether two figures may be one amount in translation: the values their words allow overlap — by more
 * than the one point where a rounding step ends, unless both state that very value (`近 5 万` and `over
 * 50,000` meet only at 50,000, and are one amount qualified two ways; `6 万` and `50,000` meet only at
 * 55,000, which neither states, and are two).
 */
export function mayTranslate(z: Placed, e: Placed): boolean {
  const a = statedInterval(z);
  const b = statedInterval(e);
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  const tolerance = 1e-9 * Math.max(Math.abs(lo), Math.abs(hi), 1);
  if (hi - lo > tolerance) return true;
  if (hi - lo < -tolerance) return false;
  // a count written out to the unit allows one value, which may lie inside the other's step
  const point = (i: { lo: number; hi: number }) => i.hi - i.lo <= tolerance;
  return point(a) || point(b) || Math.abs(inBase(z) - inBase(e)) <= tolerance;
}

/**
 * `1500 多万` translated `more than 51 million`: the amounts' digits, each language's notation aside,
 * with two neighbours swapped, of one kind and qualified alike — a typing slip wherever it stands.
 */
export const swappedDigits = (z: Placed, e: Placed): boolean =>
  z.dimension === e.dimension &&
  direction(z.at.figure.qualifier) === direction(e.at.figure.qualifier) &&
  adjacentSwap(Math.round(inBase(z)).toString(), Math.round(inBase(e)).toString());

/**
 * A figure and its translation bound opposite ways, and the exact figure of the other language that shows
 * which bound is wrong (`wrong`): one check naming the three.
 */
export function exactBoundCheck(z: Placed, e: Placed, decided: { wrong: Placed; exact: Placed; ownExact?: Placed }, rule: string, where: string): Check {
  const text = (p: Placed) => p.at.figure.text.replace(/\s+/g, ' ');
  const { wrong, exact } = decided;
  return {
    kind: 'consistency',
    holds: false,
    figures: [asCheckFigure(z.at, 'mention'), asCheckFigure(e.at, 'mention'), asCheckFigure(exact.at, 'mention'), ...(decided.ownExact ? [asCheckFigure(decided.ownExact.at, 'mention')] : [])],
    rule,
    ...saying('translation.exact-bound', { zh: text(z), zhQualifier: qualifierTerm(z.at.figure.qualifier), en: text(e), enQualifier: qualifierTerm(e.at.figure.qualifier), doc: where, exact: text(exact), wrong: text(wrong), wrongQualifier: qualifierTerm(wrong.at.figure.qualifier) }),
  };
}

/** A figure and its translation that disagree, as one check naming both and the document(s) they stand in. */
export function pairCheck(z: Placed, e: Placed, rule: string, why: 'translation.qualifier' | 'translation.nearly' | 'translation.bound' | 'translation.scale' | 'translation.value', where: string): Check {
  const text = (p: Placed) => p.at.figure.text.replace(/\s+/g, ' ');
  return {
    kind: 'consistency',
    holds: false,
    figures: [asCheckFigure(z.at, 'mention'), asCheckFigure(e.at, 'mention')],
    rule,
    ...saying(why, { zh: text(z), zhQualifier: qualifierTerm(z.at.figure.qualifier), en: text(e), enQualifier: qualifierTerm(e.at.figure.qualifier), doc: where }),
  };
}

/** A rate and its translation said to change opposite ways (`同比下降4.8%` against `rose 4.8%`): one check naming both, with their verbs. */
export function turnedChangeCheck(z: Placed, e: Placed, where: string): Check | undefined {
  const [wz, we] = [changeWay(z.at.doc, z.at.index), changeWay(e.at.doc, e.at.index)];
  if (!wz || !we || wz.way === we.way || !sameStatedAmount(z, e)) return undefined;
  const said = (p: Placed, way: { verb: number; end: number }) => p.at.doc.text.slice(way.verb, way.end).replace(/\s+/g, ' ');
  return {
    kind: 'consistency',
    holds: false,
    figures: [asCheckFigure(z.at, 'mention'), asCheckFigure(e.at, 'mention')],
    rule: 'consistency.translation-direction',
    ...saying('translation.direction', { zh: said(z, wz), en: said(e, we), doc: where }),
  };
}
