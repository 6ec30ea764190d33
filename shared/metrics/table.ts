// A figure in a table row takes its metric from the row's label and its period from its column's
// header: `温室气体排放总量 (范围 1,2,3)\t吨二氧化碳当量\t13,249,439` under `指标\t单位\t2022 财年`.
// Rows are lines whose cells are separated by tabs (as the PDF, Word and text readers give them),
// or by one space (as PDF text without layout gives them: `研发投入 亿元 3.41 3.89 4.38` under
// `指标 单位 2021 年 2022 年 2023 年`); the header is the first line of the block of such rows.

import { lineAbove } from '../extraction/cell-lines';
import { cleanPhrase } from './clause';
import { lineAround } from '../text/lines';
import { oneSpaceHeaderYears, oneSpaceRow } from '../extraction/one-space-rows';
import { periodsIn } from './period';
import { readOncePerSpan } from '../text/read-once-per-span';
import { HAS_LETTER, TWO_LETTERS } from '../text/letters';
import { shownOver, WIDE_CHAR } from '../text/table-cells';

export interface TableCellContext {
  /** The row's label: its first cell with words in it. */
  label: string;
  /**
   * The header cell above the figure's cell, when the table has one; in a table of measures, the period
   * heading the cell's block of rows (`FY2023` on a line of its own over them).
   */
  header?: string;
  /** What the cell's column measures, when its header names measures rather than years (`NLA (m²)` over `Japan  2  225,400  831.5`). */
  measure?: string;
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
  if (!line.includes('\t')) return oneSpaceCellContext(text, line, lineStart, start);
  const cells = cellsOf(line, lineStart);
  const column = cells.findIndex((c) => start >= c.start && start <= c.end);
  const labelCell = cells.find((c) => c.end <= start && TWO_LETTERS.test(c.text) && !/^\d/.test(c.text));
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

/**
 * A one-space row's cell under a header of years: the k-th number from the right is the k-th
 * year's from the right (the label and unit cells before them vary in words, the years do not).
 */
function oneSpaceCellContext(text: string, line: string, lineStart: number, start: number): TableCellContext | undefined {
  const row = oneSpaceRowAt(text, lineStart, lineStart + line.length);
  if (!row) return measuredCellContext(text, line, lineStart, start) ?? spacedCellContext(text, line, lineStart, start);
  const k = row.numbers.length - 1 - row.numbers.findIndex((c) => start >= lineStart + c.at && start < lineStart + c.at + c.text.length);
  // a cell the one-space reading took into the label (`Group   9,548   2.08   ----   18,334`: a dash cell ends no label)
  if (k >= row.numbers.length) return measuredCellContext(text, line, lineStart, start);
  const years = headerAbove(oneSpaceHeaders, text, lineStart, (line, at) => spacedLine(line) ?? wrappedHeaderPart(text, line, at));
  const header = years && (alignedHeaderCell(text, lineStart, line, start) ?? years[years.length - 1 - k]);
  if (!header) return measuredCellContext(text, line, lineStart, start) ?? spacedCellContext(text, line, lineStart, start);
  // (a scale alone in a cell of its own after the label, `Passengers served      million`, is the row's unit: no word of its label)
  const own = row.label.text.replace(SCALE_CELL, '');
  const label = cleanPhrase(own);
  if (label.length < 2) return undefined;
  const labelStart = lineStart + row.label.at;
  return { label, header, labelStart, labelEnd: labelStart + own.length };
}

/** A scale word alone, set apart from the label before it by a wide gap: `   million`, `  thousand`, `  万`. */
const SCALE_CELL = /(?: {2,}|\u3000+)(?:thousands?|millions?|billions?|lakhs?|crores?|万|亿)$/i;

/**
 * A space-aligned row's cell in a table whose header names a measure for each column: its label the
 * row's first cell, its measure the header cell over it, its period the one heading its block of rows.
 */
function measuredCellContext(text: string, line: string, lineStart: number, start: number): TableCellContext | undefined {
  // (asked of figures of running text too: most of its lines have no cells apart)
  if (!line.includes('  ')) return undefined;
  const measure = measureOver(text, lineStart, line, start);
  if (!measure) return undefined;
  const own = wideCells(line)[0]!;
  const label = cleanPhrase(own.text);
  if (label.length < 2) return undefined;
  const period = headerAbove(blockPeriods, text, lineStart, blockPeriodLine)?.[0];
  return { label, measure, ...(period ? { header: period } : {}), labelStart: lineStart + own.at, labelEnd: lineStart + own.at + own.text.length };
}

/**
 * A space-aligned row the one-space reading does not take — a numbered label (`(6) Total fossil energy
 * consumption (GWh)`), digits grouped by spaces (`8 238   6 984`) — under a header of years standing over
 * its cells: the year over the cell, the label the row's first cell, after the line it runs on from when
 * the row is indented under a line of words (`(5) Consumption of purchased … from` over `    fossil sources (GWh)`).
 */
function spacedCellContext(text: string, line: string, lineStart: number, start: number): TableCellContext | undefined {
  // (asked of every figure of running text: most of its lines have no cells apart)
  if (!line.includes('  ')) return undefined;
  const cells = wideCells(line);
  if (cells.length < 3 || !HAS_LETTER.test(cells[0]!.text) || !spacedValues(cells.map((c) => c.text))) return undefined;
  const header = alignedHeaderCell(text, lineStart, line, start);
  if (!header) return undefined;
  const own = cells[0]!;
  const above = /^\s/.test(line) ? lineAbove(text, lineStart, MAX_LINE, 0) : undefined;
  // (a row of cells above, its last a percentage `+16.8%`, is another row: an `of which` row set in under it runs on from nothing)
  const runsOn = above && !/\d\s*%?\s*$/.test(text.slice(above.start, above.end)) ? text.slice(above.start, above.end).trim() : undefined;
  const label = cleanPhrase(runsOn ? `${runsOn} ${own.text}` : own.text);
  return { label, header, labelStart: runsOn ? above!.start : lineStart + own.at, labelEnd: lineStart + own.at + own.text.length };
}

/** A cell of a space-aligned row: a number, its digits grouped by commas or single spaces (`12 336`, a narrow no-break space too), signed, bracketed or a percentage. */
const SPACED_NUMBER = /^[-−–(]?\d{1,3}(?:[ ,\u00a0\u2009\u202f]\d{3})*(?:\.\d+)?\)?%?$|^[-−–(]?\d+(?:\.\d+)?\)?%?$/;

/** A row's last cell as a change from the year before, signed (`+2,358`, `+0.8 points`, `△0.03`). */
const CHANGE_CELL = /^[-−–+△▲]\d[\d,]*(?:\.\d+)?\s?(?:%|points?|pts?|pp)?$/;
/** A unit cell after a row's label: a few letters or a sign, no number (`persons`, `%`, `thousand t`). */
const UNIT_CELL = /^(?=.{1,16}$)[^\d]+$/;

/**
 * Whether a space-aligned row's cells after its label are numbers: the first may be the row's unit
 * (`persons`), the last its change from the year before (`+2,358`, `+0.8 points`).
 */
function spacedValues(cells: readonly string[]): boolean {
  const from = UNIT_CELL.test(cells[1]!) ? 2 : 1;
  const to = cells.length - (cells.length - from > 2 && CHANGE_CELL.test(cells.at(-1)!) ? 1 : 0);
  return to - from >= 1 && cells.slice(from, to).every((c) => SPACED_NUMBER.test(c));
}

/**
 * The header cell over a space-aligned row's cell, in a table whose header names a measure for each column
 * and no year (`Country   Properties   NLA (m²)   Valuation (S$ million)`): as many cells as the row, none
 * holding a number outside its brackets; or one fewer, its label column blank, the cell standing over the
 * row's (`        Tonnes milled   Head grade` over `Tlhago   1,842   6.42`).
 */
function measureOver(text: string, lineStart: number, line: string, start: number): string | undefined {
  const head = headerAbove(measureHeaders, text, lineStart, measureLine);
  const cells = wideCells(line);
  const column = cells.findIndex((c) => start >= lineStart + c.at && start < lineStart + c.at + c.text.length);
  if (!head || column < 1) return undefined;
  if (head.length === cells.length) return head[column]!.text;
  const cell = cells[column]!;
  const labelEnd = cells[0]!.at + cells[0]!.text.length;
  if (head.length !== cells.length - 1 || head[0]!.at < labelEnd) return undefined;
  return head.find((h) => h.at < cell.at + cell.text.length && cell.at < h.at + h.text.length)?.text;
}

/**
 * A line above a space-aligned row as a header of measures (its wide cells), a row, or neither. Within the
 * table, the header's line of units in brackets (`('000 t)   (g/t)   (%)`) and a block's period heading
 * (`FY2023` over its rows) are passed over as rows are.
 */
function measureLine(line: string): Array<{ text: string; at: number }> | 'row' | undefined {
  const cells = wideCells(line);
  if (cells.length >= 3 && cells.every((c) => BRACKETED.test(c.text))) return 'row';
  if (cells.length >= 3 && cells.every((c) => HAS_LETTER.test(c.text) && !/\d/.test(c.text.replace(/[（(][^（()）]*[)）]/g, '')))) return cells;
  return blockPeriodLine(line) === undefined ? undefined : 'row';
}

/** A cell wholly in one pair of brackets (`('000 t)`, `(%)`, `（吨）`). */
const BRACKETED = /^[（(][^（()）]*[)）]$/;

/** A line above a row as the period heading its block of rows alone (`FY2023`, `2023年`), a row, or neither. */
function blockPeriodLine(line: string): string[] | 'row' | undefined {
  const cell = line.trim();
  if (cell.length <= MAX_PERIOD_HEADING && /\d/.test(cell) && periodsIn(cell, 0, cell.length)[0]?.text === cell) return [cell];
  return spacedLine(line) === 'row' ? 'row' : undefined;
}

/** The longest line read as a block's period heading (`Year ended 30 June 2024` is none: a sentence's period). */
const MAX_PERIOD_HEADING = 12;

/**
 * A line above a one-space row as its block's header of years, a row, or neither. Space-aligned, a header
 * may open with a caption holding a number (`E5-5 Waste (tonnes)   2022   2023`) and a row may end in a
 * cell the one-space reading takes for no number (`Capital expenditure   72,640   68,940   △5.1%`).
 */
function spacedLine(line: string): string[] | 'row' | undefined {
  const years = oneSpaceHeaderYears(line)?.map((c) => c.text) ?? captionedYears(line) ?? fiscalYearCells(line)?.map((c) => c.text);
  if (years) return years;
  if (oneSpaceRow(line)) return 'row';
  const cells = wideCells(line);
  return cells.length >= 3 && HAS_LETTER.test(cells[0]!.text) && /\d/.test(cells.at(-1)!.text) ? 'row' : undefined;
}

/**
 * The rest of a header's cells wrapped onto the line under it, far to the right under their columns (`year (%)`
 * under `FY2022   FY2023   vs. previous`): words alone, no number but a bracket's, deep indented as no running
 * text or caption is, right under a header of years. Passed over as a row is, so the rows under it find that header.
 */
function wrappedHeaderPart(text: string, line: string, lineStart: number): 'row' | undefined {
  if (!WRAPPED_INDENT.test(line)) return undefined;
  const cells = wideCells(line);
  if (cells.length > 3 || !cells.every((c) => HAS_LETTER.test(c.text) && !/\d/.test(c.text.replace(/[（(][^（()）]*[)）]/g, '')))) return undefined;
  const above = lineAbove(text, lineStart, MAX_LINE, 0);
  const header = above ? spacedLine(text.slice(above.start, above.end)) : undefined;
  return Array.isArray(header) ? 'row' : undefined;
}

/** How deep a wrapped header part is indented: past where a row's label would stand. */
const WRAPPED_INDENT = /^[ \u00a0]{24,}\S/;

/** The years ending a space-aligned line after a caption, a year apart each (`2022   2023`), or undefined. */
function captionedYears(line: string): string[] | undefined {
  const cells = wideCells(line);
  let n = 0;
  while (n < cells.length - 1 && /^(?:19|20)\d\d$/.test(cells[cells.length - 1 - n]!.text)) n++;
  if (n < 2 || !HAS_LETTER.test(cells[0]!.text)) return undefined;
  const years = cells.slice(cells.length - n).map((c) => c.text);
  const step = Number(years[1]) - Number(years[0]);
  return Math.abs(step) === 1 && years.every((y, i) => i === 0 || Number(y) - Number(years[i - 1]) === step) ? years : undefined;
}

/** A header's fiscal years in two digits (`FY24  FY23  FY22`, `Change FY24 vs FY23 (%)` aside), two at least, or undefined. */
function fiscalYearCells(line: string): Array<{ text: string; at: number }> | undefined {
  if (!line.includes('FY')) return undefined;
  const cells = wideCells(line);
  const years = cells.filter((c) => SHORT_FISCAL_YEAR.test(c.text));
  return years.length >= 2 && !cells.some((c) => /^[-−(]?\d[\d,.]*\)?%?$/.test(c.text)) ? years : undefined;
}

// India's fiscal years span two calendar years (`FY 2024-25   FY 2023-24`), read as the year they open as in running text
const SHORT_FISCAL_YEAR = /^FY\s?(?:\d{2}|(?:19|20)\d{2}[-–]\d{2})$/;

/** Cells of a space-aligned line: runs apart by two spaces or more (a no-break or thin space, as in `24\u202f862`, parts no cells). */
const wideCells = (line: string) => [...line.matchAll(/\S+(?:[ \u00a0\u2009\u202f]\S+)*/g)].map((m) => ({ text: m[0], at: m.index }));

/**
 * A space-aligned row's cell under a header of as many cells (`£m  2023  2022  Change  2023  2022  Margin 2023`
 * over `Packaging  1,284.6  1,198.2  7.2%  168.4  152.6  13.1%`): the header cell of its place, which a column
 * of changes or margins between the years would shift if the years alone were counted from the right. Under a
 * header with fewer cells (its label column left blank: `   FY2022   FY2023   YoY change`), the year standing
 * over the cell, their spans overlapping.
 */
function alignedHeaderCell(text: string, lineStart: number, line: string, start: number): string | undefined {
  const cells = wideCells(line);
  // a value one space after its label, the label's column too narrow for both (`of which emission-free 72,097   64,290`):
  // a cell of its own, heading read only from the year standing over it
  const glued = gluedValue(cells[0], start - lineStart, line);
  if (glued) cells.splice(0, 1, { text: cells[0]!.text.slice(0, glued.at - cells[0]!.at - 1), at: cells[0]!.at }, glued);
  if (cells.length < 3) return undefined;
  const column = cells.findIndex((c) => start >= lineStart + c.at && start < lineStart + c.at + c.text.length);
  if (column < 1) return undefined;
  for (let end = lineStart - 1, walked = 0; end > 0 && walked < MAX_BLOCK_LINES; walked++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(from, end);
    if (above.trim() === '' || above.length > MAX_LINE) return undefined;
    const fullYears = oneSpaceHeaderYears(above);
    const years = fullYears ?? fiscalYearCells(above);
    if (years) {
      const head = wideCells(above);
      if (head.length === cells.length && !glued && !blankLabelColumn(head, cells)) return head.some((c) => !/\d/.test(c.text) && c !== head[0]) ? head[column]!.text : undefined;
      const cell = cells[column]!;
      // under two-digit fiscal years a column of changes heads its own cells (`Change FY24 vs FY23 (%)`): not the last year's;
      // so does a column named past the years (`2024   2023   Share %  Change %`)
      const over = fullYears && !namedPastYears(head, fullYears) ? years : head;
      return (yearOverByWidth(line, above, cell, over) ?? over.find((y) => y.at < cell.at + cell.text.length && cell.at < y.at + y.text.length))?.text;
    }
    end = from - 1;
  }
  return undefined;
}

/** Whether a space-aligned header names a column of its own past its last year (`2024   2023   Share %  Change %`). */
function namedPastYears(head: ReadonlyArray<{ text: string; at: number }>, years: ReadonlyArray<{ text: string; at: number }>): boolean {
  const last = years.at(-1)!;
  return head.some((c) => c.at > last.at && HAS_LETTER.test(c.text) && !/\d/.test(c.text));
}

/**
 * A row set for the eye, its label's Chinese characters each twice a digit's width (`演职人员（NPC及主持人）   1,487   1,312` under
 * `   2024年   2023年`, as typed or converted from Word, where text counts characters): the year standing over the cell as
 * shown, when the cell stands wholly under none by characters; undefined otherwise.
 */
function yearOverByWidth(line: string, above: string, cell: { text: string; at: number }, over: ReadonlyArray<{ text: string; at: number }>): { text: string; at: number } | undefined {
  const end = cell.at + cell.text.length;
  if (over.some((y) => y.at <= cell.at && end <= y.at + y.text.length) || !(WIDE_CHAR.test(line.slice(0, cell.at)) || WIDE_CHAR.test(above))) return undefined;
  return shownOver(above, over, (y) => [y.at, y.at + y.text.length], line, cell.at, end, false);
}

/**
 * Whether a header leaves its label column blank, its first cell standing right of the row's label (`      FY2022
 * FY2023   vs. previous   Share of` over `Total   1,742.6   1,864.2   7.0`): its cells, as many as the row's, are
 * not the row's cells in turn (one more heads a column past the row's last), so a cell's year is the one over it.
 */
const blankLabelColumn = (head: ReadonlyArray<{ text: string; at: number }>, cells: ReadonlyArray<{ text: string; at: number }>) => head[0]!.at >= cells[0]!.at + cells[0]!.text.length;

/** The value ending a row's first wide cell one space after a word of its label, when the figure at `at` is it. */
function gluedValue(first: { text: string; at: number } | undefined, at: number, line: string): { text: string; at: number } | undefined {
  if (!first || at <= first.at + 1 || at >= first.at + first.text.length || line.charCodeAt(at - 1) !== 32 || !/\p{L}\S*$/u.test(line.slice(first.at, at - 1))) return undefined;
  const value = line.slice(at, first.at + first.text.length);
  return GLUED_VALUE.test(value) ? { text: value, at } : undefined;
}
/** A value in thousands groups (`72,097`, `(1,204)`): a label's own number has none (`Category 1.5`, `Tier 2`). */
const GLUED_VALUE = /^[-−(]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?$/;

/** `oneSpaceRow` of the line `text[lineStart, lineEnd)`. */
const oneSpaceRowAt = readOncePerSpan((text, lineStart, lineEnd) => oneSpaceRow(text.slice(lineStart, lineEnd)));

/** The cell of column `column` in the header row of the table block holding the line at `lineStart`. */
function headerCell(text: string, lineStart: number, column: number): string | undefined {
  if (column < 0) return undefined;
  const cells = headerAbove(tabHeaders, text, lineStart, tabLine);
  return cells ? cleanPhrase(cells[column] ?? '') || undefined : undefined;
}

/** A tab-separated line as a header (its cells, none a number but a period), a row, or neither. */
function tabLine(line: string): string[] | 'row' | undefined {
  if (!line.includes('\t')) return undefined;
  const cells = line.split('\t');
  return cells.every((c) => !/\d/.test(c) || periodsIn(c, 0, c.length).length > 0) ? cells : 'row';
}

// The headers found for the rows of the last text asked about, by line start: each row reuses the
// one of the row above instead of walking up the block again (a table of thousands of rows stays
// linear). One memo for each kind of table.
interface HeaderMemo<T = string[]> {
  text?: string;
  rows: Map<number, T | null>;
}
const tabHeaders: HeaderMemo = { rows: new Map() };
const oneSpaceHeaders: HeaderMemo = { rows: new Map() };
const measureHeaders: HeaderMemo<Array<{ text: string; at: number }>> = { rows: new Map() };
const blockPeriods: HeaderMemo = { rows: new Map() };
/** No table row is longer: a longer line above ends the block without being read. */
const MAX_LINE = 400;

/** The header of the block holding the line at `lineStart`, walking up over lines `kind` calls rows. */
function headerAbove<T>(memo: HeaderMemo<T>, text: string, lineStart: number, kind: (line: string, start: number) => T | 'row' | undefined): T | null {
  if (memo.text !== text) {
    memo.text = text;
    memo.rows = new Map();
  }
  const rows = memo.rows;
  const walked: number[] = [];
  let found: T | null = null;
  // a blank line ends the block (`kind` reads no row in it)
  for (let line = lineAbove(text, lineStart, MAX_LINE, 0), k = 0; line && k < MAX_BLOCK_LINES; line = lineAbove(text, line.start, MAX_LINE, 0), k++) {
    const remembered = rows.get(line.start);
    if (remembered !== undefined) {
      found = remembered;
      break;
    }
    const read = kind(text.slice(line.start, line.end), line.start);
    if (read === undefined) break;
    walked.push(line.start);
    if (read !== 'row') {
      found = read;
      break;
    }
  }
  for (const row of walked) rows.set(row, found);
  rows.set(lineStart, found);
  return found;
}
