// Facts about a document's figures that several rules ask of every figure, read once per document
// and figure: kept by figure index in an array per document, so each rule after the first looks
// them up instead of reading the text again.

import { inTable } from './agreement';
import type { CheckDocument, DocFigure } from './types';

/** Per document, each figure's `inTable`: 1 in a table, -1 not, 0 not read yet. */
const tableCells = new WeakMap<CheckDocument, Int8Array>();

/** `inTable` of a document's figure, read once. */
export function isTableFigure(at: DocFigure): boolean {
  const { doc, figure, index } = at;
  // a figure that is not the document's own at its index (a copy, a scaled figure) is read afresh
  if (doc.figures[index] !== figure) return inTable(doc.text, figure);
  let flags = tableCells.get(doc);
  if (!flags) tableCells.set(doc, (flags = new Int8Array(doc.figures.length)));
  let flag = flags[index]!;
  if (flag === 0) flags[index] = flag = inTable(doc.text, figure) ? 1 : -1;
  return flag === 1;
}
