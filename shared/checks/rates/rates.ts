// Rates a report states beside both figures they come from:
// - injury frequency rates: `97 recordable injuries … 38.6 million hours … TRIFR of 2.51 per million
//   hours worked`, `百万工时损工事故率` (incidents × 1,000,000, or 200,000 for a TRIR / LTIR, ÷ hours);
// - averages per head: `培训 148,200 小时 … 6,218 名员工 … 人均 23.8 小时`, `an average of 23.8 hours per employee`;
// - intensities: emissions, energy or water over revenue, output, floor area or a count (`119,690 tCO2e …
//   revenue of £6,874 million gives an intensity of 17.4 tCO2e per £m`, `单位营业收入排放强度 吨二氧化碳当量/百万元
//   19.42`, `33.4 kgCO2e per square metre`, `0.189 kWh per m3 of water supplied`), and money per thing counted (`revenue per passenger journey was £8.96`).
// The inputs are looked for in the rate's table column (the rows of one year, in the table's sections
// above it too), or before it in its
// paragraph (an average's total in its own sentence); an intensity none of these give, over a revenue,
// tonnage, area or volume of its year anywhere in the document (a footnote under its table, the opening
// pages' revenue). A frequency rate is called a mismatch only when
// it names the injuries it counts (lost-time, recordable) and the only figures that fit are injuries
// of that kind and one number of hours worked; an average per head, whose head count a paragraph of
// many groups rarely pins down, and an intensity, whose inputs may stand anywhere before it, are
// reported only when they hold — an intensity also when no pair gives it but one pair of its year gives it
// with two neighbouring digits swapped (0.72 for 0.27), a slip no misread pair or scale makes.

import { EN_CURRENCY_NAMES } from '../../extraction/units';
import { comparable, dimensionOf, unitFactor } from '../readers/dimension';
import { inForwardClause, saidAsPrior } from '../readers/markers';
import { samePeriod } from '../../metrics/index';
import { lineStartOf } from '../../text/lines';
import { metricTokens, sameMetric } from '../consistency/metric-tokens';
import { PER_PERSON, perHead } from './per-head';
import { intensitiesOverTableTotals } from './rates-over-table-totals';
import { ratesRestatedPerTonne } from './rates-restated-per-tonne';
import { siblingRatePair } from './rates-sibling-per-thing';
import { ratesPerTonneOfProduct } from './rates-per-tonne-of-product';
import { overPartOfGroup } from './average-over-part-of-group';
import { revenuePerHead } from './revenue-per-head';
import { averageOverStaff } from './per-head-over-staff';
import { countsPeople, inYearBeforeBracket, ofYearInText, ownYearFigure, PART_OF_GROUP, partNamed, PEOPLE, priorYearFigure, rateCheck, textBefore, yearOf, type Candidate } from './rate-readers';
import { decimalsOf, fixed, intervalOf, writtenNumber } from '../readers/precision';
import { adjacentSwap } from '../consistency/restatements';
import { cellPlaces, sectionRowsAbove, tableBlocks } from '../readers/table-blocks';
import { isTableCell, tableColumns, type LabelledCell } from '../readers/table-columns';
import { firstAtOrAfter, resultOf, roleOf, type Check, type CheckDocument, type DocFigure } from '../types';
import { breakAtOrBefore } from '../readers/paragraphs';

/** `TRIFR`, `lost-time injury frequency rate`, `百万工时损工事故率`: a rate of injuries over hours worked. */
const FREQUENCY_RATE = /\b(?:TRIFR|LTIFR|TRIR|LTIR|TRCFR|AIFR)\b|frequency\s+rate|injury\s+rate|incident\s+rate|百万工时|百萬工時|事故率|工伤率|工傷率|受伤率|受傷率/i;
/** A rate or an injury count of lost-time injuries. */
const LOST_TIME = /lost[-\s]?time|\bLTI|损工|損工|误工|誤工|失时|失時|失工时|失工時/i;
/** A rate or an injury count of recordable injuries. */
const RECORDABLE = /recordable|\bTRI|\bTRC|可记录|可記錄/i;
const INJURIES = /injur|incident|accident|事故|工伤|工傷|受伤|受傷/i;
const HOURS_WORKED = /hours|工时|工時|小时|小時/i;
/**
 * `(46 injuries over 23.8 million hours)`, `38 起损工事故`: a figure its own next word calls injuries or hours is that
 * count, however near a rate's name it stands (`0.8 injuries per million hours` is a rate still).
 */
const COUNT_NAMED_AFTER = /^\s*(?:(?:lost[-\s]?time|recordable|reportable|work-related)\s+)?(?:injur(?:y|ies)|incidents?|accidents?|hours)\b(?!\s+(?:per|for\s+every)\b)|^\s*(?:起|宗)/i;
/** `12.48 million hours worked`: a figure whose own unit is hours is the hours, never the rate they give. */
const HOURS = /^(?:man-|work(?:ing)?\s)?hours?$/i;
/** `per 200,000 hours`, and a TRIR or LTIR said without its base (the OSHA rate); not the end of another number (`3,420万小时`). */
const PER_200K = /(?<![\d,.])(?:200,?000|20\s?万)|\b(?:TRIR|LTIR)\b/i;

/**
 * `人均`, `an average of 23.8 hours per employee`: a total over a head count — of volunteers, participants or workers too,
 * since any count of people in the paragraph may be it (`per FTE` is left to averages-over-head-count.ts, whose head
 * counts may be FTEs); and of households (`paid them RMB696.7 million …, RMB28,600 per household`), counted as people are.
 */
const PER_HEAD = perHead(`${PER_PERSON}|volunteer|participant|worker|household`);
/** `an average of 22.4 hours each`: an average per head said by `each` after it. */
const AVERAGE_OF = /\baverage\s+of\s*$/i;
const EACH = /^\s*(?:each|apiece|a\s+head)\b/i;
const NOT_PEOPLE = /人次|times|hours|小时|小時/i;

/** What stands just before a figure that says what it is (`giving a total recordable injury frequency rate (TRIFR) of`). */
const LEAD = 80;

/** The words before a running-text rate in its year-before bracket after a colon (`(2023/24: 50.9 kWh)`), else '' (a function of its own: no closure made for every figure). */
function bracketLead(text: string, figure: DocFigure['figure'], inText: boolean): string {
  return inText && /[:：]/.test(text.slice(Math.max(figure.sentence.start, figure.start - 12), figure.start)) && inYearBeforeBracket(text, figure) ? text.slice(Math.max(figure.sentence.start, figure.start - 200), figure.start) : '';
}

