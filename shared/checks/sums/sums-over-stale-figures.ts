// A sum the running text states over last year's figure said as this year's: `Scope 1 emissions were 6,840 tCO2e and
// Scope 2 (location-based) emissions 1,290 tCO2e, so our fossil Scope 1 and 2 emissions were 7,710 tCO2e`, where the key
// figures give Scope 1 6,420 for 2024 (6,840 for 2023) and their own `6,420 + 1,290 = 7,710` holds. The paragraph restates
// each other figure of the table's holding sum, and the stale figure in place of its cell: its sum no longer adds.

import { sumCheck } from './sum-check';
import { figureId, pushTo } from '../readers/figure-places';
import { admits } from '../readers/precision';
import { isTableCell } from '../readers/table-columns';
import { firstAtOrAfter, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';
import { paragraphOf } from '../readers/paragraphs';
import { staleRows } from '../readers/stale-rows';

const RULE = 'sum.over-stale-figure';

export function sumsOverStaleFigures(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  // holding sums of table cells, by each part's id
  const sumsOf = new Map<string, Check[]>();
  for (const c of checks)
    if (c.kind === 'sum' && c.holds)
      for (const f of c.figures) if (f.role === 'part') pushTo(sumsOf, figureId(f.doc, f.start), c);
  const out: Check[] = [];
  const seen = new Set<string>();
  for (const c of checks) {
    if (c.kind !== 'consistency' || c.holds || c.figures.length !== 2) continue;
    const doc = byName.get(c.figures[0]!.doc);
    if (!doc || c.figures[1]!.doc !== doc.name) continue;
    const at = (f: CheckFigure): DocFigure | undefined => {
      const index = firstAtOrAfter(doc, f.start);
      return doc.figures[index]?.start === f.start ? { doc, figure: doc.figures[index]!, index } : undefined;
    };
    const [a, b] = c.figures.map(at);
    if (!a || !b) continue;
    const [cell, said] = isTableCell(doc, a.index) && !isTableCell(doc, b.index) ? [a, b] : isTableCell(doc, b.index) && !isTableCell(doc, a.index) ? [b, a] : [undefined, undefined];
    if (!cell || !said || seen.has(figureId(doc.name, said.figure.start))) continue;
    // the figure is the cell's row's year before, said as this year's
    const row = staleRows(doc).byLatest.get(cell.index);
    if (!row || !admits(said.figure, row.before.figure.value) || admits(said.figure, row.latest.figure.value)) continue;
    for (const sum of sumsOf.get(figureId(doc.name, cell.figure.start)) ?? []) {
      const inputs = sum.figures.filter((f) => f.role === 'total' || f.role === 'part');
      if (!inputs.every((f) => f.doc === doc.name && isTableCell(doc, firstAtOrAfter(doc, f.start)))) continue;
      // each other figure of the sum restated in the stale figure's paragraph
      const { start, end } = paragraphOf(doc, said.figure.start);
      const used = new Set<number>([said.index]);
      const restated = (f: CheckFigure): DocFigure | undefined => {
        for (let k = firstAtOrAfter(doc, start); k < doc.figures.length && doc.figures[k]!.start < end; k++)
          if (!used.has(k) && doc.figures[k]!.value === f.value && !isTableCell(doc, k)) {
            used.add(k);
            return { doc, figure: doc.figures[k]!, index: k };
          }
        return undefined;
      };
      const total = inputs.find((f) => f.role === 'total');
      const textTotal = total && restated(total);
      const parts = inputs.filter((f) => f.role === 'part' && f.start !== cell.figure.start).map(restated);
      if (!textTotal || parts.length === 0 || parts.some((p) => p === undefined)) continue;
      const check = sumCheck(textTotal, [said, ...(parts as DocFigure[])], RULE, 'certain');
      if (!check || check.holds) continue;
      seen.add(figureId(doc.name, said.figure.start));
      out.push(check);
      break;
    }
  }
  return out;
}
