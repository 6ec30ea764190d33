// What each figure measures: its metric, period and scope, from its sentence or, for a table
// cell, from its row label and column header. Pure and linear in the number of figures; the
// checks, the CLI and the app all describe figures through `describeFigures`.

import { MAX_DESCRIPTION_LENGTH, type ExtractedFigure } from '../domain/figure';
import { cleanPhrase, hasHanBetween } from './clause';
import { lineStartOf } from '../text/lines';
import { englishMetric } from './metric-en';
import { chineseMetric } from './metric-zh';
import { periodOf, periodsIn } from './period';
import { pipeCellContext } from './pipe-table';
import { scopeNamedAfter, scopeOf, scopesIn } from './scope';
import { tableCellContext } from './table';
import { BULLET_CLASS } from '../text/list-bullets';

export { samePeriod, samePeriodKey, periodKey, yearOfPeriod } from './period';
export type { PeriodKey } from './period';
export { scopeNumbers } from './scope';
export { hasHan, hasHanBetween } from './clause';
export { lineAround } from '../text/lines';

export interface FigureDescription {
  metric?: string;
  period?: string;
  scope?: string;
}

/** The metric, period and scope of `figure` in `text`; absent fields were not stated or not understood. */
export function describeFigure(text: string, figure: ExtractedFigure): FigureDescription {
  const cell = pipeCellContext(text, figure.start, figure.end) ?? tableCellContext(text, figure.start, figure.end);
  if (cell) {
    const headerPeriod = cell.header ? periodsIn(cell.header, 0, cell.header.length)[0]?.text : undefined;
    return compact({
      metric: metricOfLabel(cell.measure ? `${cell.label} ${cell.measure}` : cell.label),
      period: headerPeriod ?? periodOf(text, cell.labelStart, cell.labelEnd, cell.labelEnd, cell.labelEnd),
      scope: scopeOf(text, cell.labelStart, cell.labelEnd, cell.labelEnd),
    });
  }
  const label = labelOfLine(text, figure.start);
  if (label) {
    return compact({
      metric: metricOfLabel(label.text),
      period: periodOf(text, label.lineStart, figure.end, label.lineStart, label.lineStart),
      scope: scopeOf(text, label.lineStart, figure.start, figure.start),
    });
  }
  const { sentence } = figure;
  const zh = hasHanBetween(text, Math.max(sentence.start, figure.start - 12), Math.min(sentence.end, figure.end + 12));
  const metric = zh
    ? chineseMetric(text, figure.start, figure.end, figure.unit, sentence)
    : englishMetric(text, figure.start, figure.end, figure.unit, sentence);
  return compact({
    metric,
    period: periodOf(text, afterRows(text, sentence.start, figure.start), sentence.end, figure.start, figure.end),
    scope: scopeNamedAfter(text, figure.end) ?? scopeOf(text, Math.max(sentence.start, figure.start - 60), figure.start, figure.start) ?? openingScope(text, sentence.start, figure),
  });
}

/** An emissions unit (`tCO2e`, `kgCO2e`, `MtCO2`): a figure of emissions, whose scope its sentence's subject may name. */
const EMISSIONS_UNIT = /CO2/i;
/** How far back a sentence's subject of a scope is read past an aside (`Scope 1 emissions, from gas and our vans, were 372 tCO2e`). */
const OPENING_SCOPE_REACH = 160;

/**
 * The scope a sentence opens on, its subject (`Scope 1 emissions, from gas, heating oil and our minibuses, were 372 tCO2e`, `范围一排放，
 * 主要来自天然气和车辆，为1,962吨二氧化碳当量`), for an emissions figure past the 60 characters a scope is read within, when no other number
 * stands between them: an aside between the subject and its verb parts them.
 */
function openingScope(text: string, from: number, figure: ExtractedFigure): string | undefined {
  if (!EMISSIONS_UNIT.test(figure.unit) || figure.start - from > OPENING_SCOPE_REACH) return undefined;
  // (from its line's start: a heading above it runs into its sentence)
  const start = Math.max(from, text.lastIndexOf('\n', figure.start) + 1);
  const opening = scopesIn(text, start, figure.start)[0];
  if (!opening || !/^\s*(?:(?:our|the|total|group)\s+)?$/i.test(text.slice(start, opening.start)) || /\d/.test(text.slice(opening.end, figure.start))) return undefined;
  return opening.scope;
}

