// A table column headed by an intensity's unit, one row per operation or site: `Yield (g/t)` beside
// `Gold produced (kg)` and `Tonnes milled ('000 t)`, `Water intensity (kL/t)` beside `Water withdrawn (ML)`
// and `Output (t)`. Each row's cell is its row's cell of the unit's numerator measure over its cell of the
// denominator's, in the heading's units (5,897 kg over 1,286 thousand tonnes is 4.59 g/t). The pair of
// columns is the one whose quotient gives the most of the column's rows (two at least, no other pair as
// many), as `columnQuotients` reads a column of percentages; a row it misses is a mismatch.

import { unitScale, type UnitScale } from '../readers/dimension';
import { intervalOf, show, decimalsOf, asWritten } from '../readers/precision';
import { quotientCheck } from '../shares/percent-check';
import { bestColumnPair } from './rate-readers';
import { tableBlocks, type Row } from '../readers/table-blocks';
import type { Check, CheckDocument, DocFigure } from '../types';

const RULE = 'ratio.table-column-intensity';

/** A bracketed unit of a heading line and the column of the text it stands over (the middle of it). */
interface Bracket {
  unit: string;
  at: number;
}

/** A heading line of bracketed units alone, two at least (`('000 t)   (g/t)   (%)   (kg)   (g/t)`). */
const BRACKET = /\(([^()]*)\)/g;
const BRACKETS_ONLY = /^\s*(?:\([^()]*\)\s*){2,}$/;

/** How far above a block its unit line is looked for, through the rows of the blocks above it of one table, no blank line between. */
const HEADING_REACH = 12;

/** The bracketed units heading the block's columns: the nearest line of them above its first row, no blank line between. */
function unitBrackets(text: string, rows: readonly Row[]): Bracket[] | undefined {
  const first = rows[0]?.cells.find(Boolean);
  if (!first) return undefined;
  let end = text.lastIndexOf('\n', first.figure.start);
  for (let k = 0; k < HEADING_REACH && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.trim()) return undefined;
    if (BRACKETS_ONLY.test(line)) return [...line.matchAll(BRACKET)].map((m) => ({ unit: m[1]!.trim(), at: m.index! + m[0].length / 2 }));
    end = start - 1;
  }
  return undefined;
}

/** The bracket nearest over a cell, by the middle of each on its line. */
function bracketOver(text: string, cell: DocFigure, brackets: readonly Bracket[]): Bracket | undefined {
  const lineStart = text.lastIndexOf('\n', cell.figure.start) + 1;
  const middle = (cell.figure.start + cell.figure.end) / 2 - lineStart;
  let best: Bracket | undefined;
  for (const b of brackets) if (!best || Math.abs(b.at - middle) < Math.abs(best.at - middle)) best = b;
  return best;
}

/** An intensity's unit (`g/t`, `kWh/t`, `kL/t`): its two sides, each a unit of mass, energy or volume. */
function perUnit(unit: string): [UnitScale, UnitScale] | undefined {
  const sides = unit.split('/');
  if (sides.length !== 2) return undefined;
  const [n, d] = sides.map(unitScale);
  return n && d ? [n, d] : undefined;
}

export function tableColumnIntensities(doc: CheckDocument): Check[] {
  return tableBlocks(doc).flatMap((block) => blockIntensities(doc, block));
}

function blockIntensities(doc: CheckDocument, block: readonly Row[]): Check[] {
  const rows = block.filter((r) => !r.header && r.cells.some(Boolean));
  if (rows.length < 3) return [];
  const brackets = unitBrackets(doc.text, rows);
  if (!brackets) return [];
  const width = Math.max(...rows.map((r) => r.cells.length));
  // each column's unit: the bracket over all its cells
  const units = Array.from({ length: width }, (_, q) => columnUnit(doc.text, rows, q, brackets));
  const checks: Check[] = [];
  units.forEach((unit, q) => {
    const per = unit === undefined ? undefined : perUnit(unit);
    if (!per) return;
    // a cell's own unit, else its column's (`(kg)` over a bare cell)
    const scaleOf = (cell: DocFigure | undefined, col: number) => (cell ? unitScale(cell.figure.unit || (units[col] ?? '')) : undefined);
    const fits = (r: Row, a: number, b: number) => {
      const [n, d, result] = [r.cells[a], r.cells[b], r.cells[q]];
      const [ns, ds] = [scaleOf(n, a), scaleOf(d, b)];
      if (!n || !d || !result || result.figure.unit !== '' || !ns || !ds || ns.measure !== per[0].measure || ds.measure !== per[1].measure || !(n.figure.value > 0 && d.figure.value > 0)) return undefined;
      return intensityCheck(n, d, result, ns.scale / per[0].scale, ds.scale / per[1].scale);
    };
    const best = bestColumnPair(width, q, (a, b) => rows.filter((r) => fits(r, a, b)?.holds === true).length);
    if (!best) return;
    for (const r of rows) {
      const check = fits(r, best.a, best.b);
      if (check) checks.push(check);
    }
  });
  return checks;
}

/** The unit bracketed over every cell of a column, if one bracket is over them all. */
function columnUnit(text: string, rows: readonly Row[], q: number, brackets: readonly Bracket[]): string | undefined {
  const over = new Set(rows.flatMap((r) => (r.cells[q] ? [bracketOver(text, r.cells[q]!, brackets)] : [])));
  return over.size === 1 ? [...over][0]?.unit : undefined;
}

/** `nScale`, `dScale`: one of each input's unit in the intensity's units (a kg in the grams of `g/t`). */
function intensityCheck(numerator: DocFigure, denominator: DocFigure, result: DocFigure, nScale: number, dScale: number): Check {
  const scaled = (f: DocFigure['figure'], scale: number) => {
    const { lo, hi } = intervalOf(f);
    return { lo: lo * scale, hi: hi * scale };
  };
  const expected = (numerator.figure.value * nScale) / (denominator.figure.value * dScale);
  return quotientCheck({
    rule: RULE,
    said: 'rate',
    numerator,
    denominator,
    result,
    over: [scaled(numerator.figure, nScale), scaled(denominator.figure, dScale)],
    expected,
    formula: `${show(numerator.figure.value * nScale, decimalsOf(numerator.figure.text))} / ${show(denominator.figure.value * dScale, decimalsOf(denominator.figure.text))}`,
    stated: asWritten(result.figure),
  });
}
