// A KPI table breaks a row down a second time under a line of words naming it (`Scope 1+2 emissions by region`
// over `  Japan`, `  Americas`, … under the row `Scope 1+2 emissions  1,389.8  1,322.0`): the words-only line
// ends one block of rows and opens the next, so the row it names stands in the block above. The rows set in
// under that line are the named row's breakdown by what the line says (region, segment, site), and add up to
// it in each column. A breakdown may leave a small rest out unnamed, so a miss is a mismatch only when one
// slip of a digit explains it.

import { dimensionOf } from '../readers/dimension';
import { BREAKDOWN_GROUP, summable, type SumCandidate } from './sum-check';
import { rowIndent, tableBlocks, type Row } from '../readers/table-blocks';
import type { CheckDocument, DocFigure } from '../types';
import { lineStartOf } from '../../text/lines';

/** `Scope 1+2 emissions by region`, `Revenue by business segment`: the row named, then what it is broken down by. */
const BY_LINE = /^(\s*)(\S.*?)\s*,?\s+by\s+[a-z][a-z -]{1,30}[a-z]\s*:?\s*$/i;
/** A footnote mark or a bracketed note after a label (`Scope 1+2 emissions*1`, `Revenue (¥bn)`). */
const LABEL_NOTE = /(?:\s*(?:\*\d*|[¹²³⁴-⁹⁰]+|[(（][^()（）]*[)）]))+\s*$/u;

const bareLabel = (label: string) => label.replace(LABEL_NOTE, '').trim().toLowerCase();

/** Sums of the rows under a `… by …` line in block `b` to the row of the block above it names, column by column. */
export function headedBreakdownSums(doc: CheckDocument, b: number): SumCandidate[] {
  const blocks = tableBlocks(doc);
  const [upper, lower] = [blocks[b - 1], blocks[b]!];
  const first = lower.find((r) => r.cells.some(Boolean));
  if (!upper || !first || first !== lower[0]) return [];
  const heading = lineAbove(doc.text, first);
  const by = heading === undefined ? null : BY_LINE.exec(heading);
  if (!by) return [];
  const named = bareLabel(by[2]!);
  const totals = upper.filter((r) => !r.header && r.cells.some(Boolean) && bareLabel(r.label) === named);
  if (totals.length !== 1) return [];
  const parts = setInRows(doc.text, lower, by[1]!.length);
  if (parts.length < 2 || parts.some((p) => p.texts.length !== totals[0]!.texts.length)) return [];
  return columnSums(totals[0]!, parts);
}

/** In each column, the total's cell over the parts' cells, when each is an amount of the total's kind below it. */
function columnSums(total: Row, parts: Row[]): SumCandidate[] {
  const out: SumCandidate[] = [];
  total.cells.forEach((whole, c) => {
    if (!whole || !summable(whole)) return;
    const cells = parts.map((p) => p.cells[c]);
    if (!cells.every((f): f is DocFigure => f !== undefined && summable(f) && dimensionOf(f.figure) === dimensionOf(whole.figure) && f.figure.value < whole.figure.value)) return;
    out.push({ total: whole, parts: cells, certainty: 'one-slip', rule: BREAKDOWN_GROUP });
  });
  return out;
}

/** The leading rows of the block set in further than the heading line (`  Japan` under `Scope 1+2 emissions by region`). */
function setInRows(text: string, block: Row[], headingIndent: number): Row[] {
  const out: Row[] = [];
  for (const row of block) {
    if (row.header || !row.cells.some(Boolean) || rowIndent(text, row) <= headingIndent) break;
    out.push(row);
  }
  return out;
}

/** The line of text right above a row's line. */
function lineAbove(text: string, row: Row): string | undefined {
  const start = lineStartOf(text, row.cells.find(Boolean)!.figure.start);
  if (start === 0) return undefined;
  return text.slice(lineStartOf(text, start - 1), start - 1);
}

