// A table's breakdowns against a total its running text states: a staff table by gender, age band
// and education (`女性 Female 2563`, `男性 Male 4346`, `< 36 5998` …) under a paragraph saying `在岗
// 员工总数为6,909人`, with no total row of its own. A run of sibling cells of one column adds up to a
// nearby text figure of the same kind (a count with a count, one currency with itself), whose metric
// shares a word with the table's caption or labels, for the same period where both state one; that
// breakdown holds. False alarms matter more than misses here, so a run that misses the total is a
// mismatch only when the column is known to break that total down — another run of it adds up to
// the total exactly — and it lies between such runs or at the column's end beside one, missing the
// total by a little (a slip in one cell), never by much (another breakdown, or a partial one).

import { FORWARD, TOTAL, saidAsPrior } from '../readers/markers';
import { dimensionOf } from '../readers/dimension';
import { metricTokens } from '../consistency/metric-tokens';
import { samePeriod } from '../../metrics/index';
import { intervalOf, overlaps, sumOf } from '../readers/precision';
import { sumCheck } from './sum-check';
import { captionLines } from '../readers/table-blocks';
import { isTableCell, tableColumns, type Column, type LabelledCell } from '../readers/table-columns';
import { firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from '../types';

const RULE = 'sum.table-cells-text-total';
/** How far before a table's first cell, and after its last, its text total is looked for. */
const REACH_BEFORE = 1500;
const REACH_AFTER = 600;
/** Text figures tried as a column's total, nearest first. */
const MAX_TOTALS = 8;
/** A breakdown has few categories. */
const MAX_PARTS = 12;
/** A total stated this precisely or better: a round `6,900` is met by too many runs to say anything. */
const MAX_SPREAD = 0.005;
/** A table's caption: a few short lines above it. */
const CAPTION_LINES = 3;
const CAPTION_LINE = 60;
const SENTENCE_END = /[。.!?！？;；]$/;
/** A header row of cells set apart by wide gaps or pipes (`Customer class      2023      2022      Change (%)`): read whatever its length, and the caption above it too. */
const HEADER_ROW = /\S(?: {3,}|\t| ?\| ?)\S/;
/** A run between breakdowns that miss the total by more than this is not taken for one. */
export const NEAR = 0.03;

/** A column whose runs break down a text total: the total, its exact runs, and every cell of the column. */
export interface TextTotalBreakdown {
  total: DocFigure;
  column: Column;
  /** `[from, to)` indices into `column` of the runs that add up to the total. */
  runs: Array<[number, number]>;
  /** The total is the table's own total row said again in the text (no more than it): its sum is the table's to check. */
  restated: boolean;
}

const found = new WeakMap<CheckDocument, TextTotalBreakdown[]>();

/** The columns of the document's tables that break down a total its text states (read once per document). */
export function textTotalBreakdowns(doc: CheckDocument): TextTotalBreakdown[] {
  let out = found.get(doc);
  if (!out) found.set(doc, (out = findBreakdowns(doc)));
  return out;
}

export function tableTextTotals(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  for (const { total, column, runs, restated } of textTotalBreakdowns(doc)) {
    if (restated) continue;
    const parts = (from: number, to: number) => column.slice(from, to).map((c) => c.at);
    for (const [from, to] of runs) {
      const check = sumCheck(total, parts(from, to), RULE, 'holds-only');
      if (check) checks.push(check);
    }
    for (const [from, to] of gapsBeside(column.length, runs)) {
      const gap = column.slice(from, to);
      const sum = gap.reduce((s, c) => s + c.at.figure.value, 0);
      if (gap.length < 2 || gap.some((c) => TOTAL.test(c.label)) || Math.abs(sum - total.figure.value) > NEAR * total.figure.value) continue;
      const check = sumCheck(total, parts(from, to), RULE, 'certain');
      if (check) checks.push(check);
    }
  }
  return checks;
}

/** A figure a total may be summed of: a positive amount of one value, no percentage, points or multiple. */
export const summable = (f: DocFigure) => {
  const d = dimensionOf(f.figure);
  return d !== 'percent' && d !== 'pp' && d !== 'times' && f.figure.valueMax === undefined && f.figure.value > 0;
};

function findBreakdowns(doc: CheckDocument): TextTotalBreakdown[] {
  const columns = tableColumns(doc)
    .map((column) => leadingRun(column.filter((c) => summable(c.at))))
    .filter((column) => column.length >= 2);
  const out: TextTotalBreakdown[] = [];
  for (const column of columns) {
    for (const total of textTotalsNear(doc, column)) {
      if (restatesOtherRow(doc, column, total)) continue;
      const runs = exactRuns(column, total);
      if (runs.length === 0) continue;
      out.push({ total, column, runs, restated: column.some((c) => isTotalRow(c) && c.at.figure.value >= total.figure.value) });
      break;
    }
  }
  return out;
}

/**
 * A column's cells of one kind: all of them, or those down to a total row that closes them when rows of another kind
 * follow it (`排放强度（吨二氧化碳当量/吨LCE）` under the 合计 of 范围一 and 范围二); a column of mixed kinds with no such
 * total is a table of unlike measures, no breakdown (none, then).
 */
function leadingRun(column: Column): Column {
  if (column.length === 0) return column;
  const dimension = dimensionOf(column[0]!.at.figure);
  const end = column.findIndex((c) => dimensionOf(c.at.figure) !== dimension);
  if (end < 0) return column;
  const closing = column.slice(0, end).findLastIndex(isTotalRow);
  return closing > 0 ? column.slice(0, closing + 1) : [];
}

/** Text figures near the column that may be its total, nearest first. */
function textTotalsNear(doc: CheckDocument, column: Column): DocFigure[] {
  const first = column[0]!.at.figure;
  const last = column.at(-1)!.at.figure;
  // a text figure may restate the column's total row (`Revenue grew 9.2% to £1,284.7 million` over a `Total` row)
  const largest = Math.max(...column.filter((c) => !isTotalRow(c)).map((c) => c.at.figure.value));
  const dimension = dimensionOf(first);
  // the caption's words are read once a figure is near enough and of the column's kind (mostly none is)
  let caption: Set<string> | undefined;
  const out: Array<{ at: DocFigure; distance: number }> = [];
  for (let i = firstAtOrAfter(doc, first.start - REACH_BEFORE); i < doc.figures.length; i++) {
    const figure = doc.figures[i]!;
    if (figure.start > last.end + REACH_AFTER) break;
    if (isTableCell(doc, i) || figure.value <= largest || dimensionOf(figure) !== dimension || figure.valueMax !== undefined) continue;
    const { lo, hi } = intervalOf(figure);
    if (hi - lo > MAX_SPREAD * figure.value) continue;
    const sentence = doc.text.slice(figure.sentence.start, figure.sentence.end);
    if (FORWARD.test(sentence) || saidAsPrior(doc.text, figure)) continue;
    if (!column.every((c) => samePeriod(c.at.figure.period, figure.period))) continue;
    const named = [...metricTokens(figure.metric), ...metricTokens(figure.unit)];
    caption ??= captionTokens(doc.text, column);
    if (!named.some((t) => caption!.has(t))) continue;
    out.push({ at: { doc, figure, index: i }, distance: figure.start < first.start ? first.start - figure.end : figure.start - last.end });
  }
  return out
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_TOTALS)
    .map((t) => t.at);
}

