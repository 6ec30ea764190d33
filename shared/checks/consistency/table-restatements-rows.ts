// The rows of a document's tables as table-restatements.ts compares text figures with them: a label
// naming a metric, its unit, and one cell per year of the header above it (table-blocks.ts gives
// the cells: apart by tabs, spaces, or a single space as PDF text without layout gives them). A
// label ends in its unit written as such (`Total water withdrawn GL`) or in brackets (`Per capita
// consumption (litres/person/day)`), or says none: under a caption giving the unit (`Table 4:
// Financed emissions by sector (ktCO2e)`), its total row named by the caption's words before `by`;
// over cells in a currency extraction read (`(£ million)`); over bare numbers, a count. A header is
// a line of years (`FY2021 FY2022 FY2023`) or a row of year cells (`2022/23`, `2023年`) that other
// columns may follow (`Change`, `Share of 2023 total`), whose cells are no year's.

import { dimensionOf, unitFactor } from '../readers/dimension';
import { TOTAL } from '../readers/markers';
import { CAPTION_LINES, captionLines, tableBlocks, type Row } from '../readers/table-blocks';
import { scopesIn } from '../../metrics/scope';
import type { CheckDocument, DocFigure } from '../types';

export interface MetricRow {
  doc: CheckDocument;
  /** Content words of the label (a five-letter prefix each, so `withdrew` and `withdrawn` are one). */
  words: string[];
  unit: string;
  /** How many of the unit's base one of its unit is (a kt is 10³ t; `unitFactor`). */
  factor: number;
  label: string;
  /** The row's cells by year. */
  cells: Map<string, DocFigure>;
  /** The table row it was read from, and its table's rows (another row's cell the text figure may restate). */
  source: Row;
  block: readonly Row[];
  latest: string;
  /** Its header's years are split (`2023/24`, keyed by the first): a bare year said in the text may be the one a column ends in. */
  splitYears?: true;
  /**
   * A row whose label says its unit in words or not at all (`namedByWords`): named only by words said
   * near the figure (`reachOf` in table-restatements.ts), as a label of common words (`Water supplied`)
   * is said of other figures in a sentence of several.
   */
  near?: boolean;
}

const NUMBER = /^-?\d[\d,]*(?:\.\d+)?$/;
export const YEAR = /(?:FY\s?)?((?:19|20)\d{2})/g;
const STOP = new Set('a an the of in on at to for by and or as per total our we its from with number'.split(' '));
/** Cheap tests first (most lines are prose): a header holds two years, a row ends in a number. */
const TWO_YEARS = /(?:19|20)\d{2}\D+(?:19|20)\d{2}/;
const ENDS_IN_NUMBER = /\d\s*$/;
/** How far up from a row its header may stand, in lines. */
const HEADER_REACH = 30;
/** A caption ending in its unit in brackets, a few words before it (`Financed emissions by sector (ktCO2e)`). */
const CAPTION = /^(?:table\s+\d+[a-z]?\s*[:.]\s*)?([A-Za-z][^()\d]{2,60}?)\s*\(([^()\s]{1,10}|[^()\s]{1,4} [^()\s]{1,6})\)\s*$/i;
/** A header cell naming a year alone (`2023`, `FY2023`, `2023/24`, `2023年`); a report year `2023/24` is its first year's, as a sentence's `2023/24` is. */
const YEAR_CELL = /^(?:FY\s?)?((?:19|20)\d{2})(?:[/-]\d{2})?年?$/;
/** A year split over two (`2023/24`, `2023-24`). */
const SPLIT_YEAR = /(?:19|20)\d{2}[/-]\d{2}(?!\d)/;
/** A label ending in its unit in brackets (`Per capita consumption (litres/person/day)`, `Assets under management (£ million)`). */
const BRACKETED_UNIT = /^(.*?)\s*\(([^()]+)\)$/;
/** A label's brackets that give a scale and no unit: `(million)`, `(billion)`, `('000)`. */
const SCALE_ONLY = /^(?:millions?|billions?|thousands?|'?000s?|mn|bn|m|k)$/i;
/** Units spelt out in a label's brackets, as extraction writes them after a figure. */
const UNIT_NAMES = new Map([
  ['litres', 'L'],
  ['liters', 'L'],
  ['tonnes', 't'],
]);
/** The key of rows that count things (a label of words alone, its cells bare numbers), and of amounts of money (the currency extraction read in the cells). */
export const COUNT = '#count';
export const money = (unit: string) => `#${unit}`;

const unitKey = (unit: string) => unit.toLowerCase().replace(/[\s-]/g, '');
/** The unit without its prefix where `unitFactor` reads one (MtCO2e and ktCO2e are both tco2e, GWh and MWh wh). */
export const baseUnit = (unit: string) => (unitFactor({ unit }) === 1 ? unitKey(unit) : unitKey(unit).slice(1));
/** A text's content words, cut to five letters, and the GHG scopes it names (`Scope 1`, `Scope 1 and 2` as `scope 1,2`): Scope 1 and Scope 2 rows differ by their number only. */
export const wordsOf = (text: string) => {
  const words = (text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));
  return words.includes('scope') ? [...words, ...scopesIn(text, 0, text.length).map((s) => s.scope)] : words;
};

