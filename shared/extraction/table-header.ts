import { lineEndWithin, lineStartWithin } from './lines';
import { specIn, unitCellPower } from './unit-spec-in';
import { BARE_VALUE, restBelow, underUnitHeader } from './unit-cell';
import { readSpec, scaleOfCount, zhScaleOfCount } from './unit-spec';
import type { UnitSpec } from './unit-spec';
import { RunningHeads } from './running-head';
import { substanceOfLabel } from './elided-gas';
import { barCells, CELL_BAR_CLASS, gluedHeader, hasCellBar, isRuleLine, shownOver, shownWidth, ungluedHeaderCells, WIDE_CHAR } from '../text/table-cells';
import { unitOfRow } from './units';
import type { Unit } from './units';

// A bare number in a table takes its scale and unit from where the table states them once: the
// cells of its own row (a unit column, `Scope 1 emissions (tCO2e)`), the header cell of its column
// (`Energy (MWh)`), or a caption line above the table (`(million tonnes CO2-e)`, `单位：万吨`).
// Rows are lines of cells split by tabs, runs of two or more spaces or a bar (a Markdown table's `|`,
// a Chinese PDF's full-width `｜`, a box-drawing `│`, `┃` or double `║`); a rule line (Markdown's `|---|---|`, a
// box-drawn table's borders `┌──┬──┐`, `├──┼──┤`) parts no cells and is passed over. The nearest
// statement wins.

const MAX_LINE = 300;
const MAX_LINES_UP = 40;
/** Rows walked down to the caption under a table. */
const MAX_LINES_DOWN = 200;
/** A caption line in Markdown italics: `*…*` or `_…_`. */
const ITALIC_LINE = /^([*_])(?!\1)(.+?)\1$/;
const SENTENCE_END = /\.\s/;
/** Title and unit lines looked at above a table's header row (or its first row). */
const MAX_CAPTION_LINES = 3;
/** Lines a table's header row may wrap over. */
const MAX_HEADER_ROWS = 3;
/** Within a row, what parts its cells besides a bar: a tab, or two spaces or more. */
const CELL_SPLIT = /\t|[ \u3000]{2,}/;
/** A cell's edge: a tab, two spaces or more, or a cell bar. */
const CELL_EDGE = String.raw`(?:\t|[ \u3000]{2,}|${CELL_BAR_CLASS})`;
/** Before a cell, its edge; a comparison sign (`<0.1`), a change's plus (`+130.4`) or a Markdown bold's `**` may open the cell. */
const AFTER_CELL_EDGE = new RegExp(String.raw`${CELL_EDGE}\s*(?:[<>≤≥~≈+]|\*\*)?$`);
/** After a cell, a note's mark or two at most, then its edge. */
const BEFORE_CELL_EDGE = new RegExp(String.raw`^[*†‡§¶¹²³⁰⁴-⁹]{0,3}\s*${CELL_EDGE}`);

interface Row {
  start: number;
  end: number;
  cells: string[];
  /** A tab parts its cells. */
  tab: boolean;
  /** A rule line between or around the table's rows (`|---|---|`, `├──┼──┤`): no row of it. */
  rule: boolean;
}

/**
 * `行业⇥2022年⇥2023年`, `地区⇥…`: a header's first cell that is a counted noun alone, bare of brackets
 * and `单位`, names what the rows are (industries, regions), not a unit of the cells beside them.
 */
const namesRows = (cell: string, spec: UnitSpec): boolean => spec.unit?.kind === 'count' && spec.factor === 1 && cell.trim() === spec.unit.unit && cell.trim().length >= 2;

/** One text's tables, read lazily; rows and lines are parsed once however many cells ask. */
export class TableHeaders {
  private readonly rows = new Map<number, Row | null>();
  /** Each cell's spec, read once: a header's cells are asked again by every row below them. */
  private readonly specs = new Map<string, UnitSpec | null>();

  private readonly heads: RunningHeads;
  /** Each header line's cells with where they stand, read once. */
  private readonly spans = new Map<number, Array<{ start: number; end: number; text: string }>>();
  /** Each row's unit cell wrapped onto the line under it, read once. */
  private readonly wrapped = new Map<number, { k: number; spec: UnitSpec | null } | null>();
  /** What the italic caption under each row's table states, read once for the table's rows. */
  private readonly captionsBelow = new Map<number, UnitSpec | null>();

  constructor(private readonly text: string) {
    this.heads = new RunningHeads(text);
  }

  /** The spec for the number `[start, end)` when it is a whole cell of a table row. */
  specFor(start: number, end: number): UnitSpec | null {
    const row = this.rowAt(start);
    if (!row || row.cells.length < 2 || this.heads.isRunningHead(row.start, row.end)) return null;
    const col = this.columnOf(row, start, end);
    if (col < 0) return null;
    // a label wrapped over two lines (`排放密集度（公噸CO2e/⏎新臺幣億元）  8.07`) is read whole, and the
    // table's header above its first line
    const opened = this.labelOpenedAbove(row);
    const label = opened ? opened.cells[0]! + row.cells[0]! : row.cells[0]!;
    const header = this.headerSpecs(opened ? { ...row, start: opened.start } : row, row.cells.length - 1 - col, start - row.start, end - row.start, label);
    // the column's own header (`Change (%)`), then the row (a unit cell to the left, the label's
    // parentheses), then what the table states for all its cells (caption, the header's first cell)
    if (header.column) return header.column;
    for (let k = col - 1; k >= 0; k--) {
      const spec = this.spec(k === 0 ? label : row.cells[k]!) ?? (k > 0 ? (this.wrappedCellSpec(row, k) ?? unitColumnPower(this.text, row, k) ?? unitColumnCount(row, k) ?? moneyPerThing(row, k)) : null);
      if (spec) return pointsOfChange(scaledMeasure(spec, header.table, label) ?? (k > 0 ? massOfRow(label, spec) : spec), header.columnHeader);
    }
    // a row indented under a row stating its unit (`CO2 emissions (Scope 1 and 2) (kt-CO2)  1,462` over
    // `   Japan  812`): a part of it, in its unit
    const parent = isRunSpace(this.text.charCodeAt(row.start)) && !opened ? this.indentedUnder(row, col) : null;
    if (parent) return parent;
    // `Lumber production (MMfbm)` under `(thousands of m3 unless stated)`: a row stating a unit of
    // its own that the unit tables do not know keeps the table's scale off it
    // `Scope 2 emissions (CO2e)` under `('000 tonnes)`: the gas the table's tonnes are of
    const gas = GAS_LABEL.test(label);
    if (gas && header.table?.unit?.unit === 't') return { factor: header.table.factor, unit: TCO2E };
    // (`Panels (OSB)` under `(C$ million)`, `Passenger car radial (PCR)` under `(million tyres)`: an acronym of capitals
    // alone names a segment, whose amounts the caption or the header's label cell states (`of which certified renewable (PPA)`
    // under `Source (MWh)`), unless the caption leaves other units to the rows: `(EUR m unless stated)` over `Production (KTA)`)
    const stating = header.caption ?? header.labelCell;
    const segment = header.table !== null && stating !== undefined && ACRONYM_IN_BRACKETS.test(label) && !UNLESS_STATED.test(stating);
    if (!gas && !segment && ownUnknownUnit(label)) return null;
    const named = header.caption !== undefined ? namedRowsSpec(header.caption, label) : null;
    if (named) return named;
    // a header set over lines in columns, where the walk above found nothing stated for the table,
    // else a caption set in italics under the table (`*Pulp production by mill, thousand ADt.*`)
    if (!header.table && header.caption === undefined) return this.alignedColumnSpec(row, start, end) ?? this.captionBelow(row) ?? this.closingTotalScale(row, col);
    // a rate's row under a caption of what the table counts (`百万工时损失工时事故率  0.06` under `单位：起`)
    // is no count of it
    if (header.table?.unit?.kind === 'count' && RATE_LABEL.test(label)) return null;
    // a count's row under a caption of a measure (`Operations in water-stressed areas  4` under `Water (ML
    // unless stated)`, `Number of spills` under `(tonnes)`) counts, and measures nothing
    if (header.table?.unit?.kind === 'measure' && COUNT_LABEL.test(label)) return null;
    // a rate of its own keeps the table's scale off (`基本每股收益（元/股）` under `单位：万元`), and a
    // caption's unit too (`排放密集度（公噸CO2e/新台幣百萬元）` under `單位：公噸CO2e`): its cells are the
    // rate's; the unit heading the header row's label column (`tCO2e⇥2024`) stays the rows'
    // `节约标准煤  2,980  3,197` under `单位：万吨`: tonnes of the substance the row names (massOfRow)
    if (!ownRate(label) || !header.table) return header.table && massOfRow(label, header.table);
    return header.table.factor !== 1 || header.caption ? null : header.table;
  }

