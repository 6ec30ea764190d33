// A figure of the running text restated in a table row of the engagement: a report's `We withdrew
// 38.6 GL of water` against its data appendix's `Total water withdrawn GL 34.1 36.0 36.2`, `Women
// held 46 of the 212 senior leadership roles (24.7%)` against `Women in senior leadership % 19.6
// 21.0 21.7`, `our £79.2 billion of assets under management` against `Assets under management (£
// million) 76,840 72,900`. A table row's cells carry its label, not the sentence words the metric
// rules compare, so the rows of the document's tables are read again (table-restatements-rows.ts) as
// a label, its unit and one cell per year. A row names a text figure when every content word of its
// label (two at least) is in the figure's sentence and its unit is the figure's (a count's: a row of
// counts; an amount's: a row in its currency); the most specific such row is the one meant (of rows
// named alike, the one said before the figure, else the one said between it and its neighbours), and
// its cell of the year the sentence names (or, naming none, of the latest year, whichever side of the
// table it stands; a bracket `(2022: …)` names its year for the figures inside it only) must agree
// with it. Units of one measure a power of ten apart (MtCO2e in the text, ktCO2e in the table; GWh
// and MWh) are compared on one scale, each within its own rounding: 4.85 Mt restates 4,848 kt, 4.88
// Mt does not.

import { dimensionOf, inBaseUnit } from '../readers/dimension';
import { FORWARD, inPriorYearBracket, saidAsPrior } from '../readers/markers';
import { inTable, ownSentence, plausiblySame } from './agreement';
import { intervalOf, overlaps } from '../readers/precision';
import { restatedCell } from './rate-column-restatements';
import { baseUnit, COUNT, money, rowsOf, wordsOf, YEAR, type MetricRow } from './table-restatements-rows';
import type { Check, CheckDocument, DocFigure } from '../types';

/** A year opening a bracket of the year before (`(2022: £2.2 billion)`): the year of the figures inside it only. */
const BRACKET_YEAR = /\((?:FY\s?)?((?:19|20)\d{2})(?:[/-]\d{2})?\s*[:：][^()]*\)/g;
/** A figure said as the value it changed from or is compared with (`up from 2.87`, `from £4.6 billion`, `compared with⏎1,962 kt`, `less than the 3,304`). */
const PRIOR = /\b(?:from|than(?:\s+the)?|against(?:\s+the)?|compared\s+(?:with|to)|versus|vs\.?)\s*(?:[£$€¥]|[A-Z]{1,3}\$|RMB|HK\$|[A-Z]{3}\s)?\s*$/i;
/**
 * Words before a year in its clause that make it the base of a comparison (`5.4% lower than in 2022/23`, `down from 2.87 in 2022`,
 * `較2022/23年度減少`, `up 3.5 percentage points on 2023`, `up 5.6% on FY23`, `up 7.6% on the 2023 crop year's`).
 */
const COMPARED = /\b(?:than|from|compared|versus|vs|against|since|below|above)\b|[較较比]|(?:%|\bpoints?|\bpp|\bpts?)\s+on(?:\s+the)?\s*$/i;
/** How many figures before it the reach of a figure is looked back over. */
const REACH_FIGURES = 12;
/** A plan named as a thing (`climate transition plans`, `action plan`), not said as one (`plans to`): no target in itself. */
const PLAN_NAMED = /\bplans?\b(?!\s+to\b)/gi;

