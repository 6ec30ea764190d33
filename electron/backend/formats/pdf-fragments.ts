import { SAME_BASELINE, isBlank, type Fragment, type TextRun } from './pdf-geometry';

// A page's runs cut into line fragments: runs on one baseline with no wide gap between them, so a
// line of one column, or one table cell.

/** A gap wider than this (in font sizes) splits a row into fragments: a column gutter or a table cell. */
const FRAGMENT_GAP = 1.0;
/**
 * Up to this width (in font sizes) a gap that pdf.js filled with a space is a justified line's wide
 * space; wider, it is between table cells (pdf.js fills those too when they are one text flow).
 */
const MAX_WORD_GAP = 4;

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
