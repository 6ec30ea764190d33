import type { Candidate } from './candidate';
import { lineEndWithin, lineStartWithin } from './lines';
import { specIn, unitCellPower } from './unit-spec-in';
import { YEAR_ALONE } from './cell-lines';
import { CELL_BAR_CLASS, isCellBar } from '../text/table-cells';

// A table's unit column states once the scale and unit of the values after it, often in both
// languages (`原煤产量 Raw coal output    万吨 10,000 tonnes    32,730    31,420`, `亿元 RMB 100
// million`, `百万元`): the `10,000 tonnes` or `亿元` there is a scale, not a figure. Only a power
// of ten can be one, so no other number pays for the look at its row.

const MAX_ROW = 300;
/** A tab, two spaces or more, or a bar between cells (`│万人次　│`, as table-header.ts splits rows). */
const CELL_GAP = new RegExp(String.raw`\t|[ \u3000]{2,}|[ \u3000]*${CELL_BAR_CLASS}[ \u3000]*`);
/** A bare value cell after the unit cell (`32,730`, `15.8`, `(3.2)`, `+40.8%`, `-`). */
const VALUE_CELL = /^[(\-–+]?\d[\d,.]*\)?%?$|^[-–—]$/;

const powerOfTen = (v: number): boolean => v >= 10 && Number.isInteger(Math.log10(v)) && 10 ** Math.round(Math.log10(v)) === v;

/** Whether the candidate lies in a unit cell of a table row: a label before it, only bare values after it. */
export function inUnitCell(text: string, c: Candidate): boolean {
  if (c.valueMax !== undefined || !powerOfTen(c.value)) return false;
  const ls = lineStartWithin(text, c.start, MAX_ROW);
  const le = ls < 0 ? -1 : lineEndWithin(text, c.end, MAX_ROW);
  if (ls < 0 || le < 0) return false;
  const before = text.slice(ls, c.start);
  const after = text.slice(c.end, le);
  const gapAfter = CELL_GAP.exec(after);
  const gapBefore = gapAfter ? lastGap(before) : -1;
  if (gapBefore < 0 || !gapAfter || before.slice(0, gapBefore).trim() === '') return false;
  const rest = after.slice(gapAfter.index).split(CELL_GAP).map((s) => s.trim()).filter((s) => s !== '');
  if (rest.length === 0 || !rest.every((cell) => VALUE_CELL.test(cell))) return false;
  const cell = text.slice(ls + gapBefore, c.end + gapAfter.index).trim();
  // `Charitable donations⇥RMB10,000⇥18,426⇥21,684`: a currency's power of ten before bare values
  if (specIn(cell) !== null) return true;
  if (rest.every((v) => BARE_VALUE.test(v)) && unitCellPower(cell) !== null && underUnitHeader(text, ls, before.slice(0, gapBefore).split(CELL_GAP).filter((x) => x.trim() !== '').length)) return true;
  // `KRW 100⏎million`: the cell's scale wrapped onto the line under it
  const wrapped = restBelow(text, le, gapBefore);
  return wrapped !== null && specIn(`${cell} ${wrapped}`) !== null;
}

/**
 * Whether the cell `k` of the row starting at `rowStart` stands under a header cell `Unit` (`单位`): the
 * first line above with no value cell (years head columns) and more than `k` cells is the table's header row.
 */
export function underUnitHeader(text: string, rowStart: number, k: number): boolean {
  let end = rowStart - 1;
  for (let n = 0; n < MAX_HEADER_WALK && end > 0; n++) {
    const start = lineStartWithin(text, end, MAX_ROW);
    if (start < 0) return false;
    const cells = text.slice(start, end).split(CELL_GAP).map((x) => x.trim()).filter((x) => x !== '');
    end = start - 1;
    if (cells.length <= k || cells.some((x) => VALUE_CELL.test(x) && !YEAR_ALONE.test(x))) continue;
    return UNIT_HEADER.test(cells[k]!);
  }
  return false;
}
const MAX_HEADER_WALK = 40;
const UNIT_HEADER = /^(?:units?|单位|單位)$/i;

