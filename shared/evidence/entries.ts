import type { LocatedFigure, SheetCell } from '../domain/report';
import { hasHan, hasHanBetween } from '../metrics/clause';
import { lowerBound } from '../text/lower-bound';
import { tokenize, wordsIn, type Tokens } from './tokens';
import { unitInLabel, unitKind, type UnitKind } from './unit-kind';
import { statedStep, type StatedValue } from './value-match';
import type { EvidenceDocument } from './types';

// The things a claim can be matched against, each with what ranking needs and nothing else: its
// value as stated, its unit's kind, where it is, and the words and figures around it. A figure in
// a text becomes one; a number in a workbook becomes one (a percentage as its percent, a bare
// fraction also as one), and so does the share one cell of a column is of another.

export interface Entry {
  doc: number;
  start: number;
  end: number;
  stated: StatedValue;
  valueMax?: number;
  unit: UnitKind;
  page?: number;
  sheet?: string;
  cell?: string;
  text: string;
  ratio?: true;
  /** The words around it (sentence, or row label, header and sheet), and those that say what it measures. */
  context: string[];
  metric: string[];
  metricPhrase?: string;
  /** Other values nearby (the paragraph's figures, the row's numbers), as keys (`neighbourKey`). */
  neighbours: number[];
  /** Whether the words around it are Chinese. */
  han: boolean;
}

/** A document with its words, ready to draw entries or a claim's context from. */
export interface PreparedDocument {
  source: EvidenceDocument;
  tokens: Tokens;
  figureStarts: Int32Array;
}

/** How far around a figure its context words and its neighbouring figures are taken, in characters. */
const CONTEXT_CHARS = 100;
const NEIGHBOUR_CHARS = 300;
/** Words that say what a figure measures: those just before it and just after it in its sentence. */
const METRIC_BEFORE = 4;
const METRIC_AFTER = 3;
/** A column with more numbers than this offers no computed shares (each pair is an entry). */
const MAX_RATIO_COLUMN = 40;

/** Two significant digits: nearby figures agree when they round alike (`99.3%` and `99.2%`, `897 million` and `897,000,000`). */
export const neighbourKey = (value: number): number => Number(value.toPrecision(2));

export function prepareDocument(source: EvidenceDocument): PreparedDocument {
  return { source, tokens: tokenize(source.text), figureStarts: Int32Array.from(source.figures, (f) => f.start) };
}

/** A figure of a text, as an entry (or as the claim to rank candidates for). */
export function figureEntry(doc: number, prepared: PreparedDocument, figure: LocatedFigure): Entry {
  const { text, figures } = prepared.source;
  const { tokens } = prepared;
  const from = Math.max(figure.sentence.start, figure.start - CONTEXT_CHARS);
  const to = Math.min(figure.sentence.end, figure.end + CONTEXT_CHARS);
  const context = wordsIn(tokens, from, to);
  const unit = unitKind(figure.unit);
  // What a figure counts is its metric too: `25万员工` counts employees.
  const counted = unit.kind === 'count' ? tokenize(figure.unit).words : [];
  const metric = figure.metric ? tokenize(figure.metric).words : [...metricWords(text, tokens, figure), ...counted];
  const neighbours: number[] = [];
  const first = lowerBound(prepared.figureStarts, figure.start - NEIGHBOUR_CHARS);
  for (let i = first; i < figures.length && figures[i]!.start <= figure.end + NEIGHBOUR_CHARS; i++) {
    const other = figures[i]!;
    if (other.start !== figure.start) neighbours.push(neighbourKey(other.value));
  }
  return {
    doc,
    start: figure.start,
    end: figure.end,
    stated: { value: figure.value, step: statedStep(figure.text, figure.value), qualifier: figure.qualifier },
    ...(figure.valueMax === undefined ? {} : { valueMax: figure.valueMax }),
    unit,
    ...(figure.page === undefined ? {} : { page: figure.page }),
    text: figure.text,
    context,
    metric,
    ...(figure.metric ? { metricPhrase: figure.metric } : {}),
    neighbours,
    han: hasHanBetween(text, Math.max(from, figure.start - 12), Math.min(to, figure.end + 12)),
  };
}

/** The words just before and after a figure in its clause: `女性员工占49.5%`, `694 million Internet users`. */
function metricWords(text: string, tokens: Tokens, figure: LocatedFigure): string[] {
  const { start, end } = clauseAround(text, figure);
  const before = lowerBound(tokens.starts, figure.start);
  const after = lowerBound(tokens.starts, figure.end);
  const words: string[] = [];
  for (let i = Math.max(0, before - METRIC_BEFORE); i < before; i++) if (tokens.starts[i]! >= start) words.push(tokens.words[i]!);
  for (let i = after; i < Math.min(tokens.words.length, after + METRIC_AFTER); i++) if (tokens.starts[i]! < end) words.push(tokens.words[i]!);
  return words;
}

