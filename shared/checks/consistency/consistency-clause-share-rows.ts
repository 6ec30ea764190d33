// An English running-text share said after its part, as an aside (`Natural gas, 20.7% of our energy, fell 8.9%`), and a
// table's share column (`Share (%)` of `Table 3: Energy use by source (MWh)`) whose row is that part (`Natural gas  2,150
// 20.9`): one share, the text naming its part before it and its whole after it, the table its part in the row label and its
// whole in the caption. The cell's metric words take in the amount before it (`Natural gas 2 150`) and the text's clause the
// verb after it (`fell`): their words cannot pair them, the part and the whole do.

import { samePeriodKey } from '../../metrics/index';
import { plausiblySame } from './agreement';
import { captionMetric } from './consistency-caption-totals';
import { RELATIVE_HEAD } from './consistency-caption-shares';
import { shareLeadAndWhole } from './consistency-share-clause';
import { type Statement } from './consistency-statements';
import { CHANGE_HEADER } from '../readers/markers';
import { metricTokens } from './metric-tokens';
import { cellPlaces, SUBROW, tableBlocks, type Row } from '../readers/table-blocks';
import { type CheckDocument } from '../types';
import { OF_WHOLE } from '../readers/of-whole';

/** Words in no order, each once: a part's key however its words are ordered. */
const partKey = (tokens: readonly string[]) => [...new Set(tokens)].sort().join(' ');

/**
 * Pairs each English running-text share whose clause leads with its part's words alone with the share cells of its document's
 * tables whose row label is that part and whose caption names the share's whole, per document through a map of row labels.
 */
export function clauseShareRowPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const cells = new Map<string, Array<{ j: number; caption: string[] }>>();
  statements.forEach((s, j) => {
    const row = s.zh || !s.table || s.dimension !== 'percent' || s.rate || s.olderYear ? undefined : shareRowOf(s);
    if (!row) return;
    const key = `${s.at.doc.name}\u0000${row.part}`;
    const list = cells.get(key);
    if (list) list.push({ j, caption: row.caption });
    else cells.set(key, [{ j, caption: row.caption }]);
  });
  if (cells.size === 0) return;
  statements.forEach((s, i) => {
    if (s.zh || s.table || s.keyLine || s.dimension !== 'percent' || s.rate || s.prior) return;
    const { lead, whole } = shareLeadAndWhole(s.at.doc, s.at.index);
    if (lead.length > 0 && whole.length > 0) pairWith(i, cells.get(`${s.at.doc.name}\u0000${partKey(lead)}`), whole, plausiblySame);
    // (else its part opening its clause, what is said of the part after it: `long-distance and cross-border work made up 26.5% of revenue`,
    // `Commercial contracts remain the core of the business: £28.6 million, accounting for 58.6% of revenue`)
    const opening = openingPart(s.at.doc, s.at.index, lead);
    const said = opening && shareWhole(s.at.doc, s.at.index, whole);
    if (!opening || !said) return;
    for (let k = opening.length - 1; k >= 1; k--) {
      const found = cells.get(`${s.at.doc.name}\u0000${partKey(opening.slice(0, k))}`);
      if (!found) continue;
      // (not when another row is named after it: `South Asia and Latin America together brought in …, 42.1% of revenue` is the two rows' share)
      const rest = opening.slice(k);
      if (!rest.some((_, m) => cells.has(`${s.at.doc.name}\u0000${partKey(rest.slice(0, m + 1))}`))) pairWith(i, found, said, withinSubtotal);
      return;
    }
  });

  function pairWith(i: number, found: Array<{ j: number; caption: string[] }> | undefined, whole: readonly string[], near: (a: number, b: number, across: boolean) => boolean) {
    const s = statements[i]!;
    for (const { j, caption } of found ?? []) {
      const cell = statements[j]!;
      if (!whole.every((t) => caption.includes(t)) || !samePeriodKey(s.period, cell.period) || (s.at.figure.scope ?? '') !== (cell.at.figure.scope ?? '') || !near(s.figure.value, cell.figure.value, false)) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(s.figure.value / cell.figure.value)) || 0 });
    }
  }
}

