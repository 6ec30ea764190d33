// An intensity column whose denominator stands in another table, row by row: a property trust's `Intensity
// (kWh/m²)` beside `Energy (kWh)`, each property's floor area in the portfolio table (`GFA (m²)`); a cement group's
// `Specific energy (GJ/t)` beside `Thermal energy (GJ)`, each plant's output in the plants table. The column's
// header says what it is per (`/m²`, `/t`); its numerator is the one column of its own table in the measure before
// the slash; each row's denominator is the one cell in the measure after it, outside the table, on a table line
// whose label is the row's own. A row that sums the others (`Portfolio`, `All plants`) is over the figure that sums
// their denominators (the portfolio's total floor area). A row is a mismatch only when two others hold (or a slip of
// one digit explains its miss), as a row of quotients within one table is.

import { measureOf } from '../readers/dimension';
import { intervalOf, overlaps, sumOf } from '../readers/precision';
import { tableBlocks, type Row } from '../readers/table-blocks';
import { figuresIn, normalised, PER_UNIT, rowQuotients } from './table-row-quotients';
import type { Check, CheckDocument, DocFigure } from '../types';

const RULE = 'ratio.intensity-column-over-other-table';
/** A header cell's unit in brackets at its end: `Intensity (kWh/m²)`, `能耗强度（千瓦时/平方米）`. */
const BRACKET_UNIT = /[(（]([^()（）]{1,30})[)）]\s*$/;
/** Cells of a table line: apart by a tab or two spaces or more. */
const CELL_GAP = /\t|\s{2,}/;


/** The cells of the line just above the block's first row of figures (its header), or undefined. */
function headerAbove(doc: CheckDocument, rows: Row[]): string[] | undefined {
  const first = rows[0]?.cells.find(Boolean);
  if (!first) return undefined;
  const lineStart = doc.text.lastIndexOf('\n', first.figure.start - 1) + 1;
  if (lineStart < 2) return undefined;
  const line = doc.text.slice(doc.text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim();
  return line ? line.split(CELL_GAP) : undefined;
}

/** The label of the table line a figure stands on (its first cell), or undefined when the line is no table row. */
function lineLabel(doc: CheckDocument, figure: DocFigure): string | undefined {
  const before = doc.text.slice(doc.text.lastIndexOf('\n', figure.figure.start - 1) + 1, figure.figure.start);
  return CELL_GAP.test(before) ? normalised(before.split(CELL_GAP)[0]!) : undefined;
}

/** The one value said on table lines labelled `label` in the measure, outside the block: undefined if none or two. */
function labelled(said: Map<string, DocFigure[]>, label: string): DocFigure | undefined {
  const found = said.get(normalised(label)) ?? [];
  return found.length > 0 && found.every((f) => f.figure.value === found[0]!.figure.value) ? found[0] : undefined;
}

/** Whether `whole` is the sum of `parts` within what their last digits allow. */
const sums = (whole: DocFigure, parts: DocFigure[]): boolean => overlaps(sumOf(parts.map((p) => intervalOf(p.figure))), intervalOf(whole.figure));

export function intensityColumnsOverOtherTable(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  for (const block of tableBlocks(doc)) {
    const rows = block.filter((r) => !r.header && r.cells.some(Boolean));
    if (rows.length < 3) continue;
    const header = headerAbove(doc, rows);
    const width = rows[0]!.texts.length;
    if (!header || header.length !== width || rows.some((r) => r.texts.length !== width)) continue;
    const measures = header.map((h) => measureOf(BRACKET_UNIT.exec(h)?.[1]?.trim() ?? ''));
    header.forEach((h, q) => {
      const per = q > 0 ? PER_UNIT.exec(BRACKET_UNIT.exec(h)?.[1]?.trim() ?? '') : null;
      const [top, bottom] = per ? [measureOf(per[1]!), measureOf(per[2]!)] : ['', ''];
      if (!top || !bottom || top === bottom) return;
      const tops = measures.flatMap((m, c) => (c !== q && c > 0 && m === top ? [c] : []));
      if (tops.length !== 1) return;
      const n = tops[0]!;
      const [from, to] = [rows[0]!.cells.find(Boolean)!.figure.start, rows.at(-1)!.end];
      // the measure's figures on table lines outside this block, by their line's label
      const said = new Map<string, DocFigure[]>();
      for (const f of figuresIn(doc, bottom)) {
        if (f.figure.start >= from && f.figure.start <= to) continue;
        const label = lineLabel(doc, f);
        if (label) said.set(label, [...(said.get(label) ?? []), f]);
      }
      if (said.size === 0) return;
      const denominators = rows.map((r) => labelled(said, r.label));
      // a row that sums the others' numerators is over the figure that sums their denominators
      rows.forEach((r, i) => {
        const whole = r.cells[n];
        const others = rows.filter((o) => o !== r);
        if (denominators[i] || !whole || !others.every((o, k) => o.cells[n] && denominators[k + (k >= i ? 1 : 0)])) return;
        if (!sums(whole, others.map((o) => o.cells[n]!))) return;
        const parts = denominators.filter((d, k): d is DocFigure => k !== i && d !== undefined);
        const totals = figuresIn(doc, bottom).filter((f) => !(f.figure.start >= from && f.figure.start <= to) && sums(f, parts));
        if (totals.length > 0 && totals.every((f) => f.figure.value === totals[0]!.figure.value)) denominators[i] = totals[0];
      });
      const fit = rowQuotients(
        { cells: rows.map((r) => r.cells[q]) },
        rows.map((r) => r.cells[n]),
        denominators,
        1,
        false,
        RULE,
      );
      if (fit && fit.holding >= 2) checks.push(...fit.checks);
    });
  }
  return checks;
}
