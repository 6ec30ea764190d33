// A table row that is the quotient of two other rows of its table: `CO2 per RTK (grams)` under
// `Scope 1 CO2 (kt)` and `Revenue tonne kilometres (million)`, `Water per tonne of product` under
// `Water withdrawn` and `Product output`. The row's label says `per` what (its denominator row's
// label, or that label's initials: RTK), and what of (a word of its numerator row's label); the
// units the rows are in make the quotient a power of ten apart from the stated figure (kt over
// millions in grams: 1,000), read off the columns themselves. A column is a mismatch only when two
// others give the quotient with that same power of ten, or one does and one slip of a digit in the
// column explains its miss.

import { yearOfPeriod } from '../../metrics/index';
import { CURRENCY_MEASURES, dimensionOf, isAmount, isMeasure, measureOf, volumeKin } from '../readers/dimension';
import { metricTokens } from '../consistency/metric-tokens';
import { intervalOf, overlaps, precisionDigits, quotient, show, writtenNumber } from '../readers/precision';
import { quotientCheck } from '../shares/percent-check';
import { bestColumnPair } from './rate-readers';
import { shareCheck } from '../shares/ratio';
import { slipExplaining } from '../readers/slips';
import { sectionRowsAbove, tableBlocks, type Row } from '../readers/table-blocks';
import { namesShareColumn } from '../shares/table-shares';
import { captionOf, TOTAL_LABEL } from '../shares/table-row-shares';
import { datedRows } from '../changes/table-prior-year-changes';
import { roleOf, type Check, type CheckDocument, type DocFigure } from '../types';

const RULE = 'ratio.table-row-quotient';
/** `X per Y`, `每Y X`: the label's two sides, notes in brackets left out. */
const PER = /^(.*?)\bper\s+(.+)$/i;

