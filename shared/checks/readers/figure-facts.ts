// Facts about a document's figures that several rules ask of every figure, read once per document
// and figure: kept by figure index in an array per document, so each rule after the first looks
// them up instead of reading the text again.

import { inTable } from '../consistency/agreement';
import type { CheckDocument, DocFigure } from '../types';

/**
 * A yes-or-no fact of a figure, read once per document and figure: `read` is asked the first time
 * a document's own figure is asked about, and its answer kept by figure index (1 yes, -1 no, 0 not read).
 */
export function figureFact(read: (text: string, figure: DocFigure['figure']) => boolean): (at: DocFigure) => boolean {
  const answers = new WeakMap<CheckDocument, Int8Array>();
  return ({ doc, figure, index }) => {
    // a figure that is not the document's own at its index (a copy, a scaled figure) is read afresh
    if (doc.figures[index] !== figure) return read(doc.text, figure);
    let flags = answers.get(doc);
    if (!flags) answers.set(doc, (flags = new Int8Array(doc.figures.length)));
    let flag = flags[index]!;
    if (flag === 0) flags[index] = flag = read(doc.text, figure) ? 1 : -1;
    return flag === 1;
  };
}

/** `inTable` of a document's figure, read once. */
export const isTableFigure = figureFact(inTable);