/**
 * Where a running-text figure's sentence starts once the table rows it runs on from are left out (a
 * line of cells apart ending in a number: `Total energy   20.44   20.08` over `Renewable electricity made up 1.46 PJ, …,
 * in FY24`): a year of the table's header is no period of the sentence after it.
 */
function afterRows(text: string, from: number, start: number): number {
  for (let i = start - 1; i > from; i--) {
    if (text.charCodeAt(i) !== 10) continue;
    const line = text.slice(Math.max(from, text.lastIndexOf('\n', i - 1) + 1), i);
    if (TABLE_ROW.test(line)) return i + 1;
  }
  return from;
}

/** A table row's line: cells apart by a tab or two spaces, the last a number. */
export const TABLE_ROW = /\S(?:\t| {2,})\S.*[\d%]\s*$/;

/** `figures` with their descriptions filled in (new objects; the inputs are not changed). */
export function describeFigures<F extends ExtractedFigure>(text: string, figures: readonly F[]): F[] {
  // not `{ ...figure, ...description }`: V8 gives objects built by spreading maps of their own, and
  // every check reads every figure's fields, thirty times slower on such objects than on these
  const described = figures.map((figure) => Object.assign({}, figure, describeFigure(text, figure)));
  for (let i = 1; i < described.length; i++) {
    const share = described[i]!;
    const previous = described[i - 1]!;
    // `768 million, accounting for 85.0% of …`: the share is of the figure before it
    if (share.metric?.startsWith('share of ') && previous.sentence.start === share.sentence.start && previous.metric && previous.unit !== '%') {
      share.metric = `${previous.metric} ${share.metric}`;
    }
    // `fell 7.5% to 12 336 GWh, of which 43.4% came from renewable sources`: a share of the figure before it
    else if (share.unit === '%' && OF_WHICH.test(share.metric ?? '') && previous.sentence.start === share.sentence.start && previous.metric && previous.unit !== '%') {
      share.metric = `share of ${previous.metric}`;
    }
  }
  return described;
}

/** A share's metric that only points back (`of which 43.4% came from …`, `of whom 38.2% were women`). */
const OF_WHICH = /^of (?:which|whom|these|them)$/i;

/** A fact-sheet line `Customers served: 3.4 million`, `员工总数：6,935 人`, bulleted or not (`> CSR spend: ₹ 584.6 lakh`), the figure bounded or not (`Women in management: more than 140`): its label names the figure that follows the colon. */
const LABEL_LINE = new RegExp(`^\\s*(?:(?:${BULLET_CLASS}|[>›➢➤])\\s*)?(\\p{L}[^:：\\d\\n]{1,60}?)\\s*[:：]\\s*(?:over|nearly|about|approximately|around|almost|(?:more|fewer|less)\\s+than|约|近|超过)?\\s*$`, 'u');

function labelOfLine(text: string, start: number): { text: string; lineStart: number } | undefined {
  // a label within 80 characters back only
  const lineStart = lineStartOf(text, start);
  if (start - lineStart > 80) return undefined;
  const m = LABEL_LINE.exec(text.slice(lineStart, start));
  return m ? { text: m[1]!, lineStart } : undefined;
}

/** A row label as a metric: without its bracketed scope and footnote marks. */
function metricOfLabel(label: string): string | undefined {
  const metric = cleanPhrase(label.replace(/[（(][^（()）]*[)）]/g, ' '));
  return metric.length >= 2 ? metric : undefined;
}

/** Longer than the limit, a "metric" is a run-on clause the rules did not understand: left unstated. */
const understood = (phrase: string | undefined): phrase is string => !!phrase && phrase.length <= MAX_DESCRIPTION_LENGTH;

function compact(d: FigureDescription): FigureDescription {
  const out: FigureDescription = {};
  if (understood(d.metric)) out.metric = d.metric;
  if (understood(d.period)) out.period = d.period;
  if (understood(d.scope)) out.scope = d.scope;
  return out;
}