/** The rows of a document's tables (`tableBlocks`): a label ending in a unit, then one number per year of the header above it in its block. */
export function rowsOf(doc: CheckDocument): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const block of tableBlocks(doc)) {
    let header: Header | undefined;
    let caption: Caption | undefined;
    let sinceHeader = 0;
    for (const row of block) {
      sinceHeader++;
      const line = row.texts.join(' ');
      const years = TWO_YEARS.test(line) ? [...line.matchAll(YEAR)].map((m) => m[1]!) : [];
      const columns = row.texts.length >= 3 ? yearColumns(row.texts) : undefined;
      if (columns || (years.length >= 2 && line.replace(YEAR, '').replace(/[^\d]/g, '') === '')) {
        header = columns ?? { years, width: row.texts.length, trailing: 0, split: SPLIT_YEAR.test(line) };
        caption = undefined;
        sinceHeader = 0;
        continue;
      }
      // a row under a header with columns after its years ends in those (`-1.0%`): its last year's cell is what must be a number
      const ownCells = header && header.trailing > 0 && row.texts.length === header.width ? row.texts.slice(0, -header.trailing).join(' ') : line;
      if (!header || sinceHeader > HEADER_REACH || !ENDS_IN_NUMBER.test(ownCells)) continue;
      const first = row.cells.find((c) => c !== undefined);
      if (sinceHeader === 1 && first) caption = captionAbove(doc.text, row);
      const read = rowOf(doc, block, row, header, caption);
      if (read) rows.push(read);
    }
  }
  return rows;
}

interface Header {
  years: string[];
  split?: boolean;
  /** Its cells, and how many of them follow the years (`Change`, `Share of 2023 total`): a row's cells under them are no year's. */
  width: number;
  trailing: number;
}

/** A header row by its cells: a label cell or two without digits, then a cell per year, then any other (`Measure  2022/23  2023/24  Change`). */
function yearColumns(texts: readonly string[]): Header | undefined {
  const first = texts.findIndex((t) => YEAR_CELL.test(t.trim()));
  if (first < 1 || texts.slice(0, first).some((t) => /\d/.test(t))) return undefined;
  let last = first;
  while (last + 1 < texts.length && YEAR_CELL.test(texts[last + 1]!.trim())) last++;
  if (last === first) return undefined;
  const cells = texts.slice(first, last + 1);
  return { years: cells.map((t) => YEAR_CELL.exec(t.trim())![1]!), width: texts.length, trailing: texts.length - 1 - last, split: cells.some((t) => SPLIT_YEAR.test(t)) };
}

interface Caption {
  words: string[];
  label: string;
  unit: string;
}

/** The caption over the header just above `row` (the first row under it), when it ends in its unit in brackets. */
function captionAbove(text: string, row: Row): Caption | undefined {
  for (const { line, up } of captionLines(text, row, { reach: CAPTION_LINES })) {
    if (up < 2) continue; // the header's line
    const m = CAPTION.exec(line);
    const unit = m?.[2]!.replace(' ', ''); // `kt CO2e` as ktCO2e
    if (!m || dimensionOf({ unit: unit! }) === 'count') return undefined;
    const subject = m[1]!.split(/\s+by\s+/i)[0]!;
    return { words: wordsOf(subject), label: subject, unit: unit! };
  }
  return undefined;
}

