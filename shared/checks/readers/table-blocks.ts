// The tables of a document as rows of cells, for the checks that add up or divide along them: a
// block is a run of tab-separated lines (as the PDF, Word and text readers give tables) or of
// space-aligned lines (as a layout-keeping PDF text export gives them: cells apart by two spaces or
// more) or of pipe-separated lines (as Markdown and some converters give them, and box-drawn ones as
// PDF-to-text and Word exports of Chinese reports do: `│cell │cell │` between `├──┼──┤` borders) or of one-space rows
// under a header of years (as a PDF text without layout gives them, `one-space-rows.ts`), each cell
// holding at most one figure. Read once per document in one pass over its lines and figures.

import { periodsIn } from '../../metrics/period';
import { oneSpaceCells } from '../../extraction/one-space-rows';
import { readSpec } from '../../extraction/unit-spec';
import { specIn } from '../../extraction/unit-spec-in';
import { readOncePerSpan } from '../../text/read-once-per-span';
import { barCells, cellBarCount, gluedHeader, hasCellBar, isCellBar, isRuleOrDashLine, ungluedHeaderCells } from '../../text/table-cells';
import type { CheckDocument, DocFigure } from '../types';
import { HAS_LETTER, OPENS_LOWER, OPENS_WITH_LETTER, TWO_LETTERS } from '../../text/letters';

/** Blocks longer than this are read as several (a bound on the rows walked per figure). */
const MAX_ROWS = 80;
/** A breakdown row's opening word (`其中：清洁能源保险`): the row is the part, not the word. */
export const BREAKDOWN_WORD = /^(?:其中|包括|含)/;
export const SUBROW = /^\s*(?:[-–—•·]|其中|包括|含|of which|including|incl\.|thereof)/i;
/** A row's label without its breakdown opening (`其中：STEM编程套件` is `STEM编程套件`): the part's own name. */
export const ownLabel = (label: string): string => label.replace(SUBROW, '').replace(/^[\s:：]+/, '');

export interface Row {
  label: string;
  /** Each cell's text, and the figure it holds when it holds one. */
  texts: string[];
  cells: Array<DocFigure | undefined>;
  /** Whether it is a header: no numbers in it but periods. */
  header: boolean;
  /** Where its line ends in the text. */
  end: number;
}

/** How far a row's line is set in from the left: the spaces, tabs and ideographic spaces before its label. */
export function rowIndent(text: string, row: Pick<Row, 'end'>): number {
  const start = text.lastIndexOf('\n', row.end - 1) + 1;
  let at = start;
  while (text[at] === ' ' || text[at] === '\t' || text[at] === '\u3000') at++;
  return at - start;
}

const read = new WeakMap<CheckDocument, Row[][]>();

/** The document's table blocks (read once per document). */
export function tableBlocks(doc: CheckDocument): Row[][] {
  let blocks = read.get(doc);
  if (!blocks) read.set(doc, (blocks = readBlocks(doc)));
  return blocks;
}

