// A translation that keeps the number and changes its unit: `被罚了 300 元` as `fined US$300` (another
// currency), `效率提高了 60 倍` as `efficiency up 60%` (a multiple said as a percentage: sixty-fold is
// 6,000 %), `提高 5 个百分点` as `up 5%` (percentage points said as a percentage), `进了 50 斤` as `50
// kilos` (a 斤 is half a kilogram), `10 个小时` as `10 days`. Said right, a
// translation changes the number with the unit (`1.5 倍` is `150%`); the same number in two units of
// one family is the unit's slip. bilingual.ts looks for these among the figures no anchor took, near
// each other once the two languages are aligned.

import { sameDenominatorKind } from '../rates/intensity-denominator';
import { type Placed, placedDigits } from './translated-pair';
import { writtenNumber } from '../readers/precision';
import { unitFamily } from './translation-units';

/** Units a translation may swap while keeping the number: currencies, the ways of saying a rate, and measures of time, mass, length or area (translation-units.ts). */
function family(p: Placed): string | undefined {
  if (p.dimension.startsWith('currency:')) return 'currency';
  if (p.dimension === 'times' || p.dimension === 'percent' || p.dimension === 'pp') return 'rate';
  return unitFamily(p.at.figure);
}

/**
 * Pairs of a Chinese and an English figure within `window` of each other, of one family of units and
 * the same number in digits, whose units differ — each the other's only such candidate (so two prices
 * in two currencies side by side are not taken for one).
 */
export function unitSlips(looseZh: readonly Placed[], looseEn: readonly Placed[], window: number): Array<[Placed, Placed]> {
  // each side's figures by the number written in their digits, those of a family only: a figure is compared with
  // the other side's of its number, not with all of them (hundreds of loose figures on each side of a long report)
  const families = new Map<Placed, string>();
  const byNumber = (side: readonly Placed[]) => {
    const index = new Map<string, Placed[]>();
    for (const p of side) {
      const kind = family(p);
      const written = writtenNumber(p.at.figure.text);
      if (kind === undefined || written === undefined || placedDigits(p) === undefined) continue;
      families.set(p, kind);
      const same = index.get(written);
      if (same) same.push(p);
      else index.set(written, [p]);
    }
    return index;
  };
  const zhByNumber = byNumber(looseZh);
  const enByNumber = byNumber(looseEn);
  // the other side's figures of p's family and number, written in digits, within the window
  const candidates = (p: Placed, kind: string, others: ReadonlyMap<string, Placed[]>) => {
    const written = writtenNumber(p.at.figure.text);
    return (written === undefined ? undefined : others.get(written))?.filter((o) => Math.abs(o.pos - p.pos) <= window && families.get(o) === kind) ?? [];
  };
  const slips: Array<[Placed, Placed]> = [];
  for (const z of looseZh) {
    const kind = family(z);
    if (kind === undefined) continue;
    const es = candidates(z, kind, enByNumber);
    if (es.length !== 1 || (es[0]!.dimension === z.dimension && es[0]!.factor === z.factor) || !sameDenominatorKind(z.per, es[0]!.per)) continue;
    const e = es[0]!;
    // the English figure's own candidates among the Chinese must be this one alone
    if (candidates(e, kind, zhByNumber).length !== 1) continue;
    slips.push([z, e]);
  }
  return slips;
}
