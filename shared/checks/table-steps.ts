// How finely a table's cells are given. A table states its rows as kept in the books, so a cell ending
// in zeros (`3,000` among `58,600`, `8,700` in GBP thousand) is as fine as its column's other cells of
// that unit: read as rounded, `3,000` would allow 2,500–3,500 and let a total mistyped by 600 hold.
// A figure of running text keeps its own loose reading (`nearly 120,000`, `more than 7,700`), unless
// a table cell so read states its very value again: `员工总数6,000人` over a `合计  6,000` of a column in
// units is that count, not one rounded to the thousand (3,486 of it is 58.1%, never 60.9%).

import { samePeriod } from '../metrics/index';
import { comparable } from './dimension';
import { decimalsOf, setCellStep, stepOf } from './precision';
import { isTableCell, tableColumns } from './table-columns';
import type { CheckDocument, DocFigure } from './types';

/** Reads each table cell of the document no looser than the finest cell of its column in its unit. */
export function readTableSteps(doc: CheckDocument): void {
  // the cells read to their column's step, by value
  const byValue = new Map<number, DocFigure[]>();
  for (const column of tableColumns(doc)) {
    const byUnit = new Map<string, DocFigure[]>();
    for (const { at } of column) {
      if (!isPlainCell(at)) continue;
      const same = byUnit.get(at.figure.unit);
      if (same) same.push(at);
      else byUnit.set(at.figure.unit, [at]);
    }
    for (const cells of byUnit.values()) {
      if (cells.length < 2) continue;
      const finest = Math.min(...cells.map((c) => stepOf(c.figure)));
      cells.forEach((c) => setCellStep(c.figure, finest));
      for (const c of cells) {
        const same = byValue.get(c.figure.value);
        if (same) same.push(c);
        else byValue.set(c.figure.value, [c]);
      }
    }
  }
  if (byValue.size > 0) readRestatedSteps(doc, byValue);
}

/** Each plain figure of running text that a cell states again (its value, unit and period) is read no looser than that cell. */
function readRestatedSteps(doc: CheckDocument, byValue: ReadonlyMap<number, DocFigure[]>): void {
  doc.figures.forEach((figure, index) => {
    const cells = byValue.get(figure.value);
    if (!cells || isTableCell(doc, index) || !isPlainCell({ doc, figure, index })) return;
    const own = stepOf(figure);
    const steps = cells.filter((c) => comparable(c.figure, figure) && samePeriod(c.figure.period, figure.period)).map((c) => stepOf(c.figure));
    const finest = Math.min(own, ...steps);
    if (finest < own) setCellStep(figure, finest);
  });
}

/** A cell stating one value as it is: no range, no qualifier, no decimals (a decimal cell is no whole number's step). */
const isPlainCell = ({ figure }: DocFigure): boolean =>
  figure.valueMax === undefined && (figure.qualifier === undefined || figure.qualifier === 'exact') && figure.unit !== '%' && decimalsOf(figure.text) === 0;
