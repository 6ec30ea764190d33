// A note under a table that defines a row by others: `Renewable: wind, solar and hydro. Emission-free:
// renewable and nuclear.` under `Wind onshore`, `Solar PV`, `Hydro`, `Nuclear`, …, `Total`, `of which
// renewable`, `of which emission-free`. In each column the defined row is the sum of the rows the note
// names, one row for each name. Named outright, a miss is a mismatch.

import { dimensionOf } from '../readers/dimension';
import { metricTokens } from '../consistency/metric-tokens';
import { summable, type SumCandidate } from './sum-check';
import { SUBROW, type Row } from '../readers/table-blocks';
import type { CheckDocument, DocFigure } from '../types';

/** How far below a table's last row its note is looked for. */
const NOTE_REACH = 400;
/** One definition: a term, a colon, its names listed, a full stop (`Renewable: wind, solar and hydro.`). */
const DEFINITION = /(?:^|[.;]\s+)([A-Za-z][A-Za-z -]{1,40}?):\s+([A-Za-z][A-Za-z ,-]{1,120}?)(?=[.;](?:\s|$))/g;
const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/i;

const ownTokens = (label: string) => metricTokens(label.replace(SUBROW, ''));

/** The sums the note under `block` defines, each column's. */
export function definedRowSums(doc: CheckDocument, block: Row[]): SumCandidate[] {
  const rows = block.filter((r) => !r.header && r.cells.some(Boolean));
  const last = rows.at(-1);
  if (!last || rows.length < 3) return [];
  const note = firstParagraphAfter(doc.text, last.end);
  if (!note || !note.includes(':')) return [];
  const out: SumCandidate[] = [];
  for (const m of note.matchAll(DEFINITION)) {
    const defined = rowNamed(rows, m[1]!, true);
    const names = m[2]!.split(LIST_SEPARATOR).filter(Boolean);
    if (!defined || names.length < 2) continue;
    const parts = names.map((name) => rowNamed(rows, name, false));
    if (parts.some((p) => p === undefined || p === defined) || new Set(parts).size !== parts.length) continue;
    defined.cells.forEach((total, c) => {
      const cells = parts.map((p) => p!.cells[c]);
      if (!summable(total) || !cells.every((f): f is DocFigure => summable(f) && dimensionOf(f.figure) === dimensionOf(total.figure))) return;
      out.push({ total, parts: cells, certainty: 'certain', rule: 'sum.table-defined-row' });
    });
  }
  return out;
}

/** The text of the first paragraph after `from`, when it opens within a blank line or two of it. */
function firstParagraphAfter(text: string, from: number): string | undefined {
  const rest = text.slice(from, from + NOTE_REACH);
  const m = /^\s*?\n(?:[ \t]*\n){0,2}([^\n]+(?:\n[^\n]+)*)/.exec(rest);
  return m?.[1]?.replace(/\s+/g, ' ');
}

/**
 * The one row a name says: the term a row's own words are (`Emission-free` of `of which emission-free`), or for a listed
 * name, the one row whose words include the name's (`wind` of `Wind onshore`).
 */
function rowNamed(rows: Row[], name: string, exact: boolean): Row | undefined {
  const said = metricTokens(name);
  if (said.length === 0) return undefined;
  const found = rows.filter((r) => {
    const own = ownTokens(r.label).filter((t) => !/^\d+$/.test(t));
    return exact ? own.length === said.length && said.every((t) => own.includes(t)) : said.every((t) => own.includes(t));
  });
  return found.length === 1 ? found[0] : undefined;
}
