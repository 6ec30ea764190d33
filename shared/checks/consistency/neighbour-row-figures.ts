// A running-text figure said of one table row that is the figure of another row of that table, in the same year's
// column (`Natural gas use fell 4.5% to 4,900 GJ` where the table's gas row says 3,200 and its diesel row 4,900; `our
// Cornwall converting plant employed 146 people` where Cornwall's row says 388 and Brampton's 146): a figure copied from
// the neighbouring row. The row the sentence names and the value it copies are both in the table, so the text and the
// named row's cell disagree though no rounding or scale could part them. The metric rules never meet the two: their
// values are too far apart to be one figure said twice.

import { yearOfPeriod } from '../../metrics/index';
import { dimensionOf } from '../readers/dimension';
import { isTableFigure } from '../readers/figure-facts';
import { figureId, type FigureId } from '../readers/figure-places';
import { inForwardClause, saidAsPrior } from '../readers/markers';
import { decimalsOf, intervalOf, overlaps } from '../readers/precision';
import { namesRow } from '../readers/row-naming';
import { tableBlocks, type Row } from '../readers/table-blocks';
import { columnYears } from '../readers/table-header-years';
import type { Check, CheckDocument, DocFigure } from '../types';
import { metricTokens, passageTokens } from './metric-tokens';
import { pairCheck } from './pair-check';

const RULE = 'consistency.neighbour-row';

export function neighbourRowFigures(docs: readonly CheckDocument[], flagged: ReadonlySet<FigureId>): Check[] {
  const checks: Check[] = [];
  for (const doc of docs) {
    const cells = cellsByValue(tableBlocks(doc));
    if (cells.size === 0) continue;
    doc.figures.forEach((figure, index) => {
      const said: DocFigure = { doc, figure, index };
      if (figure.qualifier !== 'exact' || figure.valueMax !== undefined || !(figure.value > 0) || figure.unit === '%') return;
      // (the cells of another row it may be copied from, first: most text figures are no table cell's value)
      const copies = cells.get(figure.value);
      if (!copies || isTableFigure(said) || flagged.has(figureId(doc.name, figure.start)) || saidAsPrior(doc.text, figure) || inForwardClause(doc.text, figure)) return;
      const words = new Set(passageTokens(clauseBefore(doc, index)));
      // (what the words after it name, `38 hospitals and 4,862 beds`, `286 MWh of natural gas and 38 MWh of fuel`, is what it counts)
      const around = new Set([...words, ...passageTokens(clauseAfter(doc, index))]);
      const found = copies.flatMap((copy) => namedCell(copy, words, around, said));
      if (found.length === 1 && !flagged.has(figureId(doc.name, found[0]!.cell.figure.start))) checks.push({ ...pairCheck(said, found[0]!.cell, 'same.differ', found[0]!.label), rule: RULE });
    });
  }
  return checks;
}

/** A table cell in a block whose header gives its column a year, with its row, block and the column's year. */
interface Placed {
  cell: DocFigure;
  row: Row;
  block: readonly Row[];
  column: number;
  year: number;
}

/** The document's table cells under a column of a year, by value (a block's header naming no years is passed over). */
function cellsByValue(blocks: readonly (readonly Row[])[]): Map<number, Placed[]> {
  const byValue = new Map<number, Placed[]>();
  for (const block of blocks)
    for (const row of block) {
      if (row.header) continue;
      const years = columnYears(block, row.texts.length);
      row.cells.forEach((cell, column) => {
        const year = years?.[column];
        if (cell && year !== undefined) (byValue.get(cell.figure.value) ?? byValue.set(cell.figure.value, []).get(cell.figure.value)!).push({ cell, row, block, column, year });
      });
    }
  return byValue;
}

/**
 * Where `copy` holds the figure's value, the cell beside it of the one other row of its block the words name (the row the
 * most words name), when that is the figure's year's column (the latest where it names none) and disagrees with the figure.
 */