  /**
   * What an italic caption under `row`'s table states for its cells (`*Valuation by property, S$ million.*`
   * after a Markdown table): down through the table's rows, past one blank line at most, a line of one
   * cell in `*` or `_` that no table row follows (a caption over the next table is that table's). Its
   * first sentence states a spec in brackets or after `Unit:`, or as its last comma-parted part.
   */
  private captionBelow(row: Row): UnitSpec | null {
    const rows: number[] = [];
    let spec: UnitSpec | null = null;
    let line: Row | null = row;
    for (let n = 0; line && n < MAX_LINES_DOWN; n++) {
      const known = this.captionsBelow.get(line.start);
      if (known !== undefined) {
        spec = known;
        break;
      }
      rows.push(line.start);
      const next: Row | null = line.end < this.text.length ? this.rowAt(line.end + 1) : null;
      if (next && (next.cells.length >= 2 || next.rule)) {
        line = next;
        continue;
      }
      spec = next ? this.italicCaption(next) : null;
      break;
    }
    for (const at of rows) this.captionsBelow.set(at, spec);
    return spec;
  }

  /** The spec an italic caption at `line` (or the line after it, when `line` is blank) states, no table row after it. */
  private italicCaption(line: Row): UnitSpec | null {
    let caption: Row | null = line;
    if (caption.cells.length === 0) caption = caption.end < this.text.length ? this.rowAt(caption.end + 1) : null;
    if (!caption || caption.cells.length !== 1) return null;
    const m = ITALIC_LINE.exec(caption.cells[0]!);
    if (!m) return null;
    const after = caption.end < this.text.length ? this.rowAt(caption.end + 1) : null;
    if (after && after.cells.length >= 2) return null;
    const sentence = m[2]!.split(SENTENCE_END)[0]!.replace(/\.$/, '');
    const stated = this.spec(sentence);
    if (stated) return stated;
    const comma = sentence.lastIndexOf(',');
    return comma > 0 ? readSpec(sentence.slice(comma + 1).trim()) : null;
  }

  /**
   * The line above `row` when it is the first half of `row`'s label: one cell opening a bracket that
   * `row`'s label closes, or one cell of words (no value, no unit) above a label that is all brackets.
   */
  private labelOpenedAbove(row: Row): Row | null {
    const label = row.cells[0]!;
    const balance = bracketBalance(label);
    if (balance > 0 || row.start === 0) return null;
    // or a label that is only its unit in brackets (`Emissions intensity⏎  (tCO2e/S$ million revenue)`)
    if (balance === 0 && !(isOpening(label.charCodeAt(0)) && isClosing(label.charCodeAt(label.length - 1)))) return null;
    const above = this.rowAt(row.start - 1);
    if (!above || above.cells.length !== 1) return null;
    const first = above.cells[0]!;
    return (balance < 0 ? bracketBalance(first) > 0 : bracketBalance(first) === 0 && !isValueCell(first) && !this.spec(first)) ? above : null;
  }

