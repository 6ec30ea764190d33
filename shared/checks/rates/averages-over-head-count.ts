// Averages per head whose head count the report states away from them: `642,580 hours of training in
// total, or 29.9 hours per employee` with the 21,486 employees in the workforce section or its data
// table, `人均温室气体排放3.29吨` under a paragraph's 6.14万吨 with 员工18,642人 a section before, and a data
// table's `人均温室气体排放 吨/人` row over the same column's 温室气体排放总量 and 员工总数 rows.
// `rates.ts` reads an average whose head count stands in its own paragraph, and then these for the averages
// it read none of; a paragraph away, which group of people an average is over is not certain, so these are
// reported only when they hold.

import { comparable, dimensionOf, inBaseUnit, unitFactor } from '../readers/dimension';
import { quotientCheck } from '../shares/percent-check';
import { asWritten, decimalsOf, intervalOf, show } from '../readers/precision';
import { isTableCell, tableColumns, type Column } from '../readers/table-columns';
import { resultOf, roleOf, type Check, type CheckDocument, type DocFigure } from '../types';
import { PER_PERSON, perHead } from './per-head';
import { samePeriod } from '../../metrics/index';
import { cellOfYear, lineOf, reportYearOf } from './rates';
import { ownYearFigure, yearOf } from './rate-readers';

/** `人均`, `平均每名僱員`, `per employee`, `per FTE`: an average over the workforce (not `per volunteer`: volunteers are no head count of it). */
const PER_HEAD = perHead(`${PER_PERSON}|FTE`);
/** After an average, its unit and `each on average` (`246,000 hours of training, 34.5 hours each on average` after `7,126 employees`). */
const EACH_ON_AVERAGE = /^\s*(?:[a-z]+\s+)?each\s+on\s+average\b/i;
/** A head count's unit: people, never person-times. */
const PEOPLE = /^(?:人|名|位|employees?|staff|people|persons?|FTEs?)$/i;
/** What a workforce's head count is called. */
const WORKFORCE = /employee|staff|headcount|workforce|\bFTE|员工|員工|僱員|雇员|职工|職工/i;
/** A group of the workforce or people who came and went, not the whole of it. */
const PART = /女|男|women|men\b|female|male|其中|of\s+whom|including|管理|manager|新|new|hire|recruit|left|離職|离职|流失|turnover|岁|歲|age|under|over|以下|以上|本科|学历|學歷|graduate|研发|研發|R&D|part[-\s]time|temporary|contract|兼职|兼職|临时|臨時/i;
/** How far before an average in its paragraph its total may stand. */
const TOTAL_REACH = 300;
/** The nearest figures of the average's measure before it that may be its total. */
const TOTALS = 4;
/** What stands just before a figure that says what it is. */
const LEAD = 40;