function readBlocks(doc: CheckDocument): Row[][] {
  const blocks: Row[][] = [];
  let block: Row[] = [];
  // the cells of the block's widest space-aligned row, which a shorter row's cells are set under
  let widest: Cell[] | undefined;
  // the cells of a space-aligned header just read, and the column each heads
  let headerCells: Array<Cell & { column: number }> | undefined;
  // the first line of the next row's label, wrapped over it
  let opening: string | undefined;
  let k = 0;
  const { text, figures } = doc;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    while (k < figures.length && figures[k]!.start < lineStart) k++;
    // a markdown rule under a pipe table's header (`|---|---|`), a box-drawn table's border (`├──┼──┤`), a plain-text
    // table's dashes, is no row, and ends no block
    if (block.length > 0 && isRuleOrDashLine(line)) {
      lineStart = lineEnd + 1;
      continue;
    }
    // a header wrapped over two lines (`vs. previous` over `year (%)`, `Share of` over `total (%)`): each cell of the
    // line under it joins the header cell it is set under
    const wrapped = headerCells && block.at(-1)?.header ? wrappedHeader(line, headerCells) : undefined;
    if (wrapped) {
      const head = block.at(-1)!;
      for (const [column, words] of wrapped) head.texts[column] = `${head.texts[column]} ${words}`;
      lineStart = lineEnd + 1;
      continue;
    }
    // a pipe table's row splits at its pipes before its wide gaps: right-aligned cells of different widths (`|    86.4 |`,
    // `| 1,780.6 |`) split at their spaces would land in different columns
    const split = block.length < MAX_ROWS ? ((hasCellBar(line) ? pipeCells(text, lineStart, lineEnd) : undefined) ?? cellsOf(line)) : undefined;
    if (split) {
      const cells: Array<DocFigure | undefined> = [];
      const spaced = !line.includes('\t') && !hasCellBar(line) && WIDE_GAP.test(line.trim());
      if (spaced && widest && split.length < widest.length) partGluedValue(split, widest);
      const columns = spaced && widest && split.length < widest.length ? underWidest(split, widest) : undefined;
      const parts = columns ? Array.from(widest!, () => '') : split.map((c) => c.text);
      split.forEach((cell, i) => {
        const column = columns?.[i] ?? i;
        if (columns) parts[column] = cell.text;
        const at = lineStart + cell.at;
        const end = at + cell.text.length;
        while (k < figures.length && figures[k]!.start < at) k++;
        // a cell holding one figure, and nothing else with digits, is that figure's cell
        if (k < figures.length && figures[k]!.start < end && (k + 1 >= figures.length || figures[k + 1]!.start >= end)) cells[column] = { doc, figure: figures[k]!, index: k };
      });
      // a header holds no figure: words, years (`2023 年`), or names with a number (`Scope 1`)
      const header = !cells.some(Boolean) && parts.some((c) => HAS_LETTER.test(c) || periodsIn(c, 0, c.length).length > 0);
      if (opening !== undefined) parts[0] = `${opening} ${parts[0]}`;
      opening = undefined;
      block.push({ label: (AGE_BAND.test(parts[0] ?? '') ? parts[0] : parts.find((c) => TWO_LETTERS.test(c))) ?? '', texts: parts, cells, header, end: lineEnd });
      if (!header) unglueHeader(block, parts.length, text);
      headerCells = header && spaced ? split.map((cell, i) => ({ ...cell, column: columns?.[i] ?? i })) : undefined;
      if (spaced && !header && split.length > (widest?.length ?? 0)) widest = split;
    } else if (block.length > 0 && block.length < MAX_ROWS && labelRest(block.at(-1)!, line)) {
      // a row's label wrapped onto a line of words alone under it (`Cardiovascular and` over `  metabolic`): it goes on
      const last = block.at(-1)!;
      last.label = last.texts[0] = `${last.label} ${line.trim()}`;
    } else if (block.length > 0 && block.length < MAX_ROWS && opening === undefined && !(k < figures.length && figures[k]!.start < lineEnd) && labelOpens(text, line, lineEnd)) {
      // or over its row (`(5) Consumption of … from` over `    fossil sources (GWh)   318   274`): the row's label goes on from it
      opening = line.trim();
    } else {
      if (block.length > 0) blocks.push(block);
      block = [];
      opening = undefined;
      widest = undefined;
      headerCells = undefined;
    }
    lineStart = lineEnd + 1;
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

/**
 * The block's last header over a row wider than it, each year glued to the next column's name parted (`2023 Change (%)`): it heads the
 * row's columns (a header set in past the label column, `      2024   2023  Share (%) Change (%)`, all but the label's).
 */
function unglueHeader(block: Row[], width: number, text: string): void {
  const head = block.findLast((r) => r.header);
  const texts = head && ungluedHeaderCells(head.texts, width, rowIndent(text, head) > 0);
  // (one short of the row, the header's first cell heads the row's first value: its label column is the blank one)
  if (head && texts) head.texts = texts.length === width - 1 ? ['', ...texts] : texts;
}

/**
 * Whether a line goes on with the label of the data row above it: words alone, set in under the label column, that a
 * wrapped label runs on with — a lowercase word (`  metabolic` under `Cardiovascular and`) or any after a label
 * ending on a joining word (`and`, `of`, `from`, a comma).
 */
function labelRest(row: Row, line: string): boolean {
  if (row.header || row.texts[0] !== row.label || !row.cells.some(Boolean)) return false;
  const m = WRAPPED_LABEL.exec(line);
  return m !== null && (OPENS_LOWER.test(m[1]!) || LABEL_JOINS_ON.test(row.label));
}

/** Whether a line of words alone opens the label of the row under it (set in and lowercase, or after a joining word). */
function labelOpens(text: string, line: string, lineEnd: number): boolean {
  if (!LABEL_OPENING.test(line)) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  const m = WRAPPED_ROW.exec(next);
  // a row not set in goes on from a line stopping on a joining word only (`Southampton and` over `Bournemouth   19.2`)
  return m !== null && ((m[1] !== '' && OPENS_LOWER.test(m[2]!)) || LABEL_JOINS_ON.test(line.trim())) && cellsOf(next) !== undefined;
}

/** A line of a few words alone, set in by one space or more, no number: the rest of a label wrapped above it. */
const WRAPPED_LABEL = /^ {1,8}(\p{L}[\p{L} ,'’&()-]{0,38})$/u;
/** A row's line whose label is the rest of a label wrapped over it (`    fossil sources (GWh)      318`), its indent and label. */
const WRAPPED_ROW = /^( {0,8})(\p{L}[^\d]*?) {2,}\S/u;
/** A label's first line alone (`(5) Consumption of purchased … from`, `  Percentage of Scope 1 … from regulated`): no sentence's stop, no gap. */
const LABEL_OPENING = /^(?=.{4,100}$) {0,8}(?:\(\d{1,2}\) )?\p{L}(?:[^.;:!?。；：！？ ]| (?! ))* ?$/u;
/** A label whose line stops on a joining word or mark, its rest on the next line. */
const LABEL_JOINS_ON = /(?:\b(?:and|of|for|from|in|to|with|by|on)|[,&-])$/i;

/** A table's sub-heading on a line of its own: a few words, no figure, no sentence mark (`环境绩效`, `Social`). */
const SECTION_LINE = /^\s*(?=[^\t]*\p{L})[^\d\t|.,;:!?。，；：！？、]{2,24}$/u;

/**
 * The rows of the blocks above a block that one table goes on through, each parted from the next by a
 * sub-heading line alone (`环境绩效` between `营业收入 | 亿元 | …` and `温室气体排放总量 | … `), as wide:
 * a KPI table's sections, under the one header of years at its top. Nearest block first.
 */
export function sectionRowsAbove(doc: CheckDocument, block: number): Row[] {
  const blocks = tableBlocks(doc);
  const rows: Row[] = [];
  for (let b = block; b > 0; b--) {
    const [upper, lower] = [blocks[b - 1]!, blocks[b]!];
    const first = lower.find((r) => r.cells.some(Boolean))?.cells.find(Boolean);
    const last = upper.findLast((r) => r.cells.some(Boolean))?.cells.findLast(Boolean);
    if (!first || !last || upper.at(-1)!.texts.length !== lower[0]!.texts.length) break;
    const between = doc.text.slice(last.figure.end, first.figure.start).split('\n');
    // the rest of the upper block's row, the sub-heading, the start of the lower block's row
    if (between.length !== 3 || !SECTION_LINE.test(between[1]!)) break;
    rows.push(...upper);
  }
  return rows;
}

export interface CellPlace {
  /** Which table block of its document the cell stands in. */
  block: number;
  /** The words heading its column: the nearest cell above it in its block holding words and no figure (`Women`, `Hires`), or ''. */
  head: string;
}

const placed = new WeakMap<CheckDocument, Map<number, CellPlace>>();

/** Each table cell's block and column heading, by the index of its figure (read once per document, one pass over its blocks). */
export function cellPlaces(doc: CheckDocument): Map<number, CellPlace> {
  let places = placed.get(doc);
  if (!places) placed.set(doc, (places = readPlaces(doc)));
  return places;
}

function readPlaces(doc: CheckDocument): Map<number, CellPlace> {
  const places = new Map<number, CellPlace>();
  tableBlocks(doc).forEach((rows, block) => {
    const heads: string[] = [];
    for (const row of rows)
      row.texts.forEach((text, column) => {
        const cell = row.cells[column];
        if (cell) places.set(cell.index, { block, head: heads[column] ?? '' });
        else if (column > 0 && HAS_LETTER.test(text)) heads[column] = text.trim();
      });
  });
  return places;
}

/**
 * The lines above the line holding `at`, nearest first, each trimmed, up to the text's first line:
 * what a table row's heading lines are read from (consistency.ts's headings over a row; a table's
 * caption, `captionLines`). A reader stops when it has what it wants.
 */
export function* linesAbove(text: string, at: number): Generator<string> {
  let end = text.lastIndexOf('\n', at);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    yield text.slice(start, end).trim();
    end = start - 1;
  }
}

/** A caption's number: `Table 2:`, `Table 3.1`, `表2：`. */
export const CAPTION_NUMBER = /^(?:table\s*|表)\s*[\d.-]+[a-z]?\s*[:：.]?/i;

/** A line saying only the unit a table's cells are in (`单位：万元`, `（单位：吨）`, `Unit: tonnes`), or only a currency and its scale (`GBP thousand`, `(EUR million)`). */
export const UNIT_LINE = /^\s*[(（]?\s*(?:(?:单位|單位|[Uu]nits?|UNITS?)\s*[:：][^:：]{0,24}|(?:[A-Z]{3}|[£€$¥])\s*(?:'000|thousands?|millions?|billions?|m|bn)\s*[)）]?\s*)$/;

/** How many lines above a table's row (blank ones counted) its caption is looked for, by the readers that look near. */
export const CAPTION_LINES = 3;

const YEARS = /(?:19|20)\d{2}/g;

/** A line above a table's row that may be its caption. */
export interface CaptionLine {
  /** The line, trimmed; never blank. */
  line: string;
  /** How many lines up from the row it stands, blank ones counted: 1 just above it, 0 the row's own line. */
  up: number;
  /** Whether it is a header of years set above the rows (`      2023      2022     Change (%)`): two years, and no figure with decimals or thousands. */
  years: boolean;
}

/**
 * The lines a table's caption is read from, nearest first, blank ones passed over, up to `reach` lines above `row`
 * (its first row, or the first under its header), from the row's own line when `own` (a header row may hold its
 * caption: `Table 1  Harvest volumes by region   (tonnes GWT)` over its years). The one walk of every caption
 * reader: each takes the candidate it wants (the first line with words, one past the header, a numbered one).
 */
export function* captionLines(text: string, row: Pick<Row, 'end'>, { reach = Infinity, own = false }: { reach?: number; own?: boolean } = {}): Generator<CaptionLine> {
  const fromOwn = own && row.end < text.length;
  let up = fromOwn ? 0 : 1;
  for (const line of linesAbove(text, fromOwn ? row.end : row.end - 1)) {
    if (up > reach) return;
    if (line !== '') yield { line, up, years: (line.match(YEARS) ?? []).length >= 2 && !/\d[\d,]*\.\d|\d,\d{3}/.test(line) };
    up++;
  }
}

interface Cell {
  text: string;
  /** Where it starts in its line. */
  at: number;
}

/**
 * The columns of a space-aligned row with fewer cells than its block's widest, each cell under the widest row's
 * cell it overlaps most (`Recordable injuries  62  71` under the `Total` columns of `Employees  Contractors  Total`
 * for two years), or undefined when a cell overlaps none or two cells share one.
 */
function underWidest(row: Cell[], widest: Cell[]): number[] | undefined {
  const columns = [0];
  for (let i = 1; i < row.length; i++) {
    const { at, text } = row[i]!;
    let best = -1;
    let most = 0;
    for (let j = columns.at(-1)! + 1; j < widest.length; j++) {
      const overlap = Math.min(at + text.length, widest[j]!.at + widest[j]!.text.length) - Math.max(at, widest[j]!.at);
      if (overlap > most) [best, most] = [j, overlap];
    }
    if (best < 0) return undefined;
    columns.push(best);
  }
  return columns;
}

/**
 * A row's first value one space after its label, the label's column too narrow for both (`of which emission-free 72,097`
 * over `64,290`): parted from the label when it stands under the widest row's first value column, not under its labels.
 */
function partGluedValue(row: Cell[], widest: Cell[]): void {
  const m = GLUED_VALUE.exec(row[0]!.text);
  if (!m || widest.length < 2) return;
  const at = row[0]!.at + m[1]!.length + 1;
  const end = at + m[2]!.length;
  const [labels, values] = [widest[0]!, widest[1]!];
  if (at < labels.at + labels.text.length || !(at < values.at + values.text.length && values.at < end)) return;
  row.splice(0, 1, { text: m[1]!, at: row[0]!.at }, { text: m[2]!, at });
}
/** A label's words, then one space and a value in thousands groups (a label's own number has none: `Category 1.5`, `Tier 2`). */
const GLUED_VALUE = /^(.*\p{L}\S*) ([-−(]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?)$/u;

/**
 * The line under a space-aligned header as the rest of its wrapped cells: words alone (a bracketed unit aside), no year,
 * each set under one cell of the header (their spans overlap); each cell's column and words, or undefined.
 */
function wrappedHeader(line: string, header: ReadonlyArray<Cell & { column: number }>): Array<[number, string]> | undefined {
  if (line.includes('\t') || hasCellBar(line)) return undefined;
  const cells = [...line.matchAll(/[^ \u3000]+(?: [^ \u3000]+)*/g)];
  if (cells.length === 0 || cells[0]!.index === 0) return undefined;
  const out: Array<[number, string]> = [];
  for (const m of cells) {
    const text = m[0];
    if (!HAS_LETTER.test(text) || /\d/.test(text.replace(/[（(][^（()）]*[)）]/g, '')) || YEAR_HEADER.test(text)) return undefined;
    const under = header.filter((h) => h.at < m.index + text.length && m.index < h.at + h.text.length);
    // a line set under the labels' header (`Item`) is a sub-heading of the rows, no header's rest
    if (under.length !== 1 || (under[0]!.column === 0 && under[0]!.at === 0)) return undefined;
    out.push([under[0]!.column, text]);
  }
  return out;
}

/** A box-drawn border's corners, tees and crosses (`┌`, `┬`, `┼`, `┤`, heavy and double ones): where its table's bars meet it. */
const JOINTS = /[\u250c-\u254b\u2552-\u256c]/g;
/** How many bars a line holds; a box-drawn border, how many bars meet it (`├──┼──┤` 3, as `│a │b │`). */
const pipesOf = (line: string) => (hasCellBar(line) ? cellBarCount(line) : (line.match(JOINTS)?.length ?? 0));

/**
 * A line's cells split at its pipes (`Binjiang Airport | 33.13 | 1,648 | 238.4`, outer pipes or not),
 * when the line before or after it has as many pipes (a box-drawn border as many joints): a pipe table's
 * rows come together, while a running head or footer (`Binjiang Airport Group | 2023 CSR Report | 22`)
 * stands alone.
 */
function pipeCells(text: string, lineStart: number, lineEnd: number): Cell[] | undefined {
  const line = text.slice(lineStart, lineEnd);
  const pipes = hasCellBar(line) ? pipesOf(line) : 0;
  if (pipes === 0) return undefined;
  const before = lineStart >= 1 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : undefined;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const after = lineEnd < text.length ? text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd) : undefined;
  if (!(before !== undefined && pipesOf(before) === pipes) && !(after !== undefined && pipesOf(after) === pipes)) return undefined;
  const cells = barCells(line).map((c): Cell => ({ text: c.text, at: c.start }));
  return cells.length >= 2 ? cells : undefined;
}

/** A row labelled by a band of ages alone (`30-50` between `Under 30` and `Over 50`): a label, though it has no word. */
const AGE_BAND = /^\d{2}\s?[-–~]\s?\d{2}$/;
/**
 * A number in a cell of its own: `14,205`, `-8.4%`, `△5.1` (a fall, in Japanese reports), `(1,204)`, a negative change `(4.8%)`, `+0.8 points`, `—`;
 * or grouped in thousands by spaces, as European and South African reports write them (`1 364.9`, `12 248`).
 */
const NUMBER_CELL = /^(?:[-−–+△▲]?\(?(?:[\d.,，]+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?)\)?\s*(?:%|points?|pts?|pp)?|\([\d.,，]+\s*%\)|[-–—]+)$/;
const ROW_REACH = 400;
/** A unit cell between a row's label and its numbers: short, with no number in it (`tCO2e`, `persons`, `%`, `万名`). */
const UNIT_CELL = /^(?=.{1,16}$)[^\d]*(?:\d[^\d]*)?$/;
/**
 * A unit cell stating its scale by a power of ten (`10,000 tonnes`, `100 million kWh`, `RMB100 million`, `10,000 tonnes CO2e`), or
 * longer words opening with a unit (`tonnes of coal equiv.`, `tCO2e per RMB million`): no other number in it than the unit's own.
 */
const isUnitCell = (cell: string): boolean => UNIT_CELL.test(cell) || (cell.length <= 32 && (SCALED_UNIT_CELL.test(cell) ? specIn(cell) !== null : opensWithUnit(cell)));
const opensWithUnit = (cell: string): boolean => {
  const first = cell.split(' ')[0]!;
  return !/\d/.test(cell.slice(first.length)) && readSpec(first) !== null;
};
const SCALED_UNIT_CELL = /^(?=.*\p{L})[^\d]*(?<![\d.,])(?:10|100|1,?000|10,?000|100,?000)(?![\d.,])[^\d]*(?:\d[^\d]*)?$/u;
/** A unit per a scaled amount, longer and with the scale's number: `tCO2eq/KRW 100 million`, `GJ/RMB 10,000`, `tCO2e/HK$ million revenue`. */
const PER_UNIT_CELL = /^(?=.{1,32}$)(?=.*\p{L})[^\d/]*\d?[^\d/]*\/[^\d/]*(?:\d{1,3}(?:,\d{3})*(?=\s)[^\d/]*)?$/u;
/** A second label cell: words, no number, no sentence's stop (`Salaries and benefits`, `Interest expenses`). */
const ITEM_CELL = /^(?=.{1,40}$)\p{L}[^\d.;:!?。；：！？]*$/u;
/** A header cell of a year (`2023`, `2022/23`, `FY2023`, `F2023`, `2023 年`): an indented line of these alone heads its columns, its label column left blank. */
const YEAR_HEADER = /^(?:FY\s?|F)?(?:19|20)\d{2}(?:[/-]\d{2,4})?(?:\s?年)?$|^FY\s?\d{2}$/;
/** A table's number opening its caption: `Table 1.1`, `Exhibit 3`, `表2-1`. */
const TABLE_NUMBER = /^(?:table|exhibit|表|圖|图)\s*[A-Z]?\d+(?:[.-]\d+)*[a-z]?$/i;
/** A row's serial number: `1.`, `12.`, `(b)`, `iv.`, `3)`. */
const SERIAL_CELL = /^(?:\d{1,2}[.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})[.)])$/;
/** Cells further apart than a word space (two spaces or more, or an ideographic space). */
const WIDE_GAP = / {2,}|\u3000+/;

/**
 * A line's cells: split at its tabs, or — with no tab — at wide gaps, when it reads as a row: a
 * label and numbers each in a cell of its own (`Natural gas      14,205      14,918`), or a header
 * of short names or years with no figure in it (`Source      2022      2023`). A bullet or a
 * sentence with a double space in it is neither.
 */
function cellsOf(line: string): Cell[] | undefined {
  if (line.includes('\t')) {
    let at = 0;
    return line.split('\t').map((text) => {
      const cell = { text, at };
      at += text.length + 1;
      return cell;
    });
  }
  if (!WIDE_GAP.test(line.trim())) return oneSpaceCells(line);
  const cells: Cell[] = [];
  for (const m of line.matchAll(/[^ \u3000]+(?: [^ \u3000]+)*/g)) cells.push({ text: m[0], at: m.index });
  // a table's number and title on its header's line (`Table 1.1  Key performance measures   2023-24   2022-23   Change`): its label cell
  if (cells.length >= 3 && TABLE_NUMBER.test(cells[0]!.text) && HAS_LETTER.test(cells[1]!.text) && !YEAR_HEADER.test(cells[1]!.text))
    cells.splice(0, 2, { text: line.slice(cells[0]!.at, cells[1]!.at + cells[1]!.text.length), at: cells[0]!.at });
  // a row's serial number in a column of its own (`1.    Permanent (D)   3,38,412`, `(b)   Total CSR obligation   56,820`): no cell
  if (cells.length >= 3 && SERIAL_CELL.test(cells[0]!.text) && OPENS_WITH_LETTER.test(cells[1]!.text)) cells.shift();
  if (cells.length >= 2 && cells[0]!.at >= 2 && cells.every((c) => YEAR_HEADER.test(c.text))) return cells;
  // (a header whose label column is blank may open with a year and end on a word: `   2021   2022   2023   YoY (%)`)
  const yearFirst = cells[0]!.at >= 2 && YEAR_HEADER.test(cells[0]!.text);
  if (cells.length < 2 || !(HAS_LETTER.test(cells[0]!.text) || AGE_BAND.test(cells[0]!.text) || yearFirst)) return undefined;
  const rest = cells.slice(1).map((c) => c.text);
  // a KPI table often gives each row its unit in a column of its own (`Scope 1 emissions   tCO2e   7,960   8,130`)
  // and a table by stakeholder or topic, a second label column naming the item (`Employees   Salaries and benefits   6,842   7,124`)
  const second = rest.length >= 2 && (isUnitCell(rest[0]!) || PER_UNIT_CELL.test(rest[0]!) || (rest.length >= 3 && ITEM_CELL.test(rest[0]!)));
  const values = second && !NUMBER_CELL.test(rest[0]!) ? rest.slice(1) : rest;
  const data = values.every((t) => NUMBER_CELL.test(t));
  // a header whose label column is blank opens with its first year (`   FY2022   FY2023   Share of total (%)`)
  // (a year glued by one space to the next column's name, `2023/24 Change (%)`, is that year and that name; read only
  // when the cheaper tests fail, as this runs on every line of every document)
  const header =
    rest.every((t) => t.length <= 16 && !/[\d.,]{5,}/.test(t)) ||
    yearsAndChange(cells.map((c) => c.text)) ||
    namesBesideYears((YEAR_HEADER.test(cells[0]!.text) ? cells.map((c) => c.text) : rest).flatMap((t) => gluedHeader(t) ?? [t]));
  return data || header ? cells : undefined;
}

/** A header of years and a change column naming them (`FY24   FY23   FY22   Change FY24 vs FY23 (%)`): its one long cell no sentence. */
const yearsAndChange = (texts: string[]): boolean =>
  texts.filter((t) => YEAR_HEADER.test(t)).length >= 2 && texts.every((t) => YEAR_HEADER.test(t) || (t.length <= 32 && CHANGE_NAMING_YEARS.test(t)));

/**
 * A header of two years or more whose other cells name columns in a few words (`2022   2023   Change   Share of 2023 sales`):
 * a name may be longer than a short header's, never a clause (no sentence's stop, no figure but a year).
 */
const namesBesideYears = (texts: string[]): boolean =>
  texts.filter((t) => YEAR_HEADER.test(t)).length >= 2 && texts.every((t) => YEAR_HEADER.test(t) || (t.length <= 32 && t.split(' ').length <= 5 && !/[.;:!?。；：！？]|\d{5,}/.test(t)));

/** A change column's header that names the years it is between: `Change FY24 vs FY23 (%)`, `% change 2023/2022`, `% 2023/2022`. */
export const CHANGE_NAMING_YEARS = /^(?:%\s*)?(?:change|growth|movement|variance)\b[^.;:!?。；：！？]*(?:(?:19|20)\d{2}|FY\s?\d{2}\b)|^(?:FY\s?)?\d{2,4}\s*vs\.?\s*(?:FY\s?)?\d{2,4}|^%\s*(?:19|20)\d{2}\s*\/\s*(?:19|20)\d{2}$/i;

/**
 * Whether a figure is a value cell of a row one space apart (`Women % 18.0 19.0 20.0`, as PDF text
 * without layout gives a table): its line reads as label, unit and two numbers or more.
 */
export function inOneSpaceRow(text: string, figure: { start: number; end: number }): boolean {
  if (text.charCodeAt(figure.start - 1) !== 32) return false;
  const [lineStart, lineEnd] = rowBounds(text, figure);
  return numberCells(text, lineStart, lineEnd).includes(figure.start);
}

/** Whether a figure stands in a space-aligned cell: a wide gap on one side of it, within its line. */
export function inSpacedCell(text: string, figure: { start: number; end: number }): boolean {
  if (!wideGapBeside(text, figure)) return false;
  const [lineStart, lineEnd] = rowBounds(text, figure);
  const whole = (lineStart === 0 || text.charCodeAt(lineStart - 1) === 10) && (lineEnd === text.length || text.charCodeAt(lineEnd) === 10);
  return whole && cellsOf(text.slice(lineStart, lineEnd)) !== undefined;
}

/**
 * Two spaces just before or just after the figure. A sign written before it (`  +6.3` under a change
 * column, the row's last cell) is its cell's: the gap is before the sign.
 */
const wideGapBeside = (text: string, figure: { start: number; end: number }) => {
  const start = CELL_SIGN.test(text.charAt(figure.start - 1)) ? figure.start - 1 : figure.start;
  return (
    (start >= 2 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 32) ||
    (figure.end + 2 <= text.length && text.charCodeAt(figure.end) === 32 && text.charCodeAt(figure.end + 1) === 32)
  );
};

/** A sign a change cell is written with: plus, hyphen-minus, minus, full-width plus and minus. */
const CELL_SIGN = /^[+\-−＋－]$/;

/** A row is short: its line's ends are looked for within ROW_REACH characters of the figure only. */
function rowBounds(text: string, figure: { start: number; end: number }): [number, number] {
  let lineStart = figure.start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && figure.start - lineStart < ROW_REACH) lineStart--;
  let lineEnd = figure.end;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && lineEnd - figure.end < ROW_REACH) lineEnd++;
  return [lineStart, lineEnd];
}

/**
 * Where the number cells of a one-space row start, when the text from `lineStart` to `lineEnd`
 * reads as one with two numbers or more (none otherwise). The figures of a line are asked about
 * one after another, by rule after rule: the last line's cells are kept.
 */
const numberCells = readOncePerSpan((text, lineStart, lineEnd): readonly number[] => {
  const numbers = oneSpaceCells(text.slice(lineStart, lineEnd))?.filter((c) => /^[-−(]?\d/.test(c.text));
  return numbers && numbers.length >= 2 ? numbers.map((c) => lineStart + c.at) : [];
});

/**
 * A line of running text or of a table, read once for all the figures on it (they are asked about
 * in turn, by rule after rule): its ends, where its first and last tab stand (-1: none), and whether
 * its cells read as a space-aligned row (`spaced`, read when first asked). Only a line of ROW_REACH
 * characters at most, with no line break inside a figure on it: from any figure on such a line, its
 * ends are within every reach the table tests look within.
 */
interface Line {
  text: string;
  start: number;
  end: number;
  firstTab: number;
  lastTab: number;
  spaced?: boolean;
  /** Whether it is a row of a pipe table (read when first asked). */
  piped?: boolean;
}

let lastLine: Line = { text: '', start: 0, end: -1, firstTab: -1, lastTab: -1 };

/** The line the figure stands on, when it is one `Line` holds; undefined for a longer line or a figure across a line break. */
export function shortLineOf(text: string, figure: { start: number; end: number }): Line | undefined {
  const line = lastLine;
  if (text === line.text && line.start <= figure.start && figure.end <= line.end) return line;
  let start = figure.start;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) if (figure.start - --start > ROW_REACH) return undefined;
  let end = start;
  let firstTab = -1;
  let lastTab = -1;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === 10) break;
    if (c === 9) {
      if (firstTab < 0) firstTab = end;
      lastTab = end;
    }
    if (end - start >= ROW_REACH) return undefined;
  }
  if (end < figure.end) return undefined;
  return (lastLine = { text, start, end, firstTab, lastTab });
}

