// What the rates' rules read alike, whichever family of rate they check (rates.ts, revenue-per-head.ts,
// average-over-part-of-group.ts, averages-over-head-count.ts): the year a figure is of and whether it is said as last
// year's (`(2022: 36.9 million)`), the figures of running text before a rate (its candidate inputs), head counts and
// the parts of a workforce they name (`of whom 1,742`, `女性员工548人`), a figure's cell of the other year in its table
// row, and a rate's check over its numerator and denominator. A module of its own, so the rules over a rate's family
// import it and not one another.

import { comparable, inBaseUnit } from '../readers/dimension';
import { saidAsPrior } from '../readers/markers';
import { quotientCheck } from '../shares/percent-check';
import { asWritten, decimalsOf, intervalOf, show } from '../readers/precision';
import { isTableCell } from '../readers/table-columns';
import { datedRows, restates } from '../changes/table-prior-year-changes';
import { type Check, type CheckDocument, type DocFigure } from '../types';

/** A head count said as a part of the one before it (`of whom 1,742`, `其中女性 1,742 名`): no whole an average is over. */
export const PART_OF_GROUP = /(?:\bof\s+whom|\bincluding|其中|包括)[^\d]{0,8}$/i;
/**
 * A head count of a part of the workforce by its own words: in a Chinese clause `其中` opens (`其中持证药物配制及装药人员624人`)
 * or of one sex (`女性员工548人`, `1,120 women`).
 */
const PART_NAMED = /(?:其中|包括)[^\d，,；;。]{0,16}$|(?:女性|男性|女|男)(?:员工|員工|职工|職工)?$|\b(?:wo)?men\b|\b(?:fe)?male\b/i;
/** A head count: people or households, never person-times (`58,340 人次`). */
export const PEOPLE = /(?:^|[^次])人(?!次)|名|位|employees?|staff|people|volunteers?|persons?|workers?|participants?|households?|员工|員工|志愿者|志願者/i;

/** A Chinese measure word of things, not people (`1,862场` of `岗位技能培训`, whose 位 is no count of people). */
const COUNTED_THINGS = /^[\u4e00-\u9fff]$/;
/** A count of people: its unit says so, or, a unit not counting things, its metric does. */
export const countsPeople = (f: DocFigure['figure']) => (COUNTED_THINGS.test(f.unit) ? PEOPLE.test(f.unit) : PEOPLE.test(`${f.unit} ${f.metric ?? ''}`));

/** How far before a rate in its paragraph its inputs may stand. */
const TEXT_REACH = 600;

export interface Candidate {
  at: DocFigure;
  /** What names it: its row's label, or its metric, unit and the words just before it. */
  words: string;
  /** Its row's label, or the words just before it in its sentence. */
  lead: string;
}

/**
 * Figures of running text before the rate in its paragraph (its own sentence included), nearest first; none said as last
 * year's, unless the rate is of that year (`year`: a table's column of 2022 over the text's `（2022年：936.4萬片）`).
 */
export function textBefore(doc: CheckDocument, result: DocFigure, reach = TEXT_REACH, year?: string): Candidate[] {
  const out: Candidate[] = [];
  let upTo = result.figure.start;
  for (let k = result.index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (result.figure.start - f.end > reach || (reach === TEXT_REACH && doc.text.slice(f.end, upTo).includes('\n\n'))) break;
    upTo = f.start;
    if (isTableCell(doc, k) || ((saidAsPrior(doc.text, f) || inYearBeforeBracket(doc.text, f)) && (year === undefined || yearOf(f.period) !== year))) continue;
    const lead = doc.text.slice(Math.max(f.sentence.start, f.start - 40), f.start);
    out.push({ at: { doc, figure: f, index: k }, words: `${lead} ${f.metric ?? ''} ${f.unit}`, lead });
  }
  return out;
}

/**
 * The year a report's tables are of: the latest year at least half as many table cells are dated as the commonest
 * (a target column of fewer cells aside), read once a rate the text leaves undated needs it.
 */

/** The year a period names (its last, `2022/23` as 2022): what the bases of an intensity are filed under. */
export const yearOf = (period: string | undefined): string | undefined => period?.match(/(?:19|20)\d{2}/g)?.at(-1);