export function tableRestatements(docs: readonly CheckDocument[]): Check[] {
  // rows by unit, then by their first word: a figure looks only at the rows of its own unit whose
  // first word its sentence says (a row is named by all its words), never at every row of a long report
  const byUnit = new Map<string, Map<string, MetricRow[]>>();
  for (const row of docs.flatMap(rowsOf)) {
    let byWord = byUnit.get(row.unit);
    if (!byWord) byUnit.set(row.unit, (byWord = new Map()));
    const rows = byWord.get(row.words[0]!);
    if (rows) rows.push(row);
    else byWord.set(row.words[0]!, [row]);
  }
  if (byUnit.size === 0) return [];
  const checks: Check[] = [];
  for (const doc of docs)
    doc.figures.forEach((figure, index) => {
      const rows = rowsFor(byUnit, figure);
      if (rows.length === 0 || inTable(doc.text, figure)) return;
      const { sentence, at: offset } = ownSentence(doc.text, figure);
      // a target is no present figure; a figure said as the value before (`fell to 19 from 24`) is of a year the sentence does not name
      if (FORWARD.test(sentence.replace(PLAN_NAMED, '')) || PRIOR.test(doc.text.slice(Math.max(0, figure.start - 24), figure.start))) return;
      const said = new Set(wordsOf(sentence));
      let naming = [...said].flatMap((w) => rows.flatMap((byWord) => byWord.get(w) ?? [])).filter((r) => r.words.every((w) => said.has(w)));
      if (naming.some((r) => r.near)) {
        const reach = new Set(wordsOf(reachOf(doc, index)));
        naming = naming.filter((r) => !r.near || r.words.every((w) => reach.has(w)));
      }
      const most = Math.max(0, ...naming.map((r) => r.words.length));
      let meant = naming.filter((r) => r.words.length === most);
      // rows named alike (`Financed emissions` … `oil and gas`): the one said before the figure, its subject
      if (meant.length > 1) {
        const before = new Set(wordsOf(doc.text.slice(figure.sentence.start, figure.start).split(/[.!?]\s+(?=[A-Z])|[。！？；]/).at(-1)!));
        const subject = meant.filter((r) => r.words.every((w) => before.has(w)));
        // none before it in a sentence of several figures (`engaged with nearly 250 companies on climate …,
        // and voted at 3,412 company meetings`): the one named between the figure's neighbours
        const own = subject.length > 0 ? undefined : new Set(wordsOf(ownStretch(doc, index)));
        meant = own ? meant.filter((r) => r.words.every((w) => own.has(w))) : subject;
      }
      if (meant.length !== 1) return;
      const row = meant[0]!;
      const { years, bracketed } = yearsSaid(sentence, offset);
      // a sentence of two years (`in 2023 (2022: 4.88 MtCO2e)`): the one the figure's own period names
      const own = [...(figure.period ?? '').matchAll(YEAR)].map((m) => m[1]!);
      const year = bracketed ?? (years.length === 0 ? row.latest : years.length === 1 ? years[0]! : own.length === 1 && years.includes(own[0]!) ? own[0]! : undefined);
      // a bare year said of a table of split years (`at 31 March 2025 (2024: 652)` over `2024/25  2023/24`) may be the
      // first year of one column or the last of the one before: of neither
      if (row.splitYears && year !== undefined && (bracketed !== undefined || years.length > 0) && bareYearOfTwoColumns(row, year, sentence)) return;
      const cell = year === undefined ? undefined : row.cells.get(year);
      if (year === undefined || !cell || cell.figure.start === figure.start) return;
      const stated = inBaseUnit(figure);
      const restated = inBaseUnit({ ...cell.figure, unit: figure.unit }, row.factor);
      if (overlaps(intervalOf(stated), intervalOf(restated)) || !plausiblySame(stated.value, restated.value, false)) return;
      // the row's value said in the text as well (`We used 14,880 tonnes`, the Chinese 範圍一 6,518): the slip is
      // the text's against itself, which the metric and translation rules report — one slip, said once
      // (said as another year's, `against 2.00 tCO2e in 2023` beside a 2024 cell of 2.00, it is no restatement of the cell)
      if (textValues(doc).get(textValueKey(restated))?.some((y) => y === undefined || y === year)) return;
      // the sentence's other figure restating the row (`Fixed broadband customers reached 3.18 million, of whom
      // 2.26 million …`), or another row of its table restating the figure (`business revenue fell 2.6% to €986.4
      // million` beside `Consumer fixed revenue grew 4.3%`, `Business 986.4`): the figure is another thing than the row
      if (sentenceRestates(doc, index, offset, sentence.length, restated, year) || otherRowRestates(row, cell, figure) || anotherNamesRow(doc, index, offset, sentence.length, row)) return;
      checks.push(restatedCell({ doc, figure, index }, cell, row.label, 'consistency.table-row'));
    });
  return checks;
}

