import type { Candidate } from './candidate';
import { lineEndWithin, lineStartWithin } from './lines';
import { specIn } from './unit-spec-in';

// A table's unit column states once the scale and unit of the values after it, often in both
// languages (`原煤产量 Raw coal output    万吨 10,000 tonnes    32,730    31,420`, `亿元 RMB 100
// million`, `百万元`): the `10,000 tonnes` or `亿元` there is a scale, not a figure. Only a power
// of ten can be one, so no other number pays for the look at its row.

const MAX_ROW = 300;
/** A tab, two spaces or more, or a bar between cells (`│万人次　│`, as table-header.ts splits rows). */
const CELL_GAP = /\t|[ \u3000]{2,}|[ \u3000]*[|｜│][ \u3000]*/;
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
  return specIn(cell) !== null;
}

/** End of the last column gap in `s` (a tab, or a run of two spaces or more), or -1. */
function lastGap(s: string): number {
  let at = -1;
  for (let k = 0; k < s.length; k++) {
    if (s.charCodeAt(k) === 0x09 || isBar(s.charCodeAt(k))) at = k + 1;
    else if (isRunSpace(s.charCodeAt(k)) && isRunSpace(s.charCodeAt(k + 1))) {
      while (isRunSpace(s.charCodeAt(k + 1))) k++;
      at = k + 1;
    }
  }
  return at;
}
const isRunSpace = (c: number): boolean => c === 0x20 || c === 0x3000;
const isBar = (c: number): boolean => c === 0x7c || c === 0xff5c || c === 0x2502;