/** A label without its brackets (`Revenue (RMB million)` as `Revenue`). */
export const bare = (label: string) => label.replace(/[(（][^)）]*[)）]/g, ' ').trim();
const initials = (label: string) =>
  bare(label)
    .split(/\s+/)
    .filter((w) => /^[a-z]/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** The one other row of the block that `words` name: every word of its label, or its initials. */
function denominatorRow(block: Row[], self: Row, words: string): Row | undefined {
  const said = new Set(metricTokens(words));
  const abbreviation = words.trim().toUpperCase();
  const found = block.filter((r) => {
    if (r === self || r.header || !r.cells.some(Boolean)) return false;
    const label = metricTokens(bare(r.label));
    return (label.length > 0 && label.every((t) => said.has(t))) || (abbreviation.length >= 2 && /^[A-Z]+$/.test(abbreviation) && initials(r.label) === abbreviation);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The other row whose label shares the most words with the quotient's numerator words (one row only). */
function numeratorRow(block: Row[], exclude: Row[], words: string): Row | undefined {
  const said = new Set(metricTokens(words));
  const scored = block
    .filter((r) => !exclude.includes(r) && !r.header && r.cells.some(Boolean))
    .map((r) => ({ r, shared: metricTokens(bare(r.label)).filter((t) => said.has(t)).length }))
    .filter((s) => s.shared > 0)
    .sort((a, b) => b.shared - a.shared);
  return scored.length > 0 && (scored.length === 1 || scored[0]!.shared > scored[1]!.shared) ? scored[0]!.r : undefined;
}

export function tableRowQuotients(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  tableBlocks(doc).forEach((block, b) => {
    checks.push(...columnQuotients(block));
    for (const row of block) {
      if (row.header) continue;
      const per = PER.exec(bare(row.label));
      const den = per && denominatorRow(block, row, per[2]!);
      const num = den && numeratorRow(block, [row, den], per![1]!);
      const fit = num && den ? rowQuotients(row, num.cells, den.cells) : undefined;
      const perAmount = fit ? undefined : PER_AMOUNT.exec(row.label);
      if (fit) checks.push(...fit.checks);
      else if (perAmount) checks.push(...perAmountQuotients(block, row, Number(perAmount[1]!.replace(/,/g, '')), perAmount[2]!));
      else {
        const byUnit = unitQuotients(doc, b, block, row);
        const other = byUnit.length > 0 || !per || den ? byUnit : perMoneyOfOtherTable(doc, b, block, row);
        const captioned = other.length > 0 || !per || den ? other : perCaptionedTotal(doc, b, block, row, per[1]!, per[2]!);
        checks.push(...(captioned.length > 0 || den ? captioned : perNamedRowOfAnyTable(doc, b, block, row)));
      }
    }
  });
  return checks;
}

/**
 * Each column of `row` as the quotient of the numerator's and the denominator's cell of that column,
 * by the power of ten most columns hold with (the units' scales read off the columns themselves); a
 * column is a mismatch when two others hold, or one does and one slip of a digit explains its miss (or, of a `certain`
 * pair, whenever one holds). A column of one table over another's is a row of cells as well.
 * Undefined when fewer than two columns divide, or none holds.
 */
export function rowQuotients(
  row: Pick<Row, 'cells'>,
  numerators: ReadonlyArray<DocFigure | undefined>,
  denominators: ReadonlyArray<DocFigure | undefined>,
  base = 1,
  certain = false,
  rule = RULE,
): { holding: number; crossed: number; checks: Check[] } | undefined {
  const columns: Column[] = [];
  row.cells.forEach((q, c) => {
    const [n, d] = [numerators[c], denominators[c]];
    if (!q || !n || !d || !(n.figure.value > 0) || !(d.figure.value > 0) || !(q.figure.value > 0) || dimensionOf(q.figure) === 'percent') return;
    columns.push({ n, d, q, power: Math.round(Math.log10(q.figure.value / ((n.figure.value / d.figure.value) * base))) });
  });
  const fits = (col: Column, power: number) => {
    const got = quotient(intervalOf(col.n.figure), intervalOf(col.d.figure), base * 10 ** power);
    return got !== undefined && overlaps(got, intervalOf(col.q.figure));
  };
  // the power of ten most columns hold with
  const powers = [...new Set(columns.map((c) => c.power))];
  const power = powers.map((p) => ({ p, holding: columns.filter((c) => fits(c, p)).length })).sort((a, b) => b.holding - a.holding)[0];
  if (!power || power.holding < 1 || columns.length < 2) return undefined;
  // a column that misses while its stated figure is its numerator over a holding column's denominator, or that column's
  // numerator over its own denominator (2024's emissions over 2023's floor area): worked over the wrong year's input
  const holding = columns.filter((c) => fits(c, power.p));
  // (a figure stated to three digits at least, the other column the next one: a quotient to two digits crosses by chance)
  const crossed = new Set(
    columns.filter((col, k) => !holding.includes(col) && precisionDigits(col.q.figure.text) >= 3 && holding.some((o) => Math.abs(columns.indexOf(o) - k) === 1 && overOtherColumn(col, o, (c) => fits(c, power.p)))),
  );
  const checks: Check[] = [];
  for (const col of columns) {
    const holds = fits(col, power.p);
    const slipped = () => slipExplaining([col.n, col.d, col.q], ([n, d, q]) => fits({ n: n!, d: d!, q: q!, power: col.power }, power.p)) !== undefined;
    if (!holds && power.holding < 2 && !certain && !crossed.has(col) && !slipped()) continue;
    const factor = base * 10 ** power.p;
    const expected = (col.n.figure.value / col.d.figure.value) * factor;
    checks.push(
      quotientCheck({
        rule,
        said: 'rate',
        numerator: col.n,
        denominator: col.d,
        result: col.q,
        over: [intervalOf(col.n.figure), intervalOf(col.d.figure)],
        factor,
        expected,
        formula: `${col.n.figure.text} / ${col.d.figure.text}${timesAsWritten(factor, col.n, col.d)}`,
        stated: col.q.figure.text,
      }),
    );
  }
  return { holding: power.holding, crossed: crossed.size, checks };
}

type Column = { n: DocFigure; d: DocFigure; q: DocFigure; power: number };

/**
 * Whether a column's stated quotient is its numerator over the other column's denominator, or the other's numerator over its
 * own denominator (each of another value than its own): the other column's input taken for its own.
 */
function overOtherColumn(col: Column, other: Column, fits: (c: Column) => boolean): boolean {
  if (other === col) return false;
  const n = other.n.figure.value !== col.n.figure.value && fits({ ...col, n: other.n });
  return n || (other.d.figure.value !== col.d.figure.value && fits({ ...col, d: other.d }));
}

/** What one figure's value is in what its text writes (1,000 for `10,370` under `(000 t)`), 1 for a number not written in digits. */
function writtenScale(f: DocFigure): number {
  const written = Number(writtenNumber(f.figure.text));
  return written > 0 ? f.figure.value / written : 1;
}

/** The power of ten a quotient's formula shows, in terms of its figures as written: `3,124 / 10,370 × 1,000` for GWh over thousand tonnes in kWh per tonne. */
function timesAsWritten(factor: number, n: DocFigure, d: DocFigure): string {
  const exact = (factor * writtenScale(n)) / writtenScale(d);
  const power = Math.round(Math.log10(exact));
  const shown = Math.abs(Math.log10(exact) - power) < 1e-9 ? 10 ** power : Number(exact.toPrecision(6));
  return shown === 1 ? '' : shown > 1 ? ` × ${show(shown, 0)}` : ` ÷ ${show(1 / shown, 0)}`;
}

/** A rate per a round amount of what another row counts, in brackets: `TRIF (per 200,000 hours)`, `LTIFR (per 1,000,000 hours worked)`. */
const PER_AMOUNT = /[(（]\s*per\s+(\d{1,3}(?:,\d{3})+|\d+)\s+([a-z]+)/i;

/**
 * A frequency row per a round amount of what one other row counts (`TRIF (per 200,000 hours)` under `Hours worked
 * (millions)`): its numerator the row whose columns give it, two at least and no other row as many (recordable
 * injuries, not lost-time injuries); the amount times the power of ten the columns show (the hours in millions).
 */
function perAmountQuotients(block: Row[], row: Row, amount: number, noun: string): Check[] {
  const said = metricTokens(noun)[0];
  const rows = block.filter((r) => r !== row && !r.header && r.cells.some(Boolean));
  const denominators = said === undefined ? [] : rows.filter((r) => metricTokens(bare(r.label)).includes(said));
  if (!(amount > 0) || denominators.length !== 1) return [];
  const den = denominators[0]!;
  const fits = rows
    .filter((r) => r !== den)
    .map((r) => rowQuotients(row, r.cells, den.cells, amount))
    .filter((f): f is NonNullable<typeof f> => f !== undefined && f.holding >= 2);
  const most = Math.max(0, ...fits.map((f) => f.holding));
  const best = fits.filter((f) => f.holding === most);
  return best.length === 1 ? best[0]!.checks : [];
}

/** An intensity's unit in a cell of its own: `kWh/m²`, `吨二氧化碳当量/万立方米`, `tCO2e per employee`. */
// (not consistency-intensity-units' PER_CELL, bare symbols about a slash compared as written: a side here is read for its measure)
export const PER_UNIT = /^([^/／]{1,24}?)\s*(?:[/／]|\bper\b)\s*([^/／]{1,24})$/i;
/** Whether a quotient row's label names another row's whole: every word of that row's label (`营业收入` in `单位营业收入综合能耗`). */
function namedWhole(label: string, other: string): boolean {
  const words = new Set(metricTokens(bare(label)));
  const theirs = metricTokens(bare(other));
  return theirs.length > 0 && theirs.every((t) => words.has(t));
}

/** A row's unit: the cell between its label and its first number (`MWh`, `KRW billion`), or ''. */
function unitOf(row: Row): string {
  const first = row.cells.findIndex(Boolean);
  return first >= 2 && row.cells[1] === undefined ? row.texts[1]!.trim() : '';
}

/** The unit a row's label ends on in brackets (`Fresh water intensity (m³/bbl)`, a wrapped label's `(kg CO2e/boe)`), or ''. */
function bracketUnitOf(row: Row): string {
  return /[(（]([^()（）]{1,30})[)）]$/.exec(row.label.trim())?.[1]!.trim() ?? '';
}

/**
 * What an intensity is per: a unit's measure (`m²`, `人`), or a unit and the words naming what it measures (`tonne
 * milled`, `tonne crushed`: tonnes, of the row whose label says `milled`).
 */
function perWhat(words: string): { measure: string; named: string[] } {
  const whole = measureOf(words);
  const [first, ...rest] = words.trim().split(/\s+/);
  const unit = rest.length > 0 && !isMeasure(whole) ? measureOf(first!) : '';
  return isMeasure(unit) ? { measure: unit, named: metricTokens(rest.join(' ')) } : { measure: whole, named: [] };
}

/** A row of the whole revenue, which an intensity per an amount of money is per unless its label names another. */
const REVENUE_LABEL = /^(?:营业收入|营业总收入|主营业务收入|(?:total\s+)?revenue|turnover|net\s+sales)$/i;

/** `温室气体排放强度  吨/万元`, `Emissions intensity (t/RMB m)`: a mass of emissions is of CO2e, the measure its numerator rows are in. */
const emissionsMass = (label: string, measure: string) => (measure === 'mass' && EMISSIONS_LABEL.test(label) ? 'co2e' : measure);
// (a gas named: `废水排放强度  吨/万元` is a mass of water, no emissions of CO2e)
const EMISSIONS_LABEL = /温室气体|碳|\bGHG\b|greenhouse|carbon|CO2|\bemissions\s+intensity\b/i;

/** What a row measures: its unit cell's, its label's bracketed unit's, else its cells' unit as read (a caption's `(kt CO2e)`). */
const measureOfRow = (row: Row) => measureOf(unitOf(row) || bracketUnitOf(row) || (row.cells.find(Boolean)?.figure.unit ?? ''));

/**
 * An intensity row known by its unit (`Energy intensity  kWh/m²  144.9  140.9  135.9`): its numerator a row
 * of the table in the unit's first measure (`Energy consumption  MWh`), its denominator a row in the second
 * (`员工总数  人` under `吨二氧化碳当量/人`; a KPI table's sections above count), or, where the table has
 * none, one figure of the document in it that every column divides by (a REIT's net lettable area in m²).
 * The pair is the one that gives the most columns, two at least, and no other pair as many.
 */
function unitQuotients(doc: CheckDocument, b: number, block: Row[], row: Row): Check[] {
  const per = PER_UNIT.exec(unitOf(row) || bracketUnitOf(row));
  if (!per) return [];
  const top = emissionsMass(row.label, measureOf(per[1]!));
  const { measure: bottom, named } = perWhat(per[2]!);
  if (!top || !bottom || top === bottom) return [];
  const rows = [...block, ...sectionRowsAbove(doc, b)].filter((r) => r !== row && !r.header && r.cells.some(Boolean));
  const inTop = rows.filter((r) => measureOfRow(r) === top);
  // `m³ per tonne milled` over `Water withdrawn (ML)`: a volume in litres where none is in cubic metres
  const numerators = inTop.length > 0 ? inTop : rows.filter((r) => measureOfRow(r) === volumeKin(top));
  if (numerators.length === 0) return [];
  const ofBottom = rows.filter((r) => measureOfRow(r) === bottom && (named.length === 0 || metricTokens(bare(r.label)).some((t) => named.includes(t))));
  // of several rows in what it is per, the one its own label names whole (`营业收入` of `单位营业收入综合能耗`, not `出口收入`)
  const inLabel = ofBottom.filter((r) => namedWhole(row.label, r.label));
  // (an intensity per an amount of money its label names nothing of, `温室气体排放强度  吨/万元`, is per revenue: of several rows in
  // 万元, `营业收入`, not `公益投入` or `人均营业收入`)
  const revenue = inLabel.length === 0 && CURRENCY_MEASURES.has(bottom) ? ofBottom.filter((r) => REVENUE_LABEL.test(bare(r.label))) : [];
  const perRows = inLabel.length === 1 ? inLabel : revenue.length === 1 ? revenue : ofBottom;
  const inTable = perRows.map((r) => ({ cells: r.cells, said: undefined as DocFigure | undefined }));
  // an amount of money is a year's (revenue): one said once divides no other year's column; nor does a cell
  // of a row dated year by year (`Car-kilometres operated (million car-km)  268.4  264.9`), which divides its own year's
  const yearly = inTable.length > 0 ? [] : yearByYear(doc, b, row, bottom);
  const dated = new Set(yearly.flatMap((y) => y.cells.map((c) => c?.figure.start)));
  const constant = CURRENCY_MEASURES.has(bottom) ? [] : distinctValues(figuresIn(doc, bottom).filter((f) => !dated.has(f.figure.start))).map((f) => ({ cells: row.cells.map(() => f), said: f }));
  const denominators = inTable.length > 0 ? inTable : [...constant, ...yearly];
  // one row of each measure is the pair as certainly as rows named: a column that misses is a mismatch however few hold (two years' columns, one slipped)
  const least = numerators.length === 1 && denominators.length === 1 ? 1 : 2;
  const fits = numerators.flatMap((n) =>
    denominators.map((d) => ({ n, d: d.said, fit: rowQuotients(row, n.cells, d.cells, 1, least === 1) })).filter((f): f is typeof f & { fit: NonNullable<typeof f.fit> } => f.fit !== undefined && f.fit.holding + f.fit.crossed >= least),
  );
  // (a column worked over another column's input counts as one the pair gives)
  const given = (f: (typeof fits)[number]) => f.fit.holding + f.fit.crossed;
  const most = Math.max(0, ...fits.map(given));
  // a figure said rounded (`1.29 million m²`) fits where its precise saying (1,286,400 m²) does: the precise one is meant
  const best = fits.filter((f) => given(f) === most && !fits.some((g) => g !== f && g.n === f.n && rounds(f.d, g.d)));
  const checks = best.length === 1 || (best.length > 1 && best.every((f) => sameFigures(best[0]!.fit.checks, f.fit.checks))) ? best[0]!.fit.checks : [];
  const said = best[0]?.d;
  return said && bottom !== 'm2' ? checks.filter((c) => c.holds || ofYearSaid(row, c, said)) : checks;
}

/** A period's year. */

/**
 * Whether a check's column is of the year the text figure it divides by is said of (of the report's, its latest column's,
 * when said with no year): a year's output divides no other year's column (`In FY2024 … produced 44.4 billion gloves` is
 * no output of FY2023), so another year's column that misses is no mismatch. (An area said at one date, `As at 31
 * December 2023 … 1,286,400 m²`, stands for every year's.)
 */
function ofYearSaid(row: Pick<Row, 'cells'>, check: Check, said: DocFigure): boolean {
  const result = roleOf(check, 'result');
  const year = yearOfPeriod(row.cells.find((c) => c?.figure.start === result?.start)?.figure.period);
  const latest = Math.max(...row.cells.map((c) => yearOfPeriod(c?.figure.period) ?? -Infinity));
  return year === undefined || year === (yearOfPeriod(said.figure.period) ?? latest);
}

/** The amount of money an intensity is per, in its label or its table's header: `(t CO2e per EUR million)`. */
const PER_MONEY = /\bper\s+((?:EUR|€|US\$|USD|GBP|£|HK\$|HKD|RMB|S\$|SGD|KRW)\s*(?:million|billion|thousand|m|bn)?)\b/i;
export const normalised = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * An intensity per revenue whose numerator is a row of another table, named by the words before `per` with their
 * brackets (`Total GHG emissions (location-based) per net revenue` under E1-6's `Total GHG emissions
 * (location-based)`): each column that row's cell of the column's year over the year's revenue the document states.
 */
function perMoneyOfOtherTable(doc: CheckDocument, b: number, block: Row[], row: Row): Check[] {
  const of = /^(.*?)\bper\b/i.exec(row.label.trim())?.[1];
  const money = PER_MONEY.exec(row.label) ?? PER_MONEY.exec(block.find((r) => r.header)?.texts[0] ?? '');
  const measure = money && measureOf(money[1]!);
  if (!of || !measure || !CURRENCY_MEASURES.has(measure)) return [];
  const named = datedRows(doc).filter((r) => r.row !== row && !block.includes(r.row) && normalised(r.row.label) === normalised(of));
  const years = named.length === 1 ? headerYears(doc, b, row) : undefined;
  const revenue = years ? yearByYear(doc, b, row, measure)[0] : undefined;
  if (!years || !revenue) return [];
  const { latest, before, beforeYear } = named[0]!;
  const numerators = years.map((year) => (beforeYear === undefined || year === undefined ? undefined : year === beforeYear ? before : year === beforeYear + 1 ? latest : undefined));
  return rowQuotients(row, numerators, revenue.cells)?.checks ?? [];
}

/** A total row's label: a bare `Total`, or one that opens with it (`Total Scope 1 and 2`). */
const TOTAL_OPENING = /^\s*(?:total|合计|合計|总计|總計)\b/i;

/**
 * `tCO2e per home owned and managed` under `Total Scope 1 and 2`, its homes the bare `Total` of another table captioned
 * `Homes owned and managed by tenure`: the denominator is the one total row of a table whose caption says every word
 * after `per`, its columns headed by the same years; the numerator the row of its own table the words before `per`
 * name, else its one total row.
 */
function perCaptionedTotal(doc: CheckDocument, b: number, block: Row[], row: Row, of: string, per: string): Check[] {
  const said = metricTokens(per);
  const years = said.length > 0 ? headerYears(doc, b, row) : undefined;
  if (!years || years.filter(Boolean).length < 2) return [];
  const blocks = tableBlocks(doc);
  const denominators = blocks.flatMap((other, k) => {
    if (k === b) return [];
    const caption = new Set(metricTokens(captionOf(doc, other) ?? ''));
    const totals = other.filter((r) => !r.header && TOTAL_LABEL.test(r.label));
    if (totals.length !== 1 || !said.every((t) => caption.has(t))) return [];
    // its header's years, in order, over its total's cells
    const header = other.find((r) => r.header && r.texts.filter((t) => YEAR.test(t)).length >= 2);
    const theirs = header?.texts.filter((t) => YEAR.test(t)).map((t) => Number(YEAR.exec(t)![0]));
    const cells = totals[0]!.cells.filter((c) => c !== undefined);
    if (!theirs || theirs.length !== cells.length) return [];
    const aligned = years.map((y) => (y === undefined ? undefined : cells[theirs.indexOf(y)]));
    return aligned.filter(Boolean).length >= 2 ? [aligned] : [];
  });
  if (denominators.length !== 1) return [];
  const totals = block.filter((r) => r !== row && !r.header && TOTAL_OPENING.test(r.label));
  const numerator = numeratorRow(block, [row], of) ?? (totals.length === 1 ? totals[0] : undefined);
  return numerator ? (rowQuotients(row, numerator.cells, denominators[0]!)?.checks ?? []) : [];
}

/** `Litres per 100 RPK`, `gCO2e per RPK`, `kWh/ASK`: what of (a unit or words), a round amount, and what per (a row's name or initials). */
const PER_NAMED = /^(.*?)\s*(?:\bper\b|\/)\s*(?:(\d{1,3}(?:,\d{3})+|\d+)\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})$/i;
/** A label's words, its numbers among them (`Scope 1 emissions` is not `Scope 1 and 2 emissions`). */
const wordsOf = (words: string) => [...metricTokens(words), ...(words.match(/(?<![\d.,])\d(?![\d.,])/g) ?? [])];

const rowsByWord = new WeakMap<CheckDocument, Map<string, Row[]>>();

/** Every row of the document's tables that has cells, by each word of its label and by its initials (read once per document). */
function rowsNamed(doc: CheckDocument, words: string): Row[] {
  let index = rowsByWord.get(doc);
  if (!index) {
    rowsByWord.set(doc, (index = new Map()));
    for (const block of tableBlocks(doc))
      for (const row of block) {
        if (row.header || !row.cells.some(Boolean)) continue;
        for (const key of new Set([...wordsOf(bare(row.label)), `^${initials(row.label)}`])) {
          const rows = index.get(key);
          if (rows) rows.push(row);
          else index.set(key, [row]);
        }
      }
  }
  const said = new Set(wordsOf(words));
  const abbreviation = words.trim().toUpperCase();
  const byInitials = /^[A-Z]{2,}$/.test(abbreviation) ? (index.get(`^${abbreviation}`) ?? []) : [];
  const byWords = [...said].flatMap((t) => index.get(t) ?? []).filter((r) => wordsOf(bare(r.label)).every((t) => said.has(t)));
  return [...new Set([...byInitials, ...byWords])];
}

/**
 * An intensity row per what a row of another table counts, named by its label or initials (`Litres per 100 RPK` and
 * `Scope 1 intensity (gCO2e per RPK)` under an airline's fuel and emissions, its `RPKs (billion)` in the traffic
 * table): the numerator a row of its own table in the unit before `per` (kilolitres for litres, tCO2e for gCO2e),
 * the one its label's other words name most nearly (`Scope 1 emissions`, not `Scope 1 and 2 emissions`), or the one
 * whose columns give it; each column over the named row's cell of the same year, times the round amount, by the
 * power of ten the columns hold with. One numerator and one named row make the pair certain.
 */
function perNamedRowOfAnyTable(doc: CheckDocument, b: number, block: Row[], row: Row): Check[] {
  const unit = bracketUnitOf(row);
  const said = PER_NAMED.exec(bare(row.label)) ?? PER_NAMED.exec(unit);
  if (!said) return [];
  const [, of, amount, per] = said;
  const measure = measureOf(of!);
  if (!isMeasure(measure) || isMeasure(measureOf(per!))) return [];
  const named = rowsNamed(doc, per!).filter((r) => r !== row && !block.includes(r));
  if (named.length !== 1) return [];
  const den = named[0]!;
  // (a row in `(kilolitres)` measures what its cells' `kL` does)
  const measureOfCells = (r: Row) => (isMeasure(measureOfRow(r)) ? measureOfRow(r) : measureOf(r.cells.find(Boolean)?.figure.unit ?? ''));
  const rows = [...block, ...sectionRowsAbove(doc, b)].filter((r) => r !== row && !r.header && r.cells.some(Boolean) && measureOfCells(r) === measure);
  // the label's words besides its unit name the numerator (`Scope 1 intensity`)
  const label = new Set(wordsOf(bare(row.label).replace(PER_NAMED, '$1')));
  const scored = rows.map((r) => {
    const words = wordsOf(bare(r.label));
    return { r, shared: words.filter((t) => label.has(t)).length, other: words.filter((t) => !label.has(t)).length };
  });
  const most = Math.max(0, ...scored.map((s) => s.shared));
  const fewest = Math.min(...scored.filter((s) => s.shared === most).map((s) => s.other));
  const numerators = most === 0 ? rows : scored.filter((s) => s.shared === most && s.other === fewest).map((s) => s.r);
  // its first cell of each year (a `Change (%)` column dated with the year before is none)
  const byYear = new Map<string | undefined, DocFigure>();
  for (const c of den.cells) if (c?.figure.period !== undefined && dimensionOf(c.figure) !== 'percent' && !byYear.has(c.figure.period)) byYear.set(c.figure.period, c);
  const denominators = row.cells.map((c) => (c?.figure.period === undefined ? undefined : byYear.get(c.figure.period)));
  const certain = numerators.length === 1;
  const fits = numerators
    .map((n) => rowQuotients(row, n.cells, denominators, amount ? Number(amount.replace(/,/g, '')) : 1, certain))
    .filter((f): f is NonNullable<typeof f> => f !== undefined && f.holding >= (certain ? 1 : 2));
  const best = Math.max(0, ...fits.map((f) => f.holding));
  const top = fits.filter((f) => f.holding === best);
  return top.length === 1 ? top[0]!.checks : [];
}

/** A year in a header cell (`2023`, `2023年`, `FY2023`). */
const YEAR = /(?:19|20)\d{2}/;
/** How many blocks above a row its table's header of years is looked for in (sections parted by heading lines). */
const HEADER_BLOCKS = 12;

/**
 * Denominators said outside the table, one for each year the row's columns are headed by (a KPI table's
 * intensities per revenue, the revenue of each year in a note: `2023年為8,624.5百萬港元（2022年：8,102.3百萬港元）`):
 * in each column, the one figure of the document in the measure that is dated to the column's year.
 */
function yearByYear(doc: CheckDocument, b: number, row: Row, measure: string): Array<{ cells: Array<DocFigure | undefined>; said: undefined }> {
  const years = headerYears(doc, b, row);
  if (!years) return [];
  const said = [...figuresIn(doc, measure), ...bracketCellsIn(doc, measure)];
  const cells = years.map((year) => {
    if (year === undefined) return undefined;
    const dated = distinctValues(said.filter((f) => f.figure.period?.includes(String(year))));
    const precise = dated.filter((f) => !dated.some((g) => g !== f && rounds(f, g)));
    return precise.length === 1 ? precise[0] : undefined;
  });
  return cells.filter(Boolean).length >= 2 ? [{ cells, said: undefined }] : [];
}

/** The year heading each of the row's columns: the nearest header of two years or more above it, as wide, no blank line between. */
function headerYears(doc: CheckDocument, b: number, row: Row): Array<number | undefined> | undefined {
  const blocks = tableBlocks(doc);
  const first = blocks[b]!.find((r) => r.cells.some(Boolean))?.cells.find(Boolean);
  if (!first) return undefined;
  for (let k = b; k >= 0 && k > b - HEADER_BLOCKS; k--) {
    const header = blocks[k]!.find((r) => r.header && r.texts.length === row.texts.length && r.texts.filter((t) => YEAR.test(t)).length >= 2);
    if (!header) continue;
    const at = doc.text.lastIndexOf(header.texts.at(-1)!, first.figure.start);
    if (at < 0 || doc.text.slice(at, first.figure.start).includes('\n\n')) return undefined;
    return header.texts.map((t) => Number(YEAR.exec(t)?.[0] ?? NaN) || undefined);
  }
  return undefined;
}

/** Whether `a` is a rounding of `b`: less precise, and `b` within what it allows. */
function rounds(a: DocFigure | undefined, b: DocFigure | undefined): boolean {
  if (!a || !b) return false;
  const [wa, wb] = [intervalOf(a.figure), intervalOf(b.figure)];
  return wa.hi - wa.lo > wb.hi - wb.lo && wa.lo <= b.figure.value && b.figure.value <= wa.hi;
}

/** Whether two fits divide the same values (a figure said twice in the document is one denominator). */
const sameFigures = (a: Check[], b: Check[]) => a.length === b.length && a.every((c, i) => c.figures.every((f, j) => f.value === b[i]!.figures[j]?.value));

const byMeasure = new WeakMap<CheckDocument, Map<string, DocFigure[]>>();

/** The document's figures by what their unit measures (read once per document). */
export function figuresIn(doc: CheckDocument, measure: string): DocFigure[] {
  let index = byMeasure.get(doc);
  if (!index) {
    byMeasure.set(doc, (index = new Map()));
    doc.figures.forEach((figure, i) => {
      if (!figure.unit) return;
      const m = measureOf(figure.unit);
      const said = index!.get(m);
      if (said) said.push({ doc, figure, index: i });
      else index!.set(m, [{ doc, figure, index: i }]);
    });
  }
  return index.get(measure) ?? [];
}

const byBracketMeasure = new WeakMap<CheckDocument, Map<string, DocFigure[]>>();

/** The document's bare table cells by what their row's label measures in brackets (`Car-kilometres operated (million car-km)`; read once per document). */
function bracketCellsIn(doc: CheckDocument, measure: string): DocFigure[] {
  let index = byBracketMeasure.get(doc);
  if (!index) {
    byBracketMeasure.set(doc, (index = new Map()));
    for (const block of tableBlocks(doc))
      for (const row of block) {
        const unit = row.header ? '' : bracketUnitOf(row);
        if (!unit) continue;
        const cells = row.cells.filter((c): c is DocFigure => c !== undefined && c.figure.unit === '');
        const m = measureOf(unit);
        index.set(m, [...(index.get(m) ?? []), ...cells]);
      }
  }
  return index.get(measure) ?? [];
}

/** The first figure of each value: a figure said again is the same denominator. */
const distinctValues = (figures: readonly DocFigure[]) => figures.filter((f, i) => figures.findIndex((g) => g.figure.value === f.figure.value) === i);

const percentCell = (f: DocFigure | undefined): f is DocFigure => f !== undefined && dimensionOf(f.figure) === 'percent' && f.figure.value > 0 && f.figure.value <= 100;

/**
 * A column of percentages that is, row by row, one column of the row over another: a segment table's
 * `Margin` (operating profit over revenue), a `女性占比` beside `员工人数` and `其中：女性`. The pair of columns is
 * the one whose quotient gives the most of its rows (two at least, and no other pair as many); a row it
 * misses is a mismatch when two other rows hold. A column headed as the share of another (`Women (%)`) is
 * `table-shares.ts`'s.
 */
function columnQuotients(block: Row[]): Check[] {
  const header = block.find((r) => r.header);
  const rows = block.filter((r) => !r.header && r.cells.some(Boolean));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const checks: Check[] = [];
  for (let q = 0; q < width; q++) {
    const inColumn = rows.filter((r) => percentCell(r.cells[q]));
    if (inColumn.length < 3 || rows.some((r) => r.cells[q] !== undefined && !percentCell(r.cells[q])) || namesShareColumn(header?.texts[q] ?? '')) continue;
    const fits = (r: Row, a: number, b: number) => {
      const [n, d, share] = [r.cells[a], r.cells[b], r.cells[q]];
      if (!isAmount(n) || !isAmount(d) || !percentCell(share) || !(n.figure.value < d.figure.value)) return undefined;
      const got = quotient(intervalOf(n.figure), intervalOf(d.figure), 100);
      return got !== undefined && overlaps(got, intervalOf(share.figure));
    };
    const best = bestColumnPair(width, q, (a, b) => inColumn.filter((r) => fits(r, a, b) === true).length);
    if (!best) continue;
    for (const r of inColumn) {
      const holds = fits(r, best.a, best.b);
      if (holds === undefined) continue;
      checks.push(shareCheck(r.cells[best.a]!, r.cells[best.b]!, r.cells[q]!, 'ratio.table-column-quotient'));
    }
  }
  return checks;
}