export function averagesOverHeadCount(doc: CheckDocument, found: readonly Check[]): Check[] {
  const checks: Check[] = [];
  let said: Set<number> | undefined;
  let heads: DocFigure[] | undefined;
  let columns: Map<number, Column> | undefined;
  let reportYear: string | undefined;
  // table averages no pair of their column gives, read last over the rows the row's other years hold with
  const unpaired: DocFigure[] = [];
  for (let i = 0; i < doc.figures.length; i++) {
    const figure = doc.figures[i]!;
    if (figure.unit === '%' || !(figure.value > 0) || figure.valueMax !== undefined) continue;
    const lead = doc.text.slice(Math.max(figure.sentence.start, figure.start - LEAD), figure.start);
    const after = doc.text.slice(figure.end, Math.min(figure.sentence.end, figure.end + 24));
    if (!PER_HEAD.test(figure.metric ?? '') && !PER_HEAD.test(lead) && !PER_HEAD.test(after) && !EACH_ON_AVERAGE.test(after)) continue;
    said ??= new Set(found.flatMap((c) => c.figures.filter((f) => f.role === 'result' && f.doc === doc.name).map((f) => f.start)));
    if (said.has(figure.start)) continue;
    const result: DocFigure = { doc, figure, index: i };
    let totals: DocFigure[];
    let counts: DocFigure[];
    // a head count of another year than a text average's (`较上年末的4,840人`, last year's column) stands for its year's
    let counterpart: ((at: DocFigure) => DocFigure | undefined) | undefined;
    if (isTableCell(doc, i)) {
      columns ??= columnOfCell(doc);
      const column = (columns.get(i) ?? []).map((c) => c.at).filter((at) => at.index !== i);
      totals = column.filter((at) => !isHeadCount(at) && isTotalOf(at, result));
      counts = column.filter(isHeadCount);
    } else {
      const year = yearOf(figure.period) ?? (reportYear ??= reportYearOf(doc));
      // (a total said of another year than the average's is no total of it: `3,340 tCO2e in 2024 against 3,550 tCO2e in 2023`)
      totals = totalsBefore(doc, result).filter((t) => year === undefined || (yearOf(t.figure.period) ?? year) === year);
      heads ??= doc.figures.flatMap((f, index) => (isHeadCount({ doc, figure: f, index }) ? [{ doc, figure: f, index }] : []));
      // the year's own head count first, and of those a count said exactly before one said as a bound (`over 3.4 lakh employees`)
      const own = heads.filter((h) => samePeriod(h.figure.period, figure.period));
      counts = [...own.filter(exact), ...own.filter((h) => !exact(h)), ...heads.filter((h) => !samePeriod(h.figure.period, figure.period))];
      if (year !== undefined) counterpart = ownYearFigure(doc, year);
    }
    const check = firstHolding(result, totals, counts, counterpart);
    if (check) checks.push(check);
    else if (isTableCell(doc, i)) unpaired.push(result);
  }
  // (the rows' other year's average read by rates.ts, over its column, or here)
  const held = [...found.filter((c) => c.rule === 'rate.average-per-head'), ...checks];
  return [...checks, ...unpaired.flatMap((result) => overRowsOfYearHeld(result, held) ?? [])];
}

/**
 * A table's average per head no pair of its column gives, while the same row's cell of another year holds over one total
 * row and one head-count row (`人均营业收入  27.0  25.9` whose 25.9 is 营业收入's 86,000 over 员工总数's 3,318): the rows the
 * table divides are certain, and this year's cells of them are its pair, its mismatch (88,000 over 3,620 is 24.31).
 */
function overRowsOfYearHeld(result: DocFigure, held: readonly Check[]): Check | undefined {
  const { doc, figure } = result;
  const year = yearOf(figure.period);
  if (year === undefined || figure.qualifier !== 'exact') return undefined;
  const line = lineOf(doc, figure.start);
  const pairs = held.flatMap((c) => {
    const at = resultOf(c);
    if (!c.holds || !at || lineOf(doc, at.start) !== line) return [];
    const [total, count] = (['numerator', 'denominator'] as const).map((role) => cellOfYear(doc, roleOf(c, role)!.start, year));
    return total && count ? [{ total, count }] : [];
  });
  const pair = pairs[0];
  if (!pair || pairs.some((p) => p.total.figure.value !== pair.total.figure.value || p.count.figure.value !== pair.count.figure.value)) return undefined;
  return averageCheck(result, pair.total, pair.count);
}


/** Each table cell's column (a cell of two columns: the later). */
function columnOfCell(doc: CheckDocument): Map<number, Column> {
  const out = new Map<number, Column>();
  for (const column of tableColumns(doc)) for (const cell of column) out.set(cell.at.index, column);
  return out;
}

const isHeadCount = ({ doc, figure }: DocFigure): boolean =>
  Number.isInteger(figure.value) &&
  figure.value >= 10 &&
  (PEOPLE.test(figure.unit.trim()) || (figure.unit === '' && WORKFORCE.test(figure.metric ?? ''))) &&
  (WORKFORCE.test(`${figure.metric ?? ''} ${figure.unit}`) || EMPLOYED.test(doc.text.slice(Math.max(figure.sentence.start, figure.start - LEAD), figure.start))) &&
  !PART.test(figure.metric ?? '');
