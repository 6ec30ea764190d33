// Whether two statements of one metric agree. They agree when the values their words allow
// overlap (`近 30 万` allows 20–30 万, `29.6 万` 29.55–29.65 万). The same number written at the
// same precision with a different direction (`近 X 亿` in one paragraph, `X 亿` or `超 X 亿` in
// another) disagrees: the report says two things. A table cell cannot carry a qualifier, so its
// bare value is only held to the overlap (`over RMB4 billion` in the text, `4.0` in the table).

import type { ExtractedFigure, Qualifier } from '../../domain/figure';
import { lineAround } from '../../metrics/index';
import { intervalOf, overlaps, stepOf, writtenNumber } from '../readers/precision';
import { inOneSpaceRow, inOneSpaceRowOf, inPipeRowOf, inSpacedCell, inSpacedCellOf, shortLineOf } from '../readers/table-blocks';

type Direction = 'up' | 'down' | 'none';

export const direction = (q: Qualifier): Direction => (q === 'over' ? 'up' : q === 'nearly' || q === 'under' || q === 'up_to' ? 'down' : 'none');

export type Disagreement = 'value' | 'scale' | 'qualifier';

/** Why two statements of one metric disagree, or undefined when they agree. */
export function disagreement(a: ExtractedFigure, aInTable: boolean, b: ExtractedFigure, bInTable: boolean): Disagreement | undefined {
  if (!overlaps(intervalOf(a), intervalOf(b))) return isScaleSlip(a.value, b.value) ? 'scale' : 'value';
  // numbers in words (`上千万`) are manners of speaking: their qualifiers are not held against each other
  const inDigits = writtenNumber(a.text) !== undefined && writtenNumber(b.text) !== undefined;
  if (inDigits && oneStepApart(a, b)) return 'value';
  const samePrecision = inDigits && a.value === b.value && Math.abs(stepOf(a) - stepOf(b)) <= 1e-9 * Math.abs(a.value || 1);
  // `about` points nowhere: it neither contradicts a direction nor a bare value
  const da = direction(a.qualifier);
  const db = direction(b.qualifier);
  const vague = a.qualifier === 'about' || b.qualifier === 'about';
  if (samePrecision && !aInTable && !bInTable && !vague && da !== db) return 'qualifier';
  return undefined;
}

/**
 * Two exact figures written to one step, a step apart (a PUE of `1.27` in the text, `1.28` in the table): their intervals
 * meet only at the half-step between (1.275), which rounds to one of them, not both — two values, not one said twice.
 */
function oneStepApart(a: ExtractedFigure, b: ExtractedFigure): boolean {
  if (a.qualifier !== 'exact' || b.qualifier !== 'exact' || a.value === b.value) return false;
  const step = stepOf(a);
  return Math.abs(step - stepOf(b)) <= 1e-9 * step && Math.abs(Math.abs(a.value - b.value) - step) <= 1e-9 * step;
}

/** Values a power of ten apart (`650 万` against `650 million`): a scale slipped in writing or translating. */
export function isScaleSlip(a: number, b: number): boolean {
  if (!(a > 0 && b > 0)) return false;
  const exponent = Math.log10(Math.max(a, b) / Math.min(a, b));
  return exponent >= 0.99 && Math.abs(exponent - Math.round(exponent)) < 0.005;
}

/**
 * Whether two values could be one quantity stated twice: close, or — between the two languages of a
 * report, where `万` and `million` are converted by hand — a scale slip apart.
 */
export function plausiblySame(a: number, b: number, acrossLanguages: boolean): boolean {
  if (!(a > 0 && b > 0)) return a === b;
  const ratio = Math.max(a, b) / Math.min(a, b);
  return ratio <= 1.5 || (acrossLanguages && isScaleSlip(a, b) && ratio <= 1e4 * 1.01);
}

/** A table row is short: further than this from a figure, a tab is not in its row. */
const ROW_REACH = 1000;