  /** Walks up through the data rows to the table's header row, then its title lines. */
  private headerSpecs(
    row: Row,
    fromRight: number,
    s: number,
    e: number,
    label: string,
  ): HeaderSpecs {
    let captionLines = 0;
    let headerRows = 0;
    let at = row.start;
    // a block's caption inside the table's body (`GHG emissions (tCO2e)` under a row of values) states
    // its rows' unit, over anything the table states above it but a percentage column's own header
    let block: UnitSpec | null = null;
    let blockCaption: string | undefined;
    let below: Row = row;
    // the header row's cell over the value, for a caption that lists `%` beside its unit (`单位：亿元、%`)
    let columnHeader: string | undefined;
    // a heading of words has been passed that heads the rows below it (`Operating` over `Customers (thousands)`)
    let underHeading = false;
    for (let n = 0; n < MAX_LINES_UP && at > 0 && captionLines < MAX_CAPTION_LINES; n++) {
      const above = this.rowAt(at - 1);
      if (!above) break;
      at = above.start;
      if (above.rule) continue;
      const under = below;
      below = above;
      // `Table 7  GHG emissions (million tonnes CO2-e)`: a caption after its table's number
      const cells = TABLE_LABEL.test(above.cells[0] ?? '') ? above.cells.slice(1) : above.cells;
      // a block's caption is read up to its table's header, no further than a blank line
      if (cells.length === 0 && block) break;
      if (cells.length === 0) continue;
      if (cells.length === 1) {
        const spec = this.spec(cells[0]!);
        if (spec && headerRows === 0 && captionLines === 0) {
          const placed = this.placedUnitLine(above, at, s, e, label);
          if (placed === 'column') return columnResult(block, blockCaption, spec);
          if (placed === 'skip') continue;
          if (placed === 'block' && !block) {
            block = spec;
            blockCaption = cells[0]!;
            continue;
          }
        }
        // `Financial ($ million)` over its rows, the walk come up past a heading of the rows below (`Operating`): another block's caption
        if (spec && underHeading && headerRows === 0) return tableResult(block, blockCaption, null);
        if (spec) return tableResult(block, blockCaption, spec.percentColumns ? listedPercent(spec, columnHeader, label) : spec, cells[0]!);
        if (isProse(cells[0]!)) break;
        if (headerRows === 0 && captionLines === 0 && (this.labelContinued(above, under) || this.closesLabelAbove(above))) {
          underHeading ||= this.blockHeading(above, under);
          continue;
        }
        captionLines++;
        continue;
      }
      // a row above the title lines belongs to the table before
      if (captionLines > (headerRows > 0 ? 1 : 0)) break;
      // the English label of the row above, its unit beside it (`用電量  百萬千瓦時  286.4  241.7⏎  Electricity
      // consumption  million kWh`): it heads no column below it
      if (headerRows === 0 && this.englishLineOfRowAbove(above, label)) continue;
      // a title line with its unit statement at the right (`产销数据        单位：辆`)
      // or in brackets after a long gap (`Financial highlights        (Millions of yen)`)
      // (`Table 1  Gloves produced by plant        (billion pieces)`: the brackets after the table's number and title)
      const statement = above.cells.find(isUnitStatement) ?? this.bracketedCaption(cells, row);
      const stated = statement !== undefined ? this.spec(statement) : null;
      if (stated) return tableResult(block, blockCaption, stated, statement);
      // (`Employees⇥Number⇥%`: where tabs or bars, not places, set the columns, a header's percent sign alone over
      // its column is no value; a table set with spaces finds it over the value, alignedColumnSpec)
      if (headerRows === 0 && above.cells.some((c) => isValueCell(c) && !(PERCENT_SIGN.test(c) && (above.tab || hasCellBar(this.text.slice(above.start, above.end)))))) continue;
      // a header wrapped over two lines (`Total gross⏎carrying amount`): the line above the header
      // row is the header's too, unless it holds values (the table before)
      if (headerRows >= MAX_HEADER_ROWS || (headerRows > 0 && above.cells.some(isValueCell))) break;
      // the header row: its cell above this column, else a unit in its first cell (`GHG emissions (million tonnes CO2-e)`)
      // (a year glued to the next column's name by one space, `2023 Change (%)`, heads two of the row's columns)
      const heads = ungluedHeaderCells(above.cells, row.cells.length, /^\s/.test(this.text.slice(above.start, above.end))) ?? above.cells;
      let headerCell = heads[heads.length - 1 - fromRight];
      // `Total   1,742.6   1,864.2   7.0` under `year (%)   total (%)`: a row short of the table's last
      // column, counted from the right, meets a header cell standing wholly right of its value; the
      // cell over the value, if any, heads it
      const over = headerCell === undefined ? null : this.cellOverShortRow(above, row, fromRight, s, e);
      if (over !== null) headerCell = over;
      // a header line whose first cell stands over the values, its label column empty (`項目 Item  金額（千澳門元）
      // 受惠人次⏎      Amount (MOP'000)  Beneficiaries`): that cell heads its own column, not the table
      const overValues = headerCell === above.cells[0] && this.firstCellOverValues(above, row);
      const headed = headerCell !== undefined && (headerCell !== above.cells[0] || headerRows > 0 || overValues) ? this.spec(headerCell) : null;
      if (headed) return columnResult(block, blockCaption, headed);
      // a column headed by a rate (`港仙／千瓦時 HK cents/kWh`) holds the rate's values: no caption above scales them
      if (headerCell !== undefined && headerCell !== above.cells[0] && this.rateCell(headerCell)) return tableResult(block, blockCaption, null);
      const first = headerCell === above.cells[0] || !this.firstCellOverValues(above, row) ? this.spec(above.cells[0]!) : null;
      if (first && !namesRows(above.cells[0]!, first)) return { ...tableResult(block, blockCaption, first), labelCell: above.cells[0]! };
      if (headerRows === 0) columnHeader = headerCell;
      headerRows++;
      captionLines = 1;
    }
    return { ...tableResult(block, blockCaption, null), columnHeader };
  }

  /**
   * `Southampton and` over `Bournemouth  19.2  17.1`: a line of words alone between a row of the table
   * above it and a row below that starts with words and carries the table's cells is the first line
   * of that row's label, not the table's edge.
   */
  private labelContinued(line: Row, under: Row): boolean {
    const words = line.cells[0]!;
    if (isValueCell(words) || under.cells.length < 2 || isValueCell(under.cells[0]!) || !under.cells.slice(1).some(isDigitValueCell)) return false;
    // a label may open a bracket that the row below closes (`Biomass (palm kernel shell and⏎  wood chips)  1,286,200`)
    const open = bracketBalance(words);
    if (words.length > MAX_LABEL_LINE || open < 0 || (open > 0 && open + bracketBalance(under.cells[0]!) !== 0)) return false;
    // the line right above it, not past a blank line (a section's heading, `Efficiency`, follows one)
    const over = line.start > 0 ? this.rowAt(line.start - 1) : null;
    return over !== null && over.cells.length >= 2;
  }

  /**
   * `People` over `Staff (full-time equivalent)  742  731`: a line of words opening with a capital that ends
   * on no word joining it to the next line (`Southampton and`), over a label that opens with a capital as far
   * in as it, under a row whose label is whole (no `Infrastructure &` going on in it), heads the rows below it.
   */
  private blockHeading(line: Row, under: Row): boolean {
    const words = line.cells[0]!;
    if (!isCapital(words.charCodeAt(0)) || !isCapital(under.cells[0]!.charCodeAt(0)) || JOINS_NEXT_LINE.test(words)) return false;
    if (leadingSpaces(this.text, under.start) !== leadingSpaces(this.text, line.start)) return false;
    const over = line.start > 0 ? this.rowAt(line.start - 1) : null;
    return over !== null && !JOINS_NEXT_LINE.test(over.cells[0]!);
  }

  /**
   * `  Scope 3 (business travel, outsourced   26,140   25,880` over `    activities and chemicals)`: a line of
   * words alone closing the bracket the label of the row right above it left open is the rest of that
   * label, not the table's edge.
   */
  private closesLabelAbove(line: Row): boolean {
    const words = line.cells[0]!;
    if (words.length > MAX_LABEL_LINE || bracketBalance(words) >= 0 || line.start === 0) return false;
    const over = this.rowAt(line.start - 1);
    return over !== null && over.cells.length >= 2 && bracketBalance(over.cells[0]!) > 0 && over.cells.slice(1).some(isDigitValueCell);
  }

