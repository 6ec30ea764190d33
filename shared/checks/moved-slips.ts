// A translation file need not keep its Chinese's order: a page may set the open-platform paragraph
// before the hospital story its Chinese tells first, so a figure lands far from where the landmarks
// around it place its translation. Between two files that are one report's two languages, a Chinese
// and an English figure that no anchor took, anywhere in their files, are still each other's
// translation slipped when each is the other's only candidate: the same digits a power of ten apart
// (`服务商超 1.5 万` against `more than 1,500 service providers` a page away), or two neighbouring
// digits swapped. A figure with two candidates pairs with neither.

import { isScaleSlip } from './agreement';
import { amount, inBase, large, type Placed, sameDigits, sameKind, swappedDigits } from './translated-pair';

export type SlipKind = 'scale' | 'swap';

/** How `z` and `e` could be one amount slipped in translation, if they could. */
export function slipBetween(z: Placed, e: Placed): SlipKind | undefined {
  if (!amount(z) || !amount(e) || !large(z.at.figure.text) || !large(e.at.figure.text)) return undefined;
  // units are named differently in the two languages (`载重吨`, `dwt`): amounts of other kinds may
  // slip too, when they share more than one digit (`10 万` and `1,000` share only a 1)
  if (sameDigits(z, e, sameKind(z, e) ? 1 : 2) && isScaleSlip(inBase(z), inBase(e))) return 'scale';
  return swappedDigits(z, e) ? 'swap' : undefined;
}

/** The pairs of left-over figures, anywhere in the two files, that are each other's only slipped candidate. */
export function movedSlips(looseZh: readonly Placed[], looseEn: readonly Placed[]): Array<[Placed, Placed, SlipKind]> {
  const candidates = new Map<Placed, Placed[]>();
  const add = (a: Placed, b: Placed) => candidates.set(a, [...(candidates.get(a) ?? []), b]);
  for (const z of looseZh)
    for (const e of looseEn)
      if (slipBetween(z, e)) {
        add(z, e);
        add(e, z);
      }
  const pairs: Array<[Placed, Placed, SlipKind]> = [];
  for (const z of looseZh) {
    const es = candidates.get(z);
    if (es?.length !== 1) continue;
    const e = es[0]!;
    if (candidates.get(e)?.length === 1) pairs.push([z, e, slipBetween(z, e)!]);
  }
  return pairs;
}