/** A head count said with its verb: `we employed 3,42,186 people`. */
const EMPLOYED = /\bemploy(?:ed|s|ing)\s+(?:a\s+total\s+of\s+|some\s+)?$|(?:聘用|雇用|僱用)\s*$/i;

const exact = ({ figure }: DocFigure): boolean => figure.qualifier === undefined || figure.qualifier === 'exact';

/** A figure an average may be a share of each head of: larger, of the average's measure when it names one, no share or average itself. */
const isTotalOf = ({ doc, figure }: DocFigure, { figure: average }: DocFigure): boolean =>
  figure.unit !== '%' &&
  figure.value > average.value &&
  !PEOPLE.test(figure.unit.trim()) &&
  !PER_HEAD.test(figure.metric ?? '') &&
  // hours over hours or training hours (a count of a unit of its own), tonnes over tonnes or 万吨; a `吨/人` row's unit is not read
  (average.unit === '' || (dimensionOf(average) === 'count' ? figure.unit === average.unit || figure.unit.endsWith(` ${average.unit}`) || unitSaidAfter(doc.text, figure, average) : comparable(figure, average)));

/** `1.86 crore (18.6 million) learning hours …, 54.4 hours per employee`: a bare total whose words after it, before the average, name the average's unit. */
function unitSaidAfter(text: string, total: DocFigure['figure'], average: DocFigure['figure']): boolean {
  if (total.unit !== '' || !/^[a-z]{3,}$/i.test(average.unit) || average.start <= total.end) return false;
  const between = text.slice(total.end, average.start).replace(/\([^()]*\)/g, ' ');
  return new RegExp(`^[^\\d]{0,30}\\b${average.unit}\\b`, 'i').test(between);
}

/** The nearest figures of running text before an average in its paragraph that may be its total. */
function totalsBefore(doc: CheckDocument, result: DocFigure): DocFigure[] {
  const out: DocFigure[] = [];
  for (let k = result.index - 1; k >= 0 && out.length < TOTALS; k--) {
    const f = doc.figures[k]!;
    if (result.figure.start - f.end > TOTAL_REACH || doc.text.slice(f.end, result.figure.start).includes('\n\n')) break;
    const at = { doc, figure: f, index: k };
    if (!isTableCell(doc, k) && isTotalOf(at, result)) out.push(at);
  }
  return out;
}

/**
 * The first total over a head count that gives the stated average: nothing when none does. `counterpart`: for a head count
 * of another year than the average's, its year's count (the table row's cell of the year); an average that holds only over
 * such a count, never over one of its year, was worked over the wrong year's head count, and is that year's count's
 * mismatch (24.96万小时 over last year's 4,840 employees for 51.6 hours, over this year's 5,200 48.0).
 */
function firstHolding(result: DocFigure, totals: readonly DocFigure[], counts: readonly DocFigure[], counterpart?: (at: DocFigure) => DocFigure | undefined): Check | undefined {
  const slips: Check[] = [];
  for (const total of totals)
    for (const count of counts) {
      const check = averageCheck(result, total, count);
      if (!check.holds) continue;
      const own = counterpart?.(count);
      if (own === undefined) return check;
      slips.push(averageCheck(result, total, own));
    }
  // (one pair of values, however often said)
  return new Set(slips.map((c) => c.expected)).size === 1 ? slips[0] : undefined;
}

/** An average's check over a total and a head count: the average read in its total's unit when it names none (a `吨/人` row), else both in their measure's base unit. */
function averageCheck(result: DocFigure, total: DocFigure, count: DocFigure): Check {
  const resultFactor = result.figure.unit === '' ? undefined : unitFactor(result.figure);
  const factor = resultFactor === undefined ? 1 : unitFactor(total.figure) / resultFactor;
  const numerator = inBaseUnit(total.figure, factor);
  return quotientCheck({
    rule: 'rate.average-over-head-count',
    said: 'rate',
    numerator: total,
    denominator: count,
    result,
    over: [intervalOf(numerator), intervalOf(count.figure)],
    expected: numerator.value / count.figure.value,
    formula: `${show(numerator.value, decimalsOf(total.figure.text))} / ${show(count.figure.value, 0)}`,
    stated: asWritten(result.figure),
  });
}