function namedCell(copy: Placed, words: ReadonlySet<string>, around: ReadonlySet<string>, said: DocFigure): Array<{ cell: DocFigure; label: string }> {
  const { block, column } = copy;
  const year = yearOfPeriod(said.figure.period);
  if (year !== undefined ? copy.year !== year : copy.year !== latestYear(block, copy.row)) return [];
  // (a row the words around the figure say a word of is one the sentence may mean: `其中女性员工10,538人` names `其中：女性` as
  // well as `员工总数`)
  if (!alike(copy.cell, said) || labelTokens(copy.row).some((t) => around.has(t))) return [];
  // (the row the most words name: `our Cornwall converting plant employed` names `Total employees` too)
  const named = block.filter((row) => row !== copy.row && !row.header && labelTokens(row).some((t) => words.has(t)) && namesRow(words, row.label));
  const most = Math.max(...named.map((row) => labelTokens(row).length));
  const closest = named.filter((row) => labelTokens(row).length === most);
  const cell = closest.length === 1 ? closest[0]!.cells[column] : undefined;
  // (its cell written as the copy is, a row of the same kind: no rate of `TRIF  0.37` under a count of `Recordable injuries  46`)
  if (!cell || !alike(cell, said) || decimalsOf(cell.figure.text) !== decimalsOf(copy.cell.figure.text) || overlaps(intervalOf(cell.figure), intervalOf(said.figure))) return [];
  return [{ cell, label: closest[0]!.label.trim() }];
}

/** The latest year heading a column of the block, as its row of `row`'s width reads them. */
const latestYear = (block: readonly Row[], row: Row) => Math.max(...(columnYears(block, row.texts.length) ?? []).filter((y): y is number => y !== undefined));

/** The words of a row's label, its brackets aside (read once a row). */
function labelTokens(row: Row): string[] {
  let tokens = labelsRead.get(row);
  if (!tokens) labelsRead.set(row, (tokens = metricTokens(row.label.replace(/[(（][^)）]*[)）]/g, ' '))));
  return tokens;
}
const labelsRead = new WeakMap<Row, string[]>();

/** A cell in the figure's kind of quantity: its unit's dimension, or a bare count of what the figure counts. */
const alike = (cell: DocFigure, said: DocFigure) =>
  dimensionOf(cell.figure) === dimensionOf(said.figure) || (cell.figure.unit === '' && dimensionOf(said.figure) === 'count');

/**
 * The words of the figure's clause before it: from the clause mark before it (`;`, `,`, `:`), its sentence's start, or the
 * amount before it in a list (`甲醇286.4万吨、烯烃142.6万吨`), whichever is nearest; a rate before it is of the same thing
 * (`Natural gas use fell 4.5% to 4,900 GJ`).
 */
function clauseBefore(doc: CheckDocument, index: number): string {
  const figure = doc.figures[index]!;
  let after = figure.sentence.start;
  for (let k = index - 1; k >= 0 && doc.figures[k]!.start >= figure.sentence.start; k--)
    if (doc.figures[k]!.unit !== '%') {
      after = Math.max(after, doc.figures[k]!.end);
      break;
    }
  let from = figure.start;
  while (from > after && !CLAUSE_MARK.test(doc.text[from - 1]!) && !headingEndsAt(doc.text, from - 1)) from--;
  return doc.text.slice(from, figure.start);
}

/** The words after the figure in its clause: its unit and what follows, up to the next clause mark or figure. */
function clauseAfter(doc: CheckDocument, index: number): string {
  const figure = doc.figures[index]!;
  const next = doc.figures[index + 1];
  const until = Math.min(figure.sentence.end, next && next.start >= figure.end ? next.start : Infinity);
  let to = figure.end;
  while (to < until && !CLAUSE_MARK.test(doc.text[to]!)) to++;
  return doc.text.slice(figure.start, to).replace(/^[\d.,\s]+/, '');
}

/** What parts one clause from the next: a semicolon, a comma, a colon. */
const CLAUSE_MARK = /[;；,，:：]/;

/** The longest line read as a heading over the paragraph under it (`Services` over `Revenue rose 7.2% to …`), no line a page wrapped. */
const HEADING_LINE = 40;

/** Whether the line ending at the line break `at` is a heading: short, its words no clause of the sentence after it. */
function headingEndsAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x0a && at - (text.lastIndexOf('\n', at - 1) + 1) < HEADING_LINE;
}
