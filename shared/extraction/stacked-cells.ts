import { MAX_LINE, VALUE_LINE, YEAR_LINE, lineAbove, lineBelow, lineOfLone } from './cell-lines';
import type { Line } from './cell-lines';
import { specIn } from './unit-spec-in';
import type { UnitSpec } from './unit-spec';

// A designed KPI table that PDF extraction flattens to one cell a line: each row comes out as its
// label, its unit, then its values, each on a line of its own (`数据中心总用电量⏎万千瓦时⏎405,600⏎
// 368,900`). A bare number alone on its line under such a unit line is that row's cell: it takes
// the unit line's scale and unit, and a dash or a rate in place of the unit (`—`, `升/千瓦时`)
// leaves it a bare cell (a value, not a section number). The unit line is the values' own, so
// a number in a column above does not take it as its scale (orphan-scale.ts).

/** Values a row may have after its unit (years or periods side by side). */
const MAX_VALUES = 6;
/** A unit cell saying the row has no unit. */
const NO_UNIT = /^(?:[—–\-/]|n\/?a)$/i;

/** What the unit line of a stacked row states for its values; `spec` null for a bare cell. */
export interface StackedCell {
  spec: UnitSpec | null;
}

/** The number `[start, end)` as a value of a table row flattened to one cell a line, or null. */
export function stackedCell(text: string, start: number, end: number): StackedCell | null {
  const own = lineOfLone(text, start, end);
  if (!own) return null;
  let line = own;
  for (let values = 1; values <= MAX_VALUES; values++) {
    const above = lineAbove(text, line.start);
    if (!above) return null;
    const cell = text.slice(above.start, above.end).trim();
    if (VALUE_LINE.test(cell)) {
      line = above;
      continue;
    }
    const unit = unitLine(cell);
    const label = unit === null ? null : lineAbove(text, above.start);
    if (label && isLabel(text.slice(label.start, label.end).trim())) return wrapsInto(text.slice(label.start, label.end)) ? null : unit;
    // no unit line: a row of a table whose unit stands in its label (`Gearing ratio (%)`) or its caption
    return isRowLabel(cell) ? captionedRow(text, above) : null;
  }
  return null;
}

/** Rows walked up to a table's header, and label lines a row may have. */
const MAX_ROWS = 16;
const MAX_LABEL_LINES = 4;
/** Lines above the header looked at for the table's caption. */
const MAX_CAPTION_LINES = 3;

/**
 * `Revenue⏎186,412⏎172,305…` under a header of years (`2023⏎2022⏎…`) and a caption (`(Amounts
 * expressed in RMB million unless otherwise stated)`): a financial summary flattened to one cell a
 * line, with no unit line. A row with as many values as the header has years is the table's; its
 * label's own unit (`Basic earnings per share (RMB)`, `Gearing ratio (%)`) is its values', else the
 * caption's. `label` is the row's last label line, just above its values.
 */
function captionedRow(text: string, label: Line): StackedCell | null {
  const values = runBelow(text, label);
  if (values < 2 || values > MAX_VALUES) return null;
  let own: UnitSpec | null = null;
  let top = label;
  for (let rows = 0; rows < MAX_ROWS; rows++) {
    // the row's label lines, its own unit in the nearest that states one
    for (let n = 0; n < MAX_LABEL_LINES; n++) {
      if (rows === 0) own ??= specIn(text.slice(top.start, top.end).trim());
      const above = lineAbove(text, top.start);
      const cell = above ? text.slice(above.start, above.end).trim() : '';
      if (!above || !isRowLabel(cell)) break;
      top = above;
    }
    const above = lineAbove(text, top.start);
    if (!above) return null;
    const cell = text.slice(above.start, above.end).trim();
    if (YEAR_LINE.test(cell)) {
      const header = yearsUp(text, above);
      if (header.years !== values) return null;
      return { spec: own ?? captionAbove(text, header.top) };
    }
    // the row above: as many values, then its label
    if (!VALUE_LINE.test(cell)) return null;
    let last = above;
    for (let n = 1; n < values; n++) {
      const up = lineAbove(text, last.start);
      if (!up || !VALUE_LINE.test(text.slice(up.start, up.end).trim())) return null;
      last = up;
    }
    const previousLabel = lineAbove(text, last.start);
    if (!previousLabel || !isRowLabel(text.slice(previousLabel.start, previousLabel.end).trim())) return null;
    top = previousLabel;
  }
  return null;
}

/** How many value lines follow `line`. */
function runBelow(text: string, line: Line): number {
  let n = 0;
  for (let at = lineBelow(text, line.end); at && n <= MAX_VALUES && VALUE_LINE.test(text.slice(at.start, at.end).trim()); at = lineBelow(text, at.end)) n++;
  return n;
}

/** The header's year lines up from its last (`2019`), a bracketed note among them (`(restated)`). */
function yearsUp(text: string, last: Line): { years: number; top: Line } {
  let years = 0;
  let top = last;
  for (let at: Line | null = last; at && years <= MAX_VALUES; at = lineAbove(text, at.start)) {
    const cell = text.slice(at.start, at.end).trim();
    if (YEAR_LINE.test(cell)) years++;
    else if (!/^[(（][^()（）]{1,24}[)）]$/.test(cell)) break;
    top = at;
  }
  return { years, top };
}

/** The scale and unit a caption line just above the header states for the whole table. */
function captionAbove(text: string, header: Line): UnitSpec | null {
  let at = lineAbove(text, header.start);
  for (let n = 0; at && n < MAX_CAPTION_LINES; n++, at = lineAbove(text, at.start)) {
    const spec = specIn(text.slice(at.start, at.end).trim());
    if (spec) return spec;
  }
  return null;
}

/** Whether the line `[start, end)` is a stacked row's unit line with its values below it. */
export function unitLineOverValues(text: string, start: number, end: number): boolean {
  if (end - start > MAX_LINE || unitLine(text.slice(start, end).trim()) === null) return false;
  const below = lineBelow(text, end);
  return below !== null && VALUE_LINE.test(text.slice(below.start, below.end).trim());
}

/** The unit a whole line states for the values below it, or null when it states none. */
function unitLine(cell: string): StackedCell | null {
  if (NO_UNIT.test(cell)) return { spec: null };
  // a rate (`升/千瓦时`, `tCO2e/RMB m`): the values are the rate's, with no unit of their own
  const slash = cell.indexOf('/');
  if (slash > 0 && specIn(cell.slice(0, slash)) && specIn(cell.slice(slash + 1))) return { spec: null };
  const spec = specIn(cell);
  return spec ? { spec } : null;
}

/** A row's label line in a table with no unit lines: words, perhaps its unit (`Basic earnings per share (RMB)`), no year. */
const isRowLabel = (cell: string): boolean => cell.length > 0 && !VALUE_LINE.test(cell) && !YEAR_LINE.test(cell) && /[A-Za-z\u3400-\u9fff]/.test(cell);

/**
 * A line of prose ending in a word that needs the next (`… with Alipay every⏎day⏎⏎1.7`): the line
 * below is its sentence's end, not a row's unit line.
 */
const wrapsInto = (line: string): boolean => /\b(?:every|each|per|a|an|the|of|in|for|with|and|or|to|by|than|from)\s*$/i.test(line);

/** A row's label: words, neither a value nor a unit. */
const isLabel = (cell: string): boolean => cell.length > 0 && !VALUE_LINE.test(cell) && unitLine(cell) === null && /[A-Za-z\u3400-\u9fff]/.test(cell);
