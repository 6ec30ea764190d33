// A translation file need not keep its Chinese's order: a page may set the open-platform paragraph
// before the hospital story its Chinese tells first, so a figure lands far from where the landmarks
// around it place its translation. Between two files that are one report's two languages, a Chinese
// and an English figure that no anchor took, anywhere in their files, are still each other's
// translation slipped when each is the other's only candidate: the same digits a power of ten apart
// (`服务商超 1.5 万` against `more than 1,500 service providers` a page away), two neighbouring digits
// swapped, one digit of a number of three or more changed at the same scale (`家乐福有 52,400 名员工`
// against `58,400 employees`), or the same amount qualified the opposite way (`近 200 家医院` against `more than 200
// hospitals`). A figure with two candidates pairs with neither.

import { direction, isScaleSlip } from '../consistency/agreement';
import { sameDenominatorKind } from '../rates/intensity-denominator';
import { amount, inBase, large, opposite, placedDigits, type Placed, sameDigits, sameKind, sameStatedAmount, swappedDigits } from './translated-pair';
import { sameDigitsRounded } from '../readers/precision';

export type SlipKind = 'scale' | 'swap' | 'digit' | 'qualifier';

/** How `z` and `e` could be one amount slipped in translation, if they could. */
export function slipBetween(z: Placed, e: Placed): 'scale' | 'swap' | undefined {
  if (!amount(z) || !amount(e) || !large(z.at.figure.text) || !large(e.at.figure.text) || !sameDenominatorKind(z.per, e.per)) return undefined;
  // units are named differently in the two languages (`载重吨`, `dwt`): amounts of other kinds may
  // slip too, when they share more than one digit (`10 万` and `1,000` share only a 1)
  if ((sameDigits(z, e, sameKind(z, e) ? 1 : 2) || (sameKind(z, e) && roundedDigits(z, e))) && isScaleSlip(inBase(z), inBase(e))) return 'scale';
  return swappedDigits(z, e) ? 'swap' : undefined;
}

/**
 * The same digits, the longer rounded to the shorter, three at least (`461.42万千瓦时` as `46.1 million kWh`): a translation
 * that rounds as it converts, its scale slipped too, of one kind of quantity (`1.86万吨标准煤` is no rounding of `RMB186.4 million`).
 * A rounding at the right scale is no power of ten apart (`isScaleSlip`).
 */
function roundedDigits(z: Placed, e: Placed): boolean {
  const [a, b] = [placedDigits(z), placedDigits(e)];
  return a !== undefined && b !== undefined && sameDigitsRounded(a, b);
}

/** The significant digits of a figure's amount in its measure's smallest unit (`46 万` and `460,000` alike: 46). */
const baseDigits = (p: Placed) => String(Math.round(inBase(p) * 1e6) / 1e6).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');

/** One digit changed in a number of three significant digits or more (two-digit numbers differ by one digit too often to say), at the same scale and qualified alike. */
function changedDigit(z: Placed, e: Placed): boolean {
  if (z.dimension !== e.dimension || direction(z.at.figure.qualifier) !== direction(e.at.figure.qualifier)) return false;
  const a = baseDigits(z);
  const b = baseDigits(e);
  if (a.length < 3 || a.length !== b.length || Math.abs(Math.log10(inBase(z) / inBase(e))) >= 1) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ === 1;
}

/**
 * How two left-over figures anywhere in the two files could be one amount slipped in translation:
 * `slips` asks for the slips a number's shape shows wherever it stands (a scale, a swap); `changes`
 * for a changed digit or a turned qualifier, looked for once the figures between anchors are paired.
 */
function movedSlipBetween(z: Placed, e: Placed, kinds: 'slips' | 'changes'): SlipKind | undefined {
  if (kinds === 'slips') return slipBetween(z, e);
  if (!(z.at.figure.value > 0 && e.at.figure.value > 0) || !sameDenominatorKind(z.per, e.per)) return undefined;
  if (changedDigit(z, e)) return 'digit';
  return sameKind(z, e) && inBase(z) === inBase(e) && opposite(z, e) ? 'qualifier' : undefined;
}

/** The pairs of left-over figures, anywhere in the two files, that are each other's only slipped candidate. */
export function movedSlips(looseZh: readonly Placed[], looseEn: readonly Placed[], kinds: 'slips' | 'changes', stated?: { zh: readonly Placed[]; en: readonly Placed[] }): Array<[Placed, Placed, SlipKind]> {
  const candidates = new Map<Placed, Placed[]>();
  const add = (a: Placed, b: Placed) => candidates.set(a, [...(candidates.get(a) ?? []), b]);
  for (const z of looseZh)
    for (const e of looseEn)
      if (movedSlipBetween(z, e, kinds) && !(stated && translatedElsewhere(z, e, stated))) {
        add(z, e);
        add(e, z);
      }
  const pairs: Array<[Placed, Placed, SlipKind]> = [];
  for (const z of looseZh) {
    const es = candidates.get(z);
    if (es?.length !== 1) continue;
    const e = es[0]!;
    if (candidates.get(e)?.length === 1) pairs.push([z, e, movedSlipBetween(z, e, kinds)!]);
  }
  return pairs;
}

/**
 * Whether either figure of a would-be pair has a translation of its own, another figure of the other file stating it
 * alike (`较上年的243.7千克` for `the 243.7 kgce of 2023`): the English 243.7 is no changed digit of `223.7千克`.
 */
const translatedElsewhere = (z: Placed, e: Placed, { zh, en }: { zh: readonly Placed[]; en: readonly Placed[] }): boolean =>
  zh.some((o) => o !== z && sameStatedAmount(o, e)) || en.some((o) => o !== e && sameStatedAmount(z, o));