/** The figure's clause within its sentence: up to the nearest comma, semicolon or colon (not a digit group's comma). */
function clauseAround(text: string, figure: LocatedFigure): { start: number; end: number } {
  const breaks = (i: number) => /[，；：;:]/.test(text[i]!) || (text[i] === ',' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
  let start = figure.start;
  while (start > figure.sentence.start && !breaks(start - 1)) start--;
  let end = figure.end;
  while (end < figure.sentence.end && !breaks(end)) end++;
  return { start, end };
}

/** The entries of a workbook's numbers: each cell, as a percentage where it is one, and the shares within a column. */
export function cellEntries(doc: number, cells: readonly SheetCell[], text: string): Entry[] {
  const numbers = cells.filter((cell) => cell.value !== undefined);
  const rows = groupBy(numbers, (cell) => `${cell.sheet}\u0000${cell.row}`);
  const titles = new Map<string, string>();
  for (const cell of cells) if (cell.value === undefined && !titles.has(cell.sheet)) titles.set(cell.sheet, text.slice(cell.start, cell.end));
  const entries: Entry[] = [];
  for (const cell of numbers) {
    const shown = text.slice(cell.start, cell.end);
    const label = [cell.rowLabel, cell.columnHeader].filter(Boolean).join(' ');
    const context = tokenize(`${label} ${cell.sheet} ${titles.get(cell.sheet) ?? ''}`).words;
    const metric = tokenize(cell.rowLabel ?? cell.columnHeader ?? '').words;
    const neighbours = (rows.get(`${cell.sheet}\u0000${cell.row}`) ?? []).filter((c) => c !== cell).flatMap((c) => keysOf(c));
    const base = {
      doc, start: cell.start, end: cell.end, sheet: cell.sheet, cell: cell.address, context, metric,
      ...(cell.rowLabel ? { metricPhrase: cell.rowLabel } : {}),
      neighbours, han: hasHan(label), text: quote(cell, shown),
    };
    const value = cell.value!;
    const labelUnit = unitInLabel(cell.columnHeader ?? '').kind !== 'bare' ? unitInLabel(cell.columnHeader ?? '') : unitInLabel(cell.rowLabel ?? '');
    if (cell.percent) {
      entries.push({ ...base, stated: { value: value * 100, step: statedStep(shown, value * 100), qualifier: 'exact' }, unit: { kind: 'percent' } });
      continue;
    }
    entries.push({ ...base, stated: { value, step: statedStep(shown, value), qualifier: 'exact' }, unit: labelUnit.kind === 'percent' ? { kind: 'bare' } : labelUnit });
    if (Math.abs(value) < 1 && !Number.isInteger(value)) {
      entries.push({ ...base, stated: { value: value * 100, step: statedStep(shown, value) * 100, qualifier: 'exact' }, unit: { kind: 'percent' } });
    }
  }
  entries.push(...ratioEntries(doc, numbers, text, titles));
  return entries;
}

/** One cell's share of another in the same column (`126,196 / 254,941` = 49.5%), for columns of plain numbers. */
function ratioEntries(doc: number, numbers: readonly SheetCell[], text: string, titles: ReadonlyMap<string, string>): Entry[] {
  const entries: Entry[] = [];
  for (const column of groupBy(numbers.filter((cell) => !cell.percent && cell.value! > 0), (cell) => `${cell.sheet}\u0000${cell.column}`).values()) {
    if (column.length < 2 || column.length > MAX_RATIO_COLUMN) continue;
    for (const part of column) {
      for (const whole of column) {
        if (part === whole || part.value! >= whole.value!) continue;
        const share = (part.value! / whole.value!) * 100;
        const words = `${part.rowLabel ?? ''} ${whole.rowLabel ?? ''} ${part.columnHeader ?? ''} ${part.sheet} ${titles.get(part.sheet) ?? ''}`;
        entries.push({
          doc, start: part.start, end: part.end, sheet: part.sheet, cell: `${part.address}/${whole.address}`,
          stated: { value: share, step: 0, qualifier: 'exact' }, unit: { kind: 'percent' }, ratio: true,
          text: `${text.slice(part.start, part.end)} / ${text.slice(whole.start, whole.end)} (${part.rowLabel ?? part.address} / ${whole.rowLabel ?? whole.address})`,
          context: tokenize(words).words, metric: tokenize(part.rowLabel ?? '').words, neighbours: [], han: hasHan(words),
        });
      }
    }
  }
  return entries;
}

function keysOf(cell: SheetCell): number[] {
  const value = cell.value!;
  return cell.percent || (Math.abs(value) < 1 && !Number.isInteger(value)) ? [neighbourKey(value * 100)] : [neighbourKey(value)];
}

/** `女性员工占比 · 数值: 49.5%`: the cell as shown, with the words that say what it is. */
function quote(cell: SheetCell, shown: string): string {
  const label = [cell.rowLabel, cell.columnHeader].filter(Boolean).join(' · ');
  return label === '' ? shown : `${label}: ${shown}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}
