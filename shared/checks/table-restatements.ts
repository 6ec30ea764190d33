// A figure of the running text restated in a table row of the engagement: a report's `We withdrew
// 38.6 GL of water` against its data appendix's `Total water withdrawn GL 34.1 36.0 36.2`, `Women
// held 46 of the 212 senior leadership roles (24.7%)` against `Women in senior leadership % 19.6
// 21.0 21.7`. A table row's cells carry its label, not the sentence words the metric rules compare,
// so the rows of the document's tables (table-blocks.ts: cells apart by tabs, spaces, or a single
// space as PDF text without layout gives them) are read again here as a label ending in its unit,
// then one number per year of the header above it. A row names a text figure when every content
// word of its label (two at least) is in the figure's sentence and its unit is the figure's; the
// most specific such row is the one meant, and its cell of the year the sentence names (or, naming
// none, of the latest year, whichever side of the table it stands) must agree with it.
// A table whose caption gives its unit (`Table 4: Financed emissions by sector (ktCO2e)`) has rows
// of words alone, and its total row is named by the caption's words before `by` (financed
// emissions). Units of one measure a power of ten apart (MtCO2e in the text, ktCO2e in the table;
// GWh and MWh) are compared on one scale, each within its own rounding: 4.85 Mt restates 4,848 kt,
// 4.88 Mt does not.

import { dimensionOf, unitFactor } from './dimension';
import { FORWARD, TOTAL } from './markers';
import { inTable, plausiblySame } from './agreement';
import { intervalOf, overlaps, type Interval } from './precision';
import { placeTerm, qualifierTerm, saying } from './sayings';
import { tableBlocks, type Row } from './table-blocks';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from './types';

interface MetricRow {
  doc: CheckDocument;
  /** Content words of the label (a five-letter prefix each, so `withdrew` and `withdrawn` are one). */
  words: string[];
  unit: string;
  /** How many of the unit's base one of its unit is (a kt is 10³ t; `unitFactor`). */
  factor: number;
  label: string;
  /** The row's cells by year. */
  cells: Map<string, DocFigure>;
  latest: string;
}

const NUMBER = /^-?\d[\d,]*(?:\.\d+)?$/;
const YEAR = /(?:FY\s?)?((?:19|20)\d{2})/g;
const STOP = new Set('a an the of in on at to for by and or as per total our we its from with number'.split(' '));
/** Cheap tests first (most lines are prose): a header holds two years, a row ends in a number. */
const TWO_YEARS = /(?:19|20)\d{2}\D+(?:19|20)\d{2}/;
const ENDS_IN_NUMBER = /\d\s*$/;
/** How far up from a row its header may stand, in lines. */
const HEADER_REACH = 30;
/** A caption ending in its unit in brackets, a few words before it (`Financed emissions by sector (ktCO2e)`). */
const CAPTION = /^(?:table\s+\d+[a-z]?\s*[:.]\s*)?([A-Za-z][^()\d]{2,60}?)\s*\(([^()\s]{1,10})\)\s*$/i;
/** How far above a table's header its caption may stand, in lines. */
const CAPTION_LINES = 2;

export function tableRestatements(docs: readonly CheckDocument[]): Check[] {
  // rows by unit: a figure looks only at the rows of its own unit
  const byUnit = new Map<string, MetricRow[]>();
  for (const row of docs.flatMap(rowsOf)) {
    const rows = byUnit.get(row.unit);
    if (rows) rows.push(row);
    else byUnit.set(row.unit, [row]);
  }
  if (byUnit.size === 0) return [];
  const checks: Check[] = [];
  for (const doc of docs)
    doc.figures.forEach((figure, index) => {
      const unit = baseUnit(figure.unit);
      const rows = byUnit.get(unit);
      if (!rows || unit === '' || dimensionOf(figure).startsWith('currency') || inTable(doc.text, figure)) return;
      const sentence = ownSentence(doc.text, figure);
      if (FORWARD.test(sentence)) return;
      const said = new Set(wordsOf(sentence));
      const naming = rows.filter((r) => r.words.every((w) => said.has(w)));
      const most = Math.max(0, ...naming.map((r) => r.words.length));
      let meant = naming.filter((r) => r.words.length === most);
      // rows named alike (`Financed emissions` … `oil and gas`): the one said before the figure, its subject
      if (meant.length > 1) {
        const before = new Set(wordsOf(doc.text.slice(figure.sentence.start, figure.start).split(/[.!?]\s+(?=[A-Z])|[。！？；]/).at(-1)!));
        meant = meant.filter((r) => r.words.every((w) => before.has(w)));
      }
      if (meant.length !== 1) return;
      const row = meant[0]!;
      const years = [...sentence.matchAll(YEAR)].map((m) => m[1]!);
      // a sentence of two years (`in 2023 (2022: 4.88 MtCO2e)`): the one the figure's own period names
      const own = [...(figure.period ?? '').matchAll(YEAR)].map((m) => m[1]!);
      const year = years.length === 0 ? row.latest : years.length === 1 ? years[0]! : own.length === 1 && years.includes(own[0]!) ? own[0]! : undefined;
      const cell = year === undefined ? undefined : row.cells.get(year);
      if (!cell || cell.figure.start === figure.start) return;
      const factor = unitFactor(figure);
      const [a, b] = [figure.value * factor, cell.figure.value * row.factor];
      if (overlaps(scaled(intervalOf(figure), factor), scaled(intervalOf({ ...cell.figure, unit: figure.unit }), row.factor)) || !plausiblySame(a, b, false)) return;
      const at: DocFigure = { doc, figure, index };
      checks.push({
        kind: 'consistency',
        holds: false,
        figures: [asCheckFigure(at, 'mention'), asCheckFigure(cell, 'mention')],
        rule: 'consistency.table-row',
        ...saying('same.differ', {
          metric: row.label,
          a: figure.text.replace(/\s+/g, ' '),
          aQualifier: qualifierTerm(figure.qualifier),
          aDoc: doc.name,
          aPlace: placeTerm(false),
          b: cell.figure.text,
          bQualifier: qualifierTerm(cell.figure.qualifier),
          bDoc: cell.doc.name,
          bPlace: placeTerm(true),
        }),
      });
    });
  return checks;
}

