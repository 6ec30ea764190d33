// How finely a figure of running text said twice is given. `We distilled 10,000 thousand litres` read as rounded would
// allow 5 to 15 million litres; the letter's `10.0 million litres` says that very value to the hundred thousand, so the
// section's figure is read to that step too (as a text figure a table cell states is read to the cell's, `table-steps.ts`).

import { decimalsOf, setStep, stepOf } from './precision';
import { isTableCell } from './table-columns';
import type { CheckDocument } from '../types';
import type { ExtractedFigure } from '../../domain/figure';

const keyOf = (figure: ExtractedFigure) => `${figure.unit} ${figure.value}`;

/** A figure that states one value exactly: no range, no qualifier. */
const statesExactly = (figure: ExtractedFigure): boolean => figure.valueMax === undefined && (figure.qualifier === undefined || figure.qualifier === 'exact') && figure.unit !== '%';

/** Reads each whole figure of running text no looser than the finest other figure of running text stating its value in its unit. */
export function readTextRestatedSteps(doc: CheckDocument): void {
  const finest = new Map<string, number>();
  const text = doc.figures.filter((figure, index) => !isTableCell(doc, index) && statesExactly(figure) && figure.value > 0);
  // (each figure's key built once, for both passes)
  const keys = text.map(keyOf);
  for (let i = 0; i < text.length; i++) finest.set(keys[i]!, Math.min(finest.get(keys[i]!) ?? Infinity, stepOf(text[i]!)));
  for (let i = 0; i < text.length; i++) {
    const figure = text[i]!;
    const step = finest.get(keys[i]!)!;
    if (decimalsOf(figure.text) === 0 && step < stepOf(figure)) setStep(figure, step);
  }
}