/** Whether the figure is a cell of a table row: tab-separated, space-aligned, pipe-separated, or one space apart under years. */
export function inTable(text: string, figure: Pick<ExtractedFigure, 'start' | 'end'>): boolean {
  // a short line is read once for the figures on it: a tab outside the figure, or the cells around it
  const line = shortLineOf(text, figure);
  if (line) return (line.firstTab >= 0 && line.firstTab < figure.start) || line.lastTab >= figure.end || inSpacedCellOf(line, figure) || inOneSpaceRowOf(line, figure) || inPipeRowOf(line, figure);
  // scanned outward from the figure to its line's ends only: a search for the next tab could run on
  // through the rest of a long report
  for (let i = figure.start - 1; i >= Math.max(0, figure.start - ROW_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === 9) return true;
    if (c === 10) break;
  }
  for (let i = figure.end; i < Math.min(text.length, figure.end + ROW_REACH); i++) {
    const c = text.charCodeAt(i);
    if (c === 9) return true;
    if (c === 10) break;
  }
  return inSpacedCell(text, figure) || inOneSpaceRow(text, figure);
}

/** A key line's label: words with a letter, no digit, then the colon before its figure (not inline: see shared/text/letters.ts). */
const KEY_LINE_LABEL = /^[^:：\d]*\p{L}[^:：\d]*[:：]\s*$/u;

/** A key figure's line: a label, a colon and the figure, nothing more with a digit in it (`New homes completed: 1,162`, `绿色投资余额：286.4亿元`). */
export function isKeyLine(text: string, figure: Pick<ExtractedFigure, 'start' | 'end'>): boolean {
  if (!/[:：]\s*$/.test(text.slice(Math.max(0, figure.start - 3), figure.start))) return false;
  const line = lineAround(text, figure.start, figure.end, KEY_LINE_REACH);
  return line !== undefined && KEY_LINE_LABEL.test(text.slice(line.start, figure.start)) && !/\d/.test(text.slice(figure.end, line.end));
}

/** How long a key figure's label and unit are at the most, either side of it. */
const KEY_LINE_REACH = 60;

/** The figure's sentence, cut again at a full stop before a capital (`… target for 2025. Food waste … reached 3,161 tonnes` comes as one sentence: a stop after a digit ends none), and where the figure stands in it. */
export function ownSentence(text: string, figure: Pick<ExtractedFigure, 'start' | 'sentence'>): { sentence: string; at: number } {
  const sentence = text.slice(figure.sentence.start, figure.sentence.end);
  const at = figure.start - figure.sentence.start;
  const ends = [...sentence.matchAll(/[.!?]\s+(?=[A-Z])|[。！？；]/g)].map((m) => m.index + m[0].length);
  const from = Math.max(0, ...ends.filter((e) => e <= at));
  const to = Math.min(sentence.length, ...ends.filter((e) => e > at));
  return { sentence: sentence.slice(from, to), at: at - from };
}

/** A report's title as a running header or footer carries it: words ending in the kind of report, a year after it or not. */
const TITLE_END = /(?:报告书?|報告書?|report|accounts|review)(?:\s*(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?)?/i;
const TITLE_THEN_PAGE = new RegExp(`${TITLE_END.source}[\\s|｜/·•–—-]*$`, 'i');
const PAGE_THEN_TITLE = new RegExp(`^[\\s|｜/·•–—-]*\\S.*${TITLE_END.source}\\s*$`, 'i');

/**
 * A page number: a bare number of three digits at most opening or closing a short line whose words
 * are the report's title (`顺达速运 2023年环境、社会及治理报告	18`, `Aldbrook Homes | Annual Performance
 * Report 2023/24 | 6`, `24  Hartwell & Pryce plc  Annual Report and Accounts 2023/24`). Every page's
 * footer reads so: its numbers are no metric stated twice.
 */
export function isPageNumber(text: string, figure: Pick<ExtractedFigure, 'start' | 'end' | 'text'>): boolean {
  if (figure.text.length > 3 || !/^\d+$/.test(figure.text)) return false;
  const line = lineAround(text, figure.start, figure.end, PAGE_LINE_REACH);
  if (!line) return false;
  const before = text.slice(line.start, figure.start);
  const after = text.slice(figure.end, line.end);
  return /^\s*$/.test(after) ? TITLE_THEN_PAGE.test(before) : /^\s*$/.test(before) && PAGE_THEN_TITLE.test(after);
}

/** How long a header or footer line runs at the most, either side of its page number. */
const PAGE_LINE_REACH = 80;