/**
 * Whether the text figure is a row of the column's table said again (`外购电力9,860吨标准煤` of the row `外购电力  9,860  …  9,420`):
 * a cell of its value in another column, on a row of the column's labels that the figure's metric names. It states that
 * row, no total of the column's other rows, whatever they add up to (天然气, 生物质 and 柴油 of 2023 making 9,860 by chance).
 */
function restatesOtherRow(doc: CheckDocument, column: Column, total: DocFigure): boolean {
  const named = new Set(metricTokens(total.figure.metric));
  if (named.size === 0) return false;
  const labels = new Set(column.filter((c) => !isTotalRow(c)).map((c) => c.label));
  return tableColumns(doc).some((other) => other.some((c) => c.at.figure.value === total.figure.value && labels.has(c.label) && !isTotalRow(c) && metricTokens(c.label).some((t) => named.has(t))));
}

/** The words that say what a column counts: its row labels and its caption (up to three short lines just above it and its header row, none ending a sentence). */
export function captionTokens(text: string, column: Column): Set<string> {
  const lines: string[] = [];
  for (const { line } of captionLines(text, { end: column[0]!.at.figure.start })) {
    if (lines.length >= CAPTION_LINES || ((line.length > CAPTION_LINE || SENTENCE_END.test(line)) && !(lines.length === 0 && HEADER_ROW.test(line)))) break;
    lines.push(line);
  }
  return new Set([...lines, ...column.map((c) => c.label)].flatMap((words) => metricTokens(words)));
}

/**
 * The runs of two cells or more that add up to the total within their precision, left to right,
 * none overlapping: from each cell, cells are added while their sum can still reach the total.
 */
export function exactRuns(column: Column, total: DocFigure): Array<[number, number]> {
  const want = intervalOf(total.figure);
  const runs: Array<[number, number]> = [];
  for (let from = 0; from < column.length - 1; from++) {
    if (isTotalRow(column[from]!)) continue;
    const parts: DocFigure[] = [];
    for (let to = from; to < column.length && to - from < MAX_PARTS && !isTotalRow(column[to]!); to++) {
      parts.push(column[to]!.at);
      const sum = sumOf(parts.map((p) => intervalOf(p.figure)));
      if (sum.lo > want.hi) break;
      if (parts.length >= 2 && overlaps(sum, want) && sum.hi - sum.lo <= 2 * MAX_SPREAD * total.figure.value) {
        runs.push([from, to + 1]);
        from = to;
        break;
      }
    }
  }
  return runs;
}

const isTotalRow = (c: LabelledCell) => TOTAL.test(c.label);

/** The stretches of the column between its exact runs and at its ends, each beside at least one run. */
export function gapsBeside(length: number, runs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  let at = 0;
  for (const [from, to] of runs) {
    if (from > at) gaps.push([at, from]);
    at = to;
  }
  if (at < length) gaps.push([at, length]);
  return gaps;
}
