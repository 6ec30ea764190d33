/**
 * Reading order for one PDF page: text runs become line fragments, fragments become blocks
 * (paragraphs, table rows), and blocks are ordered the way a person reads them, so that two
 * columns never interleave. Pure geometry: no pdf.js here, so it can be tested on made-up pages.
 *
 * Coordinates are page units with the origin at the top left (y grows downward).
 */

/** A piece of text pdf.js placed on the page, with its horizontal extent and vertical metrics. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in page units. */
  size: number;
}

/** Runs on one baseline with no wide gap between them: a line of one column, or one table cell. */
export interface Fragment extends Omit<TextRun, 'text'> {
  /** Indices into the page's runs, left to right. */
  runs: number[];
}

/** A paragraph (lines of one fragment each) or a table (lines of several cells). */
export interface Block {
  lines: Fragment[][];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** A gap wider than this (in font sizes) splits a row into fragments: a column gutter or a table cell. */
const FRAGMENT_GAP = 1.0;
/**
 * Up to this width (in font sizes) a gap that pdf.js filled with a space is a justified line's wide
 * space; wider, it is between table cells (pdf.js fills those too when they are one text flow).
 */
const MAX_WORD_GAP = 4;
/** Baselines closer than this (in font sizes) are one row. */
const SAME_BASELINE = 0.35;
/** Line pitch assumed when a page has too few lines to measure it (in font sizes). */
const DEFAULT_LINE_PITCH = 1.45;
/** A line further below the previous one than its pitch times this starts a new paragraph. */
const PARAGRAPH_PITCH_FACTOR = 1.2;
/** Table rows further apart than this (in font sizes) belong to different tables. */
const TABLE_ROW_GAP = 3.2;
/** Pages with more blocks than this are ordered top to bottom only: the ordering below is cubic. */
const MAX_ORDERED_BLOCKS = 500;
/** The widest line pitch (in font sizes) that counts as one: wider is white space between paragraphs. */
const MAX_LINE_PITCH = 3;
/**
 * How far above a fragment (in font sizes) its nearest neighbour can matter: no further than the
 * widest pitch that continues a paragraph. Beyond it the search stops, so a page of many fragments
 * costs in proportion to them, not to their square.
 */
const NEAREST_ABOVE_REACH = MAX_LINE_PITCH * PARAGRAPH_PITCH_FACTOR;
/** Fragments looked at above one: more than fit within reach on any real page; bounds a hostile one. */
const NEAREST_ABOVE_LOOKS = 2_000;

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/**
 * Splits a page's runs into line fragments. Runs that are only white space (pdf.js's guesses at the
 * spaces in a line) are kept between the runs they separate but never start or end a fragment.
 */
export function buildFragments(runs: readonly TextRun[]): Fragment[] {
  const order = runs.map((_, index) => index).sort((a, b) => runs[a]!.baseline - runs[b]!.baseline || runs[a]!.x0 - runs[b]!.x0);
  const fragments: Fragment[] = [];
  let row: number[] = [];
  const flushRow = (): void => {
    row.sort((a, b) => runs[a]!.x0 - runs[b]!.x0);
    for (const part of splitRow(runs, row)) fragments.push(fragmentOf(runs, part));
    row = [];
  };
  for (const index of order) {
    const first = row[0];
    if (first !== undefined) {
      const size = Math.min(runs[first]!.size, runs[index]!.size);
      if (Math.abs(runs[index]!.baseline - runs[first]!.baseline) > SAME_BASELINE * size) flushRow();
    }
    row.push(index);
  }
  flushRow();
  return fragments;
}

/** A row's runs (left to right) cut at column gutters and between table cells. */
function splitRow(runs: readonly TextRun[], row: readonly number[]): number[][] {
  const words = row.filter((index) => !isBlank(runs[index]!.text));
  const blankStarts = row.filter((index) => isBlank(runs[index]!.text)).map((index) => runs[index]!.x0); // ascending: the row is
  const gaps = words.slice(1).map((index, at) => {
    const left = runs[words[at]!]!;
    const right = runs[index]!;
    const gap = right.x0 - left.x1;
    const size = Math.max(left.size, right.size);
    const filled = gap > FRAGMENT_GAP * size && anyWithin(blankStarts, left.x1 - 0.5 * size, right.x0);
    return { gap, size, filled };
  });
  const wide = gaps.filter(({ gap, size }) => gap > FRAGMENT_GAP * size);
  // A short justified line: several equally wide gaps, each filled with a space, one line of text.
  const justified =
    wide.length >= 2 &&
    wide.every(({ filled }) => filled) &&
    Math.max(...wide.map(({ gap }) => gap)) <= 1.15 * Math.min(...wide.map(({ gap }) => gap));

  const parts: number[][] = [];
  let current: number[] = [];
  let pending: number[] = [];
  let wordIndex = -1;
  for (const index of row) {
    if (isBlank(runs[index]!.text)) {
      if (current.length > 0) pending.push(index);
      continue;
    }
    if (wordIndex >= 0) {
      const { gap, size, filled } = gaps[wordIndex]!;
      const cut = !justified && (gap > MAX_WORD_GAP * size || (gap > FRAGMENT_GAP * size && !filled));
      if (cut) {
        parts.push(current);
        current = [];
      } else {
        current.push(...pending);
      }
    }
    pending = [];
    current.push(index);
    wordIndex++;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Whether an ascending `values` holds one in `[from, to)`: a binary search, not a scan per gap. */
function anyWithin(values: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < values.length && values[low]! < to;
}

function fragmentOf(runs: readonly TextRun[], indices: number[]): Fragment {
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  let size = 0;
  let baseline = 0;
  for (const index of indices) {
    const run = runs[index]!;
    x0 = Math.min(x0, run.x0);
    x1 = Math.max(x1, run.x1);
    top = Math.min(top, run.top);
    bottom = Math.max(bottom, run.bottom);
    // The line's size and baseline are its largest run's: a superscript does not move them.
    if (run.size > size) {
      size = run.size;
      baseline = run.baseline;
    }
  }
  return { runs: indices, x0, x1, top, bottom, baseline, size };
}

/** The page's fragments grouped into paragraphs and tables, in reading order. */
export function layoutPage(fragments: readonly Fragment[]): Block[] {
  const sorted = [...fragments].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const pitch = linePitch(sorted);
  const blocks = mergeTables(paragraphs(sorted, pitch));
  return readingOrder(blocks);
}

function overlapsX(a: { x0: number; x1: number }, b: { x0: number; x1: number }, share = 0): boolean {
  const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  return overlap > share * Math.min(a.x1 - a.x0, b.x1 - b.x0) && overlap > 0;
}

function similarSize(a: Fragment, b: Fragment): boolean {
  return Math.abs(a.size - b.size) <= 0.15 * Math.max(a.size, b.size);
}

/** For each fragment, the nearest fragment above it that shares some of its width. */
function nearestAbove(sorted: readonly Fragment[], index: number): Fragment | undefined {
  const fragment = sorted[index]!;
  const highest = fragment.baseline - NEAREST_ABOVE_REACH * fragment.size;
  for (let other = index - 1; other >= Math.max(0, index - NEAREST_ABOVE_LOOKS); other--) {
    const candidate = sorted[other]!;
    if (candidate.baseline < highest) return undefined; // sorted by baseline: all the rest are higher still
    if (candidate.baseline >= fragment.baseline - SAME_BASELINE * fragment.size) continue;
    if (overlapsX(candidate, fragment, 0.3)) return candidate;
  }
  return undefined;
}

/**
 * The page's usual distance between lines of a paragraph, in font sizes: the smallest common one,
 * so that the wider pitch between paragraphs is never taken for it.
 */
function linePitch(sorted: readonly Fragment[]): number {
  const counts = new Map<number, number>();
  for (let index = 0; index < sorted.length; index++) {
    const above = nearestAbove(sorted, index);
    const fragment = sorted[index]!;
    if (above === undefined || !similarSize(above, fragment)) continue;
    const ratio = (fragment.baseline - above.baseline) / fragment.size;
    if (ratio < 0.9 || ratio > MAX_LINE_PITCH) continue;
    const bin = Math.round(ratio * 20);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  const most = Math.max(0, ...counts.values());
  const common = [...counts].filter(([, count]) => count >= Math.max(2, 0.25 * most)).map(([bin]) => bin);
  return common.length === 0 ? DEFAULT_LINE_PITCH : Math.min(...common) / 20;
}

function paragraphs(sorted: readonly Fragment[], pitch: number): Block[] {
  const limit = pitch * PARAGRAPH_PITCH_FACTOR;
  const blockOf = new Map<Fragment, Block>();
  const blocks: Block[] = [];
  for (let index = 0; index < sorted.length; index++) {
    const fragment = sorted[index]!;
    const above = nearestAbove(sorted, index);
    const block = above === undefined ? undefined : blockOf.get(above);
    const continues =
      above !== undefined &&
      block !== undefined &&
      block.lines.at(-1)?.[0] === above &&
      similarSize(above, fragment) &&
      fragment.baseline - above.baseline <= limit * fragment.size;
    if (continues) {
      block.lines.push([fragment]);
      grow(block, fragment);
      blockOf.set(fragment, block);
    } else {
      const created: Block = { lines: [[fragment]], ...extent(fragment) };
      blocks.push(created);
      blockOf.set(fragment, created);
    }
  }
  return blocks;
}

function extent(box: { x0: number; x1: number; top: number; bottom: number }) {
  return { x0: box.x0, x1: box.x1, top: box.top, bottom: box.bottom };
}

function grow(block: Block, box: { x0: number; x1: number; top: number; bottom: number }): void {
  block.x0 = Math.min(block.x0, box.x0);
  block.x1 = Math.max(block.x1, box.x1);
  block.top = Math.min(block.top, box.top);
  block.bottom = Math.max(block.bottom, box.bottom);
}

/**
 * Single-line blocks that stand side by side on one baseline, row after row, with their cells
 * aligned, are a table: each row becomes one line with its cells in order. Side-by-side lines that
 * start exactly where the page's text columns start are column text, not a table.
 */
function mergeTables(blocks: Block[]): Block[] {
  const singles = blocks
    .filter((block) => block.lines.length === 1)
    .sort((a, b) => a.lines[0]![0]!.baseline - b.lines[0]![0]!.baseline || a.x0 - b.x0);
  const rows: Block[][] = [];
  for (const block of singles) {
    const row = rows.at(-1);
    const first = row?.[0]?.lines[0]![0];
    const line = block.lines[0]![0]!;
    if (row !== undefined && first !== undefined && Math.abs(first.baseline - line.baseline) <= SAME_BASELINE * line.size) {
      row.push(block);
    } else {
      rows.push([block]);
    }
  }
  // Where the page's paragraphs start: side-by-side lines that all start there are columns.
  const columnStarts = blocks.filter((block) => block.lines.length >= 2).map((block) => block.x0);
  const isColumnText = (table: Block[][]): boolean =>
    table.every((row) => row.every((cell) => columnStarts.some((x) => Math.abs(x - cell.x0) < 1.5)));

  const byTop = new BlocksByTop(blocks);
  const tables: Block[][][] = [];
  let table: Block[][] = [];
  const closeTable = (): void => {
    if (table.length >= 2 && !isColumnText(table)) tables.push(table);
    table = [];
  };
  for (const row of rows) {
    if (row.length < 2) {
      closeTable();
      continue;
    }
    const previous = table.at(-1);
    if (previous !== undefined && !continuesTable(previous, row, byTop)) closeTable();
    table.push(row);
  }
  closeTable();

  if (tables.length === 0) return blocks;
  const inTables = new Set(tables.flat(2));
  const result = blocks.filter((block) => !inTables.has(block));
  for (const rowsOfTable of tables) {
    const lines = rowsOfTable.map((row) => row.map((cell) => cell.lines[0]![0]!));
    const block: Block = { lines, ...extent(rowsOfTable[0]![0]!) };
    for (const row of rowsOfTable) for (const cell of row) grow(block, cell);
    result.push(block);
  }
  return result;
}

/** A page's blocks sorted by their top, to find those that start between two heights without a scan of all. */
class BlocksByTop {
  private readonly sorted: Block[];
  constructor(blocks: readonly Block[]) {
    this.sorted = [...blocks].sort((a, b) => a.top - b.top);
  }

  /** The blocks whose top lies strictly between `above` and `below`. */
  *between(above: number, below: number): Generator<Block> {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]!.top <= above) low = middle + 1;
      else high = middle;
    }
    for (let k = low; k < this.sorted.length && this.sorted[k]!.top < below; k++) yield this.sorted[k]!;
  }
}

function continuesTable(previous: Block[], row: Block[], byTop: BlocksByTop): boolean {
  const above = previous[0]!.lines[0]![0]!;
  const below = row[0]!.lines[0]![0]!;
  if (below.baseline - above.baseline > TABLE_ROW_GAP * below.size) return false;
  const tolerance = 0.6 * below.size;
  const aligned = row.filter((cell) =>
    previous.some((other) => Math.abs(other.x0 - cell.x0) < tolerance || Math.abs(other.x1 - cell.x1) < tolerance),
  ).length;
  if (aligned < Math.min(2, row.length)) return false;
  const span = { x0: Math.min(...row.map((c) => c.x0)), x1: Math.max(...row.map((c) => c.x1)) };
  // Anything else between the two rows and across them means they are not one table.
  for (const block of byTop.between(above.baseline, below.top)) {
    if (!previous.includes(block) && !row.includes(block) && block.bottom < below.top && overlapsX(block, span)) return false;
  }
  return true;
}

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