/**
 * A table row as a label ending in its unit and one number per year of its header, or undefined
 * when it is not one; under a caption giving the unit, a label of words alone, and the total row
 * named by the caption's words.
 */
function rowOf(doc: CheckDocument, block: readonly Row[], row: Row, { years: header, width, trailing, split }: Header, caption: Caption | undefined): MetricRow | undefined {
  // the row's words, each with the cell it stands in: a number is a year's cell when it fills its cell alone
  const texts = trailing > 0 && row.texts.length === width ? row.texts.slice(0, -trailing) : row.texts;
  const tokens = texts.flatMap((text, column) => (text.match(/\S+/g) ?? []).map((token) => ({ token, alone: text.trim() === token, cell: text.trim() === token ? row.cells[column] : undefined })));
  const numbers = tokens.slice(-header.length);
  const labelled = tokens.slice(0, -header.length);
  const label = labelled.map((t) => t.token);
  // a label may end in a number of its own cell (`Scope 1`), never in a number alone in a cell (one more year's)
  if (label.length < (caption ? 1 : 2) || !numbers.every((n) => NUMBER.test(n.token)) || (NUMBER.test(label.at(-1)!) && (labelled.at(-1)!.alone || !caption))) return undefined;
  const cells = new Map<string, DocFigure>();
  numbers.forEach((n, k) => {
    if (n.cell) cells.set(header[k]!, n.cell);
  });
  const latest = String(Math.max(...header.map(Number)));
  // a row naming its own unit in brackets (`Gold produced (koz)`) is in that unit, whatever the caption says
  if (!caption || BRACKETED_UNIT.test(label.join(' '))) {
    const named = namedByWords({ doc, cells, latest, source: row, block }, label.join(' '));
    if (named !== null) return named && split ? { ...named, splitYears: true } : named;
  }
  const said = caption ? label.join(' ') : label.slice(0, -1).join(' ');
  const total = caption !== undefined && wordsOf(said).length === 0 && TOTAL.test(said);
  const words = total ? caption.words : wordsOf(said);
  if (words.length < 2) return undefined;
  const unit = caption ? caption.unit : label.at(-1)!;
  return { doc, words, unit: baseUnit(unit), factor: unitFactor({ unit }), label: total ? `${caption.label} ${said}` : said, cells, latest, source: row, block, ...(split && { splitYears: true as const }) };
}

/**
 * A row whose label says its unit in words: in brackets at its end (`Per capita consumption
 * (litres/person/day)`: its first unit, litres), over cells in a currency extraction read from it or
 * from the table's caption (`Assets under management (£ million)`, `Green bonds` under `Table A3: …
 * (£ million)`: their values in pounds), or not at all — a label of words alone over
 * bare numbers counts things (`Companies engaged on climate`). Null when the label ends in a unit
 * written as such (`Total water withdrawn GL`), read by `rowOf`; undefined when it is no row to compare.
 */
function namedByWords(read: Pick<MetricRow, 'doc' | 'cells' | 'latest' | 'source' | 'block'>, label: string): MetricRow | undefined | null {
  const { cells } = read;
  const units = new Set([...cells.values()].map((c) => c.figure.unit));
  const cellUnit = units.size === 1 ? [...units][0]! : undefined;
  const bracket = BRACKETED_UNIT.exec(label);
  const row = (said: string, unit: string, factor: number) => {
    const words = wordsOf(said);
    return words.length < 2 ? undefined : { ...read, words, unit, factor, label: said, near: true };
  };
  if (cellUnit !== undefined && dimensionOf({ unit: cellUnit }).startsWith('currency')) return row(bracket ? bracket[1]! : label, money(cellUnit), 1);
  if (bracket) {
    const written = bracket[2]!.split(/[,/]|\s+per\s+/)[0]!.trim();
    // a scale alone (`Passengers carried (million)`), which extraction applied to the cells: a row of counts
    if (SCALE_ONLY.test(written)) return cellUnit === '' ? row(bracket[1]!, COUNT, 1) : undefined;
    if (written === '' || /\d/.test(written)) return undefined;
    const unit = UNIT_NAMES.get(written.toLowerCase()) ?? written;
    return row(bracket[1]!, baseUnit(unit), unitFactor({ unit }));
  }
  return cellUnit === '' && /^[a-z]{3,}$/.test(label.split(' ').at(-1)!) ? row(label, COUNT, 1) : null;
}