export function rateChecks(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  // each table cell with its column (a cell of two columns: the later column's)
  const cells = new Map<number, { column: Array<{ at: DocFigure; label: string }>; cell: { at: DocFigure; label: string } }>();
  for (const column of tableColumns(doc))
    for (const cell of column) if (cells.get(cell.at.index)?.column !== column) cells.set(cell.at.index, { column, cell });
  let everywhere: Map<string, Candidate[]> | undefined;
  // table intensities no pair of their year gives, read last over the rows the row's other years hold with
  const unpaired: Array<{ result: DocFigure; words: string; year: string }> = [];
  // running-text intensities no pair gives, read last over the inputs of a rate of theirs said again with them
  const unread: Array<{ result: DocFigure; words: string; year: string; crossed: Check | undefined }> = [];
  // running-text averages per head no pair of their paragraph gives, read last over a holding rate's numerator beside them
  const perHeadUnread: Array<{ result: DocFigure; words: string }> = [];
  let reportYear: string | undefined;
  // rates read over their own brackets or over the table above: after the readers of table totals, which may read them too
  const later: Check[] = [];
  for (let i = 0; i < doc.figures.length; i++) {
    const figure = doc.figures[i]!;
    if (figure.unit === '%' || !(figure.value > 0) || figure.valueMax !== undefined) continue;
    const placed = cells.get(i);
    const column = placed?.column;
    const cell = placed?.cell;
    const inText = !cell && !isTableCell(doc, i);
    // a cell's row label, and for an intensity the unit column beside it (`单位营业收入排放强度  吨二氧化碳当量/百万元`)
    const before = cell ? `${cell.label} ${figure.metric ?? ''}` : inText ? `${leadOf(doc, figure)} ${figure.metric ?? ''}` : '';
    const after = inText ? doc.text.slice(figure.end, Math.min(figure.sentence.end, figure.end + 24)) : '';
    const frequency = FREQUENCY_RATE.test(before) && !(inText && (COUNT_NAMED_AFTER.test(after) || HOURS.test(figure.unit)));
    const perHead = !frequency && (PER_HEAD.test(before) || PER_HEAD.test(after) || (inText && EACH.test(after) && (AVERAGE_OF.test(leadOf(doc, figure)) || eachAfterItsTotal(doc, i))));
    // (most figures are no rate: the words around them are read for one first)
    // a cell's row before it holds its unit column (`单位产值温室气体排放  吨二氧化碳当量/万元  0.126`), and a figure may
    // be written with what it is per (`0.108吨二氧化碳当量/万元`): both read only when they hold a slash
    // a rate in the year-before bracket is what its sentence says it is (`Each tonne of cane crushed gave 52.6 kWh … (2023/24: 50.9 kWh)`)
    if (!frequency && !perHead && !INTENSITY.test(before) && !INTENSITY.test(after) && !slashed(figure.text) && !(inText && PER_THING_WRITTEN.test(figure.text)) && !(cell && slashed(rowBefore(doc, figure))) && !INTENSITY.test(bracketLead(doc.text, figure, inText))) continue;
    const result: DocFigure = { doc, figure, index: i };
    // `down from 2.87 in 2022`, `(2022: 0.65)`: last year's rate, whose inputs this year's text does not give, unless a
    // bracket right after it does (`from 1.93 in 2023/24 (46 injuries over 23.8 million hours)`)
    if (inText && (saidAsPrior(doc.text, figure) || inYearBeforeBracket(doc.text, figure) || saidOfAnotherYear(doc.text, figure))) {
      const after = frequency ? bracketAfter(doc, result) : [];
      const own = after.length > 0 ? after : frequency ? bracketBefore(doc, result) : [];
      const check = own.length > 0 ? frequencyRate(result, FREQUENCY_RATE.test(figure.metric ?? '') ? figure.metric! : before, own, true) : !frequency && !perHead ? priorIntensity(result, `${bracketLead(doc.text, figure, inText) || before} ${figure.unit} ${figure.text} ${after}`) : undefined;
      if (check?.holds) later.push(check);
      continue;
    }
    const row = cell ? rowBefore(doc, figure) : '';
    // read only for a figure its words call a rate: a column's other cells for each of its cells would be quadratic
    const labelled = (c: LabelledCell): Candidate => ({ at: c.at, words: `${c.label} ${c.at.figure.unit}`, lead: c.label });
    const candidates = (): Candidate[] => (cell ? [...column!.filter((c) => c.at.index !== i), ...sectionsAbove(doc, i)].map(labelled) : inText ? textBefore(doc, result) : []);
    let check: Check | undefined;
    if (frequency) {
      const words = FREQUENCY_RATE.test(figure.metric ?? '') ? figure.metric! : before;
      // `Employees` over its hours, injuries and LTIR, then `Partner companies` over theirs: a rate's own section's
      // rows are its inputs, the sections above only when its own holds none
      const own = cell ? frequencyRate(result, words, column!.filter((c) => c.at.index !== i).map(labelled)) : undefined;
      check = own ?? frequencyRate(result, words, candidates());
    } else if (perHead) {
      check = averagePerHead(result, candidates());
      if (!check && inText) perHeadUnread.push({ result, words: `${before} ${figure.unit} ${figure.text} ${after}` });
    } else {
      const near = candidates();
      const further = cell ? textBefore(doc, result, INTENSITY_REACH, yearOf(figure.period)) : inText ? textBefore(doc, result, INTENSITY_REACH).slice(near.length) : [];
      // what it is per may be written in the figure itself (`0.108吨二氧化碳当量/万元`, `0.189千瓦时/立方米`)
      const words = `${before} ${row} ${figure.unit} ${figure.text} ${after}`;
      // what it is per may stand anywhere: the revenue of the opening pages, a footnote under the table, another table's output;
      // a rate the text leaves undated is the report's year's (`or 0.81 m³ per tonne of cane crushed`)
      const year = yearOf(figure.period) ?? (inText ? (reportYear ??= reportYearOf(doc)) : undefined);
      // a paragraph right under a table speaks of its figures of the year (`Each tonne of cane crushed gave 52.6 kWh of electricity exported`)
      const above = inText ? tableAbove(doc, result, year) : [];
      const inputs = [...near, ...further, ...(inText ? [...sentenceAfter(doc, result), ...above] : [])];
      const bases = year === undefined ? [] : ((everywhere ??= basesOf(doc)).get(year) ?? []);
      const dated = figure.period === undefined && year !== undefined ? { ...result, figure: { ...figure, period: year } } : result;
      // a pair holding over an input of another year than the rate's is set aside, worked again over its year's figure
      // (a rate said as last year's, `上年为0.155吨/万元`, is none of its year's pairs' slip)
      const prior = inText && year !== undefined && !SAID_OF_YEAR_BEFORE.test(leadOf(doc, figure)) ? priorYearFigure(doc, year) : undefined;
      const otherYear = year === undefined ? undefined : { year, counterpart: ownYearFigure(doc, year), prior, found: [] as Check[], crossed: [] as Check[] };
      // a table's intensity over the output or revenue of its year that gives it most nearly, another table's among them
      // (15.28 million tonnes in the production table, not the opening's rounded `15.3 million tonnes`)
      const tabled = cell ? intensity({ result, words, candidates: near, bases: [...further, ...bases], otherYear }) : undefined;
      const found = tabled ?? intensity({ result, words, candidates: inputs, otherYear });
      // a base from outside its paragraph (the letter's rounded `21.4 million tonnes`) gives way to a base of its year said more precisely
      const denominator = (found && roleOf(found, 'denominator'))?.start;
      const outside = inText && found !== undefined && !tabled && !near.some((c) => c.at.figure.start === denominator);
      const precise = outside && year !== undefined ? intensity({ result: dated, words, candidates: inputs, bases: [...further, ...bases], otherYear }) : undefined;
      check = precise ?? found ?? (year === undefined ? undefined : intensity({ result: dated, words, candidates: inputs, bases, otherYear }));
      // no pair of its year gives it, but one gives it over last year's revenue or emissions: a slip of that input, worked over this year's
      const slipOfYear = check === undefined ? onlySlip(otherYear?.found ?? []) : undefined;
      check ??= slipOfYear;
      // no pair gives it: one pair that gives it with two digits swapped is a slip, its inputs of no other year than it (a
      // figure of running text left undated is of the report's year: no input of a cell of last year's column)
      // (nor one its words make the year before's, `较上年的54,380万元`, whatever year its sentence names)
      const ofYear = (at: DocFigure) => {
        const inText = !isTableCell(doc, at.index);
        const own = yearOf(at.figure.period) ?? (inText ? (reportYear ??= reportYearOf(doc)) : undefined);
        return year === undefined || own === undefined || (own === year && !(inText && saidAsPrior(doc.text, at.figure)));
      };
      check ??= slipOf([
        () => (cell ? intensity({ result, words, candidates: near, bases: [...further, ...bases], slipsOfYear: ofYear }) : undefined),
        () => intensity({ result, words, candidates: inputs, slipsOfYear: ofYear }),
        () => (year === undefined ? undefined : intensity({ result: dated, words, candidates: inputs, bases, slipsOfYear: ofYear })),
      ]);
      if (!check && cell && year !== undefined) unpaired.push({ result, words, year });
      // none of these: read last, over the pair of its rate said again, else one pair of its year that gives it with one input's year before (`heldOverYearBefore`)
      if (!check && inText && year !== undefined) unread.push({ result, words, year, crossed: onlySlip(otherYear?.crossed ?? []) });
      // read over the table above: the readers of table totals, who may read it too, name it first
      // (not one worked over this year's cell of the table's row for last year's input: no reader of table totals reads it)
      const numerator = (check && roleOf(check, 'numerator'))?.start;
      if (check && check !== slipOfYear && above.some((c) => c.at.figure.start === numerator)) {
        if (check.holds) later.push(check);
        continue;
      }
    }
    if (check) checks.push(check);
  }
  checks.push(...unpaired.flatMap(({ result, words, year }) => overRowsOfYearHeld(result, words, year, checks) ?? []));
  const held = [...checks, ...later].filter((c) => c.holds && c.rule === 'rate.intensity');
  checks.push(...unread.flatMap((u) => overInputsOfRateSaidAgain(u.result, u.words, u.year, held, (reportYear ??= reportYearOf(doc))) ?? u.crossed ?? overSiblingPair(u.result, u.words, held) ?? overOwnSentencePair(u.result, u.words) ?? []));
  checks.push(...perHeadUnread.flatMap((u) => overSiblingPair(u.result, u.words, held) ?? revenuePerHead(u.result, u.words, (reportYear ??= reportYearOf(doc))) ?? averageOverStaff(u.result, reportYear) ?? []));
  // a rate read above is not read again by the readers of stated pairs and restatements per tonne
  const own = checks.filter((c) => !kgcePerTonneInText(doc, c));
  const read = new Set(own.map((c) => roleOf(c, 'result')?.start));
  const others = [...intensitiesOverTableTotals(doc), ...ratesRestatedPerTonne(doc), ...ratesPerTonneOfProduct(doc)].filter((c) => !read.has(roleOf(c, 'result')?.start));
  others.forEach((c) => read.add(roleOf(c, 'result')?.start));
  return [...own, ...others, ...later.filter((c) => !read.has(roleOf(c, 'result')?.start))];
}

