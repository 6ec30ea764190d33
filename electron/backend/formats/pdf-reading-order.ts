import { overlapsX, type Block } from './pdf-geometry';

// The order a person reads a page's blocks in, so that two columns never interleave.

/** Pages with more blocks than this are ordered top to bottom only: the ordering below is cubic. */
const MAX_ORDERED_BLOCKS = 500;

/**
 * Orders blocks by T. Breuel's rules ("High performance document layout analysis", 2003): `a` comes
 * before `b` if they share some width and `a` is higher, or if `a` is entirely left of `b` and no
 * block lying between them vertically spans across both. A topological sort of that partial order,
 * taking the highest available block first, reads columns left to right and top to bottom, with
 * full-width titles and tables as separators.
 *
 * One addition: a heading (larger than the body text) that starts below everything to its right
 * opens a new section after the columns, so it is not read before the right-hand column.
 */
export function readingOrder(blocks: Block[]): Block[] {
  const count = blocks.length;
  const byPosition = (a: Block, b: Block): number => a.top - b.top || a.x0 - b.x0;
  if (count > MAX_ORDERED_BLOCKS) return [...blocks].sort(byPosition);

  const body = bodySize(blocks);
  const headings = blocks.map((block) => largestSize(block) > 1.15 * body);
  const before = new Uint8Array(count * count);
  const incoming = new Int32Array(count);
  for (let a = 0; a < count; a++) {
    for (let b = 0; b < count; b++) {
      if (a === b || !precedes(blocks, a, b, headings[a]!)) continue;
      before[a * count + b] = 1;
      incoming[b]!++;
    }
  }
  const done = new Uint8Array(count);
  const order: Block[] = [];
  for (let step = 0; step < count; step++) {
    let next = -1;
    let fallback = -1;
    for (let index = 0; index < count; index++) {
      if (done[index]) continue;
      if (incoming[index] === 0 && (next < 0 || byPosition(blocks[index]!, blocks[next]!) < 0)) next = index;
      if (fallback < 0 || byPosition(blocks[index]!, blocks[fallback]!) < 0) fallback = index;
    }
    // A cycle (overlapping blocks) is broken by taking the highest block left.
    const chosen = next >= 0 ? next : fallback;
    done[chosen] = 1;
    order.push(blocks[chosen]!);
    for (let b = 0; b < count; b++) if (before[chosen * count + b]) incoming[b]!--;
  }
  return order;
}

function precedes(blocks: readonly Block[], a: number, b: number, aIsHeading: boolean): boolean {
  const first = blocks[a]!;
  const second = blocks[b]!;
  if (overlapsX(first, second)) return first.top < second.top || (first.top === second.top && first.x0 < second.x0);
  if (first.x1 > second.x0) return false;
  if (aIsHeading && first.top >= second.bottom) {
    const rightColumnGoesOn = blocks.some(
      (other) => other !== first && overlapsX(other, second) && !overlapsX(other, first) && other.bottom > first.top,
    );
    if (!rightColumnGoesOn) return false;
  }
  const upper = first.top <= second.top ? first : second;
  const lower = upper === first ? second : first;
  return !blocks.some(
    (other, index) =>
      index !== a &&
      index !== b &&
      other.top >= upper.bottom - 1 &&
      other.bottom <= lower.top + 1 &&
      overlapsX(other, first) &&
      overlapsX(other, second),
  );
}

function largestSize(block: Block): number {
  let size = 0;
  for (const line of block.lines) for (const fragment of line) size = Math.max(size, fragment.size);
  return size;
}

/** The size most of the page's text is set in (weighted by width). */
function bodySize(blocks: readonly Block[]): number {
  const widths = new Map<number, number>();
  for (const block of blocks) {
    for (const line of block.lines) {
      for (const fragment of line) {
        const size = Math.round(fragment.size * 2) / 2;
        widths.set(size, (widths.get(size) ?? 0) + fragment.x1 - fragment.x0);
      }
    }
  }
  let best = 0;
  let bestWidth = -1;
  for (const [size, width] of widths) {
    if (width > bestWidth) [best, bestWidth] = [size, width];
  }
  return best;
}
