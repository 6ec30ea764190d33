// A ratio row whose formula the report states in words elsewhere, most often in a note under its table: `eFCR = feed
// used divided by biomass produced (LWT)` for the row `Economic feed conversion ratio (eFCR)`, `FCR = feed delivered /
// live weight produced`. The defined name is the row's label or the abbreviation in its brackets; the two sides name
// two other rows of its table (every word of each row's label, its brackets aside, said on its side). Each column is
// then the one row's cell over the other's, by the power of ten most columns hold with; the formula being named
// outright, a column that does not come out is a mismatch.

import { metricTokens } from './metric-tokens';
import { tableBlocks, type Row } from './table-blocks';
import { rowQuotients } from './table-row-quotients';
import type { Check, CheckDocument } from './types';

const RULE = 'ratio.defined-ratio-row';
/** `eFCR = feed used divided by biomass produced`, `The FCR is A / B`: the name, the numerator's words and the denominator's. */
const DEFINITION = /\b([A-Za-z][A-Za-z0-9-]{1,11})\s+(?:=|is)\s+([A-Za-z][A-Za-z ,'-]{2,60}?)\s*(?:\/|÷|\bdivided\s+by\b)\s*([A-Za-z][A-Za-z '-]{2,60})/g;

const bare = (label: string) => label.replace(/[(（][^)）]*[)）]/g, ' ').trim();
/** The abbreviation a label gives in its brackets (`Economic feed conversion ratio (eFCR)`), or ''. */
const abbreviationOf = (label: string) => /[(（]([A-Za-z][A-Za-z0-9-]{1,11})[)）]\s*$/.exec(label)?.[1] ?? '';

/** The one other row of the block every word of whose label the words say. */
function namedRow(block: Row[], self: Row, words: string): Row | undefined {
  const said = new Set(metricTokens(words));
  const found = block.filter((r) => {
    if (r === self || r.header || !r.cells.some(Boolean)) return false;
    const label = metricTokens(bare(r.label));
    return label.length > 0 && label.every((t) => said.has(t));
  });
  return found.length === 1 ? found[0] : undefined;
}

export function definedRatioRows(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  let blocks: Row[][] | undefined;
  for (const m of doc.text.matchAll(DEFINITION)) {
    const name = m[1]!.toLowerCase();
    blocks ??= tableBlocks(doc);
    for (const block of blocks) {
      for (const row of block) {
        if (row.header || (abbreviationOf(row.label).toLowerCase() !== name && bare(row.label).toLowerCase() !== name)) continue;
        const numerator = namedRow(block, row, m[2]!);
        const denominator = numerator && namedRow(block, row, m[3]!);
        if (!numerator || !denominator || numerator === denominator) continue;
        checks.push(...(rowQuotients(row, numerator.cells, denominator.cells, 1, true, RULE)?.checks ?? []));
      }
    }
  }
  return checks;
}