  /**
   * A title line of two cells, words then a unit wholly in brackets (`Financial highlights   (Millions
   * of yen)`), over rows of more cells than it has: the bracket captions the table.
   */
  private bracketedCaption(cells: readonly string[], row: Row): string | undefined {
    if (cells.length !== 2 || row.cells.length <= 2) return undefined;
    const [title, caption] = cells as [string, string];
    if (isValueCell(title) || this.spec(title) || !isOpening(caption.charCodeAt(0)) || !isClosing(caption.charCodeAt(caption.length - 1))) return undefined;
    return bracketBalance(caption) === 0 ? caption : undefined;
  }

  /**
   * A line of one cell stating a unit, met first above a row, that is no caption of the whole table:
   * the unit line of a header row directly above it (`FY2023  FY2022  Change⏎%`), which heads only the
   * column it stands over ('column' when that is the value's, else 'skip'); or, in a table whose row
   * labels are Chinese, the English label of the row above it (`客戶數目（千戶）  642.5⏎Number of
   * customers ('000)`), which states nothing for the rows below ('skip'); else, under a row of values
   * or another line of one cell stating a unit, the caption of the block of rows below it ('block').
   */
  private placedUnitLine(line: Row, at: number, s: number, e: number, label: string): 'column' | 'skip' | 'block' | null {
    const above = at > 0 ? this.rowAt(at - 1) : null;
    if (!above || above.cells.length === 0) return null;
    // under a header's own unit line (`Change⏎%`), not under a title: the walk goes on only where it must
    if (above.cells.length === 1) return this.spec(above.cells[0]!) ? 'block' : null;
    if (above.cells.some(isDigitValueCell)) return englishLabelUnder(above, line, label) ? 'skip' : 'block';
    if (line.tab || above.tab || above.cells.some(isValueCell) || this.text.charCodeAt(line.start) !== 0x20) return null;
    return this.cellOver(line, s, e) !== null ? 'column' : 'skip';
  }

  /**
   * A header set over lines in columns, as pdftotext -layout gives it (`Electricity⏎consumed⏎(MWh)` over
   * `184,220`; `Natural gas⏎(MWh)` beside it): above the value rows, the first header line whose cell stands
   * over the value's own characters and states a unit. Cells apart from the value state nothing for it.
   */
  private alignedColumnSpec(row: Row, start: number, end: number): UnitSpec | null {
    // where a character stands on the page only where spaces, not tabs or bars, set the columns
    // (a Markdown table's header is one run of single spaces: read whole, its `(%)` would head every column)
    if (row.tab || hasCellBar(this.text.slice(row.start, row.end))) return null;
    const s = start - row.start;
    const e = end - row.start;
    let at = row.start;
    let headerLines = 0;
    for (let n = 0; n < MAX_LINES_UP && at > 0 && headerLines < MAX_ALIGNED_HEADER_LINES; n++) {
      const above = this.rowAt(at - 1);
      if (!above) break;
      at = above.start;
      if (above.cells.length === 0) {
        if (headerLines > 0) break;
        continue;
      }
      if (headerLines === 0 && above.cells.slice(1).some(isDigitValueCell)) continue;
      // a block's period heading between the rows (`FY2023` over its block, under the block before)
      if (headerLines === 0 && above.cells.length === 1 && PERIOD_HEADING.test(above.cells[0]!)) continue;
      if (above.cells.some(isDigitValueCell)) break;
      // the English label of a row of values (`客戶數目（千戶）  642.5⏎Number of customers ('000)`): a
      // Chinese row's offsets do not line up with it, and it heads nothing
      if (headerLines === 0 && above.cells.length === 1 && at > 0 && HAN.test(row.cells[0]!) && !HAN.test(above.cells[0]!)) {
        const over = this.rowAt(at - 1);
        if (over && over.cells.length > 1 && over.cells.some(isDigitValueCell) && englishLabelUnder(over, above, row.cells[0]!)) continue;
      }
      if (above.tab) break;
      headerLines++;
      const cell = this.cellOverAligned(above, row, s, e);
      const spec = cell !== null ? this.spec(cell) : null;
      if (spec) return spec;
    }
    return null;
  }

  /**
   * `line`, with no Chinese and no value, right under a row of values labelled in Chinese, in a table
   * whose labels (`label`'s too) are Chinese: that row's English label, its unit at most beside it.
   */
  private englishLineOfRowAbove(line: Row, label: string): boolean {
    if (!HAN.test(label) || line.cells.some((c) => HAN.test(c) || isValueCell(c))) return false;
    const over = line.start > 0 ? this.rowAt(line.start - 1) : null;
    return over !== null && over.cells.length > 2 && HAN.test(over.cells[0]!) && over.cells.slice(1).some(isDigitValueCell);
  }

  /** Whether `line`'s first cell starts right of where `row`'s label ends: it stands over a value column (spaces set the columns). */
  private firstCellOverValues(line: Row, row: Row): boolean {
    if (line.tab || row.tab || !isRunSpace(this.text.charCodeAt(line.start))) return false;
    const first = this.spansOf(line)[0];
    const label = this.spansOf(row)[0];
    return first !== undefined && label !== undefined && first.start > label.end;
  }

  /**
   * Where the header line's cell `fromRight` starts right of `[s, e)`, the value's place on `row` (lines
   * set with spaces): the header cell standing over the value, or undefined where none does. Null
   * otherwise (the cell counted from the right stands.)
   */
  private cellOverShortRow(line: Row, row: Row, fromRight: number, s: number, e: number): string | undefined | null {
    if (line.tab || row.tab || this.fullRow(line, row)) return null;
    const spans = this.spansOf(line);
    const span = spans.length === line.cells.length ? spans[spans.length - 1 - fromRight] : undefined;
    if (span === undefined || span.start < e) return null;
    // a table set for the eye places its columns by the width characters show (a Chinese character twice a digit's:
    // `变动（%）` over `3.1` under a header whose label is shorter than the row's `综合能源消耗量`)
    const [head, own] = [this.text.slice(line.start, line.end), this.text.slice(row.start, row.end)];
    if (WIDE_CHAR.test(head) || WIDE_CHAR.test(own)) {
      const [ws, we] = [shownWidth(own, 0, s), shownWidth(own, 0, e)];
      const shown = (x: { start: number; end: number }) => [shownWidth(head, 0, x.start), shownWidth(head, 0, x.end)] as const;
      if (shown(span)[0] < we) return null;
      const over = spans.find((x) => shown(x)[0] < we && ws < shown(x)[1]);
      return over === undefined ? undefined : line.cells[spans.indexOf(over)];
    }
    const over = spans.find((x) => x.start < e && s < x.end);
    return over === undefined ? undefined : line.cells[spans.indexOf(over)];
  }

