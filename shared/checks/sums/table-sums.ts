// Tables add up along their columns and rows. Down a column, the rows of a block above a total row
// are its parts (`合计`, `Total`; an unmarked last row such as `Group revenue` when the rows above
// add up to it); along a row, the cells before a `Total` column are its parts (`Female`, `Male`,
// `Total`). A total row or column marked as such is certain enough to call a mismatch when its
// parts are every row of its block (no `其中` / `of which` breakdown among them) and miss it by
// less than half — a breakdown adding up to twice its total is two breakdowns, not an error.
// Parts naming a GHG scope twice (Scope 2 location- and market-based) are left to the scoped rule in
// `sum.ts`, which knows Scope 2 comes twice; rows naming each scope once add up here.

import { scopeNumbers } from '../../metrics/index';
import { scopesIn } from '../../metrics/scope';
import { periodsIn } from '../../metrics/period';
import { dimensionOf } from '../readers/dimension';
import { TOTAL } from '../readers/markers';
import { BREAKDOWN_GROUP, summable, type SumCandidate } from './sum-check';
import { rowIndent, SUBROW, tableBlocks, type Row } from '../readers/table-blocks';
import { definedRowSums } from './table-sums-defined-rows';
import { letteredSums } from './table-sums-lettered';
import { netAdditionSums, netMoreSums } from './table-sums-net-additions';
import { headedBreakdownSums } from './table-sums-headed-breakdown';
import { scopesOf, scopeSubtotalSums } from './table-sums-scope-subtotal';
import { ofWhichSums } from './of-which-rows';
import { waterBalances } from './table-sums-water-balance';
import type { CheckDocument, DocFigure } from '../types';
import { HAS_LETTER } from '../../text/letters';

/** Sums a table states, with their parts, and whether they are certain enough to mismatch. */
export function tableSums(doc: CheckDocument): SumCandidate[] {
  // a row naming its formula (`(D+E+F)`) says its parts, before any reading of its block's layout does
  const out: SumCandidate[] = letteredSums(doc);
  tableBlocks(doc).forEach((block, b) => {
    out.push(...columnSums(block, cutByWrappedLabel(doc.text, block)), ...totalsFirst(block, doc.text));
    out.push(...rowSums(block), ...scopeMethodTotals([...headedAbove(doc, b), ...block]), ...waterBalances(block), ...definedRowSums(doc, block), ...netAdditionSums(doc, block), ...netMoreSums(doc, block), ...ofWhichSums(block), ...headedBreakdownSums(doc, b), ...scopeSubtotalSums(block));
  });
  return out;
}

/**
 * The rows of the block just above, when one line of words and no figure parts the two, as wide: a table's
 * sub-heading (`Significant Scope 3 GHG emissions` over its categories) ends a block, not the table.
 */
function headedAbove(doc: CheckDocument, b: number): Row[] {
  const blocks = tableBlocks(doc);
  const [upper, lower] = [blocks[b - 1], blocks[b]!];
  const last = upper?.findLast((r) => r.cells.some(Boolean))?.cells.findLast(Boolean);
  const first = lower.find((r) => r.cells.some(Boolean))?.cells.find(Boolean);
  if (!upper || !last || !first || first.index !== last.index + 1 || upper.at(-1)!.texts.length !== lower.at(-1)!.texts.length) return [];
  return doc.text.slice(last.figure.end, first.figure.start).split('\n').length === 3 ? upper : [];
}

/** How a Scope 2 figure is counted: `location-based`, `基于市场`. */
const METHODS: Array<[string, RegExp]> = [
  ['location', /location[- ]based|基于位置|基於位置|位置基[准準]/i],
  ['market', /market[- ]based|基于市场|基於市場|市[场場]基[准準]/i],
];
const methodOf = (label: string) => METHODS.find(([, pattern]) => pattern.test(label))?.[0];

/**
 * A GHG table's totals by Scope 2 method (ESRS E1-6: `Total GHG emissions (location-based)` and `(market-based)`
 * under `Gross Scope 1`, `Gross location-based Scope 2`, `Gross market-based Scope 2` and `Total Gross indirect
 * (Scope 3)`): in each column, the row of each scope it totals (those its label names; Scopes 1, 2 and 3 when it
 * names none), Scope 2 the row of its method. Each part named, a total of all three they miss is a mismatch.
 * A total naming its scopes and no method (`Total Scope 1 and 2`) adds the one row of each (`Total Scope 1`,
 * `Total Scope 2`, site rows between them): a mismatch when those are total rows too.
 */
