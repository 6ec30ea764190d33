// Where a Chinese file's figures stand in its English translation. The two files rarely run in step:
// one opens with a page the other lacks, a quotation moves from the end of a page to its start, the
// English is longer. So the Chinese figures are placed by the translation's own landmarks — amounts
// stated once in each file and equal in both (`6.8 亿人` and `680 million people`), kept where they
// run in the same order in both files — and between two landmarks by the share of the way from one
// to the next. With fewer than two landmarks, a figure's share of the way through its file stands
// in for its place.

import type { Placed } from './translated-pair';
import { inBase } from './translated-pair';
import { writtenNumber } from '../readers/precision';

/**
 * The longest run of pairs in the order of both sides, each first-side item once; of runs as long, the one
 * with the most `preferred` pairs, then the one patience sorting would take (each pair after the latest
 * one before it on both sides). `pairs` come in the first side's order.
 */
export function longestChain<T extends { pos: number }>(pairs: ReadonlyArray<[T, T]>, preferred: (pair: [T, T]) => boolean = NONE_PREFERRED): Array<[T, T]> {
  // for each pair, the best run ending in it, found over the runs ending before its second-side place (a Fenwick tree of maxima)
  // (a loop, and the helpers the module's, not closures made on each call: the optimised code stays valid for the next call)
  const places = [...new Set(pairs.map(secondPlace))].sort(ascending);
  const rank = new Map<number, number>();
  for (let i = 0; i < places.length; i++) rank.set(places[i]!, i + 1);
  const tree: Array<Run | undefined> = new Array(places.length + 1);
  const runs: Run[] = [];
  const previous: Array<number | undefined> = [];
  for (let at = 0; at < pairs.length; at++) {
    const pair = pairs[at]!;
    const r = rank.get(pair[1].pos)!;
    let before: Run | undefined;
    for (let i = r - 1; i > 0; i -= i & -i) before = better(before, tree[i]);
    const run = { length: (before?.length ?? 0) + 1, liked: (before?.liked ?? 0) + (preferred(pair) ? 1 : 0), at };
    runs.push(run);
    previous.push(before?.at);
    for (let i = r; i <= places.length; i += i & -i) tree[i] = better(tree[i], run);
  }
  let last: Run | undefined;
  for (const run of runs) last = better(last, run);
  const chain: Array<[T, T]> = [];
  for (let at = last?.at; at !== undefined; at = previous[at]) chain.push(pairs[at]!);
  chain.reverse();
  const used = new Set<T>();
  return chain.filter(([a]) => (used.has(a) ? false : (used.add(a), true)));
}

type Run = { length: number; liked: number; at: number };

/** Of two runs, the longer; of runs as long, the one of more preferred pairs, then the later. */
const better = (x: Run | undefined, y: Run | undefined) => (!y ? x : !x ? y : x.length !== y.length ? (x.length > y.length ? x : y) : x.liked !== y.liked ? (x.liked > y.liked ? x : y) : x.at > y.at ? x : y);

const NONE_PREFERRED = () => false;
const secondPlace = <T extends { pos: number }>(pair: readonly [T, T]) => pair[1].pos;
const ascending = (x: number, y: number) => x - y;

/** An amount's identity across the two languages: its measure and its value in that measure's smallest unit. */
const landmarkKey = (p: Placed) => `${p.dimension}\u0000${inBase(p)}`;

/**
 * Amounts stated once in each file and equal in both, in the order both files agree on. Only numbers
 * written in digits mark the way: numbers in words are manners of speaking (`两人`, `two years`, `一半`,
 * `half`) that recur in any text and match across passages that are no translation of each other.
 */
export function landmarks(zh: readonly Placed[], en: readonly Placed[]): Array<[Placed, Placed]> {
  const once = (side: readonly Placed[]) => {
    const seen = new Map<string, Placed | null>();
    for (const p of side) if (p.at.figure.value > 0 && writtenNumber(p.at.figure.text) !== undefined) seen.set(landmarkKey(p), seen.has(landmarkKey(p)) ? null : p);
    return seen;
  };
  const english = once(en);
  const pairs: Array<[Placed, Placed]> = [];
  for (const [key, z] of once(zh)) {
    const e = english.get(key);
    if (z && e) pairs.push([z, e]);
  }
  pairs.sort((a, b) => a[0].pos - b[0].pos);
  return longestChain(pairs);
}

/**
 * The Chinese figures re-placed at the English offset their landmarks put them at; the English keep
 * their own offsets. Both sides are given as placed at their own offsets.
 */
export function placeInTranslation(zh: readonly Placed[], en: readonly Placed[], zhLength: number, enLength: number): Placed[] {
  const marks = landmarks(zh, en);
  if (marks.length < 2) return zh.map((z) => ({ ...z, pos: (z.pos / Math.max(1, zhLength)) * enLength }));
  const pace = enLength / Math.max(1, zhLength);
  const first = marks[0]!;
  const last = marks.at(-1)!;
  let i = 0;
  return zh.map((z) => {
    // before the first landmark and after the last, the English runs on at the files' average pace
    if (z.pos <= first[0].pos) return { ...z, pos: first[1].pos - (first[0].pos - z.pos) * pace };
    if (z.pos >= last[0].pos) return { ...z, pos: last[1].pos + (z.pos - last[0].pos) * pace };
    while (marks[i + 1]![0].pos <= z.pos) i++;
    const [z0, e0] = marks[i]!;
    const [z1, e1] = marks[i + 1]!;
    return { ...z, pos: e0.pos + ((z.pos - z0.pos) / (z1.pos - z0.pos)) * (e1.pos - e0.pos) };
  });
}
