// The tables of a document as rows of cells, for the checks that add up or divide along them: a
// block is a run of tab-separated lines (as the PDF, Word and text readers give tables), each cell
// holding at most one figure. Read once per document in one pass over its lines and figures.

import { periodsIn } from '../metrics/period';
import type { CheckDocument, DocFigure } from './types';

/** Blocks longer than this are read as several (a bound on the rows walked per figure). */
const MAX_ROWS = 80;
export const SUBROW = /^\s*(?:[-–—•·]|其中|包括|含|of which|including|incl\.|thereof)/i;

export interface Row {
  label: string;
  /** Each cell's text, and the figure it holds when it holds one. */
  texts: string[];
  cells: Array<DocFigure | undefined>;
  /** Whether it is a header: no numbers in it but periods. */
  header: boolean;
}

const read = new WeakMap<CheckDocument, Row[][]>();

/** The document's table blocks (read once per document). */
export function tableBlocks(doc: CheckDocument): Row[][] {
  let blocks = read.get(doc);
  if (!blocks) read.set(doc, (blocks = readBlocks(doc)));
  return blocks;
}

function readBlocks(doc: CheckDocument): Row[][] {
  const blocks: Row[][] = [];
  let block: Row[] = [];
  let k = 0;
  const { text, figures } = doc;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    while (k < figures.length && figures[k]!.start < lineStart) k++;
    if (line.includes('\t') && block.length < MAX_ROWS) {
      const cells: Array<DocFigure | undefined> = [];
      const parts = line.split('\t');
      let at = lineStart;
      parts.forEach((cell, column) => {
        const end = at + cell.length;
        while (k < figures.length && figures[k]!.start < at) k++;
        // a cell holding one figure, and nothing else with digits, is that figure's cell
        if (k < figures.length && figures[k]!.start < end && (k + 1 >= figures.length || figures[k + 1]!.start >= end)) cells[column] = { doc, figure: figures[k]!, index: k };
        at = end + 1;
      });
      // a header holds no figure: words, years (`2023 年`), or names with a number (`Scope 1`)
      const header = !cells.some(Boolean) && parts.some((c) => /\p{L}/u.test(c) || periodsIn(c, 0, c.length).length > 0);
      block.push({ label: parts.find((c) => /\p{L}{2,}/u.test(c)) ?? '', texts: parts, cells, header });
    } else {
      if (block.length > 0) blocks.push(block);
      block = [];
    }
    lineStart = lineEnd + 1;
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