/** `(2022: 36.9 million)`, `（2022 年：0.45）`, `(FY2023: 204 in 70.8 million hours)`, `(F2023: 2.28)`: the year before's values beside this year's. */
export const inYearBeforeBracket = (text: string, f: { start: number; sentence: { start: number } }): boolean =>
  /[(（]\s*(?:FY\s?|F)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*(?:年度|年)?\s*[:：][^()（）;；]{0,40}$/i.test(text.slice(Math.max(f.sentence.start, f.start - 60), f.start));

/** A head count named as a part of the workforce (`PART_NAMED`): by the words of its clause before it, or by its metric or unit. */
export function partNamed({ doc, figure }: DocFigure): boolean {
  const clause = doc.text.slice(Math.max(figure.sentence.start, figure.start - 24), figure.start);
  return PART_NAMED.test(clause) || PART_NAMED.test(figure.metric ?? '') || /^(?:wo)?men$/i.test(figure.unit);
}

/**
 * For a figure said as another year's than `year` (its period names another, or its words make it the earlier value
 * compared with), the cell of `year` of the one table row whose cell of the year before restates it (`Total  43,000  43,900`);
 * undefined for a figure of `year`, or when no row, or rows of two values, give one.
 */
export function ownYearFigure(doc: CheckDocument, year: string): (at: DocFigure) => DocFigure | undefined {
  return ({ figure, index }) => {
    const said = yearOf(figure.period);
    const prior = !isTableCell(doc, index) && (saidAsPrior(doc.text, figure) || inYearBeforeBracket(doc.text, figure));
    if (!prior && (said === undefined || said === year)) return undefined;
    const rows = datedRows(doc, true);
    const own = rows.filter((r) => yearOf(r.latest.figure.period) === year && comparable(figure, r.latest.figure) && restates(figure, r.before.figure)).map((r) => r.latest);
    return own.length > 0 && own.every((at) => at.figure.value === own[0]!.figure.value) ? own[0] : undefined;
  };
}

/**
 * For a figure of running text of `year` (`ofYearInText`), the cell of the year before of the one table row whose cell of
 * `year` restates it (`Watches sold  83,640  82,000`); undefined when no row, or rows of two values, give one.
 */
export function priorYearFigure(doc: CheckDocument, year: string): (at: DocFigure) => DocFigure | undefined {
  return (at) => {
    const { figure } = at;
    if (!ofYearInText(at, year)) return undefined;
    const rows = datedRows(doc, true);
    const before = rows.filter((r) => yearOf(r.latest.figure.period) === year && yearOf(r.before.figure.period) !== year && comparable(figure, r.latest.figure) && restates(figure, r.latest.figure)).map((r) => r.before);
    return before.length > 0 && before.every((at) => at.figure.value === before[0]!.figure.value) ? before[0] : undefined;
  };
}

/** A figure of running text not said as another year's than `year` (its period, or words of the year before). */
export function ofYearInText({ doc, figure, index }: DocFigure, year: string): boolean {
  const said = yearOf(figure.period);
  return !isTableCell(doc, index) && (said === undefined || said === year) && !saidAsPrior(doc.text, figure) && !inYearBeforeBracket(doc.text, figure);
}


/**
 * `nScale`, `dScale`: what one of each input's unit is in the rate's own units (a kt in tonnes, £1 in £m); `pinned`: the
 * inputs as their values say, no rounding of theirs allowed (a pair another statement of the rate has pinned down); `formula`:
 * how the calculation is written for its expected value, when not as the inputs scaled and `times`.
 */
export function rateCheck(numerator: DocFigure, denominator: DocFigure, result: DocFigure, base: number, rule: string, times: string, nScale = 1, dScale = 1, { pinned = false, formula }: { pinned?: boolean; formula?: (expected: number) => string } = {}): Check {
  const within = (f: DocFigure['figure']) => (pinned ? { lo: f.value, hi: f.value } : intervalOf(f));
  const expected = ((numerator.figure.value * nScale) / (denominator.figure.value * dScale)) * base;
  return quotientCheck({
    rule,
    said: 'rate',
    numerator,
    denominator,
    result,
    over: [within(inBaseUnit(numerator.figure, nScale)), within(inBaseUnit(denominator.figure, dScale))],
    factor: base,
    expected,
    formula: formula ? formula(expected) : `${show(numerator.figure.value * nScale, decimalsOf(numerator.figure.text))}${times} / ${show(denominator.figure.value * dScale, decimalsOf(denominator.figure.text) + Math.max(0, Math.round(-Math.log10(dScale))))}`,
    stated: asWritten(result.figure),
  });
}

/**
 * The pair of a table's columns, `a` over `b` (neither the result column `q`), whose quotient gives the most of its rows
 * (`holding`): two at least, and no other pair as many; undefined when none does or two pairs tie.
 */
export function bestColumnPair(width: number, q: number, holding: (a: number, b: number) => number): { a: number; b: number } | undefined {
  let best: { a: number; b: number; holding: number } | undefined;
  let tied = false;
  for (let a = 0; a < width; a++)
    for (let b = 0; b < width; b++) {
      if (a === b || a === q || b === q) continue;
      const given = holding(a, b);
      if (given < 2 || (best && given < best.holding)) continue;
      tied = best !== undefined && given === best.holding;
      if (!tied) best = { a, b, holding: given };
    }
  return tied ? undefined : best;
}
