// Rows that name their formula: a statutory table letters its rows (`Total electricity consumption (A)`,
// `Total fuel consumption (B)`) and names its subtotals by the letters they add (`Total energy consumed from
// renewable sources (A+B+C)`, `Total employees (D + E)`), as India's BRSR and many regulators' templates do.
// Such a label says which rows are its parts, whatever words (`Total …`) the part rows open with: a certain
// sum. A total over letters that subtotals above cover (`(A+B+C+D+E+F)` under `(A+B+C)` and `(D+E+F)`) adds
// those subtotals, as its reader would; otherwise the lettered rows themselves. A row naming a difference of
// lettered rows (`(d) Excess amount spent [(c)-(b)]`) makes the first the sum of the second and itself.

import { dimensionOf } from '../readers/dimension';
import type { SumCandidate } from './sum-check';
import { tableBlocks, type Row } from '../readers/table-blocks';
import type { CheckDocument, DocFigure } from '../types';

/** A row's letter or formula at the end of its label: `(A)`, `(D+E+F)`, `(D + E)`. */
const LETTERED = /\(\s*([A-Z](?:\s*\+\s*[A-Z])*)\s*\)\s*$/;
/** A row's letter opening its label: `(c) Amount spent in the financial year`. */
const LETTER_FIRST = /^\s*\(([a-zA-Z])\)\s/;
/** A difference the label names: `[(c)-(b)]`, `(C − B)`. */
const DIFFERENCE = /\(([a-zA-Z])\)\s*[-–−]\s*\(([a-zA-Z])\)|\(\s*([A-Z])\s*[-–−]\s*([A-Z])\s*\)/;
/** How many rows above a formula row its lettered parts are looked for in (a table's letters restart with the next table). */
const REACH = 24;

interface Lettered {
  row: Row;
  letters: string[];
  /** The letters of the difference it is (`[(c)-(b)]`: c, b). */
  difference?: [string, string];
}

/** The sums named by lettered formula rows, over all the document's tables (read once per document). */
export function letteredSums(doc: CheckDocument): SumCandidate[] {
  const rows: Lettered[] = [];
  for (const block of tableBlocks(doc))
    for (const row of block) {
      if (row.header) continue;
      const m = LETTERED.exec(row.label);
      const first = LETTER_FIRST.exec(row.label);
      const d = DIFFERENCE.exec(row.label);
      const difference = d ? ([(d[1] ?? d[3])!.toUpperCase(), (d[2] ?? d[4])!.toUpperCase()] as [string, string]) : undefined;
      if (m && !d) rows.push({ row, letters: m[1]!.split('+').map((l) => l.trim()) });
      else if (first) rows.push({ row, letters: [first[1]!.toUpperCase()], difference });
    }
  const out: SumCandidate[] = [];
  rows.forEach((total, i) => {
    const above = rows.slice(Math.max(0, i - REACH), i);
    // `(d) Excess amount spent [(c)-(b)]`: (c) is the sum of (b) and (d)
    if (total.difference) {
      const [whole, less] = total.difference.map((l) => above.findLast((r) => r.letters.length === 1 && r.letters[0] === l)?.row);
      if (whole && less) out.push(...columnSums(whole, [less, total.row]));
      return;
    }
    if (total.letters.length < 2) return;
    const parts = partRows(above, total.letters);
    if (parts) out.push(...columnSums(total.row, parts));
  });
  return out;
}

/** In each column, the total row's cell over its part rows' cells, when each stands there with the total's dimension. */
function columnSums(total: Row, parts: Row[]): SumCandidate[] {
  const out: SumCandidate[] = [];
  total.cells.forEach((cell, c) => {
    if (!cell || dimensionOf(cell.figure) === 'percent' || cell.figure.valueMax !== undefined) return;
    const cells = parts.map((p) => (p.texts.length === total.texts.length ? p.cells[c] : undefined));
    if (!cells.every((f): f is DocFigure => f !== undefined && f.figure.valueMax === undefined && dimensionOf(f.figure) === dimensionOf(cell.figure))) return;
    if (cells.filter((f) => f.figure.value !== 0).length < 2) return;
    out.push({ total: cell, parts: cells, certainty: 'certain', rule: 'sum.table-lettered' });
  });
  return out;
}

/**
 * The rows a formula adds, nearest first for each letter: the subtotals above that cover its letters between them
 * when there are such (two or more, each of several letters, none twice), else the row of each single letter.
 */
function partRows(above: Lettered[], letters: string[]): Row[] | undefined {
  const wanted = new Set(letters);
  const subtotals: Lettered[] = [];
  const covered = new Set<string>();
  for (let j = above.length - 1; j >= 0; j--) {
    const r = above[j]!;
    if (r.letters.length < 2 || r.letters.length >= letters.length || !r.letters.every((l) => wanted.has(l) && !covered.has(l))) continue;
    subtotals.unshift(r);
    r.letters.forEach((l) => covered.add(l));
  }
  if (covered.size === wanted.size && subtotals.length >= 2) return subtotals.map((s) => s.row);
  const single = letters.map((l) => above.findLast((r) => r.letters.length === 1 && r.letters[0] === l)?.row);
  return single.every((r): r is Row => r !== undefined) ? single : undefined;
}
