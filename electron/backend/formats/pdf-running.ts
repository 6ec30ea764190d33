/**
 * Running headers, footers and page numbers: lines at the top or bottom edge of a page that repeat
 * from page to page (once their digits are ignored) or are a lone page number. They are furniture,
 * not report text, and must not yield figures.
 */

/** A line fragment as this module sees it: its text and where it stands on its page. */
export interface EdgeCandidate {
  text: string;
  top: number;
  bottom: number;
  baseline: number;
  size: number;
}

export interface PageFragments<F extends EdgeCandidate> {
  /** Page height in the fragments' units (origin at the top). */
  height: number;
  fragments: readonly F[];
}

/** How far from the top or bottom edge (as a share of the page height) furniture may stand. */
const MARGIN_SHARE = 0.12;

const PAGE_NUMBER = [
  // 7, - 7 -, (7), 0 2 6, Page 7, 7 / 120, page 7 of 120
  /^(?:page\s*)?[-–—(]?\s*(?:\d\s?){1,6}\s*[-–—)]?(?:\s*(?:\/|of)\s*\d{1,4})?$/i,
  /^第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?$/,
  /^[ivxlc]{1,7}$/i,
];

export function isPageNumber(text: string): boolean {
  const trimmed = text.trim();
  return PAGE_NUMBER.some((pattern) => pattern.test(trimmed));
}

/** What a running line has in common from page to page: its letters, not its numbers. */
function runningKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

function hasWords(key: string): boolean {
  return /[\p{L}]{2,}|\p{Script=Han}/u.test(key);
}

/**
 * The fragments to leave out. Walking in from each edge, a row (fragments on one baseline) is
 * furniture if every fragment in it is a page number or repeats at an edge of another page; the
 * walk stops at the first row that is not, so body text near the edge is never taken.
 */
export function runningFragments<F extends EdgeCandidate>(pages: readonly PageFragments<F>[]): Set<F> {
  const lines = new RunningLines<F>();
  pages.forEach((page, index) => lines.add(index, page));
  return new Set(pages.flatMap((_, index) => [...lines.dropped(index)]));
}

/**
 * `runningFragments` page by page, so that a reader can lay each page out as it arrives: `add`
 * says what to leave out of a page as far as the pages added so far tell. Pages added later can
 * only make more lines furniture (a line seen on one page may turn up on a second), never fewer,
 * so a page's first answer is a subset of its last; `dropped` gives the answer with every page known.
 */
export class RunningLines<F extends EdgeCandidate> {
  private readonly pagesWithKey = new Map<string, Set<number>>();
  private readonly edges = new Map<number, { top: F[][]; bottom: F[][] }>();

  /** Adds page `index` (in any order); returns what to leave out of it as far as the pages added so far tell. */
  add(index: number, page: PageFragments<F>): Set<F> {
    const top = page.fragments.filter((f) => f.bottom <= page.height * MARGIN_SHARE);
    const bottom = page.fragments.filter((f) => f.top >= page.height * (1 - MARGIN_SHARE));
    for (const fragment of [...top, ...bottom]) {
      const key = runningKey(fragment.text);
      if (!hasWords(key)) continue;
      let seen = this.pagesWithKey.get(key);
      if (seen === undefined) this.pagesWithKey.set(key, (seen = new Set()));
      seen.add(index);
    }
    this.edges.set(index, { top: rowsFromEdge(top, 'top'), bottom: rowsFromEdge(bottom, 'bottom') });
    return this.dropped(index);
  }

  /** What to leave out of page `index` as far as the pages added so far tell. */
  dropped(index: number): Set<F> {
    const isFurniture = (fragment: F): boolean =>
      isPageNumber(fragment.text) || (this.pagesWithKey.get(runningKey(fragment.text))?.size ?? 0) >= 2;
    const dropped = new Set<F>();
    const edges = this.edges.get(index);
    for (const rows of edges === undefined ? [] : [edges.top, edges.bottom]) {
      for (const row of rows) {
        if (!row.every(isFurniture)) break;
        for (const fragment of row) dropped.add(fragment);
      }
    }
    return dropped;
  }
}

/** Fragments grouped by baseline, the row nearest the edge first. */
function rowsFromEdge<F extends EdgeCandidate>(fragments: readonly F[], edge: 'top' | 'bottom'): F[][] {
  const sorted = [...fragments].sort((a, b) => (edge === 'top' ? a.baseline - b.baseline : b.baseline - a.baseline));
  const rows: F[][] = [];
  for (const fragment of sorted) {
    const row = rows.at(-1);
    if (row !== undefined && Math.abs(row[0]!.baseline - fragment.baseline) <= 0.35 * fragment.size) row.push(fragment);
    else rows.push([fragment]);
  }
  return rows;
}