/**
 * A running-text rate in kilograms of coal equivalent per tonne (`单位产品综合能耗86.5千克标准煤/吨`, `/吨纸浆`), left to
 * `ratesPerTonneOfProduct` as before this reader read kgce: it reads one over the amount before it and the output the text
 * says the year produced, not a table's output read from anywhere, and none per tonne of a product it names.
 */
function kgcePerTonneInText(doc: CheckDocument, check: Check): boolean {
  const start = roleOf(check, 'result')?.start;
  const index = start === undefined ? -1 : firstAtOrAfter(doc, start);
  const figure = doc.figures[index];
  return figure !== undefined && figure.start === start && figure.unit === 'kgce' && /[/／]\s?(?:吨|噸)/.test(figure.text) && !isTableCell(doc, index);
}

/**
 * A table intensity no pair of its year gives, while the same row's cell of another year holds over a numerator and a
 * denominator that are table cells (`Intensity (tCO2e per ₹ crore revenue)  4.98  5.34`, last year's 5.34 over the
 * emissions table's total and the revenue table's total): its pair is those rows' cells of its own year, one on each
 * row, and it is their mismatch — the rows its report divides are certain, its year's cells too.
 */
function overRowsOfYearHeld(result: DocFigure, words: string, year: string, checks: readonly Check[]): Check | undefined {
  const { doc } = result;
  const line = lineOf(doc, result.figure.start);
  const held = checks.filter((c) => c.holds && c.rule === 'rate.intensity' && lineOf(doc, resultOf(c)!.start) === line);
  const pairs = held.flatMap((c) => {
    const [n, d] = (['numerator', 'denominator'] as const).map((role) => roleOf(c, role)!.start);
    const [numerator, denominator] = [cellOfYear(doc, n!, year), cellOfYear(doc, d!, year)];
    return numerator && denominator ? [{ numerator, denominator }] : [];
  });
  const pair = pairs[0];
  if (!pair || pairs.some((p) => p.numerator.figure.value !== pair.numerator.figure.value || p.denominator.figure.value !== pair.denominator.figure.value)) return undefined;
  const candidate = (at: DocFigure): Candidate => ({ at, words: '', lead: '' });
  return intensity({ result, words, candidates: [candidate(pair.numerator), candidate(pair.denominator)], sure: true });
}

/**
 * A running-text intensity no pair gives (a letter's `单店年均用电量降至3.20万千瓦时`, its inputs in sections after it), while
 * the same metric of its year is said again in running text with a value a pair gives (`单店年均用电量为3.10万千瓦时` after
 * 27,864万千瓦时 and 9,000家): the rate said twice is one rate, its inputs that pair's, and this value is their mismatch.
 */
function overInputsOfRateSaidAgain(result: DocFigure, words: string, year: string, held: readonly Check[], reportYear: string | undefined): Check | undefined {
  const { doc, figure } = result;
  const lead = leadOf(doc, figure);
  // (a rate named before it, in words enough to be one metric: not `(1) lithium carbonate: 1.86 tce per tonne`, a product's
  // rate beside the whole's `or 2.00 tce per tonne of LCE`, both named only by what they are per)
  const tokens = metricTokens(figure.metric);
  if (figure.qualifier !== 'exact' || SAID_OF_YEAR_BEFORE.test(lead) || !figure.metric || !lead.includes(figure.metric) || tokens.length < 3) return undefined;
  const pairs = held.flatMap((c) => {
    const [n, d, r] = (['numerator', 'denominator', 'result'] as const).map((role) => docFigureAt(doc, roleOf(c, role)));
    if (!n || !d || !r || isTableCell(doc, r.index) || r.figure.unit !== figure.unit || r.figure.value === figure.value) return [];
    if ((yearOf(r.figure.period) ?? reportYear) !== year || !sameMetric(metricTokens(r.figure.metric), tokens)) return [];
    return [{ n, d }];
  });
  const pair = pairs[0];
  if (!pair || pairs.some((p) => p.n.figure.value !== pair.n.figure.value || p.d.figure.value !== pair.d.figure.value)) return undefined;
  const candidate = (at: DocFigure): Candidate => ({ at, words: '', lead: '' });
  // (the pair gives the other statement within the rounding of its inputs: this one it is held to as their values say)
  return intensity({ result, words, candidates: [candidate(pair.n), candidate(pair.d)], sure: 'pinned' });
}

/** A rate per a thing counted, over the amount a holding rate of its paragraph per another thing divides and its thing's one count (`siblingRatePair`). */
function overSiblingPair(result: DocFigure, words: string, held: readonly Check[]): Check | undefined {
  const counted = countedPer(words);
  const pair = counted && siblingRatePair(result, held, counted);
  if (!pair) return undefined;
  const candidate = (at: DocFigure): Candidate => ({ at, words: '', lead: '' });
  return intensity({ result, words, candidates: [candidate(pair.numerator), candidate(pair.count)], sure: true });
}

/**
 * A running-text rate no pair gives whose own sentence says, before it, just its two inputs and nothing else (`Electric
 * buses used 248.6 million kWh of electricity to run 10.2 million km, 2.44 kWh per km`): the sentence works the rate out
 * in front of the reader, so its pair is certain, and the rate is their mismatch.
 */
function overOwnSentencePair(result: DocFigure, words: string): Check | undefined {
  const { doc, figure } = result;
  const first = firstAtOrAfter(doc, figure.sentence.start);
  if (result.index - first !== 2 || figure.qualifier !== 'exact') return undefined;
  const inputs = [doc.figures[first]!, doc.figures[first + 1]!];
  if (inputs.some((f) => f.qualifier !== 'exact' || f.unit === '%' || f.valueMax !== undefined || saidAsPrior(doc.text, f) || inYearBeforeBracket(doc.text, f))) return undefined;
  const candidate = (k: number): Candidate => ({ at: { doc, figure: doc.figures[k]!, index: k }, words: '', lead: '' });
  return intensity({ result, words, candidates: [candidate(first), candidate(first + 1)], sure: true });
}

/** The figure of `doc` a check's figure is, if it stands in it. */
function docFigureAt(doc: CheckDocument, f: { doc: string; start: number } | undefined): DocFigure | undefined {
  if (!f || f.doc !== doc.name) return undefined;
  const index = firstAtOrAfter(doc, f.start);
  const figure = doc.figures[index];
  return figure?.start === f.start ? { doc, figure, index } : undefined;
}

/** Where the line holding `at` starts. */
export const lineOf = (doc: CheckDocument, at: number): number => lineStartOf(doc.text, at);