  /**
   * Whether `row` has a cell under every header cell, its label under the header's label cell or under none
   * (`有线电视与宽带  16,820  17,460  29.1  -3.7`, set a few places left of `业务  2024年  2023年  占比%  同比%` by its label's
   * width): short of no column, its cells are headed in turn from the right.
   */
  private fullRow(line: Row, row: Row): boolean {
    const labelHead = !isRunSpace(this.text.charCodeAt(line.start));
    return row.cells.length - 1 === line.cells.length - (labelHead ? 1 : 0);
  }

  private spansOf(row: Row): Array<{ start: number; end: number; text: string }> {
    let spans = this.spans.get(row.start);
    if (spans === undefined) {
      spans = cellSpans(this.text.slice(row.start, row.end));
      this.spans.set(row.start, spans);
    }
    return spans;
  }

  /**
   * The unit the row's label states where `row` is indented under it: up through rows indented as
   * far or further (each with values), the first row indented less, with as many cells, its label
   * stating a unit that is no share (a `%` row's parts are shares of their own).
   */
  private indentedUnder(row: Row, col: number): UnitSpec | null {
    const indent = leadingSpaces(this.text, row.start);
    let at = row.start;
    for (let n = 0; n < MAX_INDENTED_PARTS && at > 0; n++) {
      const above = this.rowAt(at - 1);
      if (!above || above.cells.length !== row.cells.length || !above.cells.slice(col).some(isDigitValueCell)) return null;
      at = above.start;
      if (leadingSpaces(this.text, above.start) >= indent) continue;
      const spec = this.spec(above.cells[0]!);
      return spec && spec.unit?.kind !== 'percent' && !ownRate(above.cells[0]!) ? spec : null;
    }
    return null;
  }

  /**
   * `  Household  3,046.2⏎  Non-household  171.8⏎  Total (000s)  3,218.0`: a row stating nothing, over the total row
   * closing its block whose label states a scale alone, is in that scale, as the total adding it up is.
   */
  private closingTotalScale(row: Row, col: number): UnitSpec | null {
    let at = row.end;
    for (let n = 0; n < MAX_INDENTED_PARTS && at + 1 < this.text.length; n++) {
      const below = this.rowAt(at + 1);
      if (!below || below.cells.length !== row.cells.length || !below.cells.slice(col).some(isDigitValueCell)) return null;
      at = below.end;
      const spec = this.spec(below.cells[0]!);
      if (!TOTAL_LABEL.test(below.cells[0]!)) {
        if (spec) return null;
        continue;
      }
      return spec && spec.factor !== 1 && spec.unit === null ? spec : null;
    }
    return null;
  }

  /** A header cell stating a rate (`港仙／千瓦時 HK cents/kWh`, `tCO2e/MWh`): a unit before its slash, not words (`Exec./Sr.`, `First/Mid-level`). */
  private rateCell(cell: string): boolean {
    if (!RATE_CELL.test(cell)) return false;
    const slash = cell.search(/[/／]/);
    return this.spec(cell.slice(0, slash).trim()) !== null;
  }

  /**
   * The cell of the header line `above` over the value at columns `[s, e)` of `row`. Where the value is
   * no cell's in full by characters but is one's by the width they show (a Chinese character twice a
   * digit's), the table was set for the eye (`日均交通量（万辆次）   通行费收入（亿元）` over `宁沪段   12.86   31.52`,
   * as typed or converted from Word, where PDF-to-text counts characters): that cell.
   */
  private cellOverAligned(above: Row, row: Row, s: number, e: number): string | null {
    // (a year glued to the next column's name, `2023 Change (%)`, or two percentage columns' names, `Share % Change %`,
    // stand over two columns: each part over its own)
    const spans = this.spansOf(above).flatMap((span) => {
      const parts = gluedHeader(span.text);
      return parts ? [{ start: span.start, end: span.start + parts[0].length, text: parts[0] }, { start: span.end - parts[1].length, end: span.end, text: parts[1] }] : [span];
    });
    const byChars = spans.find((span) => span.start < e && s < span.end);
    if (!byChars) return this.cellInGap(spans, row, s, e);
    // a header line naming one cell a column heads each value by its place in the row, wherever the value stands under it
    // (numbers set right under names set left: `2023 Change (%)` over `680      +11.1`, the 680 under `Change (%)`)
    const own = ownPlaceSpan(spans, this.spansOf(row), s, e);
    if (own) return own.text;
    if (byChars.start <= s && e <= byChars.end) return byChars.text;
    const line = this.text.slice(above.start, above.end);
    const rowLine = this.text.slice(row.start, row.end);
    if (!HAN.test(line) && !HAN.test(rowLine.slice(0, s))) return byChars.text;
    return (shownOver(line, spans, (span) => [span.start, span.end], rowLine, s, e, true) ?? byChars).text;
  }

  /**
   * A value set right of its header cell (`935` under `(kg)`, its column's wider cells under both): the one
   * header cell standing wholly in the gap between the value's neighbours on its row, or null.
   */
  private cellInGap(spans: Array<{ start: number; end: number; text: string }>, row: Row, s: number, e: number): string | null {
    const cells = this.spansOf(row);
    const at = cells.findIndex((c) => c.start <= s && e <= c.end);
    if (at < 1) return null;
    const from = cells[at - 1]!.end;
    const to = at + 1 < cells.length ? cells[at + 1]!.start : Infinity;
    const inGap = spans.filter((span) => from < span.start && span.end < to);
    return inGap.length === 1 ? inGap[0]!.text : null;
  }

  /** The cell of `row` whose characters overlap columns `[s, e)` of its line, or null. */
  private cellOver(row: Row, s: number, e: number): string | null {
    for (const span of this.spansOf(row)) if (span.start < e && s < span.end) return span.text;
    return null;
  }

  /** The spec of cell `k` of `row` read with its rest a PDF wrapped onto the line under it (`KRW 100⏎million`). */
  private wrappedCellSpec(row: Row, k: number): UnitSpec | null {
    // cheap first: an indented line under the row
    if (this.text.charCodeAt(row.end + 1) !== 0x20 || this.text.charCodeAt(row.end + 2) !== 0x20 || row.tab) return null;
    let wrapped = this.wrapped.get(row.start);
    if (wrapped === undefined) {
      wrapped = this.wrappedCell(row);
      this.wrapped.set(row.start, wrapped);
    }
    return wrapped !== null && wrapped.k === k ? wrapped.spec : null;
  }

  /** The cell of `row` whose rest stands alone on the line under it, and what the two state together. */
  private wrappedCell(row: Row): { k: number; spec: UnitSpec | null } | null {
    const t = this.text;
    // the rest's column: where the next line's text starts; a cell of the row must start right above it
    let col = 2;
    while (t.charCodeAt(row.end + 1 + col) === 0x20) col++;
    const at = row.start + col;
    if (at >= row.end || t.charCodeAt(at) === 0x20 || t.charCodeAt(at - 1) !== 0x20 || t.charCodeAt(at - 2) !== 0x20) return null;
    const rest = restBelow(t, row.end, col);
    if (rest === null) return null;
    const k = row.cells.findIndex((cell, n) => n > 0 && t.startsWith(cell, at));
    return k < 0 ? null : { k, spec: this.spec(`${row.cells[k]!} ${rest}`) };
  }