/** The figure's sentence, cut again at a full stop before a capital (`… by FY2030. We withdrew 38.6 GL …` comes as one sentence). */
function ownSentence(text: string, figure: DocFigure['figure']): string {
  const sentence = text.slice(figure.sentence.start, figure.sentence.end);
  const at = figure.start - figure.sentence.start;
  const ends = [...sentence.matchAll(/[.!?]\s+(?=[A-Z])|[。！？；]/g)].map((m) => m.index + m[0].length);
  const from = Math.max(0, ...ends.filter((e) => e <= at));
  const to = Math.min(sentence.length, ...ends.filter((e) => e > at));
  return sentence.slice(from, to);
}

const unitKey = (unit: string) => unit.toLowerCase().replace(/[\s-]/g, '');
/** The unit without its prefix where `unitFactor` reads one (MtCO2e and ktCO2e are both tco2e, GWh and MWh wh). */
const baseUnit = (unit: string) => (unitFactor({ unit }) === 1 ? unitKey(unit) : unitKey(unit).slice(1));
const scaled = (i: Interval, factor: number): Interval => ({ lo: i.lo * factor, hi: i.hi * factor });
const wordsOf = (text: string) => (text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));

/** The rows of a document's tables (`tableBlocks`): a label ending in a unit, then one number per year of the header above it in its block. */
function rowsOf(doc: CheckDocument): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const block of tableBlocks(doc)) {
    let header: string[] | undefined;
    let caption: Caption | undefined;
    let sinceHeader = 0;
    for (const row of block) {
      sinceHeader++;
      const line = row.texts.join(' ');
      const years = TWO_YEARS.test(line) ? [...line.matchAll(YEAR)].map((m) => m[1]!) : [];
      if (years.length >= 2 && line.replace(YEAR, '').replace(/[^\d]/g, '') === '') {
        header = years;
        caption = undefined;
        sinceHeader = 0;
        continue;
      }
      if (!header || sinceHeader > HEADER_REACH || !ENDS_IN_NUMBER.test(line)) continue;
      const first = row.cells.find((c) => c !== undefined);
      if (sinceHeader === 1 && first) caption = captionAbove(doc.text, first.figure.start);
      const read = rowOf(doc, row, header, caption);
      if (read) rows.push(read);
    }
  }
  return rows;
}

interface Caption {
  words: string[];
  label: string;
  unit: string;
}

/** The caption over the header above a table's first row, when it ends in its unit in brackets. */
function captionAbove(text: string, at: number): Caption | undefined {
  let end = text.lastIndexOf('\n', at);
  end = text.lastIndexOf('\n', end - 1); // the header's line
  for (let k = 0; k < CAPTION_LINES && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    end = start - 1;
    if (line === '') continue;
    const m = CAPTION.exec(line);
    if (!m || dimensionOf({ unit: m[2]! }) === 'count') return undefined;
    const subject = m[1]!.split(/\s+by\s+/i)[0]!;
    return { words: wordsOf(subject), label: subject, unit: m[2]! };
  }
  return undefined;
}

/**
 * A table row as a label ending in its unit and one number per year of its header, or undefined
 * when it is not one; under a caption giving the unit, a label of words alone, and the total row
 * named by the caption's words.
 */
function rowOf(doc: CheckDocument, row: Row, header: string[], caption: Caption | undefined): MetricRow | undefined {
  // the row's words, each with the cell it stands in: a number is a year's cell when it fills its cell alone
  const tokens = row.texts.flatMap((text, column) => (text.match(/\S+/g) ?? []).map((token) => ({ token, cell: text.trim() === token ? row.cells[column] : undefined })));
  const numbers = tokens.slice(-header.length);
  const label = tokens.slice(0, -header.length).map((t) => t.token);
  if (label.length < (caption ? 1 : 2) || !numbers.every((n) => NUMBER.test(n.token)) || NUMBER.test(label.at(-1)!)) return undefined;
  const cells = new Map<string, DocFigure>();
  numbers.forEach((n, k) => {
    if (n.cell) cells.set(header[k]!, n.cell);
  });
  const latest = String(Math.max(...header.map(Number)));
  const said = caption ? label.join(' ') : label.slice(0, -1).join(' ');
  const total = caption !== undefined && wordsOf(said).length === 0 && TOTAL.test(said);
  const words = total ? caption.words : wordsOf(said);
  if (words.length < 2) return undefined;
  const unit = caption ? caption.unit : label.at(-1)!;
  return { doc, words, unit: baseUnit(unit), factor: unitFactor({ unit }), label: total ? `${caption.label} ${said}` : said, cells, latest };
}
