// Between two consecutive anchors of a report and its translation (a figure and its translation with
// the same amount), the Chinese and English figures no anchor took: a translation keeps their order,
// so where each language has as many of one measure, they pair in turn (a count the other language
// leaves out does not part a share from its translation). A pair then disagrees when
// - its values are close but cannot be one amount (398 against 389; `6 万名员工` against `50,000
//   employees`, whose rounding steps meet only at 55,000, which neither states), or two neighbouring
//   digits are swapped (83% against 38%): a changed value;
// - its digits are the same and its values a power of ten apart (`提高了 1.5 倍` against `by 15 times`, a
//   decimal point dropped; `6 倍` against `60 times`, `300 元` against `3,000 yuan`, a zero added): a scale
//   slip, in any measure — amounts, shares, multiples;
// - it is one amount said `over` in one language and `nearly` in the other: a turned qualifier (a cap
//   against a bare number, `不超过 10 秒` and a heading's `10 seconds`, is none).
// Then across two gaps, for a clause the translation moved past an anchor (`超过 6.8 亿人口中，其中
// 3.6 亿` against `360 million, out of more than 680 million`), where each language has just that one
// figure of its measure left.

import { direction, disagreement, isScaleSlip } from '../consistency/agreement';
import { intensityScale, sameDenominatorKind } from '../rates/intensity-denominator';
import { swappedWritten } from '../consistency/restatements';
import { significantDigits, writtenNumber } from '../readers/precision';
import { inPriorYearBracket, saidAsPrior } from '../readers/markers';
import { inBase, mayTranslate, opposite, pairCheck, type Placed, sameDigits, sameStatedAmount, swappedDigits } from './translated-pair';
import type { Check } from '../types';

/** Figures left over between two anchors are paired in turn when each language has the same few. */
const MAX_GAP_PAIRS = 3;
/** Swapped digits are looked for in a gap of unequal sides holding at most this many figures of a measure on each (every pair is compared). */
const MAX_SWAP_FIGURES = 8;

export interface GapAlignment {
  /** Whether the two sides run from the start to the end of their files (then the stretches before the first anchor and after the last count too). */
  wholeFiles: boolean;
  /** How far apart a paragraph and its translation may stand: in one bilingual file, the stretches this far before the first anchor and after the last count too. */
  window: number;
  /** The document(s) a message names. */
  where: string;
}

/** The checks of the figures paired in turn between anchors; each figure paired is added to `paired`. */
export function gapChecks(anchors: ReadonlyArray<[Placed, Placed]>, looseZh: Placed[], looseEn: Placed[], alignment: GapAlignment, paired = new Set<Placed>()): Check[] {
  const checks: Check[] = [];
  const edge = (pos: number): [Placed, Placed] => {
    const p = { pos } as Placed;
    return [p, p];
  };
  // in one bilingual file the last paragraph's translation runs on past its last anchor (and the first
  // paragraph's starts before its first), within the reach of a translation
  const first = anchors[0];
  const last = anchors.at(-1);
  const bounds =
    alignment.wholeFiles || !first || !last
      ? [edge(-Infinity), ...anchors, edge(Infinity)]
      : [edge(Math.min(first[0].pos, first[1].pos) - alignment.window), ...anchors, edge(Math.max(last[0].pos, last[1].pos) + alignment.window)];
  // numbers in words (`two feelings`, `a hundred people`) are manners of speaking, no translation of a figure
  const inDigits = (p: Placed) => writtenNumber(p.at.figure.text) !== undefined && !inRowLabel(p);
  looseZh = looseZh.filter(inDigits);
  looseEn = looseEn.filter(inDigits);
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
      const translated = sameAmounts(zs, es);
      translated.forEach((p) => paired.add(p));
      for (const dimension of new Set(zs.map((z) => z.dimension))) {
        let zd = zs.filter((z) => z.dimension === dimension && !translated.has(z));
        let ed = es.filter((e) => e.dimension === dimension && !translated.has(e));
        if (zd.length !== ed.length && span === 1 && zd.length <= MAX_SWAP_FIGURES && ed.length <= MAX_SWAP_FIGURES)
          for (const [z, e] of onlySwaps(zd, ed)) {
            paired.add(z).add(e);
            checks.push(pairCheck(z, e, 'consistency.translation-value', 'translation.value', alignment.where));
          }
        if (zd.length !== ed.length) [zd, ed] = evenWithoutRestated(zd, ed, anchors, alignment.window);
        if (zd.length !== ed.length || zd.length > (span === 1 ? MAX_GAP_PAIRS : 1)) continue;
        zd.forEach((z, k) => {
          const e = ed[k]!;
          paired.add(z).add(e);
          const check = pairDisagreement(z, e, alignment.where);
          if (check) checks.push(check);
        });
      }
    }
  }
  checks.push(...sentenceMoves(anchors, looseZh, looseEn, alignment.where, paired));
  return checks;
}

