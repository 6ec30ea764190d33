// A cell of a pipe table (Markdown, and what HTML and Word converters give: `| 清洁能源产业 | 210.2 |
// 286.4 | 36.3 |` under `| 投向 | 2022年末余额（亿元） | 2023年末余额（亿元） | 较年初增长（%） |` and its
// rule `| --- | --- |`) takes its row's label and the header cell of its column, as a table of tabs
// does (table.ts): a header of a period dates the cell, a header of words names what its column
// measures (`较年初增长（%）`, `Investment (R$ million)`).

import { cleanPhrase, lineAround } from './clause';
import { periodsIn } from './period';
import type { TableCellContext } from './table';

/** How many rows above a cell its table's header may stand. */
const MAX_ROWS = 60;
/** A pipe table's rule line under its header: pipes, dashes, colons and spaces. */
const RULE = /^\s*\|?[\s:|-]*-[\s:|-]*$/;

/** The cells of a line opening with a pipe, by their offsets in the text: what stands between two pipes, or after the last. */
function cellsOf(line: string, offset: number): Array<{ text: string; start: number; end: number }> {
  return [...line.matchAll(/(?<=\|)[^|]*(?=\||$)/g)].filter((m) => m.index + m[0].length < line.length || m[0].trim() !== '').map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

const isPipeLine = (line: string) => line.trimStart().startsWith('|');

// the header found for the rows of the last text asked about, by row start (a table's rows read it once)
let memoText: string | undefined;
let memo = new Map<number, string[] | null>();

/** The header cells of the pipe table whose row is `[lineStart, lineEnd)`: the line above its rule, or null. */
function headerOf(text: string, lineStart: number, lineEnd: number): string[] | null {
  if (memoText !== text) {
    memoText = text;
    memo = new Map();
  }
  const walked: number[] = [];
  let found: string[] | null = null;
  for (let end = lineStart - 1, k = 0; end > 0 && k < MAX_ROWS; k++) {
    const remembered = memo.get(end);
    if (remembered !== undefined) {
      found = remembered;
      break;
    }
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end);
    if (!isPipeLine(line)) break;
    walked.push(end);
    if (RULE.test(line)) {
      const above = text.lastIndexOf('\n', from - 2) + 1;
      const head = from > 0 ? text.slice(above, from - 1) : '';
      found = isPipeLine(head) ? cellsOf(head, 0).map((c) => c.text) : null;
      break;
    }
    end = from - 1;
  }
  for (const end of walked) memo.set(end, found);
  memo.set(lineEnd, found);
  return found;
}

/** The context of a figure at `[start, end)` in a pipe table's row, or undefined when its line is none. */
export function pipeCellContext(text: string, start: number, end: number): TableCellContext | undefined {
  const line = lineAround(text, start, end, 400);
  if (!line || !isPipeLine(text.slice(line.start, Math.min(line.end, line.start + 8)))) return undefined;
  const cells = cellsOf(text.slice(line.start, line.end), line.start);
  const column = cells.findIndex((c) => start >= c.start && end <= c.end);
  const labelCell = cells.find((c) => c.end <= start && /\p{L}{2,}/u.test(c.text) && !/^\s*\d/.test(c.text));
  if (column < 1 || !labelCell) return undefined;
  const label = cleanPhrase(labelCell.text);
  if (label.length < 2) return undefined;
  const head = headerOf(text, line.start, line.end);
  const header = head && head.length === cells.length ? cleanPhrase(head[column]!) : undefined;
  const context = { label, labelStart: labelCell.start, labelEnd: labelCell.end };
  if (!header) return context;
  return periodsIn(header, 0, header.length).length > 0 ? { ...context, header } : { ...context, measure: header };
}