/** A value cell of digits alone, no currency of its own. */
export const BARE_VALUE = /^[-–(]?[\d.,]+\)?%?$/;

/** Longest rest of a unit cell a PDF wraps onto the line under it (`million`, `100 million`). */
const MAX_REST = 24;
/** A unit column stands well right of a row's start, so its rest does too (a label's wrap starts near it). */
const MIN_REST_COLUMN = 8;

/**
 * The rest of the cell at column `col` of the row ending at `rowEnd`, when a PDF wrapped it onto the
 * next line alone, right under its first half (`KRW 100⏎million`, `tCO2eq/KRW⏎100 million`): the next
 * line holds one short cell starting at that column and nothing before it. Null otherwise.
 */
export function restBelow(text: string, rowEnd: number, col: number): string | null {
  if (col < MIN_REST_COLUMN || text.charCodeAt(rowEnd) !== 0x0a) return null;
  const at = rowEnd + 1 + col;
  // cheap first: spaces up to the column (a tab's width is unknown), a character at it
  for (let k = rowEnd + 1; k < at; k++) if (text.charCodeAt(k) !== 0x20) return null;
  const first = text.charCodeAt(at);
  if (Number.isNaN(first) || first === 0x20 || first === 0x0a || first === 0x09) return null;
  const le = lineEndWithin(text, at, MAX_REST);
  const rest = le < 0 ? '' : text.slice(at, le).trimEnd();
  return rest === '' || CELL_GAP.test(rest) || VALUE_CELL.test(rest) ? null : rest;
}

/**
 * Whether the number starts the rest of a unit cell wrapped under the row above (`tCO2eq/KRW⏎100
 * million`): it opens the rest's line at the column where the row above has a cell between its label
 * and its values. It states the cell's scale or a rate's base, no figure.
 */
export function inUnitCellRest(text: string, c: Candidate): boolean {
  // cheap first: a scale (a power of ten) after a column's gap
  if (text.charCodeAt(c.start - 1) !== 0x20 || text.charCodeAt(c.start - 2) !== 0x20 || c.valueMax !== undefined || !powerOfTen(c.value)) return false;
  const ls = lineStartWithin(text, c.start, MAX_ROW);
  if (ls < 1 || c.start - ls < MIN_REST_COLUMN || text.slice(ls, c.start).trim() !== '' || restBelow(text, ls - 1, c.start - ls) === null) return false;
  const above = lineStartWithin(text, ls - 1, MAX_ROW);
  if (above < 0) return false;
  const at = above + c.start - ls;
  // a cell starts right above the number, after a column's gap and a label
  if (at >= ls - 1 || text.charCodeAt(at) === 0x20 || text.charCodeAt(at - 1) !== 0x20 || text.charCodeAt(at - 2) !== 0x20 || text.slice(above, at).trim() === '') return false;
  const gap = CELL_GAP.exec(text.slice(at, ls - 1));
  if (!gap || VALUE_CELL.test(text.slice(at, at + gap.index))) return false;
  const cells = text.slice(at + gap.index, ls - 1).split(CELL_GAP).map((s) => s.trim()).filter((s) => s !== '');
  return cells.length > 0 && cells.every((cell) => VALUE_CELL.test(cell));
}

/** End of the last column gap in `s` (a tab, or a run of two spaces or more), or -1. */
function lastGap(s: string): number {
  let at = -1;
  for (let k = 0; k < s.length; k++) {
    if (s.charCodeAt(k) === 0x09 || isCellBar(s.charCodeAt(k))) at = k + 1;
    else if (isRunSpace(s.charCodeAt(k)) && isRunSpace(s.charCodeAt(k + 1))) {
      while (isRunSpace(s.charCodeAt(k + 1))) k++;
      at = k + 1;
    }
  }
  return at;
}
const isRunSpace = (c: number): boolean => c === 0x20 || c === 0x3000;
