// A figure in a table row takes its metric from the row's label and its period from its column's
// header: `温室气体排放总量 (范围 1,2,3)\t吨二氧化碳当量\t13,249,439` under `指标\t单位\t2022 财年`.
// Rows are lines whose cells are separated by tabs (as the PDF, Word and text readers give them);
// the header is the first line of the block of such rows.

import { cleanPhrase, lineAround } from './clause';
import { periodsIn } from './period';

export interface TableCellContext {
  /** The row's label: its first cell with words in it. */
  label: string;
  /** The header cell above the figure's cell, when the table has one. */
  header?: string;
  /** The label's start in the text, where its scope is looked for. */
  labelStart: number;
  labelEnd: number;
}

const MAX_BLOCK_LINES = 60;

/** The table context of a figure at `[start, end)`, or undefined when its line is not a table row. */
export function tableCellContext(text: string, start: number, end: number): TableCellContext | undefined {
  const around = lineAround(text, start, end, 400);
  if (!around) return undefined;
  const { start: lineStart, end: lineEnd } = around;
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes('\t')) return undefined;
  const cells = cellsOf(line, lineStart);
  const column = cells.findIndex((c) => start >= c.start && start <= c.end);
  const labelCell = cells.find((c) => c.end <= start && /[\p{L}]{2,}/u.test(c.text) && !/^\d/.test(c.text));
  if (!labelCell) return undefined;
  const label = cleanPhrase(labelCell.text);
  if (label.length < 2) return undefined;
  return { label, header: headerCell(text, lineStart, column), labelStart: labelCell.start, labelEnd: labelCell.end };
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cellsOf(line: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const part of line.split('\t')) {
    cells.push({ text: part, start: offset + at, end: offset + at + part.length });
    at += part.length + 1;
  }
  return cells;
}

/** The cell of column `column` in the header row of the table block holding the line at `lineStart`. */
function headerCell(text: string, lineStart: number, column: number): string | undefined {
  if (column < 0) return undefined;
  const cells = headerCells(text, lineStart);
  return cells ? cleanPhrase(cells[column] ?? '') || undefined : undefined;
}

// The header found for the rows of the last table asked about: each row below it reuses it
// instead of walking up the block again (a table of thousands of rows stays linear).
let known: { text: string; rows: Map<number, string[] | null> } | undefined;

function headerCells(text: string, lineStart: number): string[] | null {
  if (known?.text !== text) known = { text, rows: new Map() };
  const rows = known.rows;
  const walked: number[] = [];
  let found: string[] | null = null;
  let at = lineStart;
  for (let k = 0; k < MAX_BLOCK_LINES && at > 0; k++) {
    const prevStart = text.lastIndexOf('\n', at - 2) + 1;
    const remembered = rows.get(prevStart);
    if (remembered !== undefined) {
      found = remembered;
      break;
    }
    const prev = text.slice(prevStart, at - 1);
    if (!prev.includes('\t')) break;
    walked.push(prevStart);
    at = prevStart;
    const cells = prev.split('\t');
    if (cells.every((c) => !/\d/.test(c) || periodsIn(c, 0, c.length).length > 0)) {
      found = cells;
      break;
    }
  }
  for (const row of walked) rows.set(row, found);
  rows.set(lineStart, found);
  return found;
}