/** The one table cell of `year`, said exactly, on the line of the table cell at `at`; undefined if it is no table cell, or none or two. */
export function cellOfYear(doc: CheckDocument, at: number, year: string): DocFigure | undefined {
  const first = firstAtOrAfter(doc, at);
  if (doc.figures[first]?.start !== at || !isTableCell(doc, first)) return undefined;
  const start = lineOf(doc, at);
  const end = doc.text.indexOf('\n', at);
  const found: DocFigure[] = [];
  for (let k = firstAtOrAfter(doc, start); k < doc.figures.length && doc.figures[k]!.start < (end < 0 ? Infinity : end); k++) {
    const f = doc.figures[k]!;
    if (isTableCell(doc, k) && yearOf(f.period) === year && f.qualifier === 'exact' && f.value > 0) found.push({ doc, figure: f, index: k });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The first of the readings of a rate's slip that finds one. */
function slipOf(readings: ReadonlyArray<() => Check | undefined>): Check | undefined {
  for (const read of readings) {
    const check = read();
    if (check) return check;
  }
  return undefined;
}


/** A cell's column in the sections of its table above it (`营业收入` under `经济绩效`, for an intensity under `环境绩效`). */
function sectionsAbove(doc: CheckDocument, index: number): LabelledCell[] {
  const place = cellPlaces(doc).get(index);
  if (!place) return [];
  const column = tableBlocks(doc)[place.block]!.map((r) => r.cells.findIndex((c) => c?.index === index)).find((c) => c >= 0);
  if (column === undefined) return [];
  return sectionRowsAbove(doc, place.block).flatMap((row) => (row.cells[column] ? [{ at: row.cells[column]!, label: row.label }] : []));
}

/** The words of its sentence just before a figure. */
const leadOf = (doc: CheckDocument, figure: DocFigure['figure']): string => doc.text.slice(Math.max(figure.sentence.start, figure.start - LEAD), figure.start);

/**
 * `87,540 hours of training, 30.0 hours each`: an average said by `each` right after its total, the figure before it in its
 * clause, of its unit and larger (not `two lines of 30 MW each`, no total before it).
 */
function eachAfterItsTotal(doc: CheckDocument, index: number): boolean {
  const [total, figure] = [doc.figures[index - 1], doc.figures[index]!];
  return total !== undefined && total.sentence.start === figure.sentence.start && total.unit === figure.unit && total.value > figure.value && /^[^\d;；。]{0,40},\s*$/.test(doc.text.slice(total.end, figure.start));
}

/** A table cell's row before it (its label and any unit column). */
const rowBefore = (doc: CheckDocument, figure: DocFigure['figure']): string => doc.text.slice(doc.text.lastIndexOf('\n', figure.start) + 1, figure.start);

/** Words holding a slash and an intensity's: what a figure is per, written with it. */
const slashed = (words: string) => words.includes('/') && INTENSITY.test(words);

export function reportYearOf(doc: CheckDocument): string | undefined {
  // (asked by the rates, the averages over a head count and the points of a held share: read once per document)
  if (!reportYears.has(doc)) reportYears.set(doc, readReportYear(doc));
  return reportYears.get(doc);
}

const reportYears = new WeakMap<CheckDocument, string | undefined>();

function readReportYear(doc: CheckDocument): string | undefined {
  const counts = new Map<string, number>();
  doc.figures.forEach((f, k) => {
    const year = isTableCell(doc, k) ? yearOf(f.period) : undefined;
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  });
  const most = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n * 2 >= most).map(([year]) => year).sort().at(-1);
}

/** The cells of the year of the table that ends right above a rate's paragraph, by their line's label. */
function tableAbove(doc: CheckDocument, result: DocFigure, year: string | undefined): Candidate[] {
  const { text, figures } = doc;
  const start = breakAtOrBefore(doc, result.figure.start);
  if (year === undefined || start < 0) return [];
  const out: Candidate[] = [];
  let upTo = start;
  for (let k = firstAtOrAfter(doc, start) - 1; k >= 0 && isTableCell(doc, k); k--) {
    const f = figures[k]!;
    if (/\n\s*\n/.test(text.slice(f.end, upTo)) && upTo !== start) break;
    if (upTo === start && text.slice(f.end, start).trim() !== '') break;
    upTo = f.start;
    if (yearOf(f.period) !== year) continue;
    const lead = text.slice(text.lastIndexOf('\n', f.start) + 1, f.start).split(/\s{2,}|\t/)[0]!;
    out.push({ at: { doc, figure: f, index: k }, words: `${lead} ${f.metric ?? ''} ${f.unit}`, lead });
  }
  return out;
}

/**
 * A rate in the year-before bracket (`or 0.81 m³ per tonne of cane crushed (2023/24: 0.88 m³)`): over an amount of its
 * sentence said in a bracket of the same year (`(2023/24: 17.86 million m³)`) or the table right above, per a base of that
 * year anywhere; only when it holds.
 */
function priorIntensity(result: DocFigure, words: string): Check | undefined {
  const { doc, figure } = result;
  const year = yearOf(figure.period);
  if (year === undefined || !inYearBeforeBracket(doc.text, figure)) return undefined;
  const own: Candidate[] = [];
  for (let k = firstAtOrAfter(doc, figure.sentence.start); k < doc.figures.length && doc.figures[k]!.start < figure.sentence.end; k++) {
    const f = doc.figures[k]!;
    if (k === result.index || yearOf(f.period) !== year || !inYearBeforeBracket(doc.text, f)) continue;
    const lead = doc.text.slice(Math.max(f.sentence.start, f.start - 40), f.start);
    own.push({ at: { doc, figure: f, index: k }, words: `${lead} ${f.metric ?? ''} ${f.unit}`, lead });
  }
  const inputs = [...own, ...tableAbove(doc, result, year)];
  const bases = basesOf(doc).get(year) ?? [];
  return inputs.length === 0 ? undefined : (intensity({ result, words, candidates: inputs }) ?? intensity({ result, words, candidates: inputs, bases }));
}

/** A bracket's figures just after a rate (`1.93 in 2023/24 (46 injuries over 23.8 million hours)`), each named by the words about it. */
function bracketAfter(doc: CheckDocument, result: DocFigure): Candidate[] {
  const { text } = doc;
  const open = /^\s*(?:in\s+(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*)?[(（]/i.exec(text.slice(result.figure.end, result.figure.end + 24));
  if (!open) return [];
  const from = result.figure.end + open[0].length;
  const close = text.slice(from, from + 120).search(/[)）]/);
  if (close < 0) return [];
  const out: Candidate[] = [];
  for (let k = result.index + 1; k < doc.figures.length && doc.figures[k]!.end <= from + close; k++) {
    const f = doc.figures[k]!;
    const lead = text.slice(from, f.start);
    out.push({ at: { doc, figure: f, index: k }, words: `${lead} ${f.metric ?? ''} ${f.unit} ${text.slice(f.end, Math.min(from + close, f.end + 24))}`, lead });
  }
  return out;
}

/** The figures of its own bracket before a rate (`（2023年：9起，4,586万小时，0.20）`, `(2023: 31 injuries, 58.4 million hours, 0.53)`), each named by the words about it. */
function bracketBefore(doc: CheckDocument, result: DocFigure): Candidate[] {
  const { text } = doc;
  const before = text.slice(Math.max(result.figure.sentence.start, result.figure.start - 80), result.figure.start);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0 || /[)）]/.test(before.slice(open))) return [];
  const from = result.figure.start - before.length + open + 1;
  const out: Candidate[] = [];
  for (let k = result.index - 1; k >= 0 && doc.figures[k]!.start >= from; k--) {
    const f = doc.figures[k]!;
    const lead = text.slice(from, f.start);
    // (`9起`: a count its next word calls injuries or their kind)
    const named = COUNT_NAMED_AFTER.test(text.slice(f.end, f.end + 24)) || COUNT_NAMED_AFTER.test(f.unit) ? ' injuries' : '';
    out.push({ at: { doc, figure: f, index: k }, words: `${lead} ${f.metric ?? ''} ${f.unit}${named}`, lead });
  }
  return out;
}

/** Figures after the rate in its own sentence (`33.4 kgCO2e per square metre of our 642,800 m2 gross internal area`); none said as last year's. */
function sentenceAfter(doc: CheckDocument, result: DocFigure): Candidate[] {
  const out: Candidate[] = [];
  for (let k = result.index + 1; k < doc.figures.length && doc.figures[k]!.start < result.figure.sentence.end; k++) {
    const f = doc.figures[k]!;
    if (saidAsPrior(doc.text, f) || inYearBeforeBracket(doc.text, f)) continue;
    const lead = doc.text.slice(Math.max(f.sentence.start, f.start - 40), f.start);
    out.push({ at: { doc, figure: f, index: k }, words: `${lead} ${f.metric ?? ''} ${f.unit}`, lead });
  }
  return out;
}


/**
 * Every figure of the document an intensity may be per, said as done and dated: an amount of money, tonnes,
 * an area or a volume, by the year it names. Read once per document.
 */
function basesOf(doc: CheckDocument): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  doc.figures.forEach((f, k) => {
    const year = yearOf(f.period);
    if (year === undefined || !(f.value > 0) || f.valueMax !== undefined) return;
    if (!(dimensionOf(f).startsWith('currency:') || TONNES.test(f.unit) || AREA.test(f.unit) || VOLUME.test(f.unit) || ENERGY.test(f.unit) || LITRES.test(f.unit)) || inForwardClause(doc.text, f)) return;
    const candidate = { at: { doc, figure: f, index: k }, words: `${f.metric ?? ''} ${f.unit}`, lead: '' };
    const filed = out.get(year);
    if (filed) filed.push(candidate);
    else out.set(year, [candidate]);
  });
  return out;
}

/** `In 2023 … against 51 incidents in 15,862,000 hours and 0.64 in 2022`: a rate said of a year other than one its sentence names before it. */
function saidOfAnotherYear(text: string, f: DocFigure['figure']): boolean {
  const year = /^\s*in\s+(?:FY\s?)?((?:19|20)\d{2})\b/i.exec(text.slice(f.end, f.end + 12))?.[1];
  return year !== undefined && (text.slice(f.sentence.start, f.start).match(/\b(?:19|20)\d{2}\b/g) ?? []).some((y) => y !== year);
}


/** `ownBracket`: the candidates are the rate's own bracket (`(46 injuries over 23.8 million hours)`), whose injuries are of its kind unsaid. */
function frequencyRate(result: DocFigure, words: string, candidates: Candidate[], ownBracket = false): Check | undefined {
  // the kind of injury the rate counts, which its count must be of
  const kind = ownBracket ? INJURIES : LOST_TIME.test(words) ? LOST_TIME : RECORDABLE.test(words) ? RECORDABLE : undefined;
  // a figure said as a rate itself (`TRIFR (per million hours)`, the 百万工时 of 百万工时损工事故率) divides nothing
  const isRate = ({ at, lead }: Candidate) => FREQUENCY_RATE.test(at.figure.text) || FREQUENCY_RATE.test(lead);
  const injuries = candidates.filter(
    (c) => Number.isInteger(c.at.figure.value) && c.at.figure.unit !== '%' && INJURIES.test(c.words) && !isRate(c) && !HOURS_WORKED.test(c.at.figure.unit) && (kind === undefined ? !LOST_TIME.test(c.words) && !RECORDABLE.test(c.words) : kind.test(c.words)),
  );
  // (a figure written in hours is hours whatever its sentence goes on to say: `over 31.2 million hours worked, a lost time injury frequency rate`)
  const hours = candidates.filter((c) => c.at.figure.value >= 10_000 && HOURS_WORKED.test(c.words) && !isRate(c) && (HOURS_WORKED.test(c.at.figure.unit) || !INJURIES.test(c.at.figure.metric ?? '')));
  const base = PER_200K.test(words) ? 200_000 : 1_000_000;
  const certain = kind !== undefined && injuries.length === 1 && distinct(hours) === 1;
  return bestOf(result, injuries, hours, base, certain, 'rate.injury-frequency', ` × ${fixed(base, 0)}`);
}

