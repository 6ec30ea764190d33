import { MAX_LINE, VALUE_LINE, YEAR_LINE, lineAbove, lineBelow, lineOfLone } from './cell-lines';
import type { Line } from './cell-lines';
import { specIn } from './unit-spec-in';
import type { UnitSpec } from './unit-spec';

// A table that PDF extraction flattens column by column: its row labels one a line (`员工总数（人）`,
// `女性员工占比（%）`), then each column as its year and its values one a line (`2023年⏎25,318⏎
// 41.2…`, `2022年⏎23,904⏎40.7…`). The k-th value under a year is the k-th label's: it takes the
// unit the label states in brackets, and is a table cell either way (no section number, no bare
// number dropped).

/** Columns and rows a table may have. */
const MAX_COLUMNS = 6;
const MAX_ROWS = 12;
/** A label's unit in brackets at its end: `（人）`, `(%)`, `(tCO2e)`. */
const LABEL_UNIT = /[(（]([^()（）]{1,16})[)）]$/;

/** The number `[start, end)` as a cell of a table flattened column by column: its row label's unit spec (null for none), or undefined when it is no such cell. */
export function columnCell(text: string, start: number, end: number): { spec: UnitSpec | null } | undefined {
  const own = lineOfLone(text, start, end);
  if (!own) return undefined;
  // the value's place under its year, and how many values the column holds
  let index = 0;
  let head = lineAbove(text, own.start);
  while (head && isValue(text, head) && index < MAX_ROWS) {
    index++;
    head = lineAbove(text, head.start);
  }
  if (!head || !YEAR_LINE.test(cellOf(text, head))) return undefined;
  let rows = index + 1;
  for (let below = lineBelow(text, own.end); below && isValue(text, below) && rows <= MAX_ROWS; below = lineBelow(text, below.end)) rows++;
  if (rows < 2 || rows > MAX_ROWS) return undefined;
  // earlier columns, each its year over as many values, then the labels
  for (let columns = 0; columns < MAX_COLUMNS; columns++) {
    const above = lineAbove(text, head.start);
    if (!above) return undefined;
    if (!isValue(text, above)) return labelSpec(text, above, rows, index);
    let top = above;
    for (let n = 1; n < rows; n++) {
      const up = lineAbove(text, top.start);
      if (!up || !isValue(text, up)) return undefined;
      top = up;
    }
    const year = lineAbove(text, top.start);
    if (!year || !YEAR_LINE.test(cellOf(text, year))) return undefined;
    head = year;
  }
  return undefined;
}

/** The `index`-th of the `rows` label lines ending with `last`, and its unit; undefined when there are not that many labels. */
function labelSpec(text: string, last: Line, rows: number, index: number): { spec: UnitSpec | null } | undefined {
  let line: Line | null = last;
  let label = '';
  for (let n = rows - 1; n >= 0; n--) {
    const cell = line ? cellOf(text, line) : '';
    if (!line || !isLabel(cell)) return undefined;
    if (n === index) label = cell;
    line = lineAbove(text, line.start);
  }
  const unit = LABEL_UNIT.exec(label);
  return { spec: unit ? specIn(unit[1]!) : null };
}

const cellOf = (text: string, line: Line): string => text.slice(line.start, line.end).trim();
/** A value cell; a bare year (`2022`) is the next column's heading, not the last value of this one. */
const isValue = (text: string, line: Line): boolean => {
  const cell = cellOf(text, line);
  return VALUE_LINE.test(cell) && !YEAR_LINE.test(cell);
};
/** A row label: short, with words, not a value, a year or a sentence. */
const isLabel = (cell: string): boolean =>
  cell.length > 0 && cell.length <= MAX_LINE && !VALUE_LINE.test(cell) && !YEAR_LINE.test(cell) && /[A-Za-z\u3400-\u9fff]/.test(cell) && !/[。；;:：]$|\.\s*$/.test(cell);