const valueKey = (value: number) => Math.round(value * 1000);

/** Whether a year the text says bare (not `2024/25`) is the first of one of the row's split years and the last of the one before. */
const bareYearOfTwoColumns = (row: MetricRow, year: string, sentence: string): boolean =>
  row.cells.has(String(Number(year) - 1)) && !new RegExp(`${year}[/-]\\d{2}(?!\\d)`).test(sentence);

/** Whether another figure of the figure's own sentence (`at` in it, `length` long), not said of a year other than the cell's, restates the row's cell. */
function sentenceRestates(doc: CheckDocument, index: number, at: number, length: number, restated: DocFigure['figure'], year: string): boolean {
  const figure = doc.figures[index]!;
  const [from, to] = [figure.start - at, figure.start - at + length];
  const cell = intervalOf(restated);
  const restating = (k: number) => {
    const other = doc.figures[k];
    return other !== undefined && other.start >= from && other.end <= to && dimensionOf(other) === dimensionOf(figure) && overlaps(intervalOf(inBaseUnit(other)), cell) && !ofAnotherYear(other, year);
  };
  for (let k = index - 1; k >= 0 && doc.figures[k]!.start >= from; k--) if (restating(k)) return true;
  for (let k = index + 1; k < doc.figures.length && doc.figures[k]!.start < to; k++) if (restating(k)) return true;
  return false;
}

/**
 * Whether another figure of the sentence, of the figure's kind, is the one its own words name the row by, and not this one
 * (`Scope 1 emissions were 410 tCO2e and Scope 2 emissions 4,010 tCO2e, so Scope 1 and 2 emissions were 4,420 tCO2e`: the
 * row `Scope 1 and 2 emissions` is 4,420's).
 */
function anotherNamesRow(doc: CheckDocument, index: number, at: number, length: number, row: MetricRow): boolean {
  const figure = doc.figures[index]!;
  // (the year before's value in its bracket, `(2022: 4.88 MtCO2e)`, is of the row the figure before names, in another year's cell)
  if (inPriorYearBracket(doc.text, figure) || saidAsPrior(doc.text, figure)) return false;
  const names = (f: DocFigure['figure']) => {
    const words = new Set(wordsOf(f.metric ?? ''));
    return row.words.every((w) => words.has(w));
  };
  if (names(figure)) return false;
  const [from, to] = [figure.start - at, figure.start - at + length];
  const naming = (k: number) => dimensionOf(doc.figures[k]!) === dimensionOf(figure) && names(doc.figures[k]!);
  for (let k = index - 1; k >= 0 && doc.figures[k]!.start >= from; k--) if (naming(k)) return true;
  for (let k = index + 1; k < doc.figures.length && doc.figures[k]!.end <= to; k++) if (naming(k)) return true;
  return false;
}

/** Whether a cell of another row of the row's table, of the compared cell's column, is the text figure as written. */
function otherRowRestates(row: MetricRow, cell: DocFigure, figure: DocFigure['figure']): boolean {
  const column = row.source.cells.indexOf(cell);
  const said = intervalOf(inBaseUnit(figure));
  return row.block.some((other) => {
    const c = other === row.source ? undefined : other.cells[column];
    return c !== undefined && overlaps(said, intervalOf(inBaseUnit({ ...c.figure, unit: figure.unit }, row.factor)));
  });
}
/** The one year a figure's period names, if it names one. */
function yearOf(f: DocFigure['figure']): string | undefined {
  const years = [...(f.period ?? '').matchAll(YEAR)].map((m) => m[1]!);
  return years.length === 1 ? years[0] : undefined;
}

/** Whether a figure is said of one year, not `year`. */
const ofAnotherYear = (f: DocFigure['figure'], year: string) => {
  const own = yearOf(f);
  return own !== undefined && own !== year;
};