  private spec(cell: string): UnitSpec | null {
    let spec = this.specs.get(cell);
    if (spec === undefined) {
      spec = specIn(cell);
      this.specs.set(cell, spec);
    }
    return spec;
  }

  private rowAt(i: number): Row | null {
    const start = lineStartWithin(this.text, i, MAX_LINE);
    if (start < 0) return null;
    const cached = this.rows.get(start);
    if (cached !== undefined) return cached;
    const end = lineEndWithin(this.text, start, MAX_LINE);
    const line = end < 0 ? '' : this.text.slice(start, end);
    const rule = end >= 0 && isRuleLine(line);
    const row = end < 0 ? null : { start, end, cells: rule ? [] : splitCells(line), tab: line.includes('\t'), rule };
    this.rows.set(start, row);
    return row;
  }

  /** Index of the cell that is exactly `[start, end)`, or -1. */
  private columnOf(row: Row, start: number, end: number): number {
    const line = this.text.slice(row.start, row.end);
    const before = line.slice(0, start - row.start);
    const after = line.slice(end - row.start);
    // a cell may open with a comparison sign (`<0.1`) or a change's plus (`+130.4`)
    // and a Markdown table's bold total opens and ends with `**`
    const leftOk = before.trim() === '' || AFTER_CELL_EDGE.test(before);
    const rightOk = after.trim() === '' || BEFORE_CELL_EDGE.test(after) || /^[*†‡§¶¹²³⁰⁴-⁹]{1,3}\s*$/.test(after);
    // a value glued to its neighbour by a single space (`1,684,200 1,712,900`), itself in thousands groups
    const grouped = (!leftOk || !rightOk) && GROUPED_CELL.test(line.slice(start - row.start, end - row.start));
    if (!(leftOk || (grouped && (GLUED_BEFORE.test(before) || LABEL_GLUED_BEFORE.test(before))) || BRACKETS_GLUED_BEFORE.test(before)) || !(rightOk || (grouped && GLUED_AFTER.test(after)))) return -1;
    const parts = splitCells(before.replace(/(?:[<>≤≥~≈+]|\*\*)$/, ''));
    // (the row's first cell parted from the value glued to it, which the line before this value holds whole)
    const left = parts.length + (parts.length === 1 && row.cells[0] !== parts[0] && (LABEL_THEN_VALUE.test(parts[0]!) || BRACKETS_THEN_VALUE.test(parts[0]!)) ? 1 : 0);
    const cell = row.cells[left]?.replace(/[*†‡§¶¹²³⁰⁴-⁹]{1,3}$/, '').replace(/^(?:[<>≤≥~≈+]|\*\*)/, '');
    return cell === line.slice(start - row.start, end - row.start).trim() ? left : -1;
  }
}

/** A unit cell's tonnes in a row whose label names what they are of (`节约标准煤  万吨  86.42`): tce, tCO2, tCO2e. */
function massOfRow(label: string, spec: UnitSpec): UnitSpec {
  // `用水量  度  96,540`: a 度 of water is a cubic metre (unitOfRow)
  if (spec.unit?.unit === 'kWh') return { ...spec, unit: unitOfRow(label, spec.unit) };
  const unit = spec.unit?.unit === 't' ? substanceOfLabel(label.trim()) : null;
  return unit ? { factor: spec.factor, unit: { unit, kind: 'measure' } } : spec;
}

/** What a table states for a cell; `columnHeader`, the header row's cell over it, where the walk found nothing stated for the table. */
type HeaderSpecs = {
  column: UnitSpec | null;
  table: UnitSpec | null;
  caption?: string;
  /** The header's label cell, when it states the table's unit (`Source (MWh)`, `Key figures (EUR m unless stated)`). */
  labelCell?: string;
  columnHeader?: string;
};

/** A bare cell of a percentage row (`发电厂用电率  %  4.55  4.48  -0.07`) under a column of changes (`同比增减`, `Change`) is in points. */
const pointsOfChange = (spec: UnitSpec, columnHeader: string | undefined): UnitSpec =>
  spec.unit?.kind === 'percent' && columnHeader !== undefined && CHANGE_HEADER.test(columnHeader.trim()) ? POINTS : spec;

/** What a table states for its cells: a block's caption found on the walk up wins over what stands above it. */
const tableResult = (block: UnitSpec | null, blockCaption: string | undefined, spec: UnitSpec | null, caption?: string): HeaderSpecs =>
  block ? { column: null, table: block, caption: blockCaption } : { column: null, table: spec, caption };

/** A column's own header: over a block's caption only when it is a percentage (`Change⏎%`). */
const columnResult = (block: UnitSpec | null, blockCaption: string | undefined, spec: UnitSpec): HeaderSpecs =>
  !block || spec.unit?.unit === '%' ? { column: spec, table: null } : tableResult(block, blockCaption, null);

/** A header naming a share or a rate of change (`占比`, `增幅`, `增长率`, `Share`, `Growth`), whose cells a caption's listed `%` states. */
const shareHeader = (cell: string | undefined): boolean => cell !== undefined && SHARE_HEADER.test(cell.trim());
const SHARE_HEADER = /(?:率|比例|比重|占比|佔比|增幅|降幅|增速)$|^(?:share|growth|change|ratio|rate|yoy)\b/i;
const PERCENT: UnitSpec = { factor: 1, unit: { unit: '%', kind: 'percent' } };
const POINTS: UnitSpec = { factor: 1, unit: { unit: 'pp', kind: 'pp' } };

/**
 * `单位：亿元、%` over a cell: percentages where its column or its row names a share or a rate (`占比`
 * over the column, `绿色贷款占比` the row's label), and in a share row's column of changes (`较年初增减`)
 * percentage points; the listed amount's unit elsewhere.
 */
function listedPercent(spec: UnitSpec, columnHeader: string | undefined, label: string): UnitSpec {
  if (shareHeader(columnHeader)) return PERCENT;
  if (!shareHeader(label)) return spec;
  return columnHeader !== undefined && CHANGE_HEADER.test(columnHeader.trim()) ? POINTS : PERCENT;
}
const CHANGE_HEADER = /(?:增减|增減|变动|變動|变化|變化)(?:值|额|額)?$|^(?:change|var\.?|yoy)\b/i;

/**
 * `Charitable donations⇥RMB10,000⇥18,426⇥21,684` under a `Unit` header: a unit column's currency and
 * power of ten, the scale of the bare values after it (elsewhere `RMB10,000` may be an amount).
 */
