// A figure a sentence says beside its year before, and a table row gives as its two years: the section's
// `单位营业收入温室气体排放0.0760吨/万元，上年为0.0797吨/万元` and the 关键绩效表's `单位营业收入温室气体排放 | 吨/万元 | 0.0760 | 0.0797`,
// `0.862 tCO2e per tonne of honey (2023: 0.804)` and the key figures' `GHG per tonne of honey | tCO2e/t | 0.862 | 0.804`,
// `Women numbered 1,562, or 21.9% of employees, up 0.7 percentage points from 21.2%` and `Women employees | % | 21.9 | 21.2`.
// Two values said alike in one sentence and in one row, each of its year, are one statement said twice, however unlike
// their words or units (the row gives its unit in a column of its own, a share its `%` in the header): a recomputation
// worked on either names the other beside it (`restated-inputs.ts`), the text's year before among them.

import { samePeriod } from '../../metrics/index';
import { datedRows } from '../changes/table-prior-year-changes';
import { isTableCell } from '../readers/table-columns';
import { saidAsPrior } from '../readers/markers';
import { digitsWritten, intervalOf } from '../readers/precision';
import { lowerBound, lowerBoundBy } from '../../text/lower-bound';
import type { CheckDocument } from '../types';
import type { ExtractedFigure } from '../../domain/figure';

/** One digit said twice is chance (`3`, `8`); `4.0`, `0.95` or `21.9` beside another of its row is the row again. */
const MIN_DIGITS = 2;

/** How far apart a rounded statement and its cell may be, relatively, to be searched (`1.1万` of a row's `1.12`); `intervalOf` then decides. */
const NEAR = 0.06;

/** A cell's value said more often than this in the text is a common value, not its row said again (and a bound on the work). */
const MAX_SAID = 12;

/** Text figures (no table cells) in the order of their values, those values beside them to search. */
interface TextByValue {
  figures: ExtractedFigure[];
  values: Float64Array;
}

const read = new WeakMap<CheckDocument, ReadonlyMap<number, ExtractedFigure[]>>();

/** By a figure's start in the document, the figures of the other side that say it again: a row's cells for a sentence's figures, and back. */
export function rowsSaidInSentences(doc: CheckDocument): ReadonlyMap<number, ExtractedFigure[]> {
  let said = read.get(doc);
  if (!said) read.set(doc, (said = readRowsSaid(doc)));
  return said;
}

function readRowsSaid(doc: CheckDocument): Map<number, ExtractedFigure[]> {
  const said = new Map<number, ExtractedFigure[]>();
  const rows = datedRows(doc, true);
  if (rows.length === 0) return said;
  const text = textByValue(doc);
  const link = (a: ExtractedFigure, b: ExtractedFigure) => {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const others = said.get(from.start);
      if (!others) said.set(from.start, [to]);
      else if (!others.includes(to)) others.push(to);
    }
  };
  for (const { latest, before } of rows) {
    const [cell, earlier] = [latest.figure, before.figure];
    for (const now of sayings(text, cell)) {
      const then = yearBeforeBeside(doc, now, earlier);
      if (!then) continue;
      link(cell, now);
      link(earlier, then);
    }
  }
  return said;
}

function textByValue(doc: CheckDocument): TextByValue {
  const figures = doc.figures.filter((f, i) => !isTableCell(doc, i) && digitsWritten(f.text) >= MIN_DIGITS).sort((a, b) => a.value - b.value);
  return { figures, values: Float64Array.from(figures, (f) => f.value) };
}

/** The text figures that say the cell's value as they round it, and of its period where both name one. */
function sayings({ figures, values }: TextByValue, cell: ExtractedFigure): ExtractedFigure[] {
  const v = cell.value;
  if (v === 0 || digitsWritten(cell.text) < MIN_DIGITS) return [];
  const [lo, hi] = v > 0 ? [v * (1 - NEAR), v * (1 + NEAR)] : [v * (1 + NEAR), v * (1 - NEAR)];
  const found: ExtractedFigure[] = [];
  for (let k = lowerBound(values, lo); k < figures.length && values[k]! <= hi; k++) {
    const f = figures[k]!;
    if (restates(f, cell) && samePeriod(f.period, cell.period)) found.push(f);
    if (found.length > MAX_SAID) return [];
  }
  return found;
}

/** The value as the text rounds it holds the cell's. */
function restates(said: ExtractedFigure, cell: ExtractedFigure): boolean {
  const { lo, hi } = intervalOf(said);
  return cell.value >= lo - 1e-9 * Math.abs(lo) && cell.value <= hi + 1e-9 * Math.abs(hi);
}

/** Another text figure of the sentence that says the row's year before (`上年为0.0797`, `(2023: 0.804)`, `from 21.2%`). */
function yearBeforeBeside(doc: CheckDocument, now: ExtractedFigure, earlier: ExtractedFigure): ExtractedFigure | undefined {
  if (digitsWritten(earlier.text) < MIN_DIGITS) return undefined;
  const { figures } = doc;
  const at = indexOfStart(figures, now.start);
  for (const step of [-1, 1])
    for (let k = at + step; k >= 0 && k < figures.length && beside(doc.text, now, figures[k]!); k += step) {
      const f = figures[k]!;
      if (isTableCell(doc, k) || digitsWritten(f.text) < MIN_DIGITS || !restates(f, earlier) || !ofYearBefore(doc.text, f, earlier)) continue;
      // one value of both years (`1.07`, `1.07`) is told apart by the years the sentence names
      if (earlier.value === now.value && (f.period === undefined || now.period === undefined || f.period === now.period)) continue;
      return f;
    }
  return undefined;
}

/** Of the cell's period, or said as the year before in words the period reader passes over (`上年为0.0797`). */
const ofYearBefore = (text: string, f: ExtractedFigure, earlier: ExtractedFigure): boolean => samePeriod(f.period, earlier.period) || saidAsPrior(text, f);

/** Farther apart than this, two figures of sentences the splitter parted are no longer one saying. */
const REACH = 40;
/** What ends a saying between two figures: a full stop, or a paragraph's end. */
const FULL_STOP = /[。！？]|[.!?](?:\s|$)|\n\s*\n/;

/** In one sentence, or in two a semicolon parted (`868 of them women (35.0%; 2023: 33.8%)`). */
function beside(text: string, a: ExtractedFigure, b: ExtractedFigure): boolean {
  if (a.sentence.start === b.sentence.start) return true;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return second.start - first.end <= REACH && !FULL_STOP.test(text.slice(first.end, second.start));
}

/** The index of the figure starting there (figures are in document order). */
const indexOfStart = (figures: readonly ExtractedFigure[], start: number): number => lowerBoundBy(figures.length, (i) => figures[i]!.start, start);
