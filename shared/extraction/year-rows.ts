import type { Candidate } from './candidate';
import { readSpec } from './unit-spec';
import type { UnitSpec } from './unit-spec';
import { asRowCell } from './flattened-row';
import { lineEndWithin, lineStartWithin } from './lines';

// A table that PDF text without layout gives back keeps one space between its cells:
//
//   Metric Unit FY2021 FY2022 FY2023
//   Surface water withdrawn GL 11.8 12.9 12.4
//   Total employees number 5,284 5,612 5,940
//   Community investment A$ thousand 11,240 12,870 14,620
//
// A reader sees a label, its unit and one value per year of the header above. Read as prose, the
// first value is lost to the word before it (`GL 11.8` looks like a version, `number 5,284` like a
// code), and each later value takes the next row's label as its noun. A line is such a row only
// when it ends in exactly as many numbers, one space apart, as the nearest header above it (a
// line of words ending in that many years, no other number) has years, and the words before the
// numbers end in a statement of unit (`GL`, `A$ thousand`, `(A$m)`, `亿元`, `%`) or the count
// word `number`. Every value of the row then takes that unit and scale, as a table cell.

/** How many lines above a row its header may stand (the rows of one table between them). */
const MAX_ROWS_ABOVE = 30;
/** The longest line read as a row or a header. */
const MAX_LINE = 240;
/** Words of a label tried as its unit cell, longest first (`A$ thousand`, `Mt CO2-e`). */
const MAX_UNIT_WORDS = 3;

const NUMBER_CELL = /^[-−–]?\(?\d[\d,]*(?:\.\d+)?\)?%?$/;
const YEAR_CELL = /(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?(?:\s*年度?)?/g;
/** Words that state a row's values are counts, the unit column's word for "no unit". */
const COUNT_WORDS = new Set(['number', 'no.', 'count', 'headcount']);

export interface YearRowCell {
  /** The row's unit and scale; null for a count (`number`). */
  spec: UnitSpec | null;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The cell a number at [numStart, numEnd) is, when its line is a one-space row under a header of
 * years. Cheap first: the number must stand between single spaces (or end its line) with a digit,
 * a sign or a bracket after the space.
 */
export function yearRowCell(text: string, numStart: number, numEnd: number): YearRowCell | null {
  if (text.charCodeAt(numStart - 1) !== 0x20) return null;
  const after = text.charCodeAt(numEnd);
  const endsLine = Number.isNaN(after) || after === 0x0a || after === 0x0d;
  if (!endsLine && !(after === 0x20 && startsCell(text.charCodeAt(numEnd + 1)))) return null;
  const ls = lineStartWithin(text, numStart, MAX_LINE);
  const le = lineEndWithin(text, numEnd, MAX_LINE);
  if (ls < 0 || le < 0) return null;
  const row = rowOf(text.slice(ls, le).replace(/\r$/, ''));
  if (!row || numStart - ls < row.firstValue) return null;
  const years = headerYearsAbove(text, ls);
  return years === row.values ? { spec: row.spec } : null;
}

/** A digit, a minus or an opening bracket: what a value cell starts with. */
const startsCell = (c: number): boolean => isDigit(c) || c === 0x28 || c === 0x2d || c === 0x2212 || c === 0x2013;

interface Row {
  /** Offset in the line of the first value. */
  firstValue: number;
  values: number;
  spec: UnitSpec | null;
}

/** The line as label, unit and two values or more one space apart, or null. */
function rowOf(line: string): Row | null {
  const words = line.split(' ');
  let n = 0;
  while (n < words.length && NUMBER_CELL.test(words[words.length - 1 - n]!)) n++;
  const label = words.slice(0, words.length - n);
  if (n < 2 || label.length < 2 || label.some((w) => w === '')) return null;
  const unit = unitOfLabel(label);
  if (unit === undefined) return null;
  return { firstValue: label.join(' ').length + 1, values: n, spec: unit };
}

/** The statement of unit ending a label (null for a count word), or undefined when it has none. */
function unitOfLabel(label: readonly string[]): UnitSpec | null | undefined {
  const last = label[label.length - 1]!;
  if (COUNT_WORDS.has(last.toLowerCase())) return null;
  // `Revenue (A$m)`: a bracketed unit closing the label
  if (last.endsWith(')')) {
    const open = label.findLastIndex((w) => w.startsWith('('));
    if (open < 1) return undefined;
    const spec = readSpec(label.slice(open).join(' '));
    return spec?.unit ? spec : undefined;
  }
  for (let k = Math.min(MAX_UNIT_WORDS, label.length - 1); k >= 1; k--) {
    const spec = readSpec(label.slice(label.length - k).join(' '));
    // `TRIFR per million hours`: a rate's base, its values bare as a rate column's
    if (spec?.unit) return label[label.length - k - 1]?.toLowerCase() === 'per' ? null : spec;
  }
  return undefined;
}

/** How many years the nearest header above the line at `ls` names, or 0 when there is none. */
function headerYearsAbove(text: string, ls: number): number {
  let e = ls - 1;
  for (let k = 0; k < MAX_ROWS_ABOVE && e > 0; k++) {
    const s = lineStartWithin(text, e, MAX_LINE);
    if (s < 0) return 0;
    let last = e - 1;
    while (last >= s && (text.charCodeAt(last) === 0x20 || text.charCodeAt(last) === 0x0d)) last--;
    if (last < s) return 0;
    // a header ends in a year (`FY2023`, `2023 年`, `2023 年度`): test its last character before reading it
    const end = text.charCodeAt(last);
    if (isDigit(end) || end === 0x5e74 || end === 0x5ea6) {
      const years = headerYears(text.slice(s, last + 1));
      if (years > 0) return years;
    }
    e = s - 1;
  }
  return 0;
}

/** Words, then two years or more ending the line, and no other number: the years' count, else 0. */
function headerYears(line: string): number {
  const years = line.match(YEAR_CELL);
  if (!years || years.length < 2) return 0;
  // `FY2023 FY2022` alone, or after the header's words (`Metric Unit`, `指标 单位`)
  return /\d/.test(line.replace(YEAR_CELL, '')) ? 0 : years.length;
}

/** What a candidate is to a one-space row: one of its values, its unit cell (`营业收入 亿元 72.35 …`), or neither. */
export type YearRowRole = 'value' | 'unit' | null;

/**
 * Give a value of a one-space row its row's unit and scale, as `takeFlattenedRowUnit` does, and
 * tell a scale word standing as the row's unit cell, which is no figure.
 */
export function takeYearRowUnit(text: string, c: Candidate): YearRowRole {
  if (c.form.script === 'zh') return c.form.pureScale && unitCellOfRow(text, c.end) ? 'unit' : null;
  if (c.form.script !== 'arabic' || c.reading.scaled || c.reading.currency || c.reading.range !== 'none') return null;
  const cell = yearRowCell(text, c.numStart, c.numEnd);
  if (!cell) return null;
  asRowCell(c, cell.spec);
  c.qualifier = 'exact';
  return 'value';
}

/** Whether a row's first value follows `end` one space on: what ends there is the row's unit cell. */
function unitCellOfRow(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isDigit(text.charCodeAt(end + 1))) return false;
  let e = end + 1;
  while (e < text.length && /[\d,.]/.test(text[e]!)) e++;
  return yearRowCell(text, end + 1, e) !== null;
}