function scopeMethodTotals(block: Row[]): SumCandidate[] {
  const out: SumCandidate[] = [];
  block.forEach((row, r) => {
    const method = methodOf(row.label);
    const named = scopesOf(row.label);
    // a row naming its scopes and its method (`Scope 1 and 2 (location-based)`) is a total, `Total` or not
    if (!(TOTAL.test(row.label) || (method && named.length >= 2)) || SUBROW.test(row.label)) return;
    if (!method && named.length < 2) return;
    const wanted = named.length > 0 ? named : ['1', '2', '3'];
    if (wanted.length < 2) return;
    const above = block.slice(0, r).filter((a) => !a.header && a.cells.some(Boolean));
    const parts = wanted.map((scope) => {
      const rows = above.filter((a) => {
        const scopes = scopesOf(a.label);
        return scopes.length === 1 && scopes[0] === scope && (scope !== '2' || !method || methodOf(a.label) === method);
      });
      // a scope given as a total of its categories and the categories themselves: its total row
      const totals = rows.filter((a) => TOTAL.test(a.label));
      return rows.length === 1 ? rows[0] : totals.length === 1 ? totals[0] : undefined;
    });
    if (parts.some((p) => p === undefined)) return;
    const bothTotals = method !== undefined && block.some((o) => o !== row && methodOf(o.label) !== undefined && methodOf(o.label) !== method && scopesOf(o.label).join() === named.join());
    row.cells.forEach((total, c) => {
      const cells = parts.map((p) => p!.cells[c]);
      if (!total || !summable(total) || !cells.every((f): f is DocFigure => f !== undefined && summablePart(f) && dimensionOf(f.figure) === dimensionOf(total.figure) && f.figure.value < total.figure.value)) return;
      // a total naming its scopes is sum.ts' scoped rule's to mismatch, which reads either Scope 2, unless the table gives
      // it for each method (`Scope 1 and 2 (market-based)`, `Scope 1 and 2 (location-based)`): each adds its own Scope 2
      const certain = method ? named.length === 0 || bothTotals : parts.every((p) => TOTAL.test(p!.label));
      out.push({ total, parts: cells, certainty: certain ? 'certain' : 'holds-only', rule: 'sum.table-scope-method' });
    });
  });
  return out;
}

/** A part may be a negative cell (`Central costs  (16.4)`), which the column subtracts. */
const summablePart = (f: DocFigure) => dimensionOf(f.figure) !== 'percent' && f.figure.valueMax === undefined && f.figure.value !== 0;

/**
 * Whether some scope is named by two of the parts (`Scope 2 (location-based)`, `Scope 2 (market-based)`), or a part names
 * several. Two parts of one scope each naming its own source (`Scope 1: refrigerant leaks`, `Scope 1: vehicle fuel`) are
 * its sources, not the scope counted twice.
 */
function scopeRepeated(parts: Array<{ at: DocFigure; label: string }>): boolean {
  const seen = new Map<string, string | undefined>();
  for (const p of parts) {
    const numbers = scopeNumbers(p.at.figure.scope);
    if (numbers.length > 1) return true;
    const source = sourceOfScope(p.label);
    for (const n of numbers) {
      if (seen.has(n) && (source === undefined || seen.get(n) === undefined || seen.get(n) === source)) return true;
      seen.set(n, source);
    }
  }
  return false;
}

/** Words a scope row's label says of the scope itself, not of a source within it. */
const SCOPE_WORDS = /\b(?:total|gross|net|direct|indirect|ghg|greenhouse|gas|emissions?|co2e?|method|(?:location|market)(?:[- ]based)?)\b|合计|合計|总量|總量|直接|间接|間接|温室气体|溫室氣體|排放(?:量)?|基于位置|基于市场|基於位置|基於市場/gi;