const unitColumnPower = (text: string, row: Row, k: number): UnitSpec | null => {
  const cell = row.cells[k]!;
  const abbreviation = ABBREVIATION_CELL.test(cell);
  if (!row.cells.slice(k + 1).every((c) => BARE_VALUE.test(c)) || !underUnitHeader(text, row.start, k)) return null;
  // `Production   KTA   3,112   3,245`: a unit's abbreviation the unit tables do not know, stated in the Unit column
  return abbreviation ? { factor: 1, unit: { unit: cell, kind: 'measure' } } : unitCellPower(cell);
};

/**
 * `Tyre production⇥million tyres⇥84.26⇥74.96`, `Vehicles sold⇥lakh units⇥…`, `集装箱吞吐量⇥万标箱⇥3,418.6`: a unit
 * column's scale before a noun of what the row counts (as its caption would say `(million tyres)`) scales the values after it.
 */
const unitColumnCount = (row: Row, k: number): UnitSpec | null =>
  row.cells.length > k + 1 && row.cells.slice(k + 1).every(isValueCell) ? (scaleOfCount(row.cells[k]!) ?? zhScaleOfCount(row.cells[k]!)) : null;
/** `EUR thousand/FTE`, `GBP per customer`: a unit column of money per thing counted, the money's currency and scale. */
const moneyPerThing = (row: Row, k: number): UnitSpec | null => {
  const m = /^(.+?)\s*(?:\/|\bper\s+)\s*[A-Za-z]{2,12}$/.exec(row.cells[k]!);
  const spec = m && row.cells.length > k + 1 && row.cells.slice(k + 1).every(isValueCell) ? specIn(m[1]!) : null;
  return spec?.unit?.kind === 'currency' ? spec : null;
};
/** A cell of letters alone, a word long, opening with two capitals or with a capital after its small letters (`KTA`, `MMBtu`, `mmBtu`, `kWp`). */
const ABBREVIATION_CELL = /^(?:[A-Z]{2}[A-Za-z]{0,5}|[a-z]{1,3}[A-Z][A-Za-z]{0,4})$/;

/** The longest line of words read as the first half of a row's wrapped label. */
const MAX_LABEL_LINE = 40;
const isCapital = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/** A label's first line ending where its words go on (`Eastern valley and`, `Sales of`, `Water withdrawn,`, `Non-`). */
const JOINS_NEXT_LINE = /(?:\b(?:and|or|of|for|from|in|on|to|by|at|with|per|the|excluding|including)|[,&/+\-–])\s*$/i;

/** Header lines a value's column is looked up through (`Electricity`, `consumed`, `(MWh)`). */
const MAX_ALIGNED_HEADER_LINES = 4;
/** A line of one period heading the block of rows under it (`FY2023`, `2023`, `2023年`). */
const PERIOD_HEADING = /^(?:FY ?)?(?:19|20)\d\d(?:年度?)?$/;

/** A header cell that is a percent sign alone, bracketed or not (`%`, `(%)`). */
const PERCENT_SIGN = /^[(（]?[%％][)）]?$/;

/** A value cell with a digit in it (`(%)` is a header's unit, no value). */
const isDigitValueCell = (cell: string): boolean => isValueCell(cell) && /[\d０-９]/.test(cell);

/** The cells of a line with where each stands: runs of text parted by a tab or two spaces or more. */
function cellSpans(line: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const split = /\t|[ \u3000]{2,}/g;
  let from = 0;
  for (let m = split.exec(line); ; m = split.exec(line)) {
    const to = m ? m.index : line.length;
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') out.push({ start: from + lead, end: from + lead + text.length, text });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** The non-empty cells of a line; values a single space parts in a column too narrow for them (`1,684,200 1,712,900`) are cells each. */
function splitCells(line: string): string[] {
  // a barred row parts at its bars first (barCells), then within each cell at tabs and wide gaps
  const cells = (hasCellBar(line) ? barCells(line).flatMap((c) => c.text.split(CELL_SPLIT)) : line.split(CELL_SPLIT))
    .map((c) => c.trim())
    .filter((c) => c !== '');
  // (a loop, not a flatMap over every cell: rows are split for every table line of a text)
  for (let k = cells.length - 1; k > 0; k--) {
    const c = cells[k]!;
    if (isGluedStart(c.charCodeAt(0)) && c.includes(' ') && GLUED_VALUES.test(c)) cells.splice(k, 1, ...c.split(' '));
  }
  // `of which emission-free 72,097   64,290`: a value in thousands groups one space after the label's last word
  // (`Revenue passenger kilometres (billion) 30.78   52.86`: any value one space after the label's brackets, its unit closing it)
  const glued = cells.length >= 2 ? (LABEL_THEN_VALUE.exec(cells[0]!) ?? BRACKETS_THEN_VALUE.exec(cells[0]!)) : null;
  if (glued) cells.splice(0, 1, glued[1]!, glued[2]!);
  return cells;
}

/** A digit, an opening bracket or a minus: how a value in thousands groups opens. */
const isGluedStart = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x28 || c === 0x2d || c === 0x2013 || c === 0x2212;

/** A value in thousands groups (`1,684,200`, `(12,480)`): what may stand glued to the next by a single space. */
const GROUPED = String.raw`[-–−(]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?`;
/** Values in thousands groups a single space parts, two or more. */
const GLUED_VALUES = new RegExp(`^${GROUPED}(?: ${GROUPED})+$`);
const GROUPED_CELL = new RegExp(`^${GROUPED}$`);
/** The line before a value: one such value, then the single space. */
const GLUED_BEFORE = new RegExp(`(?:^|\\t|[ \u3000]{2,})${GROUPED}(?: ${GROUPED})* $`);
/** A first cell of words, then one space and a value in thousands groups (`of which emission-free 72,097`). */
const LABEL_THEN_VALUE = new RegExp(String.raw`^(.*\p{L}\S*) (${GROUPED})$`, 'u');
/** A first cell of words closed by brackets, then one space and a value (`Revenue passenger kilometres (billion) 30.78`). */
const BRACKETS_THEN_VALUE = /^(.*\p{L}[^()（）]*[)）]) ([-–−(]?\d[\d,]*(?:\.\d+)?\)?%?)$/u;
/** The line before a value glued to its label's brackets: the first cell, its brackets closing it, then the single space. */
const BRACKETS_GLUED_BEFORE = /^[ \u3000]{0,8}[^\s|][^|]*\p{L}[^()（）|]*[)）] $/u;
/** The line before a value glued to its label: the first cell's words, then the single space. */
const LABEL_GLUED_BEFORE = /^[ \u3000]{0,8}(?:[^\s|]+ )*\p{L}[^\s|]* $/u;
/** The line after a value: the single space, then one such value. */
const GLUED_AFTER = new RegExp(`^ ${GROUPED}(?:\\s|$)`);

