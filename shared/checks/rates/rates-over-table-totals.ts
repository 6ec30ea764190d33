// An intensity the text states for this year and, in a bracket, the year before, per a unit its words name: `Water
// withdrawal per unit of generation was 1.95 m³/MWh (2023: 2.51 m³/MWh)`. What it is of and what it is per name two
// tables by their captions (`Table 4: Water withdrawal by source (hm³)`, `Table 1: Net electricity generation by
// technology (GWh)`), and each year's rate is the one table's Total over the other's of that year, by the power of ten
// the years hold with (hm³ over GWh in m³ per MWh: 1,000). Two years held, or one and a slip of a digit explaining the
// other's miss, a year that does not come out is a mismatch.

import { measureOf } from '../readers/dimension';
import { metricTokens } from '../consistency/metric-tokens';
import { captionOf, TOTAL_LABEL } from '../shares/table-row-shares';
import { tableBlocks, type Row } from '../readers/table-blocks';
import { rowQuotients } from './table-row-quotients';
import type { Check, CheckDocument, DocFigure } from '../types';

/** A figure written with what it is per: `1.95 m³/MWh`, `62.7 gCO2/kWh`. */
const PER_UNIT = /^[\d.,]+\s*([^\s\d/][^\s/]*)\s*\/\s*([^\s\d/][^\s/]*)$/;
/** `Water withdrawal per unit of generation was`: what of, what per, just before the figure in its sentence. */
const OF_PER = /([A-Za-z][A-Za-z -]{2,60}?)\s+per\s+(?:[a-z]+\s+of\s+)?([A-Za-z][A-Za-z -]{2,60}?)\s+(?:was|were|is|stood\s+at|of|at|fell\s+to|rose\s+to)\s*$/i;
/** `(2023: 2.51 m³/MWh)`: the year before's rate in a bracket after this year's. */
const YEAR_BEFORE = /^\s*[(（]\s*(?:FY\s?)?(?:19|20)\d{2}\s*[:：]\s*$/i;

export function intensitiesOverTableTotals(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { text, figures } = doc;
  let totals: Array<{ caption: string[]; row: Row }> | undefined;
  for (let i = 0; i + 1 < figures.length; i++) {
    const figure = figures[i]!;
    const unit = PER_UNIT.exec(figure.text);
    const next = figures[i + 1]!;
    const before = unit && PER_UNIT.exec(next.text);
    if (!before || before[1] !== unit[1] || before[2] !== unit[2] || !YEAR_BEFORE.test(text.slice(figure.end, next.start))) continue;
    const said = OF_PER.exec(text.slice(Math.max(figure.sentence.start, figure.start - 100), figure.start));
    if (!said) continue;
    totals ??= tableBlocks(doc).flatMap((block) => {
      const rows = block.filter((r) => !r.header && TOTAL_LABEL.test(r.label) && r.cells.some(Boolean));
      const caption = captionOf(doc, block);
      return rows.length === 1 && caption ? [{ caption: metricTokens(caption.replace(/[(（][^)）]*[)）]/g, ' ')), row: rows[0]! }] : [];
    });
    const named = (words: string) => {
      const wanted = metricTokens(words);
      const found = totals!.filter((t) => wanted.length > 0 && wanted.every((w) => t.caption.includes(w)));
      return found.length === 1 ? found[0]!.row : undefined;
    };
    const [of, per] = [named(said[1]!), named(said[2]!)];
    if (!of || !per || of === per) continue;
    // the numerator's cells in the measure the rate is of, or bare under a caption naming their unit
    const ofMeasure = measureOf(unit![1]!);
    if (of.cells.some((c) => c && c.figure.unit !== '' && measureOf(c.figure.unit) !== ofMeasure)) continue;
    const stated: DocFigure[] = [
      { doc, figure, index: i },
      { doc, figure: next, index: i + 1 },
    ];
    const byYear = (row: Row) => stated.map((s) => row.cells.find((c) => c !== undefined && s.figure.period !== undefined && c.figure.period === s.figure.period));
    checks.push(...(rowQuotients({ cells: stated }, byYear(of), byYear(per), 1, false, 'rate.intensity-of-table-totals')?.checks ?? []));
  }
  return checks;
}