function averagePerHead(result: DocFigure, candidates: Candidate[]): Check | undefined {
  const { figure } = result;
  if (figure.unit.trim() === '' || (dimensionOf(figure) === 'count' && PEOPLE.test(figure.unit))) return undefined;
  // the total is the nearest figure of the average's unit before it in its own sentence (`培训 148,200 小时，人均 23.8 小时`)
  const total = candidates.find(({ at }) => at.figure.unit === figure.unit && comparable(at.figure, figure));
  const totals = total && total.at.figure.sentence.start === figure.sentence.start && total.at.figure.value > figure.value ? [total] : [];
  const heads = candidates.filter(({ at }) => Number.isInteger(at.figure.value) && dimensionOf(at.figure) === 'count' && countsPeople(at.figure) && !NOT_PEOPLE.test(at.doc.text.slice(at.figure.start, at.figure.end + 2)));
  // a paragraph names many groups of people (`412 名青年骨干`, `专职人员逾两千名`), and which one an average
  // is over it rarely says: a mismatch only where its total is in its sentence and the paragraph before
  // counts one group of people, its parts (`of whom 1,742 were women`) aside
  // counts one group of people, its parts (`of whom 1,742 were women`) aside, and the average's sentence
  // names that group (`Employees received 84,620 hours of training …, an average of 22.4 hours each`),
  // every figure said exactly
  const held = bestOf(result, totals, heads, 1, false, 'rate.average-per-head', '');
  if (held && totals[0]) return overPartOfGroup(result, held, totals[0].at, heads) ?? held;
  if (held || !totals[0] || [result, totals[0].at].some((at) => at.figure.qualifier !== 'exact')) return held;
  // (a count said roughly, `about 5,200 seasonal workers` beside `we had 2,846 employees`, is no head count an average
  // said exactly is worked over)
  const wholes = heads.filter(({ at }) => at.figure.qualifier === 'exact' && !PART_OF_GROUP.test(at.doc.text.slice(Math.max(at.figure.sentence.start, at.figure.start - 16), at.figure.start)) && !partNamed(at));
  const head = wholes[0]?.at;
  if (!head || distinct(wholes) !== 1) return undefined;
  const group = groupNoun(head);
  const said = result.doc.text.slice(figure.sentence.start, figure.start).toLowerCase();
  return group !== undefined && said.includes(group) ? rateCheck(totals[0].at, head, result, 1, 'rate.average-per-head', '') : undefined;
}


/** The people a head count counts, as its sentence words them: `employees` (as `employee`), `員工` (of `员工总数`, `员工` its people). */
function groupNoun({ figure }: DocFigure): string | undefined {
  // (a noun phrase's head, its last word: `households` of `bamboo farming households`)
  const english = /^(?:[a-z-]+\s+)*[a-z]{4,}$/i.test(figure.unit) ? figure.unit.toLowerCase().split(/\s+/).pop()!.replace(/s$/, '') : undefined;
  const han = (figure.metric ?? '').replace(/[^\u3400-\u9fff]/g, '').replace(/(?:总|總)?(?:人数|人數)$|(?:总|總)数$|(?:总|總)數$/, '').slice(-2);
  return english ?? (han.length === 2 ? han : undefined);
}

/**
 * `emissions intensity`, `排放强度`, `per £m`, `/百万元`, `/公里`, `per tonne of copper equivalent`, `吨钢耗新水` (per tonne of steel),
 * `36.2吨/吨LCE`, `单车耗水`, `per bed`, `per kg`, `千克标准煤/吨`: a measure over revenue or output.
 */
/**
 * A running-text figure written per a thing counted, its measure word after the slash (`18.4千克标准煤/箱`): no year, day,
 * time, person or yuan. Read only of a figure written so in running text: a table row's unit column of another thing
 * counted (`立方米/头`) is left to its table's readers, as before.
 */
const PER_THING_WRITTEN = /\/\s?(?![年月日天时時周週次人元])[\u3400-\u9fff](?![\u3400-\u9fff])/;
/**
 * Words that make a figure's neighbourhood an intensity's of their own (`intensity`, `强度`, `单车`, `per bed`); the
 * denominators' words that do too (`/平方米`, `每立方米`, `万元营业收入`) are read from `DENOMINATORS`, with `INTENSITY`.
 */
