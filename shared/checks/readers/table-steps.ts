// How finely a table's cells are given. A table states its rows as kept in the books, so a cell ending
// in zeros (`3,000` among `58,600`, `8,700` in GBP thousand) is as fine as its column's other cells of
// that unit: read as rounded, `3,000` would allow 2,500–3,500 and let a total mistyped by 600 hold.
// A figure of running text keeps its own loose reading (`nearly 120,000`, `more than 7,700`) unless a
// table states its very value: `revenue reached £100 million` beside a Total of `100,000` (GBP thousand)
// is that total, not anything from 50 to 150 million.

import { decimalsOf, setStep, stepOf } from './precision';
import { tableBlocks } from './table-blocks';
import { isTableCell, tableColumns } from './table-columns';
import type { CheckDocument, DocFigure } from '../types';

/**
 * Reads each table cell of the document no looser than the finest cell of its column in its unit, and than the finest
 * of its row in its unit: a row gives one metric over its years (`员工总数  人  8,200  8,240`), kept alike in the books,
 * so its round `8,200` is counted to the ten its `8,240` is. Then each text figure a cell restates no looser than that cell.
 */
export function readTableSteps(doc: CheckDocument): void {
  for (const column of tableColumns(doc)) finestByUnit(column.map(({ at }) => at));
  for (const block of tableBlocks(doc)) for (const row of block) finestByUnit(row.cells.filter((c): c is DocFigure => c !== undefined));
  const cellSteps = new Map<string, number>();
  for (const column of tableColumns(doc))
    for (const { at } of column) {
      if (!isPlain(at)) continue;
      const key = valueKey(at.figure);
      cellSteps.set(key, Math.min(cellSteps.get(key) ?? Infinity, stepOf(at.figure)));
    }
  doc.figures.forEach((figure, index) => {
    if (isTableCell(doc, index) || !isPlain({ doc, figure, index })) return;
    const step = Math.min(cellSteps.get(valueKey(figure)) ?? Infinity, COUNTED.test(figure.unit) ? (cellSteps.get(valueKey({ unit: '', value: figure.value })) ?? Infinity) : Infinity);
    if (step < Infinity) setStep(figure, step);
  });
}

/** Sets each plain cell of a line of cells (a column or a row) to the finest step of its unit among them. */
function finestByUnit(line: readonly DocFigure[]): void {
  const byUnit = new Map<string, DocFigure[]>();
  for (const at of line) {
    if (!isPlain(at)) continue;
    const same = byUnit.get(at.figure.unit);
    if (same) same.push(at);
    else byUnit.set(at.figure.unit, [at]);
  }
  for (const cells of byUnit.values()) {
    if (cells.length < 2) continue;
    const finest = Math.min(...cells.map((c) => stepOf(c.figure)));
    cells.forEach((c) => setStep(c.figure, finest));
  }
}

const valueKey = (figure: { unit: string; value: number }) => `${figure.unit} ${figure.value}`;

/** A text count's noun (`3,000 thousand visits`), which a table's bare cell leaves to its row label; not a duration. */
const COUNTED = /^(?!(?:hours?|days?|weeks?|months?|years?)$)(?:[a-z][a-z-]{2,}(?:\s[a-z-]+)*|\p{Script=Han}+)$/u;

/** A figure stating one value as it is: no range, no qualifier, no decimals (a decimal figure is no whole number's step). */
const isPlain = ({ figure }: DocFigure): boolean =>
  figure.valueMax === undefined && (figure.qualifier === undefined || figure.qualifier === 'exact') && figure.unit !== '%' && decimalsOf(figure.text) === 0;