/** `inSpacedCell` on a figure of a line `shortLineOf` read. */
export function inSpacedCellOf(line: Line, figure: { start: number; end: number }): boolean {
  if (!wideGapBeside(line.text, figure)) return false;
  return (line.spaced ??= cellsOf(line.text.slice(line.start, line.end)) !== undefined);
}

/** Whether a figure of a line `shortLineOf` read stands in a cell of a pipe table's row (`Donghu Airport | 2.62 | 64`). */
export function inPipeRowOf(line: Line, figure: { start: number; end: number }): boolean {
  if (!(line.piped ??= pipeCells(line.text, line.start, line.end) !== undefined)) return false;
  const row = line.text.slice(line.start, line.end);
  const [start, end] = [figure.start - line.start, figure.end - line.start];
  const before = lastBarBefore(row, start);
  // the figure is its cell's only number, between pipes or after the row's last one
  return (before >= 0 || hasCellBar(row.slice(end))) && !/\d/.test(row.slice(before + 1, start));
}

/** `inOneSpaceRow` on a figure of a line `shortLineOf` read. */
export function inOneSpaceRowOf(line: Line, figure: { start: number; end: number }): boolean {
  return line.text.charCodeAt(figure.start - 1) === 32 && numberCells(line.text, line.start, line.end).includes(figure.start);
}

/** Where the last bar of `row` before `at` stands, or -1. */
function lastBarBefore(row: string, at: number): number {
  for (let i = Math.min(at, row.length - 1); i >= 0; i--) if (isCellBar(row.charCodeAt(i))) return i;
  return -1;
}
