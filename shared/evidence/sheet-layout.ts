import type { PageRange, SheetCell } from '../domain/report';
import { replaceControlCharacters } from '../text/control-characters';

// A workbook or CSV file becomes text like any other document, so that it is searched, shown and
// quoted the same way: each sheet opens with its name on a line, then one line per row with its
// cells separated by tabs. Each non-empty cell keeps its range of that text, its address and the
// words that say what it is — the nearest text to its left (the row's label) and above it (the
// column's header), a merged header counting for every column it spans.

/** One non-empty cell as a reader found it (1-based row and column). */
export interface GridCell {
  row: number;
  column: number;
  /** What the spreadsheet shows: `49.5%`, `13,249,137`, `范围1 直接排放`. */
  text: string;
  /** For a number: the value stored, or the formula's cached result. */
  value?: number;
  percent?: boolean;
}

/** A merged range, 1-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet as a reader found it: its cells in row then column order. */
export interface Grid {
  name: string;
  cells: readonly GridCell[];
  merges: readonly MergedRange[];
}

export interface SheetLayout {
  text: string;
  /** One range per sheet, numbered from 1 in workbook order. */
  pages: PageRange[];
  cells: SheetCell[];
}

/** A merged range wider or taller than this lends its text as a label to its first row and column only. */
const MAX_FILLED_MERGE = 10_000;

/** A cell's text on one line with nothing in it that acts: the layout's tabs and line breaks stay its own. */
export function oneLine(text: string): string {
  return replaceControlCharacters(text.replace(/[\t\r\n]+/g, ' '));
}

/** `1, 1` → `A1`; `28, 7` → `AB7`. */
export function cellAddress(column: number, row: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

export function rangeAddress(range: MergedRange): string {
  return `${cellAddress(range.left, range.top)}:${cellAddress(range.right, range.bottom)}`;
}

/** Sheets laid out one after the other, a blank line between two. */
export function layoutSheets(grids: readonly Grid[]): SheetLayout {
  const parts: string[] = [];
  const pages: PageRange[] = [];
  const cells: SheetCell[] = [];
  let offset = 0;
  const write = (chunk: string) => {
    parts.push(chunk);
    offset += chunk.length;
  };
  grids.forEach((grid, index) => {
    if (index > 0) write('\n\n');
    const start = offset;
    if (grid.name !== '') write(grid.name);
    layoutGrid(grid, start, write, () => offset, cells);
    pages.push({ start, end: offset, number: index + 1, hasText: true });
  });
  return { text: parts.join(''), pages, cells };
}

function layoutGrid(grid: Grid, sheetStart: number, write: (chunk: string) => void, at: () => number, out: SheetCell[]): void {
  const mergedText = mergeLabels(grid);
  const heads = new Map(grid.merges.map((range) => [`${range.top},${range.left}`, range]));
  const headerAbove = new Map<number, string>();
  let row = 0;
  let column = 0;
  let rowLabel: string | undefined;
  for (const cell of grid.cells) {
    if (cell.row !== row) {
      // Sheets with a name start on their name's line; a CSV's first row starts the text.
      if (row !== 0 || at() > sheetStart) write('\n'.repeat(row === 0 ? 1 : cell.row - row));
      row = cell.row;
      column = 1;
      rowLabel = undefined;
    }
    write('\t'.repeat(Math.max(0, cell.column - column)));
    column = cell.column;
    const start = at();
    write(cell.text);
    const label = rowLabel ?? labelLeftOf(mergedText, cell);
    const header = headerAbove.get(cell.column) ?? mergedText.get(`${cell.row - 1},${cell.column}`);
    const merged = heads.get(`${cell.row},${cell.column}`);
    out.push({
      start,
      end: at(),
      sheet: grid.name,
      row: cell.row,
      column: cell.column,
      address: cellAddress(cell.column, cell.row),
      ...(cell.value === undefined ? {} : { value: cell.value }),
      ...(cell.percent ? { percent: true } : {}),
      ...(label === undefined ? {} : { rowLabel: label }),
      ...(header === undefined ? {} : { columnHeader: header }),
      ...(merged === undefined ? {} : { merged: rangeAddress(merged) }),
    });
    if (cell.value === undefined && cell.text.trim() !== '') {
      rowLabel = cell.text.trim();
      headerAbove.set(cell.column, cell.text.trim());
      for (const covered of mergedColumns(merged)) headerAbove.set(covered, cell.text.trim());
    }
  }
}

/** The text of each merged range at every cell it covers, for ranges small enough to fill. */
function mergeLabels(grid: Grid): Map<string, string> {
  const byHead = new Map(grid.cells.map((cell) => [`${cell.row},${cell.column}`, cell]));
  const labels = new Map<string, string>();
  for (const range of grid.merges) {
    const head = byHead.get(`${range.top},${range.left}`);
    if (head === undefined || head.value !== undefined) continue;
    const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (area > MAX_FILLED_MERGE) continue;
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) labels.set(`${r},${c}`, head.text.trim());
  }
  return labels;
}

/** A row label from a merged cell that covers this row to the left of `cell` (a label spanning rows). */
function labelLeftOf(mergedText: ReadonlyMap<string, string>, cell: GridCell): string | undefined {
  for (let c = cell.column - 1; c >= 1 && c >= cell.column - 3; c--) {
    const text = mergedText.get(`${cell.row},${c}`);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** The columns after its first that a merged range spans. */
function mergedColumns(range: MergedRange | undefined): number[] {
  if (range === undefined || range.right - range.left > MAX_FILLED_MERGE) return [];
  const columns: number[] = [];
  for (let c = range.left + 1; c <= range.right; c++) columns.push(c);
  return columns;
}