/** A value as the text's figures are looked up by: of its kind of measure (`two cinemas` is no 2.00 tCO2e). */
const textValueKey = (f: DocFigure['figure']) => `${dimensionOf(f)}\u0000${valueKey(f.value)}`;

const textValuesRead = new WeakMap<CheckDocument, Map<string, Array<string | undefined>>>();

/**
 * The values of the document's figures in running text, in their measure's base unit, each with the years its figures
 * are said of (undefined for a figure of no one year). Read once per document, when a row first disagrees.
 */
function textValues(doc: CheckDocument): Map<string, Array<string | undefined>> {
  let values = textValuesRead.get(doc);
  if (!values) {
    values = new Map();
    for (const f of doc.figures) {
      if (inTable(doc.text, f)) continue;
      const key = textValueKey(inBaseUnit(f));
      const said = values.get(key) ?? [];
      said.push(yearOf(f));
      values.set(key, said);
    }
    textValuesRead.set(doc, values);
  }
  return values;
}

/** The rows a text figure may restate: of its unit; a count also those of counts, an amount of money only those of its currency. */
function rowsFor<T>(byUnit: Map<string, T>, figure: DocFigure['figure']): T[] {
  const dimension = dimensionOf(figure);
  const unit = baseUnit(figure.unit);
  const keys = dimension.startsWith('currency') ? [money(figure.unit)] : [...(unit === '' ? [] : [unit]), ...(dimension === 'count' ? [COUNT] : [])];
  return keys.flatMap((key) => byUnit.get(key) ?? []);
}

/**
 * The years a sentence names for the figure at `at`: a bracket of the year before (`grew 45% to £2.9
 * billion (2022: £2.2 billion)`) names its year for the figures inside it (`bracketed`) and for no other.
 */
function yearsSaid(sentence: string, at: number): { years: string[]; bracketed: string | undefined } {
  let bracketed: string | undefined;
  let rest = sentence;
  for (const m of sentence.matchAll(BRACKET_YEAR)) {
    if (at >= m.index && at < m.index + m[0].length) bracketed = m[1]!;
    rest = rest.replace(m[0], ' '.repeat(m[0].length));
  }
  // a year the comparison is against is not the figure's (its clause cut at a comma, not one within a number: `against EUR 26,120 thousand in 2023`)
  const years = [...rest.matchAll(YEAR)].filter((m) => !COMPARED.test(rest.slice(0, m.index).split(/(?<!\d),|,(?!\d)|[;，；(（]/).at(-1)!));
  return { years: years.map((m) => m[1]!), bracketed };
}

/**
 * The words said near a figure: from the last figure of another kind before it in its sentence (rates
 * and figures of its own kind are one metric's: `fell 5.9% to 4.60 MtCO2e (2022: 4.88 MtCO2e)`) to the
 * next figure. `We supplied water to 3.4 million households and treated some 1,950 megalitres of waste
 * water a day`: `supplied` is not near the 1,950 megalitres.
 */
function reachOf(doc: CheckDocument, index: number): string {
  const figure = doc.figures[index]!;
  const kind = dimensionOf(figure);
  let from = figure.sentence.start;
  for (let k = index - 1; k >= Math.max(0, index - REACH_FIGURES); k--) {
    const other = doc.figures[k]!;
    if (other.end <= figure.sentence.start) break;
    const otherKind = dimensionOf(other);
    if (otherKind !== kind && otherKind !== 'percent' && other.end <= figure.start) {
      from = other.end;
      break;
    }
  }
  const after = doc.figures[index + 1];
  return doc.text.slice(from, Math.min(figure.sentence.end, after && after.start >= figure.end ? after.start : Infinity));
}

/** The words between the figure and its neighbours in the document (the figures before and after it), within its sentence. */
function ownStretch(doc: CheckDocument, index: number): string {
  const figure = doc.figures[index]!;
  const before = doc.figures[index - 1];
  const after = doc.figures[index + 1];
  const from = Math.max(figure.sentence.start, before && before.end <= figure.start ? before.end : 0);
  const to = Math.min(figure.sentence.end, after && after.start >= figure.end ? after.start : Infinity);
  return doc.text.slice(from, to);
}

