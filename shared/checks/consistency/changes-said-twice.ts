// One change said twice with two rates, its values said once in full and once rounded: the letter's `revenue rose 7.4% to
// EUR 108.7 million`, worked over Table 1's 103,820 thousand, against 1.1's `EUR 108.7 million in 2024, 4.7% more than the
// EUR 103.8 million of 2023`, which holds. The same-computation rule pairs changes over the very same values; here one
// value of each pair lies within the other's rounding, and the holding one's rate is what the other's values give: the
// two stated rates disagree, and an auditor sets them side by side.

import { pairCheck } from './pair-check';
import { admits, intervalOf, type Interval } from '../readers/precision';
import { failingChecks } from '../readers/failing-checks';
import { figureId, pushTo } from '../readers/figure-places';
import { asDocFigure, resultOf, roleOf, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';

const RULE = 'consistency.change-said-twice';

export function changesSaidTwice(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const held = new Map<string, Check[]>();
  const missed: Check[] = [];
  for (const c of checks) {
    if (c.kind !== 'change' || c.expected === undefined || !resultOf(c) || !roleOf(c, 'old') || !roleOf(c, 'new')) continue;
    if (!c.holds) missed.push(c);
    else pushTo(held, resultOf(c)!.doc, c);
  }
  if (missed.length === 0) return [];
  const failing = failingChecks(checks);
  const out: Check[] = [];
  const said = new Set<string>();
  const indexes = new Map<string, NewValues>();
  for (const m of missed) {
    const stated = asDocFigure(byName, resultOf(m)!);
    const [old, next] = [asDocFigure(byName, roleOf(m, 'old')!), asDocFigure(byName, roleOf(m, 'new')!)];
    if (!stated || !old || !next) continue;
    let index = indexes.get(stated.doc.name);
    if (!index) indexes.set(stated.doc.name, (index = new NewValues(held.get(stated.doc.name) ?? [], byName)));
    for (const h of index.near(next.figure)) {
      const right = asDocFigure(byName, resultOf(h)!);
      // (the same size said the other way is the turned-direction rules': `rose 6.0%` against `-6.0`)
      if (!right || Math.abs(right.figure.value) === Math.abs(stated.figure.value)) continue;
      if (!sameValue(old, roleOf(h, 'old')!, byName) || !sameValue(next, roleOf(h, 'new')!, byName) || !admits(right.figure, m.expected!)) continue;
      const key = `${stated.doc.name}\u0000${stated.figure.start}\u0000${right.figure.start}`;
      if (said.has(key) || failing.together(figureId(stated.doc.name, stated.figure.start), figureId(right.doc.name, right.figure.start))) continue;
      said.add(key);
      out.push({ ...pairCheck(stated, right, 'same.differ'), rule: RULE });
    }
  }
  return out;
}

/** An interval widened by the relative slack `admits` allows a value against it (a billionth of the value): a value it admits lies within. */
function widened({ lo, hi }: Interval): Interval {
  const slack = 2e-9 * Math.max(Math.abs(lo), Math.abs(hi));
  return { lo: lo - slack, hi: hi + slack };
}

/**
 * A document's holding changes by their new value, indexed once, so each failing change asks only those whose new value
 * may be its own (`sameValue`) and never scans them all: by their new value, sorted (a value its new value's rounding
 * admits), and by the buckets their new value's rounding covers (a rounding that admits its new value). A rounding is
 * bucketed at the power of ten at least its width, where it covers two buckets at most; a value looks up its bucket at
 * each such power the document's roundings use (a few).
 */
class NewValues {
  private readonly values: Array<{ value: number; k: number }> = [];
  private readonly buckets = new Map<number, Map<number, number[]>>();
  private readonly exact = new Map<number, number[]>();

  constructor(
    private readonly held: readonly Check[],
    byName: ReadonlyMap<string, CheckDocument>,
  ) {
    held.forEach((h, k) => {
      const at = asDocFigure(byName, roleOf(h, 'new')!);
      if (!at) return;
      this.values.push({ value: at.figure.value, k });
      const { lo, hi } = widened(intervalOf(at.figure));
      if (!(hi > lo)) {
        pushTo(this.exact, lo, k);
        return;
      }
      const size = stepAtLeast(hi - lo);
      let level = this.buckets.get(size);
      if (!level) this.buckets.set(size, (level = new Map()));
      for (let b = Math.floor(lo / size); b <= Math.floor(hi / size); b++) pushTo(level, b, k);
    });
    this.values.sort((a, b) => a.value - b.value);
  }

  /** The holding changes whose new value `figure` may say, or whose new value's rounding may hold `figure`'s value: in the document's order. */
  near(figure: DocFigure['figure']): Check[] {
    const found = new Set<number>();
    const { lo, hi } = widened(intervalOf(figure));
    for (let i = firstAtLeast(this.values, lo); i < this.values.length && this.values[i]!.value <= hi; i++) found.add(this.values[i]!.k);
    const v = figure.value;
    for (const k of this.exact.get(v) ?? []) found.add(k);
    for (const [size, level] of this.buckets) for (const k of level.get(Math.floor(v / size)) ?? []) found.add(k);
    return [...found].sort((a, b) => a - b).map((k) => this.held[k]!);
  }
}

/** The least power of ten at least `width`. */
function stepAtLeast(width: number): number {
  let size = 10 ** Math.ceil(Math.log10(width));
  while (size < width) size *= 10;
  return size;
}

/** The first of values sorted ascending at least `lo`, found by halving. */
function firstAtLeast(values: ReadonlyArray<{ value: number }>, lo: number): number {
  let [a, b] = [0, values.length];
  while (a < b) {
    const mid = (a + b) >> 1;
    if (values[mid]!.value < lo) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** Two statements of one value, one within the other's rounding (`EUR 103.8 million` of `103,820` thousand), never the same figure said with another scale. */
function sameValue(a: DocFigure, b: CheckFigure, byName: ReadonlyMap<string, CheckDocument>): boolean {
  const other = asDocFigure(byName, b);
  if (!other || other.doc !== a.doc) return false;
  return admits(a.figure, other.figure.value) || admits(other.figure, a.figure.value);
}
