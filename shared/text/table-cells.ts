// What a table drawn with bars is made of, for every reader of one: a cell bar (a Markdown table's `|`,
// a Chinese PDF's full-width `｜`, a box-drawn table's `│`, heavy `┃` or double `║`), a rule line between or around
// its rows (Markdown's `|---|:---:|`, a box-drawn table's borders `┌──┬──┐`, `├──┼──┤`, `└──┴──┘`,
// `+---+---+` as plain-text tables draw them), and a row's cells between its bars.

/** The cell bars, as a regular expression's character class holds them (for patterns that part cells by bars or gaps). */
export const CELL_BAR_CLASS = '[|｜│┃║]';
const CELL_BAR = new RegExp(CELL_BAR_CLASS);
const CELL_BARS = new RegExp(CELL_BAR_CLASS, 'g');

/** Whether a character code is a cell bar. */
export const isCellBar = (c: number): boolean => c === 0x7c || c === 0xff5c || c === 0x2502 || c === 0x2503 || c === 0x2551;

/** Whether a line holds a cell bar. */
export const hasCellBar = (line: string): boolean => CELL_BAR.test(line);

/** How many cell bars a line holds. */
export const cellBarCount = (line: string): number => line.match(CELL_BARS)?.length ?? 0;

/** Bars, corners, joints, colons and spaces around at least one horizontal line, nothing else. */
const RULE_SHAPE = /^[\s:+|｜\u2500-\u257f-]*[-─━═][\s:+|｜\u2500-\u257f-]*$/;
/** What draws a rule: a bar, a corner, `+` or a box line (dashes alone may part a text's sections). */
const RULE_MARK = /[+|｜\u2500-\u257f]/;

/** A table's rule line: `|---|:---:|`, `| --- | --- |`, `┌──┬──┐`, `├──┼──┤`, `┗━━┻━━┛`, `+---+---+`. */
export const isRuleLine = (line: string): boolean => RULE_SHAPE.test(line) && RULE_MARK.test(line);

/** A rule line, or a line of dashes alone (`-----`, `---  ---`), which between a table's rows is its rule but elsewhere may part a text's sections. */
export const isRuleOrDashLine = (line: string): boolean => RULE_SHAPE.test(line);

export interface BarCell {
  /** The cell's text, trimmed. */
  text: string;
  /** Where the trimmed text starts and ends (for an empty cell, both where its closing bar stands). */
  start: number;
  end: number;
}

/**
 * A row's cells parted by its bars (`| 清洁能源 | 210.2 |`, `│a │b │`, `Binjiang Airport | 33.13`), each
 * trimmed with where it stands, `offset` added: what stands before the first bar or after the last is a
 * cell only when it is not blank; a blank cell between two bars is kept, so the columns stay in place.
 */
export function barCells(line: string, offset = 0): BarCell[] {
  const cells: BarCell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !isCellBar(line.charCodeAt(i))) continue;
    const part = line.slice(from, i);
    const text = part.trim();
    if (text !== '' || (from > 0 && i < line.length)) {
      const start = offset + from + (part.length - part.trimStart().length);
      cells.push({ text, start, end: start + text.length });
    }
    from = i + 1;
  }
  return cells;
}

/** A header cell of a year glued by one space to the name of the column after it: `2023 Change (%)`, `FY2023 Share`. */
const YEAR_GLUED_TO_NAME = /^((?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?) (?![年度]|vs\b)([\p{L}%].*)$/iu;

/**
 * A header's cells with each year glued to the next column's name parted in two (`2023 Change (%)` over the rows'
 * `1,680.0   +7.1`, a layout that left one space between them), when that gives the header the `width` of a row under
 * it, or one cell fewer where the header leaves the label column blank (`      2024   2023  Share (%) Change (%)`);
 * undefined when it does not (`2024 target` over as many cells as the header has is one column).
 */
export function ungluedHeaderCells(cells: readonly string[], width: number, labelColumnBlank = false): string[] | undefined {
  if (cells.length >= width) return undefined;
  const parted = cells.flatMap((cell) => gluedHeader(cell) ?? [cell]);
  return parted.length === width || (labelColumnBlank && parted.length === width - 1) ? parted : undefined;
}

/** A header cell holding two columns' names glued by one space: a year and a name (`2023 Change (%)`), or two percentage names (`Share % Change %`). */
export function gluedHeader(cell: string): [string, string] | undefined {
  return gluedYear(cell) ?? gluedPercentNames(cell);
}

/** A header cell of two percentage columns' names glued by one space (`Share % Change %`, `占比(%) 同比(%)`): each name, or undefined. */
function gluedPercentNames(cell: string): [string, string] | undefined {
  const m = PERCENT_NAMES_GLUED.exec(cell.trim());
  return m ? [m[1]!, m[2]!] : undefined;
}
const PERCENT_NAME = String.raw`\p{L}[^%％()（）]{0,20}?\s?[(（]?[%％][)）]?`;
const PERCENT_NAMES_GLUED = new RegExp(`^(${PERCENT_NAME}) (${PERCENT_NAME})$`, 'u');

/** A header cell's year and the next column's name glued to it by one space (`2023 Change (%)`: `2023`, `Change (%)`), or undefined. */
export function gluedYear(cell: string): [string, string] | undefined {
  const m = YEAR_GLUED_TO_NAME.exec(cell.trim());
  return m ? [m[1]!, m[2]!] : undefined;
}

/** A character shown twice a digit's width (`shownWidth`). */
export const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** How wide `line[from, to)` shows: a CJK or full-width character two columns, any other one. */
export function shownWidth(line: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

/**
 * Of the header line `head`'s cells `over` (`spanOf` where each stands, `[start, end)`), the first standing over the row cell
 * `row[start, end)` by the width the characters show (`shownWidth`: a table set for the eye, typed or converted from Word, where
 * text counts characters): holding it whole when `whole`, else meeting it; undefined when none does.
 */
export function shownOver<T>(head: string, over: readonly T[], spanOf: (cell: T) => readonly [number, number], row: string, start: number, end: number, whole: boolean): T | undefined {
  const from = shownWidth(row, 0, start);
  const to = from + shownWidth(row, start, end);
  return over.find((cell) => {
    const [s, e] = spanOf(cell);
    const left = shownWidth(head, 0, s);
    const right = left + shownWidth(head, s, e);
    return whole ? left <= from && to <= right : left < to && from < right;
  });
}
