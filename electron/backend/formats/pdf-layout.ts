/**
 * Reading order for one PDF page: text runs become line fragments (pdf-fragments.ts), fragments
 * become blocks (paragraphs, table rows, here), and blocks are ordered the way a person reads them
 * (pdf-reading-order.ts). Pure geometry: no pdf.js here, so it can be tested on made-up pages.
 */
import { SAME_BASELINE, overlapsX, type Block, type Fragment } from './pdf-geometry';
import { readingOrder } from './pdf-reading-order';

/** Line pitch assumed when a page has too few lines to measure it (in font sizes). */
const DEFAULT_LINE_PITCH = 1.45;
/** A line further below the previous one than its pitch times this starts a new paragraph. */
const PARAGRAPH_PITCH_FACTOR = 1.2;
/** Table rows further apart than this (in font sizes) belong to different tables. */
const TABLE_ROW_GAP = 3.2;
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

/** The page's fragments grouped into paragraphs and tables, in reading order. */
export function layoutPage(fragments: readonly Fragment[]): Block[] {
  const sorted = [...fragments].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const pitch = linePitch(sorted);
  const blocks = mergeTables(paragraphs(sorted, pitch));
  return readingOrder(blocks);
}

function similarSize(a: Fragment, b: Fragment): boolean {
  return Math.abs(a.size - b.size) <= 0.15 * Math.max(a.size, b.size);
}

/** For each fragment, the nearest fragment above it that shares some of its width. */
function nearestAbove(sorted: readonly Fragment[], index: number): Fragment | undefined {
  const fragment = sorted[index]!;
  const highest = fragment.baseline - NEAREST_ABOVE_REACH * fragment.size;
  const ownLine = firstFrom(sorted, fragment.baseline - SAME_BASELINE * fragment.size, index);
  for (let other = ownLine - 1; other >= Math.max(0, ownLine - NEAREST_ABOVE_LOOKS); other--) {
    const candidate = sorted[other]!;
    if (candidate.baseline < highest) return undefined; // sorted by baseline: all the rest are higher still
    if (overlapsX(candidate, fragment, 0.3)) return candidate;
  }
  return undefined;
}

/**
 * The first of `sorted[0..end)` whose baseline is at or below `baseline`. A fragment's own line
 * stands just before it in the sorted order and is skipped at a go, so that a row of thousands of
 * cells costs no more than a column of them.
 */
function firstFrom(sorted: readonly Fragment[], baseline: number, end: number): number {
  let low = 0;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.baseline < baseline) low = middle + 1;
    else high = middle;
  }
  return low;
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