/** The source a scope row's label names besides its scope (`refrigerant leaks` of `Scope 1: refrigerant leaks`), if any. */
function sourceOfScope(label: string): string | undefined {
  const [scope] = scopesIn(label, 0, label.length);
  if (!scope) return undefined;
  const rest = (label.slice(0, scope.start) + ' ' + label.slice(scope.end)).replace(SCOPE_WORDS, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
  return HAS_LETTER.test(rest) ? rest : undefined;
}

/** Whether the rows of the parts count Scope 2 both ways (`location-based` and `market-based` rows), whatever scopes their cells were given. */
const bothMethods = (parts: Array<{ method?: string }>) => new Set(parts.flatMap((p) => (p.method ? [p.method] : []))).size > 1;

/**
 * A block under a line that ends on a joining word (`Southampton and` over `Bournemouth   19.2   17.1`) opens
 * on the rest of a label the PDF wrapped: the rows above that line are the same table's, cut off, so the
 * block's rows are not all of a total's parts.
 */
function cutByWrappedLabel(text: string, block: Row[]): boolean {
  const first = block[0];
  const cell = first && !first.header ? first.cells.find(Boolean) : undefined;
  if (!cell) return false;
  const lineStart = text.lastIndexOf('\n', cell.figure.start - 1) + 1;
  if (lineStart === 0) return false;
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return /\S/.test(above) && WRAPPED_LABEL_END.test(above);
}
/** A label's line broken after a word that joins it to what follows. */
const WRAPPED_LABEL_END = /(?:\b(?:and|of|for|from|to|in|on|by|with|the|excluding|including)|[&,/、，及和与與之的])\s*$/i;

function columnSums(block: Row[], cut = false): SumCandidate[] {
  const out: SumCandidate[] = [];
  // an unmarked total row's sums, by row: one that adds up to its cell in a column of all its rows above marks the row a total
  const unmarked = new Map<Row, SumCandidate[]>();
  const columns = Math.max(...block.map((r) => r.texts.length));
  const keyFigures = ofSeveralKinds(block);
  for (let c = 0; c < columns; c++) {
    let parts: Array<{ at: DocFigure; sub: boolean; method?: string; label: string; counts?: string }> = [];
    // the total row that closed the run before this one: `Scope 1 total`, then `Scope 2`, then `Scope 1 and 2 total`
    let closed: DocFigure | undefined;
    // how many parts stood above the last share row among them (`Share of consumption from nuclear sources (%)`)
    let sharedAt = 0;
    for (const row of block) {
      const f = row.cells[c];
      if (row.header || (!f && !row.cells.some(Boolean))) {
        parts = []; // a header or a subheading opens a new block of parts
        sharedAt = 0;
        closed = undefined;
        continue;
      }
      if (f && dimensionOf(f.figure) === 'percent' && parts.length > 0) sharedAt = parts.length;
      if (!f || !summablePart(f)) continue;
      if (!summable(f)) {
        if (parts.length > 0 && !TOTAL.test(row.label)) parts.push({ at: f, sub: SUBROW.test(row.label), label: row.label });
        continue;
      }
      // (counts of other things, each said in its unit column, are of other kinds: `托育园所  家  136`, `在托婴幼儿  人  9,126` are
      // no parts of `托位总数  个  10,880`)
      const counts = countedIn(row, f);
      const ofItsKind = (p: { at: DocFigure; counts?: string }) => dimensionOf(p.at.figure) === dimensionOf(f.figure) && (p.counts === undefined || counts === undefined || p.counts === counts);
      if (parts.length > 0 && !parts.some(ofItsKind)) {
        parts = [];
        sharedAt = 0;
      }
      const naming = partsNamed(row.label);
      const named = naming?.numbers.length ?? 0;
      const marked = (TOTAL.test(row.label) || named > 0) && !SUBROW.test(row.label);
      // `Nuclear`, its share row, then `Purchased renewable`, `Self-generated renewable`, `Total renewable`: a share row
      // closes the group above it, so a total after two rows or more since it totals those (each part with its share row after it is no group)
      if (marked && sharedAt > 0 && parts.length - sharedAt >= 2) {
        parts = parts.slice(sharedAt);
      }
      // a total of the total above and the rows between (holds only: it may as well total those rows alone)
      if (marked && closed && parts.length >= 1 && dimensionOf(closed.figure) === dimensionOf(f.figure) && [closed, ...parts.map((p) => p.at)].every((p) => p.figure.value < f.figure.value))
        out.push({ total: f, parts: [closed, ...parts.map((p) => p.at)], certainty: 'holds-only', rule: 'sum.table-column' });
      // (each part less than the total first: the other tests read every part, and a column's run of parts can be long)
      if (parts.length >= 2 && parts.every((p) => p.at.figure.value < f.figure.value) && !scopeRepeated(parts) && !bothMethods(parts)) {
        const allOfItsKind = parts.every(ofItsKind);
        // a `其中` row among the parts counts twice; a marked total over parts of mixed kinds mismatches only by a slip
        // (a row named by its parts, `Scope 1+2`, over as many rows as it names: not over Scope 2's two methods)
        // (`Scope 1 and 2 emissions` under `Fuel consumption` and `Scope 1 emissions` of a key-figures table: a row it does not name is no part of it)
        const certainty =
          !marked || cut || parts.some((p) => p.sub) || (naming && (parts.length !== named || !parts.every((p) => naming.names.test(p.label)))) || (keyFigures && !ofTheTotalsNoun(row.label, parts))
            ? 'holds-only'
            : allOfItsKind
              ? 'certain'
              : 'one-slip';
        const candidate: SumCandidate = { total: f, parts: parts.map((p) => p.at), certainty, rule: 'sum.table-column' };
        out.push(candidate);
        // `Electricity`, `  of which renewable`, `District heating`, `Total energy consumption`: the rows an `of which` row breaks down are the total's parts
        const own = parts.filter((p) => !p.sub);
        if (own.length >= 2 && own.length < parts.length)
          out.push({ total: f, parts: own.map((p) => p.at), certainty: marked && !cut && own.every(ofItsKind) && (!naming || (own.length === named && own.every((p) => naming.names.test(p.label)))) ? 'certain' : 'holds-only', rule: 'sum.table-column' });
        if (!marked && !cut && !parts.some((p) => p.sub) && allOfItsKind) unmarked.set(row, [...(unmarked.get(row) ?? []), candidate]);
        if (marked) {
          parts = [];
          sharedAt = 0;
          closed = f;
          continue;
        }
      }
      if (marked) {
        parts = [];
        sharedAt = 0;
        closed = f;
      } else parts.push({ at: f, sub: SUBROW.test(row.label), method: methodOf(row.label), label: row.label, counts });
    }
  }
  // `Group  2,486.3  2,336.8` under its segments: a last row that one column of every row above adds up to, to its
  // last digit, totals them in its other columns too, so a column that misses it (a part revised, its total not) is a mismatch
  for (const sums of unmarked.values()) {
    if (!sums.some((s) => s.parts.length >= 3 && exactSum(s))) continue;
    for (const s of sums) s.certainty = 'certain';
  }
  return out;
}

/** What a count's row says it counts in its unit column (`家` of `托育园所  家  136`), else undefined. */
function countedIn(row: Row, f: DocFigure): string | undefined {
  const { unit } = f.figure;
  if (unit === '' || dimensionOf(f.figure) !== 'count') return undefined;
  return row.texts.some((t, i) => i > 0 && row.cells[i] === undefined && t.trim() === unit) ? unit : undefined;
}

/** A key-figures table: its rows measure things of several kinds (a count, money, energy, a share), each its own metric. */
function ofSeveralKinds(block: readonly Row[]): boolean {
  const kinds = new Set(block.flatMap((r) => r.cells.find(Boolean) ?? []).map((f) => dimensionOf(f.figure)));
  return kinds.size >= 3;
}

/**
 * In a key-figures table, rows above an English total named for a measure (`Total assets`, `Total GHG emissions`) are
 * its parts only when they name its noun (`Scope 1 emissions`, `Scope 2 emissions`), not other metrics of the table that
 * happen to add (`Loans to members`, `Member savings`). A Chinese total ends in its own word (`排放总量`): not read so.
 */
function ofTheTotalsNoun(label: string, parts: ReadonlyArray<{ label: string }>): boolean {
  // (a total of no words but its own and a bracket, `Total (Scope 1+2)`, names no measure)
  const own = label.replace(/[(（][^()（）]*[)）]/g, '').replace(TOTAL, '');
  const noun = /[a-z]{3}/i.test(own) ? headNoun(label) : undefined;
  return noun === undefined || parts.every((p) => headNoun(p.label) === noun);
}

/**
 * A label naming its parts by their numbers (`Scope 1+2 emissions`, `Scope 1 and 2`, `Tier 1 & 2`): the numbers of the
 * rows it totals, and a pattern of the labels naming one of them (`Scope 1 emissions`, `Tier 2`); undefined for any other label.
 */
function partsNamed(label: string): { numbers: string[]; names: RegExp } | undefined {
  const m = /\b([a-z]+)\s*\d(?:\s*(?:\+|&|and|,)\s*\d)+\b/i.exec(label);
  if (!m) return undefined;
  const numbers = m[0].match(/\d/g)!;
  return { numbers, names: new RegExp(`\\b${m[1]}\\s*(?:${numbers.join('|')})\\b`, 'i') };
}

/** Whether the parts as written add up to the total as written (a coincidence of rounded figures is unlikely over three parts or more). */
function exactSum({ total, parts }: SumCandidate): boolean {
  const sum = parts.reduce((a, p) => a + p.figure.value, 0);
  return Math.abs(sum - total.figure.value) <= 1e-9 * Math.abs(total.figure.value);
}

/** The header's total column (`Total`, `合计`) and, in each row, the cells before it under word headers. */
function rowSums(block: Row[]): SumCandidate[] {
  // the header naming the total column, under a header of years when there is one
  const header = block.find((r) => r.header && r.texts.some((t) => TOTAL_COLUMN.test(t.trim()))) ?? block.find((r) => r.header);
  if (!header) return [];
  // a space-aligned header leaves the labels' column blank, so its names stand over the columns after it
  const width = Math.max(...block.filter((r) => !r.header).map((r) => r.texts.length));
  const named = [...(header.texts.length === width - 1 ? [''] : []), ...header.texts.map((t) => t.trim())];
  // `Total`, or a total of one year beside another's (`Total 2023 | Total 2022`): the latest year's
  const totals = named.flatMap((t, c) => {
    const m = TOTAL_COLUMN.exec(t);
    return m ? [{ c, year: Number(m[1] ?? 0) }] : [];
  });
  if (totals.length === 0) return [];
  // `Employees | Contractors | Total` once for each year under a header of years: each total of its own group
  if (totals.length >= 2 && totals.every((t) => t.year === 0)) return totals.flatMap((t, g) => rowSumsOf(block, named, t.c, g === 0 ? -1 : totals[g - 1]!.c));
  return rowSumsOf(block, named, totals.reduce((a, b) => (b.year > a.year ? b : a)).c, -1);
}

/** A header's total column: `Total`, a total of what the columns are parts of (`Company total`, `集团合计`), or a total of one year beside another's (`Total 2023 | Total 2022`). */
const TOTAL_COLUMN = /^(?:(?:\p{L}+\s)?total|[\u4e00-\u9fff]{0,4}(?:合计|合計|总计|總計|小计|小計)|总数|總數)(?:\s*(?:FY\s?)?((?:19|20)\d{2})(?:[/-]\d{2,4})?\s*年?度?)?$/iu;

/** Each row's cell under the total column and the cells before it, after the column `from`, under word headers. */
function rowSumsOf(block: Row[], named: string[], totalColumn: number, from: number): SumCandidate[] {
  if (totalColumn < 1) return [];
  // columns of figures under word headers before the total (not the labels' column, not years, not shares)
  const figured = (c: number) => block.some((r) => !r.header && r.cells[c] !== undefined);
  const partColumns = named
    .map((_, c) => c)
    .filter((c) => c > from && c < totalColumn && figured(c) && HAS_LETTER.test(named[c]!) && periodsIn(named[c]!, 0, named[c]!.length).length === 0 && !named[c]!.includes('%'));
  const out: SumCandidate[] = [];
  for (const row of block) {
    const total = row.cells[totalColumn];
    if (row.header || !total || !summable(total)) continue;
    const parts = partColumns.map((c) => row.cells[c]).filter((f): f is DocFigure => f !== undefined && summable(f) && dimensionOf(f.figure) === dimensionOf(total.figure));
    if (parts.length < 2 || !parts.every((p) => p.figure.value < total.figure.value)) continue;
    const [countedTotal, ...countedParts] = asCounts(row, [total, ...parts]);
    out.push({ total: countedTotal!, parts: countedParts, certainty: parts.length === partColumns.length ? 'certain' : 'holds-only', rule: 'sum.table-row' });
  }
  return out;
}

/**
 * A row of whole numbers under no unit, its label naming what it counts and no unit either (`Lost-time
 * injuries | 5 | 7 | 11`), counts things exactly: no one rounds 5 injuries from 4.6, so 5 + 7 is 12 and
 * never 11. Its cells are read as counts of the label's things (`precision.ts` holds such a count exact).
 */
function asCounts(row: Row, cells: DocFigure[]): DocFigure[] {
  const whole = (f: DocFigure) => f.figure.unit === '' && dimensionOf(f.figure) === 'count' && /^\d{1,3}(?:,\d{3})*$/.test(f.figure.text.trim());
  if (/[(（\d%]/.test(row.label) || !cells.every(whole)) return cells;
  return cells.map((f) => ({ ...f, figure: { ...f.figure, unit: row.label } }));
}

/**
 * A KPI table gives a total row first and its breakdown under it (`Total GHG emissions`, then
 * `Scope 1`, `Scope 2`, `Scope 3`; `年度活跃骑手`, then `全职骑手`, `兼职骑手`): the row a total's
 * label marks, or whose head noun the rows under it share, and in each column the shortest run of
 * the rows under it that adds up to it. Certain only when the rows under a marked total each name
 * a scope of their own — a numbered breakdown, whatever the extractor made of the cells' scopes.
 */
function totalsFirst(block: Row[], text: string): SumCandidate[] {
  const out: SumCandidate[] = [];
  block.forEach((row, r) => {
    if (row.header || SUBROW.test(row.label)) return;
    const marked = TOTAL.test(row.label);
    const noun = headNoun(row.label);
    const depth = indentOf(text, row);
    const under: Row[] = [];
    let k = r + 1;
    for (; k < block.length; k++) {
      const next = block[k]!;
      if (next.header || !next.cells.some(Boolean) || TOTAL.test(next.label)) break;
      // a plain row after the `of which` rows under it is its sibling (`Artists' pencils`, `of which watercolour
      // pencils`, `School and office pencils`): no part of it, whatever head noun they share
      if (under.length > 0 && SUBROW.test(under[0]!.label) && !SUBROW.test(next.label)) break;
      // rows set in under it (`Revenue`, then `  Petrochemicals`, `  Battery Materials`) are its breakdown too
      if (marked || (noun !== undefined && headNoun(next.label) === noun) || (depth !== undefined && (indentOf(text, next) ?? 0) > depth)) under.push(next);
      else break;
    }
    if (under.length < 2) return;
    // (rows sharing a head noun that a marked total closes, which they add up to with the rows above them, are its siblings:
    // `加工生产人员`, `研发及质检人员`, `销售人员` over `合计`)
    const closing = !marked && k < block.length && TOTAL.test(block[k]!.label) ? k : undefined;
    if (closing !== undefined && siblingsOfClosingTotal(block, closing)) return;
    const groups = breakdownGroups(text, under, depth);
    if (groups) {
      row.cells.forEach((total, c) => {
        if (!total || !summable(total)) return;
        for (const group of groups) {
          const parts = group.map((u) => u.cells[c]);
          if (group.length < 2 || !parts.every((f): f is DocFigure => f !== undefined && summable(f) && dimensionOf(f.figure) === dimensionOf(total.figure) && f.figure.value < total.figure.value)) continue;
          out.push({ total, parts, certainty: 'one-slip', rule: BREAKDOWN_GROUP });
        }
      });
      return;
    }
    const scopes = under.map((u) => scopesOf(u.label));
    const numbered = marked && scopes.every((n) => n.length === 1) && new Set(scopes.map((n) => n[0])).size === scopes.length;
    row.cells.forEach((total, c) => {
      if (!total || !summable(total)) return;
      const parts: DocFigure[] = [];
      // (a row larger than the total is one of its parts still when the total dropped a digit: `1,860` over 14,200 and 4,400)
      const most = numbered ? total.figure.value : 10 * total.figure.value;
      for (const u of under) {
        const f = u.cells[c];
        if (f && summable(f) && dimensionOf(f.figure) === dimensionOf(total.figure) && f.figure.value < most) parts.push(f);
      }
      if (numbered && parts.length === under.length) out.push({ total, parts, certainty: 'certain', rule: 'sum.table-total-first' });
      else {
        // the shortest run under it that adds up; every row under it may still miss by a slip
        for (let n = 2; n <= parts.length; n++) out.push({ total, parts: parts.slice(0, n), certainty: 'holds-only', rule: 'sum.table-total-first' });
        // (a row its head noun alone makes a total, unmarked, is read against a slip over every row under it: the first few
        // of siblings, `East China` over `Central China` and `Southwest China`, come within a digit of it by chance)
        for (let n = marked ? 2 : parts.length; n <= parts.length; n++) out.push({ total, parts: parts.slice(0, n), certainty: 'one-slip', rule: 'sum.table-total-first' });
      }
    });
  });
  return out;
}

/** Whether, in some column, the plain rows of a block above its marked total row at `closing` add up to that total. */
function siblingsOfClosingTotal(block: readonly Row[], closing: number): boolean {
  let first = closing;
  while (first > 0 && !block[first - 1]!.header && !TOTAL.test(block[first - 1]!.label)) first--;
  const rows = block.slice(first, closing).filter((row) => !SUBROW.test(row.label));
  return block[closing]!.cells.some((total, c) => {
    if (!total) return false;
    let sum = 0;
    for (const row of rows) {
      const cell = row.cells[c];
      if (!cell || dimensionOf(cell.figure) !== dimensionOf(total.figure)) return false;
      sum += cell.figure.value;
    }
    return Math.abs(sum - total.figure.value) <= SIBLINGS_TOLERANCE * total.figure.value;
  });
}

/** How near a block's plain rows must add up to its total row to be read as its siblings (a share column's rounding). */
const SIBLINGS_TOLERANCE = 0.002;


/** A sub-label opening a breakdown of the row above (`按性別：男`, `按年龄：30岁以下`, `By region: Hong Kong`). */
const BREAKDOWN_LABEL = /^\s*(?:按\p{Script=Han}{1,6}\s*[：:]|by [a-z][a-z -]{1,24}:)/iu;

/**
 * The rows under a total that sub-labels part into breakdowns (`僱員人數`, then `按性別：男` / `女`, `按年齡：30歲以下` /
 * … / `50歲以上`, `按地區：香港` / `中國內地`): each a breakdown of the same whole, from its sub-label to the next,
 * up to the first row set no further in than the total (`流失僱員人數`) when they are set in. None when no row under it opens on a sub-label.
 */
function breakdownGroups(text: string, under: Row[], depth: number | undefined): Row[][] | undefined {
  const first = under.findIndex((u) => BREAKDOWN_LABEL.test(u.label));
  if (first < 0) return undefined;
  const groups: Row[][] = [];
  // rows set in under the total end where a row is set no further in (a tab table sets none in: its rows end the block)
  const setIn = depth !== undefined && (indentOf(text, under[first]!) ?? 0) > depth;
  for (const u of under.slice(first)) {
    if (setIn && (indentOf(text, u) ?? 0) <= depth) break;
    if (BREAKDOWN_LABEL.test(u.label)) groups.push([]);
    groups.at(-1)!.push(u);
  }
  return groups;
}

/** How far a row's line is set in from the left, when it has cells (a row of none is a heading, not a part). */
const indentOf = (text: string, row: Row): number | undefined => (row.cells.some(Boolean) ? rowIndent(text, row) : undefined);

/**
 * A label's counted noun: its last English word (plural folded) or its last two Chinese characters,
 * after a note in brackets and footnote marks (`温室气体排放强度 (单位收入温室气体排放量)`, `范围 1
 * 排放强度 ²`: both 强度).
 */
function headNoun(label: string): string | undefined {
  const bare = label.replace(/(?:\s*(?:[(（][^()（）]*[)）]|[¹²³⁴-⁹⁰*]+))+\s*$/u, '').trim();
  const en = /([a-z]{3,}?)s?\s*$/i.exec(bare);
  if (en) return en[1]!.toLowerCase();
  const zh = /([\u4e00-\u9fff]{2})\s*$/.exec(bare);
  return zh?.[1];
}
