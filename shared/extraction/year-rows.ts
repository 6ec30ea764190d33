import type { Candidate } from './candidate';
import { readSpec } from './unit-spec';
import type { UnitSpec } from './unit-spec';
import { asRowCell } from './flattened-row';
import { lineEndWithin, lineStartWithin } from './lines';
import { lineAbove } from './cell-lines';
import { oneSpaceHeaderYears, oneSpaceRow } from './one-space-rows';

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

/** Words that state a row's values are counts, the unit column's word for "no unit". */
const COUNT_WORDS = new Set(['number', 'no.', 'count', 'headcount']);

export interface YearRowCell {
  /** The row's unit and scale; null for a count (`number`). */
  spec: UnitSpec | null;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The cell a number at [numStart, numEnd) is, when its line is a one-space row under a header of
 * years. Cheap first: the number must stand between single spaces (or end its line, after another
 * number) with a digit, a sign or a bracket after the space.
 */
export function yearRowCell(text: string, numStart: number, numEnd: number): YearRowCell | null {
  if (text.charCodeAt(numStart - 1) !== 0x20) return null;
  const after = text.charCodeAt(numEnd);
  const endsLine = Number.isNaN(after) || after === 0x0a || after === 0x0d;
  if (endsLine ? !endsValue(text.charCodeAt(numStart - 2)) : !(after === 0x20 && startsCell(text.charCodeAt(numEnd + 1)))) return null;
  const ls = lineStartWithin(text, numStart, MAX_LINE);
  const le = lineEndWithin(text, numEnd, MAX_LINE);
  if (ls < 0 || le < 0) return null;
  const row = rowAt(text, ls, le);
  if (!row || numStart - ls < row.firstValue) return null;
  return headerYearsAbove(text, ls) === row.values ? { spec: row.spec } : null;
}

/** A digit, a minus or an opening bracket: what a value cell starts with. */
const startsCell = (c: number): boolean => isDigit(c) || c === 0x28 || c === 0x2d || c === 0x2212 || c === 0x2013;
/** A digit, a closing bracket or a percent sign: what a value cell ends with. */
const endsValue = (c: number): boolean => isDigit(c) || c === 0x29 || c === 0x25;

interface Row {
  /** Offset in the line of the first value. */
  firstValue: number;
  values: number;
  spec: UnitSpec | null;
}

// The row last read: each value of a row asks about the same line.
let last: { text: string; ls: number; row: Row | null } | undefined;

function rowAt(text: string, ls: number, le: number): Row | null {
  if (last?.text !== text || last.ls !== ls) last = { text, ls, row: rowOf(text.slice(ls, le).replace(/\r$/, '')) };
  return last.row;
}

/** The line as label, unit and two values or more, each word one space apart, or null. */
function rowOf(line: string): Row | null {
  const row = oneSpaceRow(line);
  if (!row || row.numbers.length < 2) return null;
  const firstValue = row.numbers[0]!.at;
  const label = line.slice(0, firstValue - 1).split(' ');
  if (line[firstValue - 1] !== ' ' || label.length < 2 || label.some((w) => w === '')) return null;
  if (line.slice(firstValue).split(' ').length !== row.numbers.length) return null;
  const unit = unitOfLabel(label);
  return unit === undefined ? null : { firstValue, values: row.numbers.length, spec: unit };
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

/** How many years the nearest header above the line at `ls`, in its block, names, or 0 when there is none. */
function headerYearsAbove(text: string, ls: number): number {
  for (let line = lineAbove(text, ls, MAX_LINE, 0), k = 0; line && k < MAX_ROWS_ABOVE; line = lineAbove(text, line.start, MAX_LINE, 0), k++) {
    // a header ends in a year (`FY2023`, `2023 年`, `2023 年度`): test its last character before reading it
    let last = line.end - 1;
    while (text.charCodeAt(last) === 0x20 || text.charCodeAt(last) === 0x0d) last--;
    const end = text.charCodeAt(last);
    if (!isDigit(end) && end !== 0x5e74 && end !== 0x5ea6) continue;
    const years = oneSpaceHeaderYears(text.slice(line.start, last + 1));
    if (years) return years.length;
  }
  return 0;
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
