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

import { FORWARD } from './markers';
import { dimensionOf } from './dimension';
import { inTable, plausiblySame } from './agreement';
import { intervalOf, overlaps } from './precision';
import { placeTerm, qualifierTerm, saying } from './sayings';
import { tableBlocks, type Row } from './table-blocks';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from './types';

interface MetricRow {
  doc: CheckDocument;
  /** Content words of the label (a five-letter prefix each, so `withdrew` and `withdrawn` are one). */
  words: string[];
  unit: string;
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

export function tableRestatements(docs: readonly CheckDocument[]): Check[] {
  // rows by unit: a figure looks only at the rows of its own unit
  const byUnit = new Map<string, MetricRow[]>();
  for (const row of docs.flatMap(rowsOf)) byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), row]);
  if (byUnit.size === 0) return [];
  const checks: Check[] = [];
  for (const doc of docs)
    doc.figures.forEach((figure, index) => {
      const unit = unitKey(figure.unit);
      const rows = byUnit.get(unit);
      if (!rows || unit === '' || dimensionOf(figure).startsWith('currency') || inTable(doc.text, figure)) return;
      const sentence = ownSentence(doc.text, figure);
      if (FORWARD.test(sentence)) return;
      const said = new Set(wordsOf(sentence));
      const naming = rows.filter((r) => r.words.every((w) => said.has(w)));
      const most = Math.max(0, ...naming.map((r) => r.words.length));
      const meant = naming.filter((r) => r.words.length === most);
      if (meant.length !== 1) return;
      const row = meant[0]!;
      const years = [...sentence.matchAll(YEAR)].map((m) => m[1]!);
      const year = years.length === 0 ? row.latest : years.length === 1 ? years[0]! : undefined;
      const cell = year === undefined ? undefined : row.cells.get(year);
      if (!cell || cell.figure.start === figure.start) return;
      const [a, b] = [figure.value, cell.figure.value];
      if (overlaps(intervalOf(figure), intervalOf({ ...cell.figure, unit: figure.unit })) || !plausiblySame(a, b, false)) return;
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
const wordsOf = (text: string) => (text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));

/** The rows of a document's tables (`tableBlocks`): a label ending in a unit, then one number per year of the header above it in its block. */
function rowsOf(doc: CheckDocument): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const block of tableBlocks(doc)) {
    let header: string[] | undefined;
    let sinceHeader = 0;
    for (const row of block) {
      sinceHeader++;
      const line = row.texts.join(' ');
      const years = TWO_YEARS.test(line) ? [...line.matchAll(YEAR)].map((m) => m[1]!) : [];
      if (years.length >= 2 && line.replace(YEAR, '').replace(/[^\d]/g, '') === '') {
        header = years;
        sinceHeader = 0;
        continue;
      }
      if (!header || sinceHeader > HEADER_REACH || !ENDS_IN_NUMBER.test(line)) continue;
      const read = rowOf(doc, row, header);
      if (read) rows.push(read);
    }
  }
  return rows;
}

/** A table row as a label ending in its unit and one number per year of its header, or undefined when it is not one. */
function rowOf(doc: CheckDocument, row: Row, header: string[]): MetricRow | undefined {
  // the row's words, each with the cell it stands in: a number is a year's cell when it fills its cell alone
  const tokens = row.texts.flatMap((text, column) => (text.match(/\S+/g) ?? []).map((token) => ({ token, cell: text.trim() === token ? row.cells[column] : undefined })));
  const numbers = tokens.slice(-header.length);
  const label = tokens.slice(0, -header.length).map((t) => t.token);
  if (label.length < 2 || !numbers.every((n) => NUMBER.test(n.token)) || NUMBER.test(label.at(-1)!)) return undefined;
  const words = wordsOf(label.slice(0, -1).join(' '));
  if (words.length < 2) return undefined;
  const cells = new Map<string, DocFigure>();
  numbers.forEach((n, k) => {
    if (n.cell) cells.set(header[k]!, n.cell);
  });
  return { doc, words, unit: unitKey(label.at(-1)!), label: label.slice(0, -1).join(' '), cells, latest: String(Math.max(...header.map(Number))) };
}