/** A row label ending in a greenhouse gas in parentheses, a note's mark after it at most (`Scope 1 emissions (CO2e)²`). */
const GAS_LABEL = /\((?:CO2e|CO₂e|CO2-e|CO2eq|CO2 equivalent)\)[¹²³⁴⁵⁶⁷⁸⁹⁰*\d]{0,2}$/;
const TCO2E: Unit = { unit: 'tCO2e', kind: 'measure' };

/** A row label ending in a unit's abbreviation in parentheses: capitals after its first letter, or a `/` (`MMfbm`, `MMBtu`, `kWh/t`). */
/** A label's last brackets holding an acronym of capitals alone (`(OSB)`, `(MDF)`), no unit's mixed case (`(MMfbm)`). */
const ACRONYM_IN_BRACKETS = /\([A-Z]{2,6}\)$/;
const UNLESS_STATED = /\bunless\b/i;
const ownUnknownUnit = (label: string): boolean => /\(([A-Za-z][a-z]*[A-Z][A-Za-z0-9]*|[A-Za-z][A-Za-z0-9]*\/[A-Za-z0-9]+)\)$/.test(label) && /\(([^()]{2,10})\)$/.test(label);

/**
 * `Scope 1 emissions (tCO2e)` under `(in thousands, except percentages)`: a row's measure unit takes
 * a table's bare scale (one that names no unit), unless the row states a rate (`per employee`, `/`).
 */
function scaledMeasure(row: UnitSpec, table: UnitSpec | null, label: string): UnitSpec | null {
  if (!table || table.unit !== null || table.factor === 1 || row.factor !== 1 || row.unit?.kind !== 'measure') return null;
  if (/\bper\b|\/|每/i.test(label)) return null;
  return { factor: table.factor, unit: row.unit };
}

/**
 * `單位：公噸CO2e；營收單位：新台幣百萬元`: a caption's second statement names the rows it is for
 * (`營收`); a row whose label begins with that name takes it instead of the first.
 */
function namedRowsSpec(caption: string, label: string): UnitSpec | null {
  for (const m of caption.matchAll(NAMED_STATEMENT)) {
    if (label.startsWith(m[1]!)) return specIn(`单位：${m[2]!}`);
  }
  return null;
}
const NAMED_STATEMENT = /[;；]\s*([^\s;；:：]{1,8}?)(?:单位|單位)\s*[:：]\s*([^\t;；。]{1,30})/g;

/** Opening brackets less closing ones (`排放密集度（公噸CO2e/` 1, `新臺幣億元）` -1). */
function bracketBalance(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) n++;
    else if (c === 0x29 || c === 0xff09) n--;
  }
  return n;
}

/** A row label ending in a rate in parentheses, in either script (`（元/股）`, `(tCO2e/€m)`). */
const ownRate = (label: string): boolean => /[(（][^()（）/]{1,12}(?:\/|\sper\s)[^()（）/]{1,24}[)）]$/.test(label);

/** A row label naming a rate or a share (`事故率`, `女性员工占比`, `Lost-time injury frequency rate`), a unit in brackets after it at most. */
const RATE_LABEL = /(?:率|比例|占比|佔比|强度|強度)\s*(?:[(（][^()（）]{0,16}[)）])?$|\b(?:rate|ratio|intensity)\b/i;

/** A row label counting things: `Number of …`, or a plural noun of things a report counts, then words of where or which. */
const COUNT_LABEL =
  /^(?:(?:total\s+)?(?:number|no\.)\s+of\s|(?:operations|sites|facilities|mines|plants|locations|incidents|spills|breaches|fines|prosecutions|projects|vessels|vehicles)(?:\s+(?:in|at|with|under|on|near|subject|located|assessed|exposed)\b|\s*$))/i;

const isOpening = (c: number): boolean => c === 0x28 || c === 0xff08;
const isClosing = (c: number): boolean => c === 0x29 || c === 0xff09;

/** A header cell stating a rate in either script (`港仙／千瓦時 HK cents/kWh`, `tCO2e/MWh`): a unit, a slash, a base. */
const RATE_CELL = /^[^/／\d]{1,12}[/／][^/／\d]{1,12}(?:\s+[^/／\d]{1,12}[/／][^/／\d]{1,12})?$/;

const HAN = /[\u3400-\u9fff]/;
const isRunSpace = (c: number): boolean => c === 0x20 || c === 0x3000;

/** Parts a row stating a unit may have indented under it. */
const MAX_INDENTED_PARTS = 8;
/** A total row's label (`Total (000s)`, `合计（千户）`). */
const TOTAL_LABEL = /^\s*(?:total\b|合计|合計|总计|總計)/i;

function leadingSpaces(text: string, start: number): number {
  let k = start;
  while (isRunSpace(text.charCodeAt(k))) k++;
  return k - start;
}

/** `line`, one cell with no Chinese, is the English label of `row` above it, in a table whose labels (`label`'s too) are Chinese. */
const englishLabelUnder = (row: Row, line: Row, label: string): boolean => HAN.test(label) && HAN.test(row.cells[0]!) && !HAN.test(line.cells[0]!);

/** A cell stating the table's unit after a label (`单位：辆` at the right of a title line, `Unit: TJ`). */
const isUnitStatement = (cell: string): boolean => /^(?:单位|單位|units?)\s*[:：]/i.test(cell);

/** A table's number standing apart before its caption: `Table 7`, `Exhibit 4.2`, `表3`, `图 2-1`. */
const TABLE_LABEL = /^(?:table|tab\.|exhibit|figure|fig\.|表|图|圖)\s*\d{1,3}(?:[.\-–]\d{1,3})?[.:：]?$/i;

/** A cell holding a value (`12.4`, `85.0%`, `(3.2)`, `-`, `$1,812`, full-width `１，０２５`), not a name nor a year or financial year heading a column (`2023`, `2023-24`). */
const isValueCell = (cell: string): boolean => /^[$£€¥￥]?[\d０-９.,，．\s%％()\-–]+$/.test(cell) && !/^(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?$/.test(cell);

/** A line of running text: a table's caption does not read like one. */
const isProse = (line: string): boolean => line.length > 100 || /[。！？]|\.\s+\S/.test(line);

type Span = { start: number; end: number; text: string };

/**
 * The header span of the value `[s, e)`'s own place in its row, where the header line names one cell a column: as many
 * spans as the row has cells (a label's head over the label column), or one fewer (the label column's head left blank).
 */
function ownPlaceSpan(heads: readonly Span[], cells: readonly Span[], s: number, e: number): Span | undefined {
  const at = cells.findIndex((c) => c.start <= s && e <= c.end);
  if (at < 1) return undefined;
  if (heads.length === cells.length) return heads[at];
  return heads.length === cells.length - 1 && heads[0]!.start > cells[0]!.end ? heads[at - 1] : undefined;
}