const INTENSITY_WORDS = [
  String.raw`intensity`,
  String.raw`强度|強度|密度`,
  String.raw`每[\u3400-\u9fff]{0,4}人次`,
  String.raw`密集度`,
  String.raw`单(?!位)[\u3400-\u9fff]`,
  String.raw`每(?:辆|件|台|个|張|张|间|間|片)`,
  String.raw`\/\s?(?:辆|輛|件|台|个|個|张|張|间|間|片|吨|噸)(?![\u3400-\u9fff])`,
  String.raw`\bper\s+(?!cent\b|annum\b|year\b|month\b|week\b|day\b|hour\b)[a-z]{3,}`,
  String.raw`单位营业收入|單位營業收入`,
  String.raw`\bper\s+(?:tonne|(?:£|\$|US\$|RMB|HK\$|€)\s?m\b|(?:£|\$|US\$|RMB|HK\$|€)?\s?million)`,
  String.raw`\/\s?(?:百万元|百萬元|万元|萬元)`,
  String.raw`每(?:百万|百萬|万|萬)元`,
  String.raw`\bper\s+(?:m3|m³)(?![\w²³])`,
  String.raw`(?:吨|噸)\/(?:吨|噸)`,
  String.raw`\b(?:per|\/)\s?km\b`,
];
/** `上年为0.155吨/万元`, `去年为`: a rate said as the year before's after words that say so. */
const SAID_OF_YEAR_BEFORE = /(?:上年|去年|上一年|前一年|上年同期)(?:为|為|是)?\s*$/;
/** How far before an intensity its inputs may stand: the output a report opens with, the revenue of another paragraph. */
const INTENSITY_REACH = 3000;
/** What an intensity divides, by the measure its own unit or words name. */
const MEASURES: Array<[RegExp, string]> = [
  [/(?:\bt|吨|噸)[\s-]?(?:CO2|二氧化碳)/i, 'tCO2e'],
  [/\bkt\s?(?:CO2|二氧化碳)/i, 'ktCO2e'],
  [/\bMWh|兆瓦时|兆瓦時/i, 'MWh'],
  [/\bGWh/i, 'GWh'],
  // electricity in kWh, `度` as Chinese reports write it in a unit column (`度/片`, `（度/件）`)
  [/\bkWh\s?(?:\/|per\b)|(?:^|[\s(（])度\s?\/|千瓦时\s?\//i, 'kWh'],
  [/\bm3|m³|立方米/i, 'm3'],
  [/\bGJ\b|吉焦/, 'GJ'],
  [/\bTJ\b|太焦/, 'TJ'],
  // energy in kilograms of coal equivalent (`单位产品综合能耗  千克标准煤/箱`): compared as tonnes, a thousand to the tonne
  [/(?:千克|公斤)(?:标准煤|標準煤)|\bkgce\b/i, 'kgce'],
  [/吨标准煤|噸標準煤|\btce\b/i, 'tce'],
  // tonnes of greenhouse gas over revenue or output, the gas said in the row's label alone (`单位营业收入温室气体排放  吨/万元`)
  // or emissions named by what they are per alone (`单位营业收入排放0.32吨/万元`): no other thing emitted is named
  [/(?:温室气体|溫室氣體|碳排放|(?:单位|單位|万元|萬元)(?:营业收入|營業收入|营收|營收|产值|產值|产品|產品)?排放(?![\u3400-\u9fff]))[^\n]{0,20}?(?:吨|噸)\s?\/(?!\s?(?:吨|噸))/, 'tCO2e'],
  // or said per revenue before the emissions, the tonnes in the row's unit column (`每百万元营业收入碳排放  吨  8.55`, `万元产值温室气体排放  吨`)
  [/(?:每|单位|單位)?[^\n\d]{0,6}?(?:营业收入|營業收入|营收|營收|产值|產值)(?:温室气体|溫室氣體|碳)排放[^\n\d]{0,30}?(?:吨|噸)(?![\u3400-\u9fff/／])/, 'tCO2e'],
  // tonnes of a thing over revenue or output (`危险废物产生密度  吨/亿元营收`, `tonnes/RMB100 million`)
  [/(?:吨|噸|\btonnes)\s?\/(?!\s?(?:吨|噸|t\b|tonne))/i, 't'],
  // tonnes of an input per tonne of product (`36.2 tonnes per tonne of LCE` of fresh water, `36.2吨/吨LCE`)
  [/\btonnes?\s+per\s+tonne\b|(?:吨|噸)\s?\/\s?(?:吨|噸)/i, 't'],
  // a crop's yield: tonnes per hectare
  [/\btonnes?\s+per\s+(?:mature\s+|planted\s+)?hectare|\bt\/ha\b|吨\/公顷|噸\/公頃/i, 't'],
  // fuel in litres (`公升/公里`, `litres per km`)
  [/(?:公升|升)\s?\/|\blit(?:re|er)s?\s+(?:per|\/)/i, 'L'],
];
/** Land a yield is per, said exactly (not `some 204,000 hectares`): `ha`, `mature hectares`, `公顷`. */
const HECTARES = /^(?:ha|(?:[a-z]+\s)?hectares?|公顷|公頃)$/i;
/** Tonnes an intensity may be per: of output (`t`, `kt`, `Mt`), of pulp air-dried (`ADt`). */
const TONNES = /^(?:[kmg]?t(?:onnes?)?|ADt)$/i;
/** Energy in joules as extraction writes it: `GJ`, `TJ`, `PJ`. */
const JOULES = /^[kMGTP]J$/;
const JOULE_PREFIX: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };
/** Joules of two prefixes are one measure (20,742 TJ over tonnes for GJ per tonne); else as `comparable` says. */
const sameMeasure = (a: { unit: string }, b: { unit: string }): boolean => comparable(a, b) || (JOULES.test(a.unit) && JOULES.test(b.unit));
/** What one of a figure's unit is in its measure's smallest: `unitFactor`, and for joules their prefix. */
const factorOf = (f: { unit: string }): number => (JOULES.test(f.unit) ? JOULE_PREFIX[f.unit[0]!]! : unitFactor(f));
/**
 * A mass per kilogram of output (`1.17 kg CO2e per kilogram of raw milk`): a product's footprint, which reports work over
 * a life cycle or a corrected output (fat- and protein-corrected milk), not their own emissions over their tonnes made.
 */
const massPerKilogram = (unit: string, per: (typeof PER)[number] | undefined): boolean => per?.[1] === 'tonnes' && per[2] === PER_KILOGRAM && (TONNES.test(unit) || /^(?:[kmg]?t|kg|g)(?:co2e?|co2-e|ce)$/i.test(unit));
/** What an intensity is per, by the measure `intensity` reads it as. */
type Per = 'currency' | 'tonnes' | 'area' | 'hectares' | 'volume' | 'energy' | 'distance' | 'litres';
/** Per kilogram of output: per a thousandth of its tonnes. */
const PER_KILOGRAM = 1e-3;
/**
 * What an intensity is divided by: revenue in millions, ten thousands or hundred millions of a currency, tonnes of output,
 * floor area, or a volume; in the order `intensity` tries them. Each denominator's words as regular expressions (`words`),
 * those of them that alone make the words around a figure an intensity's (`marks`: `/平方米`, `每立方米`, `吨钢`) first:
 * `PER` and `INTENSITY` both read this one table.
 */
const DENOMINATORS: ReadonlyArray<{ per: Per; scale: number; marks?: readonly string[]; words?: readonly string[]; flags?: string }> = [
  // `万元营业收入综合能耗`, `百万元产值碳排放`: per that much revenue or output value, whatever other sum of money its words hold
  { per: 'currency', scale: 1e6, marks: [String.raw`(?:百万|百萬)元(?:营业|營業)?(?:收入|营收|營收|产值|產值)`] },
  { per: 'currency', scale: 1e8, marks: [String.raw`(?:亿|億)元(?:营业|營業)?(?:收入|营收|營收|产值|產值)`] },
  { per: 'currency', scale: 1e4, marks: [String.raw`(?:万|萬)元(?:营业|營業)?(?:收入|营收|營收|产值|產值)`] },
  { per: 'currency', scale: 1e4, words: [String.raw`per\s+(?:RMB|CNY|¥)\s?10,?000\b`], flags: 'i' },
  { per: 'currency', scale: 1e8, words: [String.raw`(?:¥|JPY|RMB|KRW|₩)\s?100\s?million|per\s+100\s?million\s+(?:yen|won)`], flags: 'i' },
  { per: 'currency', scale: 1e6, words: [String.raw`(?:£|\$|US\$|RMB|HK\$|€)\s?m\b|(?:per|\/)\s*(?:£|\$|US\$|RMB|HK\$|€|EUR|USD|GBP|CHF|JPY|KRW|CNY|R\$|¥)?\s?million|百[万萬](?:港|美|澳門|澳门)?元`], flags: 'i' },
  // India's scales (`tCO2e per ₹ crore revenue`, `per Rs lakh`): ten million and a hundred thousand rupees
  { per: 'currency', scale: 1e7, words: [String.raw`(?:per|\/)\s*(?:₹|Rs\.?|INR)?\s?crore\b`], flags: 'i' },
  { per: 'currency', scale: 1e5, words: [String.raw`(?:per|\/)\s*(?:₹|Rs\.?|INR)?\s?lakh\b`], flags: 'i' },
  { per: 'currency', scale: 1e8, words: [String.raw`亿元|億元`] },
  { per: 'currency', scale: 1e4, words: [String.raw`万元|萬元`] },
  {
    per: 'tonnes',
    scale: 1,
    marks: [String.raw`\b(?:each|every)\s+tonne\b`, String.raw`(?:吨|噸)(?:钢|鋼)`],
    words: [String.raw`per\s+tonne|\/\s?t\b(?!\s?CO2)|\/\s?ADt\b|\bper\s+ADt\b|\/\s?(?:吨|噸)(?!二氧化碳)|每吨|每噸`],
    flags: 'i',
  },
  // per kilogram of output (`10.5 litres per kilogram of linen`, `Water per kg of linen`): per a thousandth of its tonnes
  { per: 'tonnes', scale: PER_KILOGRAM, marks: [String.raw`\bper\s+kg\b`], words: [String.raw`\bper\s+kilogram\b|每(?:千克|公斤)`], flags: 'i' },
  { per: 'area', scale: 1, marks: [String.raw`\/\s?平方米`, String.raw`每平方米`], words: [String.raw`per\s+(?:square\s+met(?:re|er)|m2|m²|sq\.?\s?m)\b|\/\s?(?:m2|m²)\b`], flags: 'i' },
  { per: 'hectares', scale: 1, words: [String.raw`per\s+(?:mature\s+|planted\s+)?hectare|\/\s?ha\b|每公顷|每公頃`], flags: 'i' },
  { per: 'volume', scale: 1, marks: [String.raw`\/\s?(?:m3|m³|立方米)`, String.raw`每立方米`], words: [String.raw`per\s+(?:m3|m³|cubic\s+met(?:re|er))(?![\w²³])`], flags: 'i' },
  // electricity generated or sold, in the kWh `unitFactor` counts it in (`gCO2/kWh`, `t CO2 per MWh`)
  { per: 'energy', scale: 1, words: [String.raw`(?:per|\/)\s?kWh\b|\/\s?(?:千瓦时|千瓦時|度)(?![\u3400-\u9fff])`], flags: 'i' },
  { per: 'energy', scale: 1e3, words: [String.raw`(?:per|\/)\s?MWh\b|\/\s?(?:兆瓦时|兆瓦時)`], flags: 'i' },
  { per: 'energy', scale: 1e6, words: [String.raw`(?:per|\/)\s?GWh\b`], flags: 'i' },
  // kilometres of road run or driven (`单位里程碳排放 吨二氧化碳当量/公里`, `litres per km`)
  { per: 'distance', scale: 1, marks: [String.raw`\/\s?公里`, String.raw`每公里`], words: [String.raw`(?:per|\/)\s?(?:km|kilomet(?:re|er))\b`], flags: 'i' },
  // litres of a liquid made (`Energy per litre of pure alcohol was 16.84 kWh` over `10,000 thousand litres`): last, so
  // fuel's `litres per km` is per kilometre
  { per: 'litres', scale: 1, words: [String.raw`\bper\s+lit(?:re|er)\b|每升`], flags: 'i' },
];
/** What it is divided by, as `DENOMINATORS` lists it: the denominator's words (its marks and words alike), its measure and scale. */
const PER: ReadonlyArray<readonly [RegExp, Per, number]> = DENOMINATORS.map((d) => [new RegExp([...(d.marks ?? []), ...(d.words ?? [])].join('|'), d.flags), d.per, d.scale] as const);
/** Words around a figure that make it an intensity: its own (`INTENSITY_WORDS`) and its denominators' marks (`DENOMINATORS`). */
const INTENSITY = new RegExp([...INTENSITY_WORDS, ...DENOMINATORS.flatMap((d) => d.marks ?? [])].join('|'), 'i');
/**
 * `80.7 MWh per million pencils`, `per thousand visitors`: things counted in a scale of them, no money (`per million`
 * alone, or of revenue or a currency's name, is money: `PER`).
 */
const SCALED_COUNT = new RegExp(
  // money's words: of revenue, a currency's name as extraction reads it, and names it leaves alone after a number for their other senses (`won`, `rand`)
  `\\bper\\s+(thousand|million|billion)\\s+(?!(?:of\\s+)?(?:revenue|sales|turnover|income|pounds?|won|rupee|rand|${EN_CURRENCY_NAMES.join('|')})\\b)([a-z]{3,})`,
  'i',
);
const COUNT_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** The denominator words say an intensity is per (its CO2's mass aside: `吨二氧化碳当量/万元` is per 万元), or undefined. */
const perOf = (words: string) => (words === '' ? undefined : PER.find(([pattern]) => pattern.test(words.replace(/(?:\bk?t|吨|噸)\s?(?:CO2|二氧化碳)(?:-?e|当量|當量)?/gi, ''))));

/** Electricity an intensity may be per: kWh, MWh, GWh, TWh as extraction writes them. */
const ENERGY = /^[kMGT]?Wh$/;
/** An area a rate is per: square metres. */
const AREA = /^(?:m2|m²|sqm|平方米)$/i;
/** A distance a rate is per, as extraction writes it: kilometres. */
const KILOMETRES = /^km$/;
/** A volume a rate is per: cubic metres (of water supplied, of gas). */
const VOLUME = /^(?:m3|m³|立方米)$/i;
/** Litres as extraction writes them: of a liquid a rate is per, or a rate's own unit. */
const LITRES = /^(?:l|litres?|liters?|升|公升)$/i;

/** `每滑雪人次`, `每人次`: per a visit counted, what is visited (`滑雪`) before 人次. */
const PER_VISIT = /每([\u3400-\u9fff]{0,4}?)人次/;

/**
 * An intensity per unit of output counted (`单车耗水`, `单件快递碳排放`, `立方米/辆`, `Energy use per bed`):
 * what is counted, as a Han character its count's unit or metric says (`车` of `销售整车126.8万辆`, `件`
 * of `152.6亿件`) or an English noun (`bed` of `4,862 beds`).
 */
function countedPer(words: string): ((at: DocFigure) => boolean) | undefined {
  // per a visit counted (`每滑雪人次`, `每人次`): a count in person-times, of what its words name before 人次 if any
  const visits = PER_VISIT.exec(words);
  if (visits) return ({ figure }) => figure.unit.includes('人次') && `${figure.unit}${figure.metric ?? ''}`.includes(visits[1]!.slice(0, 2));
  const han = /单(?!位)([\u3400-\u9fff])|每([\u3400-\u9fff])|\/\s?([\u3400-\u9fff])(?![\u3400-\u9fff])/.exec(words);
  const thing = han?.[1] ?? han?.[2] ?? han?.[3];
  if (thing) return ({ figure }) => `${figure.unit}${figure.metric ?? ''}`.includes(thing);
  const noun = /\bper\s+([a-z]{3,})/i.exec(words)?.[1]?.toLowerCase().replace(/s$/, '');
  if (!noun) return undefined;
  // the noun's tokens as its plural is read too (`watches` a token `watche`, `per watch` the noun `watch`)
  const forms = new Set([noun, ...metricTokens(`${noun}s`), ...metricTokens(`${noun}es`)]);
  return ({ figure }) => metricTokens(`${figure.unit} ${figure.metric ?? ''}`).some((t) => forms.has(t));
}

/** A rate in litres whose words name no measure: of water, whose amounts reports give in cubic metres (`Water use per litre of pure alcohol was 43.6 litres`). */
const waterInLitres = (unit: string): string | undefined => (LITRES.test(unit) ? 'm3' : undefined);

/**
 * A rate its words put in litres over an amount in cubic metres (`We withdrew 286,000 m3 of water … That is 10.5 litres per
 * kilogram of linen`): water, which reports count in m³ and give per unit in litres, a thousand litres to the m³.
 */
const litresOfCubicMetres = (measure: string, f: { unit: string }): boolean => measure === 'L' && VOLUME.test(f.unit);

/** Things counted per something, the rate's unit their noun (`2,430 seedlings per hectare`): counted in that noun. */
function thingsPer(unit: string, words: string): string | undefined {
  return /^[a-z]{4,}$/i.test(unit) && new RegExp(String.raw`\b${unit}\s+per\b`, 'i').test(words) ? unit : undefined;
}

/** A count an intensity per unit counted is over: of the thing counted, no amount of the measure, of the rate's year, and said as done (not `目标…至少完成 30 家门店`). */
function countBase(at: DocFigure, result: DocFigure, measure: { unit: string }, counted: (at: DocFigure) => boolean): boolean {
  const { figure } = at;
  if (/^(?:currency:|percent)/.test(dimensionOf(figure)) || comparable(figure, measure) || !counted(at)) return false;
  return samePeriodOf(at, result) && !inForwardClause(at.doc.text, figure);
}

const samePeriodOf = (a: DocFigure, b: DocFigure) => samePeriod(a.figure.period, b.figure.period);

/**
 * The inputs of a rate's pair said as another year's than the rate (`the 43,900 tCO2e of 2023`, `较上年的516,000万元`), each
 * with the figure its table gives for the rate's year; the pairs that held over one of them, worked over that figure instead.
 */
interface OtherYearInputs {
  /** The rate's year. */
  year: string;
  counterpart: (at: DocFigure) => DocFigure | undefined;
  /** For an input of the rate's year said in running text, its table row's cell of the year before (`Total  83,640  82,000` for 83,640). */
  prior?: (at: DocFigure) => DocFigure | undefined;
  found: Check[];
  /** Pairs of the rate's year that do not give it, while one input's cell of the year before does. */
  crossed: Check[];
}


/** What `intensity` reads a stated rate over. */
interface IntensitySearch {
  /** The stated rate. */
  result: DocFigure;
  /** What names it: the words its unit and what it is per are read from. */
  words: string;
  /** The amounts and bases it may be worked over. */
  candidates: Candidate[];
  /** What it may be per when not among `candidates` (only a revenue, tonnage, area or volume of the rate's year). */
  bases?: readonly Candidate[];
  /** Given, a pair whose two inputs it accepts that gives the rate with two neighbouring digits swapped is a slip, returned when no pair gives it (`digitsSwapped`, `onlySlip`). */
  slipsOfYear?: (at: DocFigure) => boolean;
  /**
   * A pair that holds over one input of another year than the rate's, that year's figure of the input at hand, is no
   * reading of it: worked again over the figure of the rate's year, it is kept in `otherYear.found`, and the search goes on.
   */
  otherYear?: OtherYearInputs;
  /** The first pair is the rate's, its check returned holding or not; `'pinned'`, its inputs read as exact (`rateCheck`). */
  sure?: boolean | 'pinned';
}

function intensity({ result, words, candidates, bases, slipsOfYear, otherYear, sure = false }: IntensitySearch): Check | undefined {
  // an amount of money per thing too (`revenue per passenger journey was £8.96`)
  const unit = /^[kmg]?t(?:co2e?|co2-e)$|^kg(?:co2e?|ce)?$|^gco2e?$|^[kmgt]?wh$|^m3$|^tce$/i.test(result.figure.unit) || JOULES.test(result.figure.unit) || /^[A-Z]{3}$/.test(result.figure.unit) ? result.figure.unit : (MEASURES.find(([pattern]) => pattern.test(words))?.[1] ?? thingsPer(result.figure.unit, words) ?? waterInLitres(result.figure.unit));
  if (!unit) return undefined;
  const perScale = SCALED_COUNT.exec(words);
  // (what its own text says it is per first, `0.42吨/吨`: the words before it may hold the figure before's, `0.55吨/万元，`)
  const per = perScale ? undefined : perOf(result.figure.text.includes('/') || result.figure.text.includes('／') ? result.figure.text.replace(/^[^/／]*/, '') : '') ?? perOf(words);
  if (massPerKilogram(unit, per)) return undefined;
  // per unit counted, a rate said exactly: `约 70 万度` per store lets too many quotients hold
  const counted = per || result.figure.qualifier !== 'exact' ? undefined : countedPer(perScale ? `per ${perScale[2]}` : words);
  if (!per && !counted) return undefined;
  const [, kind, scale] = per ?? [undefined, 'count', perScale ? COUNT_SCALES[perScale[1]!.toLowerCase()]! : 1];
  // money per money is a share, no intensity: `亿元` in a price's sentence (`支付收购款3.46亿元，平均收购价每公斤4.0元`) names no base
  if (kind === 'currency' && dimensionOf(result.figure).startsWith('currency:')) return undefined;
  // kilograms (`0.253千克二氧化碳当量`, `145.2 kg per student`) and grams of CO2 (`62.7 gCO2/kWh`), units dimension.ts reads
  // apart: compared as tonnes, a thousand or a million to the tonne
  const kilograms = /^kg(?:co2e?|ce)?$/i.test(unit);
  const grams = /^gco2e?$/i.test(unit);
  const measure = { unit: kilograms || grams ? unit.replace(/^kg|^g/i, 't') : unit };
  // a rate in litres of an amount in cubic metres (412,000 m3 of water for `43.6 litres` per litre made): a thousand to the m³
  const litres = unit === 'm3' && LITRES.test(result.figure.unit);
  const inLitres = (f: DocFigure['figure']) => litresOfCubicMetres(unit, f);
  const isCo2 = /co2/i.test(unit);
  // emissions over emissions, tonnes of output over tonnes of output, never one for the other
  const comparables = candidates.filter(({ at }) => (sameMeasure(at.figure, measure) || inLitres(at.figure)) && /co2/i.test(at.figure.unit) === isCo2 && at.figure.value > 0 && (!counted || samePeriodOf(at, result)));
  // with a base from anywhere, only amounts said exactly (1,198.0 thousand t-CO2, not `approximately 1.2 million`)
  const amounts = bases ? comparables.filter(({ at }) => at.figure.qualifier === 'exact') : comparables;
  const base = (at: DocFigure) =>
    kind === 'currency' ? dimensionOf(at.figure).startsWith('currency:') : kind === 'tonnes' ? TONNES.test(at.figure.unit) : kind === 'energy' ? ENERGY.test(at.figure.unit) : kind === 'area' ? AREA.test(at.figure.unit) : kind === 'hectares' ? HECTARES.test(at.figure.unit) && at.figure.qualifier === 'exact' : kind === 'volume' ? VOLUME.test(at.figure.unit) : kind === 'distance' ? KILOMETRES.test(at.figure.unit) : kind === 'litres' ? LITRES.test(at.figure.unit) : countBase(at, result, measure, counted!);
  // a base from anywhere only over a revenue, tonnage, area or volume of the rate's year
  if (bases && (counted || kind === 'count' || bases.length === 0)) return undefined;
  // (a base said loosely, `nearly 500 thousand tonnes`, lets too many quotients hold a rate said exactly: a tenth wide at
  // most; a base said as exact, `2,000座`, whatever zeros it ends on)
  const tight = ({ at }: Candidate) => result.figure.qualifier !== 'exact' || at.figure.qualifier === 'exact' || spreadOf(at) <= LOOSEST_BASE;
  const over = (bases ? bases.filter(({ at }) => base(at) && samePeriodOf(at, result)) : candidates.filter(({ at }) => base(at) && at.figure.value > 0)).filter(tight);
  // the nearest amount that some base makes hold, over the base nearest the stated rate (21,480 over 28,640 students for 0.75, not over another count of 28,460),
  // a base stated more precisely first (10,844 thousand ADt in a table, not the same output rounded to `10.84 million` in the text)
  const swapped: Check[] = [];
  const pair = (n: DocFigure, d: DocFigure) => rateCheck(n, d, result, 1, 'rate.intensity', '', (factorOf(n.figure) / factorOf(measure)) * (kilograms || litres || inLitres(n.figure) ? 1000 : grams ? 1e6 : 1), (kind === 'tonnes' || kind === 'energy' ? unitFactor(d.figure) : 1) / scale, { pinned: sure === 'pinned' });
  for (const n of amounts) {
    let best: { check: Check; off: number; spread: number; d: Candidate } | undefined;
    for (const d of over) {
      const check = pair(n.at, d.at);
      if (slipsOfYear && !check.holds && slipsOfYear(n.at) && slipsOfYear(d.at) && digitsSwapped(result.figure, check.expected)) swapped.push(check);
      // a pair known to be the rate's: its check, holding or not
      if (sure) return check;
      if (!check.holds) {
        if (otherYear?.prior && heldOverYearBefore(n.at, d.at, otherYear.year, otherYear.prior, pair)) otherYear.crossed.push(check);
        continue;
      }
      const [ownN, ownD] = otherYear ? [otherYear.counterpart(n.at), otherYear.counterpart(d.at)] : [];
      // (both of another year: the rate is that year's, as it holds)
      if ((ownN === undefined) !== (ownD === undefined)) {
        otherYear!.found.push(pair(ownN ?? n.at, ownD ?? d.at));
        continue;
      }
      const off = Math.abs((check.expected ?? 0) - result.figure.value);
      const { lo, hi } = intervalOf(d.at.figure);
      const spread = (hi - lo) / d.at.figure.value;
      if (best === undefined || spread < best.spread / 2 || (spread <= best.spread * 2 && off < best.off)) best = { check, off, spread, d };
    }
    if (best) {
      // (per a thing counted, over a part of the things: the whole the document adds it to is what the rate is per)
      const whole = counted && kind === 'count' ? wholeOfPart(best.d, over) : undefined;
      return whole ? pair(n.at, whole.at) : best.check;
    }
  }
  return slipsOfYear ? onlySlip(swapped) : undefined;
}

/**
 * A count of the things a rate is per that is a part of another count of them of its year, the two adding up with a third
 * (`Emissions per move were 0.72 tCO2e` holding over the 9,860 residential moves, where 9,860 + 3,870 commercial and long-distance
 * moves make the 13,730 moves completed): the whole, else undefined. A rate per a thing is over all of them.
 */
function wholeOfPart(part: Candidate, over: readonly Candidate[]): Candidate | undefined {
  const values = new Set(over.filter(({ at }) => at !== part.at && samePeriodOf(at, part.at)).map(({ at }) => at.figure.value));
  return over.find(({ at }) => at.figure.value > part.at.figure.value && samePeriodOf(at, part.at) && values.has(at.figure.value - part.at.figure.value));
}

/** How wide the values a figure's words allow are, over its value. */
const spreadOf = ({ figure }: DocFigure): number => {
  const { lo, hi } = intervalOf(figure);
  return (hi - lo) / figure.value;
};
/** The widest a base from anywhere may be said, over its value: a tenth (`21.4 million tonnes`, not `nearly 500 thousand tonnes`, a fifth). */
const LOOSEST_BASE = 0.1;

/**
 * A pair of the rate's year that does not give it, while one of its inputs' cell of the year before, over or under the
 * other input, does (29,600 tCO2e over 2023's 82,000 watches for 361 kg, not over 2024's 83,640): the rate was worked
 * over the wrong year's input, a slip its pair of the year is the mismatch of.
 */
function heldOverYearBefore(n: DocFigure, d: DocFigure, year: string, prior: (at: DocFigure) => DocFigure | undefined, pair: (n: DocFigure, d: DocFigure) => Check): boolean {
  // (both inputs said in running text of the rate's year: a table's other cells are too many to cross by chance)
  if (!ofYearInText(n, year) || !ofYearInText(d, year)) return false;
  const [priorN, priorD] = [prior(n), prior(d)];
  return (priorN !== undefined && pair(priorN, d).holds) || (priorD !== undefined && pair(n, priorD).holds);
}


/**
 * A rate none of its candidate pairs gives, but one pair gives with two neighbouring digits swapped (0.72 tCO2e per tonne
 * for 0.27, `0.0365吨标准煤/万元` for 0.0356): a slip of typing, which a pair read by mistake, or a scale misread (a
 * power of ten off), hardly ever makes — a mismatch, when no other pair makes one.
 */
function digitsSwapped(stated: DocFigure['figure'], expected: number | undefined): boolean {
  const written = writtenNumber(stated.text);
  if (expected === undefined || written === undefined || Number(written) !== stated.value) return false;
  return adjacentSwap(written, expected.toFixed(decimalsOf(stated.text)));
}

/** The one slip among a rate's pairs (one pair of values, however often said). */
function onlySlip(swapped: readonly Check[]): Check | undefined {
  const pairs = new Set(swapped.map((c) => c.figures.filter((f) => f.role !== 'result').map((f) => f.value).join('/')));
  return pairs.size === 1 ? swapped[0] : undefined;
}

const distinct = (cs: Candidate[]) => new Set(cs.map((c) => c.at.figure.value)).size;

/** The first pair (nearest first) whose rate holds; else, when the pair is certain, its mismatch. */
function bestOf(result: DocFigure, numerators: Candidate[], denominators: Candidate[], base: number, certain: boolean, rule: string, times: string): Check | undefined {
  for (const n of numerators) for (const d of denominators) {
    const check = rateCheck(n.at, d.at, result, base, rule, times);
    if (check.holds) return check;
  }
  return certain && numerators[0] && denominators[0] ? rateCheck(numerators[0].at, denominators[0].at, result, base, rule, times) : undefined;
}
