// A cell of a table drawn with bars (Markdown, and what HTML and Word converters give: `| 清洁能源产业 | 210.2 |
// 286.4 | 36.3 |` under `| 投向 | 2022年末余额（亿元） | 2023年末余额（亿元） | 较年初增长（%） |` and its
// rule `| --- | --- |`; a box-drawn one, `│新鲜水用量│4,126.5 │` between `├──┼──┤` borders, as PDF-to-text
// and Word exports of Chinese reports give) takes its row's label and the header cell of its column, as a table of tabs
// does (table.ts): a header of a period dates the cell, a header of words names what its column
// measures (`较年初增长（%）`, `Investment (R$ million)`).

import { cleanPhrase } from './clause';
import { lineAround, lineStartOf } from '../text/lines';
import { periodsIn } from './period';
import type { TableCellContext } from './table';
import { keptPerText } from '../text/kept-per-text';
import { barCells, isCellBar, isRuleLine } from '../text/table-cells';
import { TWO_LETTERS } from '../text/letters';

/** How many rows above a cell its table's header may stand. */
const MAX_ROWS = 60;

/** A row of a table drawn with bars: a line opening with a cell bar (`|`, `｜`, `│`, `┃`). */
function isBarLine(line: string): boolean {
  const opening = line.trimStart();
  return opening !== '' && isCellBar(opening.charCodeAt(0));
}

/** The line ending at `end` (its newline, or the text's end), or undefined above the text's start. */
function lineEndingAt(text: string, end: number): string | undefined {
  return end <= 0 ? undefined : text.slice(lineStartOf(text, end), end);
}

/** Per text, the header found for each row walked, by where its line ends: a table's rows read it once. */
const headersFound = keptPerText(() => new Map<number, string[] | null>());

/**
 * The header cells of the table drawn with bars whose row is `[lineStart, lineEnd)`, or null: the row above
 * the nearest rule above it (Markdown's `|---|`), passing over rows that stand between two rules (a box-drawn
 * table's `├──┼──┤` between each of its rows) up to the one under the table's top border (`┌──┬──┐`).
 */
function headerOf(text: string, lineStart: number, lineEnd: number): string[] | null {
  const memo = headersFound(text);
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
    const rule = isRuleLine(line);
    if (!rule && !isBarLine(line)) break;
    walked.push(end);
    if (rule) {
      const head = lineEndingAt(text, from - 1);
      if (head === undefined || !isBarLine(head) || isRuleLine(head)) break;
      const headStart = from - 1 - head.length;
      // a row between two rules of the table (a rule over it with the table going on above) is no header
      const over = lineEndingAt(text, headStart - 1);
      const overOver = over !== undefined && isRuleLine(over) ? lineEndingAt(text, headStart - 2 - over.length) : undefined;
      if (overOver !== undefined && (isBarLine(overOver) || isRuleLine(overOver))) {
        end = from - 1;
        continue;
      }
      found = barCells(head).map((c) => c.text);
      break;
    }
    end = from - 1;
  }
  for (const end of walked) memo.set(end, found);
  memo.set(lineEnd, found);
  return found;
}


/** The context of a figure at `[start, end)` in a row of a table drawn with bars, or undefined when its line is none. */
export function pipeCellContext(text: string, start: number, end: number): TableCellContext | undefined {
  const line = lineAround(text, start, end, 400);
  if (!line || !isBarLine(text.slice(line.start, Math.min(line.end, line.start + 8)))) return undefined;
  const cells = barCells(text.slice(line.start, line.end), line.start);
  const column = cells.findIndex((c) => start >= c.start && end <= c.end);
  const labelCell = cells.find((c) => c.end <= start && TWO_LETTERS.test(c.text) && !/^\s*\d/.test(c.text));
  if (column < 1 || !labelCell) return undefined;
  const label = cleanPhrase(labelCell.text);
  if (label.length < 2) return undefined;
  const head = headerOf(text, line.start, line.end);
  const header = head && head.length === cells.length ? cleanPhrase(head[column]!) : undefined;
  const context = { label, labelStart: labelCell.start, labelEnd: labelCell.end };
  if (!header) return context;
  return periodsIn(header, 0, header.length).length > 0 ? { ...context, header } : { ...context, measure: header };
}
