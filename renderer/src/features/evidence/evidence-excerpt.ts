/**
 * Where a candidate stands in its document, to show it in place: for a text, the lines around it
 * with the candidate's span marked and its page; for a cell, the rows and columns around it as the
 * sheet lays them out (A, B, C… and row numbers), the cell marked, so that a value is seen beside
 * its row label and column header.
 */
import type { SheetCell } from '../../../../shared/domain/report';
import { cellAddress } from '../../../../shared/evidence/sheet-layout';

const AROUND_CHARS = 160;
const AROUND_ROWS = 3;
const MAX_COLUMNS = 8;

export interface TextExcerpt {
  kind: 'text';
  before: string;
  match: string;
  after: string;
}

export interface SheetExcerpt {
  kind: 'sheet';
  sheet: string;
  /** Column letters, left to right. */
  columns: string[];
  rows: Array<{ number: number; cells: Array<{ text: string; marked: boolean }> }>;
}

/** The text around `[start, end)`, cut at line breaks where it can be. */
export function textExcerpt(text: string, start: number, end: number, around = AROUND_CHARS): TextExcerpt {
  let from = Math.max(0, start - around);
  let to = Math.min(text.length, end + around);
  const lineBefore = text.indexOf('\n', from);
  if (lineBefore >= 0 && lineBefore < start) from = lineBefore + 1;
  const lineAfter = text.lastIndexOf('\n', to);
  if (lineAfter >= end) to = lineAfter;
  return { kind: 'text', before: text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to) };
}

/** The sheet around the cell at `address` (`B8`, or the numerator of `B8/B5`); undefined if it is not among `cells`. */
export function sheetExcerpt(text: string, cells: readonly SheetCell[], sheet: string, address: string, aroundRows = AROUND_ROWS): SheetExcerpt | undefined {
  const marked = new Set(address.split('/'));
  const target = cells.find((cell) => cell.sheet === sheet && marked.has(cell.address));
  if (target === undefined) return undefined;
  const top = Math.max(1, target.row - aroundRows);
  const bottom = target.row + aroundRows;
  const near = cells.filter((cell) => cell.sheet === sheet && cell.row >= top && cell.row <= bottom);
  const first = Math.max(1, Math.min(target.column - MAX_COLUMNS + 1, ...near.map((cell) => cell.column)));
  const last = Math.min(first + MAX_COLUMNS - 1, Math.max(target.column, ...near.map((cell) => cell.column)));
  const at = new Map(near.map((cell) => [`${cell.row},${cell.column}`, cell]));
  const columns = Array.from({ length: last - first + 1 }, (_, i) => cellAddress(first + i, 1).replace(/\d+$/, ''));
  const rows = [];
  for (let row = top; row <= Math.max(...near.map((cell) => cell.row)); row++) {
    rows.push({
      number: row,
      cells: Array.from({ length: last - first + 1 }, (_, i) => {
        const cell = at.get(`${row},${first + i}`);
        return { text: cell ? text.slice(cell.start, cell.end) : '', marked: cell !== undefined && marked.has(cell.address) };
      }),
    });
  }
  return { kind: 'sheet', sheet, columns, rows };
}