/**
 * Where a gap holds more figures of a measure in one language than the other (`总装机容量24.6兆瓦，其中服务区
 * 18.2兆瓦、收费站6.4兆瓦` against `reached 26.4 MW`), a figure and one of the other's whose written digits,
 * three significant at least, are two neighbours swapped, each the other's only such: a changed value.
 */
function onlySwaps(zd: Placed[], ed: Placed[]): Array<[Placed, Placed]> {
  const swaps = (p: Placed, others: Placed[], z: boolean) => others.filter((o) => significant(p) >= 3 && (z ? swappedAsWritten(p, o) : swappedAsWritten(o, p)));
  const out: Array<[Placed, Placed]> = [];
  for (const z of zd) {
    const es = swaps(z, ed, true);
    if (es.length === 1 && swaps(es[0]!, zd, false).length === 1) out.push([z, es[0]!]);
  }
  return out;
}

/**
 * A figure said as the year before's (`单位营业收入温室气体排放1.04吨/万元，上年为1.11吨/万元`, `较上年的51.2万立方米`) is
 * translated by a figure of the year before (`from 51.2`, `(2023: 1.11)`, `1.11 a year earlier`), and is not said
 * otherwise by a figure its translation says of no earlier year (`104.3 tCO2e per RMB million (1.04 tonnes per
 * RMB10,000)`, this year's amount again in the translation's other unit, its year before left out), though the two are
 * the only ones left over between anchors or in one sentence.
 */
function yearBeforeAgainstPresent(z: Placed, e: Placed): boolean {
  const earlier = (p: Placed) => saidAsPrior(p.at.doc.text, p.at.figure) || inPriorYearBracket(p.at.doc.text, p.at.figure);
  return earlier(z) !== earlier(e) && !namesYearAfter(earlier(z) ? e : z);
}

/** Words after a figure in its clause naming a year (`1.11 in 2023`, `1.11 a year earlier`, `上年1.11`): of which year it is, the pair does not say. */
function namesYearAfter(p: Placed): boolean {
  const { text } = p.at.doc;
  const { end, sentence } = p.at.figure;
  return YEAR_AFTER.test(text.slice(end, Math.min(sentence.end, end + 40)));
}

const YEAR_AFTER = /^[^\d,;.，；。]{0,20}?(?:\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before|last\s+year|(?:in|for|of)\s+(?:FY\s?)?(?:19|20)\d{2})\b|(?:19|20)\d{2}\s*年|上年|去年)/i;

/** How many significant digits a figure is written with. */
const significant = (p: Placed) => significantDigits(p.at.figure.text)?.length ?? 0;

/**
 * One language may say an amount again that it has just stated (`Of our 42 farms, 11 (26.2%) are certified
 * organic` after `we operated 42 farms`) where the other does not (`公司已有12座牧场获得有机认证`): the figure
 * repeating an amount anchored shortly before it on its side is no figure left untranslated, and once the
 * longer side's repeats are set aside the two sides, as many again, pair in turn. Sides that do not even out
 * that way are left as they are.
 */
function evenWithoutRestated(zd: Placed[], ed: Placed[], anchors: ReadonlyArray<[Placed, Placed]>, window: number): [Placed[], Placed[]] {
  const zhLonger = zd.length > ed.length;
  const longer = zhLonger ? zd : ed;
  const kept = longer.filter((p) => !restatesAnchor(p, anchors.map((pair) => pair[zhLonger ? 0 : 1]), window));
  if (kept.length !== (zhLonger ? ed : zd).length) return [zd, ed];
  return zhLonger ? [kept, ed] : [zd, kept];
}

/** A figure of the amount and measure of one of its language's anchors standing shortly before it. */
const restatesAnchor = (p: Placed, anchored: readonly Placed[], window: number) =>
  anchored.some((a) => a.pos < p.pos && p.pos - a.pos <= window && a.dimension === p.dimension && inBase(a) === inBase(p));

/** A figure's sentence, as a key: its document and where the sentence starts. */
const sentenceOf = (p: Placed) => `${p.at.doc.name}\u0000${p.at.figure.sentence.start}`;

/**
 * A figure the translation moved within its sentence, past the anchors of that sentence (`装机量42.86GWh
 * （2022年：28.14GWh），同比增长52.3%` against `installations rose 25.3% to 42.86 GWh (2022: 28.14 GWh)`):
 * where the Chinese sentence and the English one hold the same anchor and each has just one figure of a
 * measure left over, the two are one figure and its translation.
 */