/**
 * How far a share named by its part's row may lie from the row's share cell: as far as a share worked over a subtotal of the
 * whole lies from the share of the whole, up to twice it (14,920 of 56,200 is 26.5%, of the total 86,840 17.2%).
 */
const withinSubtotal = (a: number, b: number) => a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= SUBTOTAL_RATIO;
const SUBTOTAL_RATIO = 2;

/**
 * The words opening a share's clause, its part first (`long-distance and cross-border work`), when they say more than its part: a
 * verb or a head noun after it. A share appended to an amount (`£28.6 million, accounting for 58.6%`) and leading with no word
 * of its own is the amount's, whose clause opens the sentence before a colon (`Commercial contracts remain the core of the
 * business:`). Else undefined.
 */
function openingPart(doc: CheckDocument, index: number, lead: readonly string[]): string[] | undefined {
  if (lead.length >= 2 && !lead.every((t) => LINKING.has(t))) return [...lead];
  const [figure, before] = [doc.figures[index]!, doc.figures[index - 1]];
  if (!before || before.sentence.start !== figure.sentence.start || before.unit === '%' || !APPENDED_LINK.test(doc.text.slice(before.end, figure.start))) return undefined;
  const clause = doc.text.slice(figure.sentence.start, before.start).replace(AMOUNT_SIGN, '').replace(/[:：]\s*$/, '');
  const words = metricTokens(clause.split(CLAUSE_MARK).at(-1));
  return words.length >= 2 ? words : undefined;
}

/** A share's own words that say only how it joins the amount before it (`accounting for`, `representing`, `making up`). */
const LINKING = new Set(metricTokens('accounting representing making'));

/** Between an amount and the share appended to it: a comma, then a word joining them or none (`, accounting for `, `, or `). */
const APPENDED_LINK = /^[^\d.;:!?()\n]{0,20},\s*(?:or\s+|accounting\s+for\s+|representing\s+|making\s+up\s+)?$/;

/** A currency sign or code ending the words before an amount (`£`, `CAD `). */
const AMOUNT_SIGN = /\s*(?:[£$€¥]|[A-Z]{3}\s?)$/;

/** What parts a sentence's clauses, a colon aside (the amount's clause is the words before it). */
const CLAUSE_MARK = /[;.!?]|,\s*(?:and|but|while|whereas)\b/;

/** A share's whole: its own metric's words when they name no more (`revenue`), else the words of its `of …` after it (`58.6% of revenue`). */
function shareWhole(doc: CheckDocument, index: number, own: readonly string[]): readonly string[] | undefined {
  if (own.length > 0 && own.length <= 2) return own;
  const figure = doc.figures[index]!;
  const of = OF_WHOLE.exec(doc.text.slice(figure.end, Math.min(figure.sentence.end, figure.end + 60)))?.[1];
  const words = metricTokens(of);
  return words.length > 0 && words.length <= 2 ? words : undefined;
}


const rowsRead = new WeakMap<CheckDocument, Map<number, Row>>();

/** Each table cell's row, by the index of its figure (read once per document, one pass over its blocks). */
function rowsOfCells(doc: CheckDocument): Map<number, Row> {
  let rows = rowsRead.get(doc);
  if (rows) return rows;
  rows = new Map();
  for (const block of tableBlocks(doc)) for (const row of block) for (const cell of row.cells) if (cell) rows.set(cell.index, row);
  rowsRead.set(doc, rows);
  return rows;
}

/** A share cell's part, its row label's words as a key (no `of which` row: a part of the row above), and its caption's words, under a share heading; else undefined. */
function shareRowOf(s: Statement): { part: string; caption: string[] } | undefined {
  const { doc, index } = s.at;
  const place = cellPlaces(doc).get(index);
  if (!place || !RELATIVE_HEAD.test(place.head) || CHANGE_HEADER.test(place.head)) return undefined;
  const row = rowsOfCells(doc).get(index);
  const caption = captionMetric(doc, place.block);
  if (!row || SUBROW.test(row.label) || caption === undefined) return undefined;
  const part = metricTokens(row.label);
  return part.length === 0 ? undefined : { part: partKey(part), caption: metricTokens(caption) };
}