function sentenceMoves(anchors: ReadonlyArray<[Placed, Placed]>, looseZh: Placed[], looseEn: Placed[], where: string, paired: Set<Placed>): Check[] {
  const loose = (side: Placed[]) => {
    const bySentence = new Map<string, Placed[]>();
    for (const p of side) {
      if (paired.has(p)) continue;
      const key = sentenceOf(p);
      const list = bySentence.get(key);
      if (list) list.push(p);
      else bySentence.set(key, [p]);
    }
    return bySentence;
  };
  const [zhLoose, enLoose] = [loose(looseZh), loose(looseEn)];
  if (zhLoose.size === 0 || enLoose.size === 0) return [];
  const checks: Check[] = [];
  const tried = new Set<string>();
  for (const [z0, e0] of anchors) {
    const [zs, es] = [zhLoose.get(sentenceOf(z0)), enLoose.get(sentenceOf(e0))];
    if (!zs || !es || tried.has(`${sentenceOf(z0)}\u0001${sentenceOf(e0)}`)) continue;
    tried.add(`${sentenceOf(z0)}\u0001${sentenceOf(e0)}`);
    for (const z of zs) {
      const zd = zs.filter((o) => o.dimension === z.dimension);
      const ed = es.filter((o) => o.dimension === z.dimension);
      if (zd.length !== 1 || ed.length !== 1 || paired.has(z) || paired.has(ed[0]!)) continue;
      const e = ed[0]!;
      paired.add(z).add(e);
      const check = pairDisagreement(z, e, where);
      if (check) checks.push(check);
    }
  }
  return checks;
}

/**
 * Figures of a gap each the only one of its amount on its side, stated alike on the other side in
 * another measure: one figure and its translation, its unit said once in one language (`由1.74千克二氧化碳
 * 当量/千克降至1.71千克` against `down to 1.17 kg CO2e, from 1.74 kg`), and no part of a pair in turn.
 */
function sameAmounts(zs: Placed[], es: Placed[]): Set<Placed> {
  const found = new Set<Placed>();
  const only = (side: Placed[], p: Placed) => side.filter((o) => inBase(o) === inBase(p)).length === 1;
  for (const z of zs) {
    if (!only(zs, z)) continue;
    const e = es.find((o) => o.dimension !== z.dimension && sameStatedAmount(z, o));
    if (e && only(es, e)) found.add(z).add(e);
  }
  return found;
}

/** What two figures paired in turn say against each other, if anything. */
export function pairDisagreement(z: Placed, e: Placed, where: string): Check | undefined {
  // an intensity whose denominator is read in one language only is of no known scale against the other
  if (!sameDenominatorKind(z.per, e.per)) return undefined;
  if (yearBeforeAgainstPresent(z, e)) return undefined;
  // as written, an intensity in tonnes per a million of its denominator (`0.921吨/万元` is 92.1, `92.1千克/万元` 9.21)
  const [vz, ve] = [z, e].map((p) => p.at.figure.value * intensityScale(p.at.figure.unit, p.per).factor) as [number, number];
  const ratio = Math.max(vz, ve) / Math.min(vz, ve);
  const close = ratio <= 1.5 && (disagreement(z.at.figure, false, e.at.figure, false) === 'value' || !mayTranslate(z, e));
  if (close || swappedDigits(z, e) || swappedAsWritten(z, e)) return pairCheck(z, e, 'consistency.translation-value', 'translation.value', where);
  if (sameDigits(z, e, 1) && isScaleSlip(inBase(z), inBase(e))) return pairCheck(z, e, 'consistency.translation-scale', 'translation.scale', where);
  if (inBase(z) === inBase(e) && opposite(z, e)) return pairCheck(z, e, 'consistency.translation-qualifier', 'translation.qualifier', where);
  return undefined;
}

/**
 * Two neighbouring digits swapped as written, at one scale and qualified alike: `同比增长 8.4%` against
 * `up 4.8%`, whose amounts `swappedDigits` reads rounded to whole numbers (8 and 5).
 */
function swappedAsWritten(z: Placed, e: Placed): boolean {
  if (z.dimension !== e.dimension || direction(z.at.figure.qualifier) !== direction(e.at.figure.qualifier)) return false;
  return Math.floor(Math.log10(inBase(z))) === Math.floor(Math.log10(inBase(e))) && swappedWritten(z.at.figure.text, e.at.figure.text);
}

/**
 * A number closing a table row's label, read with the unit of the column after it (`Over 50` and `%` of `  Over 50
 * %   4.7   7.9`, an age band's row): a word a space before it, a column's spaces after it. It names the row, and
 * counted as a figure of its language it would leave the gap one figure longer than its translation's.
 */
function inRowLabel(p: Placed): boolean {
  const { text, start } = p.at.figure;
  return COLUMN_GAP_IN.test(text) && WORD_THEN_SPACE.test(p.at.doc.text.slice(Math.max(0, start - 3), start));
}

/** A column's spaces between a number and its unit (`50      %`). */
const COLUMN_GAP_IN = /\d[ \t]{2,}\S/;
/** A word and one space just before a number (`Over 50`), not a column's spaces. */
const WORD_THEN_SPACE = /[A-Za-z] $/;

/** The figures of `side` from index `from` that stand before `end`. */
function between(side: Placed[], from: number, end: number): Placed[] {
  const out: Placed[] = [];
  for (let k = from; k < side.length && side[k]!.pos < end; k++) out.push(side[k]!);
  return out;
}
