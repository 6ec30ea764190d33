// The statements consistency compares: each figure of each document read once into its metric's
// words, kind of quantity, language, period and place (running text, a table cell with its row and
// column heading, a key-figures line), with what a short, total or place-labelled row may restate.

import { hasHanBetween, lineAround, periodKey, type PeriodKey } from '../../metrics/index';
import { dimensionOf, inBaseUnit } from '../readers/dimension';
import { levelsOf, rowLevels, type Levels } from './consistency-row-levels';
import { CHANGE_HEADER, EN_BOUND_WORDS, EN_CHANGE_VERB, EN_MORE_THAN_BEFORE, FORWARD, inForwardClause, saidAsChange, saidAsPrior, TOTAL, ZH_BOUND_WORDS, ZH_CHANGE_VERB } from '../readers/markers';
import { isKeyLine, isPageNumber } from './agreement';
import { isTableFigure } from '../readers/figure-facts';
import { distinctive, ENGLISH_NOUN, metricTokens, sameNoun } from './metric-tokens';
import { BREAKDOWN_WORD, cellPlaces, linesAbove, sectionRowsAbove, tableBlocks, type Row } from '../readers/table-blocks';
import { type CheckDocument, type DocFigure } from '../types';
import { PLACE_LABEL } from './consistency-place-rows';
import { shareTokens, englishShareClause } from './consistency-share-clause';
import { totalOf, withoutBreakdownWord, hanOf, onlyComparison } from './consistency-words';
import { spelledOut } from './consistency-abbreviations';
import { ourVerb, verbObjectWords } from './consistency-our-verb';
import { countedAlone, countedInAll } from './consistency-counted-in-all';
import { captionMetric, captionOfOneMeasure, ENGLISH_TOTAL_ROW } from './consistency-caption-totals';
import { shareOfCaption } from './consistency-caption-shares';
import { boundsHeadcount, countsHeadcount, ourCount } from './consistency-headcount';
import { closedWithWords, earnedWords } from './consistency-earned';
import { withSubjectOfThem } from './consistency-of-them';
import { mirroredMetric } from './consistency-against-mirror';
import { oneWordAmount } from './consistency-one-word-amounts';
import { atYearEnd } from './consistency-year-end';
import { changedByAfterObject, type Way } from './consistency-changed-by';
import { intensityUnit } from './consistency-intensity-units';
import { closingCount } from './consistency-closing-counts';
import { intakeObject, madeObject } from './consistency-output-bounds';
import { scopeEmissionWords } from './consistency-scope-rows';

export interface Statement {
  at: DocFigure;
  /** The figure in its measure's base unit (4.6 MtCO2e as 4,600,000 tCO2e), for comparing; `at` is what is reported. */
  figure: DocFigure['figure'];
  tokens: string[];
  dimension: string;
  table: boolean;
  /** A `label: value` line of a key-figures block (`绿色投资余额：286.4亿元`, `New homes completed: 1,162`): a place of its own, beside running text and tables. */
  keyLine: boolean;
  zh: boolean;
  period: PeriodKey | string | undefined;
  /** For a table cell, its row (document and line: `rowKey`). */
  row: number | undefined;
  /** For a table cell, its table (document and block), the words heading its column, years aside, and the one year its heading names (`2022年`), if any. */
  column: { table: string; head: string[]; year: number | undefined } | undefined;
  /** A cell whose row label of three Han characters is too short to name a metric alone (`范围二`, `商用车`): it restates only a text figure its headings name (`labelUnderHeadings`). */
  labelOnly: boolean;
  /** A head count's cell whose row label is a place alone (`Europe` under `Employees by location`): it restates only a text count of people there (`placeOfPeople`). */
  placeRow: boolean;
  /** The words after a running-text count that its noun opens (`员工扎根` of `我们的8,352名员工扎根…`): it restates a total of that noun only of its very value (`totalPairs`). */
  alone: string | undefined;
  /** What a total counts: a text figure's or a row's `员工总数`, a total row's cell under `员工人数` (`totalStem`). */
  stem: string | undefined;
  /** A cell of a year before its table's latest (`2022年` beside `2023年`). */
  olderYear: boolean;
  /** A running-text figure said as an earlier value (`较上年的29.6万辆`, `up from 30.8%`). */
  prior: boolean;
  /** A percentage said as a rate of change (`增长30.2%`, `rose 4.9%`, a cell under `同比变动`): never the same metric as a share. */
  rate: boolean;
  /** A table row's percentage, what its row's other cells are (`money` of a revenue row's `+6.3`): a change or share of the other is another metric (`rowLevels`); a text rate read by its amount (`changeOfAmount`), that amount's. */
  levels: Levels | undefined;
  /** A figure the report says it did itself, its tokens its verb's and its one-word metric's (`ourVerbTokens`): it restates only another statement of its document (`ourVerbRestates`). */
  ourVerb: boolean;
  /** A measure read by its verb's object after its unit (`we delivered nearly 50 GWh of heat to our neighbours`: `verbObjectWords`). */
  verbObject: boolean;
  /** An English count of the company's people read for that alone, its metric a noun (`more than 1,400 employees`, `Employees grew 4.5% to 19,960`): paired only as a headcount (`consistency-headcount.ts`). */
  headcount: boolean;
  /** A bare Total row's cell (an English `Total`, a Chinese `合计` under columns of years): the metric its table's caption names (`Employees` of `Table 6: Employees at 31 March`, `取水总量` of `表2：取水总量（单位：万立方米）`), its cell takes the caption's words as its own (`Total` of `Table 1: Net electricity generation by technology (GWh)` restates the key figures' `Net generation (GWh)`). */
  captionTotal: string | undefined;
  /** A share cell of a table row whose label of two Han characters names no metric alone, after the row's count (`研发  724  17.7`): that count. It restates only a text share of that count (`countShareRowPairs`). */
  rowShare: number | undefined;
  /** A share cell of a table row labelled by the part it is the share of and `占比` (`新书占比  %  37.7`): that part. It restates only a text share of that part (`partShareRowPairs`). */
  partShare: string | undefined;
  /** The part a Chinese running-text share naming only its whole is of (`线上销售收入` of `线上销售收入142,860万元，同比增长31.8%，占营业收入的9.6%`). */
  part: string | undefined;
  /** A running-text English share's own metric words, when its tokens are its clause's (`shareTokens`): `nationalisation rate` of `our nationalisation rate reached 81.2%, well above …`. */
  own: string[] | undefined;
  /** An English table cell whose row label is one word (`Energy  MWh  48,600`): it restates only a running-text figure written with its very digits (`echoedInTable`). */
  echoOnly: boolean;
  /** An English rate said after its verb's object (`we cut our total emissions by 6.9%`): the way the verb changed it, its tokens the object's (`changedByRestates`). */
  changedBy: Way | undefined;
  /** A Chinese running-text bound of an object made, said by its verb (`盐` of `全年产盐超过140万吨`): it bounds that object's output alone (`outputBoundPairs`). */
  made: string | undefined;
  /** A Chinese running-text bound of what the company takes in a year, said by its verb (`大豆` of `清源豆品年加工大豆近5万吨`): it bounds that object's intake alone (`outputBoundPairs`). */
  intake: string | undefined;
}

/** A key-figures row's unit column after its label (`Conservation spend   GBP thousand   2,380`): a currency code and a scale word. */
const UNIT_COLUMN = /\s(?:[A-Z]{3}\s+)?(?:thousand|million|billion)s?\s*$/;

/**
 * A table row's metric words without its unit column (`GBP thousand` of `Conservation spend   GBP thousand   2,380`): they say
 * what the amount is counted in, not what it is, as the text's `We spent £2,380 thousand on conservation` says them in its symbol.
 */
function withoutUnitColumn(tokens: string[], metric: string | undefined, unitColumn = UNIT_COLUMN): string[] {
  const column = unitColumn.exec(metric ?? '');
  if (!column) return tokens;
  const unit = new Set(metricTokens(column[0]));
  const kept = tokens.filter((t) => !unit.has(t));
  return kept.length > 0 ? kept : tokens;
}

/**
 * A key-figures row's unit column of a measure after its label, a scale word and the unit (`Volume sold   thousand litres   40,900`):
 * it says what the row is counted in, as `thousand` and `litres` after the text's `40.9 million` do, not what it is.
 */
const MEASURE_UNIT_COLUMN = /(?<!\bper)\s(?:thousand|million|billion)s?\s+[a-z][a-z0-9³²]*\s*$/i;

/** A key-figures row's unit column of a count, a scale word and the thing counted (`Eggs sold   million eggs   1,860`): its scale word says how the row is counted. */
const COUNT_SCALE_COLUMN = /\s(?:thousand|million|billion)s?(?=\s+[a-z]+\s*$)/i;

/**
 * Whether a figure's line opens with spaces: a row indented under another (`  Yeongil Works   thousand tons   16,824` under `Crude
 * steel production`) names a part of that row's metric, its unit column the one word that still tells it from another table's row of that part.
 */
const indentedRow = (text: string, at: number) => /^[ \t\u3000]/.test(text.slice(text.lastIndexOf('\n', at) + 1, at));

/** A table row's unit column saying its cells are a bare ratio: `Power usage effectiveness (PUE)   ratio   1.28`. */
const RATIO_COLUMN = /\S\s{2,}(?:ratio|times)\s{2,}[^\n]*$/i;

/**
 * A row's metric words without its unit column of a bare ratio: the word says how the cell is counted, as `GBP thousand`
 * does (`withoutUnitColumn`), not what it is (the text's `Our power usage effectiveness (PUE) improved to 1.27`).
 */
function withoutRatioColumn(tokens: string[], text: string, figure: { start: number; unit: string }): string[] {
  if (figure.unit !== '' || !RATIO_COLUMN.test(text.slice(text.lastIndexOf('\n', figure.start) + 1, figure.start))) return tokens;
  const kept = tokens.filter((t) => t !== 'ratio' && t !== 'time');
  return kept.length > 0 ? kept : tokens;
}

/** A Chinese metric closing on `时长` (duration) of a figure in hours: the word says what hours measure, not what is measured. */
const DURATION_WORD = /(?:时长|時長)$/;
const HOURS_UNIT = /^(?:小时|小時|h|hours?)$/i;
const HOURS_WORD_AFTER = /(?:小时|小時)$/;

/**
 * `人均培训时长  小时  48.0` restates the text's `人均培训51.6小时`: a row's closing `时长` before its unit of hours is the
 * measure the unit already says, its words those of the metric without it.
 */
function withoutDurationWord(tokens: string[], metric: string | undefined, unit: string): string[] {
  const whole = hanOf(metric);
  // (a running-text figure's metric says its unit after its words, `人均培训时长 小时` of `人均培训时长32.1小时`: the words
  // before it close on `时长`, whose pairs alone are left out, the unit's words kept)
  const han = whole.replace(HOURS_WORD_AFTER, '');
  if (!HOURS_UNIT.test(unit) || !DURATION_WORD.test(han) || han.length < 4) return tokens;
  const kept = metricTokens(han.replace(DURATION_WORD, ''));
  if (han !== whole) {
    const duration = new Set(metricTokens(han).filter((t) => !kept.includes(t)));
    const left = tokens.filter((t) => !duration.has(t));
    return left.length > 0 ? left : tokens;
  }
  return kept.length > 0 ? kept : tokens;
}

/** The money a column's heading counts a row's cells in, after its label (`Total ₹ crore`, `Total EUR million`): a currency and its scale. */
const MONEY_COLUMN = /\s+(?:[A-Z]{1,3}\$?|[₹$€£¥])\s*(?:thousand|million|billion|crore|lakh)s?\s*$/;

/** A row's metric without the money its column's heading counts it in: `Total` of `Total ₹ crore`. */
const withoutMoneyColumn = (metric: string | undefined) => (metric ?? '').replace(MONEY_COLUMN, '');

/** A share said as how full something was (`our nurseries were more than 90% full`, `the hotels ran 78% full`): its occupancy. */
const FULL_AFTER = /^\s*full\b(?![-\u2010]|\s+(?:of|year|time|range|potential|scope|cost|price|capacity\s+of))/i;
const saidFull = (text: string, figure: DocFigure['figure']) => FULL_AFTER.test(text.slice(figure.end, figure.end + 24));
const OCCUPANCY = metricTokens('occupancy');

/** A table row's key: its document (by place in the engagement) and the line it stands on. */
const rowKey = (doc: number, lineStart: number) => doc * 2 ** 32 + lineStart;

/**
 * A column's heading's tokens, years aside, read once per heading (`heads`, one engagement's). The module's, not a closure made
 * on each `collect`: the figures' function, optimised calling it, stays valid for the next engagement.
 */
function headTokens(heads: Map<string, string[]>, head: string): string[] {
  let tokens = heads.get(head);
  if (!tokens) heads.set(head, (tokens = metricTokens(head.replace(YEARS, ' '))));
  return tokens;
}

/**
 * A table cell's year: the year heading its column first, over any the extraction read near it (`营业收入 | 亿元 | 274.9` under
 * `2022年`). (The module's, as `headTokens`: `collect`'s optimised code calls it.)
 */
const columnYearOf = (s: Statement) => (s.column ? (s.column.year ?? (typeof s.period === 'object' ? s.period.year : undefined)) : undefined);

export function collect(docs: readonly CheckDocument[]): Statement[] {
  const out: Statement[] = [];
  // a column's heading, years aside, read once for its cells
  const heads = new Map<string, string[]>();
  docs.forEach((doc, d) =>
    doc.figures.forEach((figure, index) => {
      if (figure.valueMax !== undefined) return;
      // a metric too short to tell apart: only a short row label's or a total row's cell is read, for the text figure that restates it
      // a metric that is an abbreviation the document spells out (`OER 21.6%` of `Oil extraction rate (OER)`) is read in its words, which name it whole
      const said = ratioOfWhole(doc.text, figure) ?? withoutBreakdownWord(figure.metric);
      const metric = spelledOut(doc, said);
      const spelled = metric !== said;
      const metricWords = metricTokens(metric);
      const distinct = distinctive(metricWords, figure.unit);
      // (its words without those naming its period, read once for the readings and the tokens)
      const unperiodic = withoutPeriodWords(metric);
      const reading = readingsOf(doc, figure, index, { metric, unperiodic }, distinct);
      const { labelOnly, totalRow, englishTotal, inAll, alone, headcount, placeRow, rowShare, partShare, captionShare, clause, verbWords, spentOn, change } = reading;
      if ((!distinct && readsNothing(reading)) || isPageNumber(doc.text, figure)) return;
      // a target or a plan restates no present figure (`将于 2024 年扩大至 1,200 名以上成员`)
      // (a stop after a year before a capital ends its sentence: `… our 75% target for 2025. Food waste … reached 3,161 tonnes` is two)
      if (inForwardClause(doc.text, figure)) return;
      // what a column of rounded shares adds up to (`shares are rounded and add up to 99.9%`) notes the rounding: no metric's figure
      // (its `%` may be left unsaid: `Shares are rounded and add to 99.9.`)
      if ((figure.unit === '%' || figure.unit === '') && roundingNote(doc.text, figure)) return;
      // a prior value named only by its comparison (`较上年的28.1%`, `up 1.5 percentage points from 28.1%`) is of no metric it names
      if (onlyComparison(metric)) return;
      const table = isTableFigure({ doc, figure, index });
      if (table ? readOfTextAlone(reading) : readOfCellsAlone(reading)) return;
      // a table cell's language is its row's (the cell itself is digits): the row within reach of it
      const row = table ? lineAround(doc.text, figure.start, figure.end, 200) : undefined;
      const zh = row ? hasHanBetween(doc.text, row.start, row.end) : hasHanBetween(doc.text, Math.max(figure.sentence.start, figure.start - 12), figure.end + 12);
      // (an intensity written in a unit over a unit, `2.39吨/万人次`, is of that unit's kind, as its table row's unit column says it)
      const perUnit = intensityUnit(doc, figure, table);
      // a Chinese metric already says the share's part and whole (`应届毕业生…占比`)
      const dimension = perUnit === undefined ? dimensionOf(figure) : `per:${perUnit}`;
      const byClause = !clause && !table && !zh && dimension === 'percent' && !spelled;
      if ((verbWords && (table || zh)) || (change && !distinct && (table || !zh))) return;
      // (a named subject and its verb of a result opening the metric say who, not what: `Chengyu Glass achieved revenue`, told apart by them all the same)
      const named = verbWords || clause || byClause || table ? undefined : (withoutNamedSubject(unperiodic) ?? (dimension.startsWith('currency:') && !zh ? (earnedWords(unperiodic) ?? closedWithWords(metric)) : undefined));
      const spent = !table && !zh && dimension.startsWith('currency:') ? spentOn : undefined;
      // (a year before's figure after `against`, its metric read past a number, is of the metric of its counterpart before it: `mirroredMetric`)
      const mirrored = table || zh ? undefined : mirroredMetric(doc, index);
      const read = reading.scopeAlone ?? spent ?? captionShare ?? verbWords ?? clause ?? (mirrored !== undefined ? metricTokens(withoutPeriodWords(mirrored)) : byClause ? shareTokens(doc, index) : named !== undefined ? metricTokens(named) : unperiodic === metric ? metricWords : metricTokens(unperiodic));
      // (a bare count said `N of them` counts its sentence's subject, `Pencils have been made …, and we made 130 million of them`)
      const counted = table || zh ? read : withSubjectOfThem(read, doc.text, figure);
      const tokens = table && !zh && dimension.startsWith('currency:') ? withoutUnitColumn(counted, metric) : table && !zh && dimension.startsWith('measure:') && !indentedRow(doc.text, figure.start) ? withoutUnitColumn(counted, metric, MEASURE_UNIT_COLUMN) : table && !zh && dimension === 'count' ? withoutRatioColumn(withoutUnitColumn(counted, metric, COUNT_SCALE_COLUMN), doc.text, figure) : zh ? withoutDurationWord(counted, metric, figure.unit) : table ? withoutRatioColumn(counted, doc.text, figure) : counted;
      const dated = figure.period === undefined ? undefined : (periodKey(figure.period) ?? figure.period);
      // (a running-text date that is the day the report's year ends, `at 31 March 2025` of a `2024/25` report, is of its year as no date is)
      const period = !table && atYearEnd(doc, dated) ? undefined : dated;
      const keyLine = !table && isKeyLine(doc.text, figure);
      const place = table ? cellPlaces(doc).get(index) : undefined;
      const column = place && { table: `${doc.name}\u0000${place.block}`, head: headTokens(heads, place.head), year: columnYears(doc).get(index) };
      if (totalRow && !place) return;
      // (a Chinese 合计 under columns of years, `countedBy` none, is read for its caption's metric too)
      const captionTotal = (englishTotal || (totalRow && zh && countedBy(place!.head) === undefined)) && place ? captionMetric(doc, place.block) : undefined;
      if (englishTotal && (captionTotal === undefined || dimension === 'percent')) return;
      // (a headcount cell under a column of its own, `Women`, is a part of it)
      if (headcount && table && (!column || column.head.length > 0)) return;
      // (a 合计 under columns of years totals what its caption counts, `表3：员工按类别划分（单位：人）`: the text's `员工总数` is its total)
      const stem = !zh ? undefined : totalRow ? (countedBy(place!.head) ?? (captionTotal === undefined ? undefined : countedBy(captionTotal))) : table ? totalOf(figure.metric) : (totalOf(figure.metric) ?? inAll);
      if (totalRow && stem === undefined && captionTotal === undefined) return;
      const prior = !table && dated === undefined && saidAsPrior(doc.text, figure);
      // (a rate said after its verb's object, `we cut our total emissions by 6.9%`, is a change of that object alone: `changedByRestates`)
      const changedBy = dimension === 'percent' && !table && !zh ? changedByAfterObject(doc.text, figure) : undefined;
      const rate = dimension === 'percent' && (place ? CHANGE_HEADER.test(place.head) : !table && (saidAsChange(doc.text, figure) || changeSaidAfter(doc.text, figure) || changedBy !== undefined));
      // a rate whose metric says only the change (`較2022年減少`) is of the figure said before it in its sentence
      const subject = rate && zh && !table ? change : undefined;
      // a share whose metric says only its whole is of the amount before it, read as one metric with it as a key figure names it (`线上销售收入占比`)
      const part = zh && !table && dimension === 'percent' ? partSaidBefore(doc, index) : undefined;
      // (a share of an amount named only by a word of its whole, `收入48,360万元，占营业收入的43.2%`, names no part another share can restate)
      if (part !== undefined && hanOf(figure.metric).includes(part)) return;
      const ownTokens = changedBy ? changedBy.tokens : dimension === 'percent' && !table && !zh && saidFull(doc.text, figure) ? OCCUPANCY : statementTokens(reading, { captionTotal, oneMeasure: captionTotal !== undefined && captionOfOneMeasure(doc, captionTotal), subject, part, metric, tokens });
      // (an English text rate whose words are its change's and its year's alone, `in FY2024-25, up 11.1%`, names no metric)
      if (rate && !zh && !table && ownTokens.every((t) => CHANGE_ONLY.has(t))) return;
      out.push({
        at: { doc, figure, index },
        figure: perUnit === undefined ? inBaseUnit(figure) : figure,
        tokens: ownTokens,
        dimension,
        table,
        keyLine,
        zh,
        period,
        row: row && rowKey(d, doc.text.lastIndexOf('\n', figure.start)),
        column,
        labelOnly: labelOnly && zh,
        placeRow,
        stem,
        olderYear: false,
        prior,
        rate,
        levels: dimension !== 'percent' ? undefined : percentLevels(doc, index, { subject, table, rate, zh }),
        own: byClause ? ownWords(metric, metricWords) : undefined,
        ourVerb: verbWords !== undefined,
        verbObject: reading.verbObject,
        captionTotal,
        headcount,
        alone: table ? undefined : alone,
        rowShare,
        partShare,
        part,
        changedBy: changedBy?.way,
        echoOnly: reading.echoOnly,
        made: table ? undefined : reading.made,
        intake: table || !zh ? undefined : reading.intake,
      });
    }),
  );
  // each table's latest year, then its cells of earlier years
  const latest = new Map<string, number>();
  for (const s of out) {
    const year = columnYearOf(s);
    if (year !== undefined && year > (latest.get(s.column!.table) ?? -Infinity)) latest.set(s.column!.table, year);
  }
  for (const s of out) s.olderYear = (columnYearOf(s) ?? Infinity) < latest.get(s.column?.table ?? '')!;
  // a cell under a column naming no year (`Share (%)`, `Change (%)`) of a table whose columns name years is of its row's latest
  // year, the period of its row's cell of that year: `FY2023-24 shares: grid electricity 53.5%` restates no share of FY2024-25's
  const latestOfRow = new Map<number, Statement['period']>();
  for (const s of out) if (s.row !== undefined && s.column?.year !== undefined && s.column.year === latest.get(s.column.table)) latestOfRow.set(s.row, s.period);
  for (const s of out) if (s.row !== undefined && s.column !== undefined && s.column.year === undefined && s.period === undefined) s.period = latestOfRow.get(s.row);
  // a running-text figure dated a year before the one most of its document's tables end on (`Training hours in 2023 were
  // 88,100` in a report whose tables head 2024): of an earlier year too, no restatement of an undated present figure
  const current = currentYears(latest, docs);
  for (const s of out) if (!s.column && typeof s.period === 'object' && s.period.year < (current.get(s.at.doc.name) ?? -Infinity)) s.olderYear = true;
  return out;
}

/**
 * Each document's current year: the latest year most of its tables head (a table of targets or of history aside), the later
 * on a tie; never after the year its title names (`ESG Report 2024` whose tables head a target year): the report's year.
 */
function currentYears(latest: ReadonlyMap<string, number>, docs: readonly CheckDocument[]): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const [table, year] of latest) {
    const doc = table.slice(0, table.indexOf('\u0000'));
    const byYear = counts.get(doc) ?? new Map<number, number>();
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
    counts.set(doc, byYear);
  }
  const current = new Map<string, number>();
  const byName = new Map(docs.map((d) => [d.name, d]));
  for (const [doc, byYear] of counts) {
    const [year] = [...byYear].reduce((best, entry) => (entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0]) ? entry : best));
    const title = titleYear(byName.get(doc));
    current.set(doc, title !== undefined && title < year ? title : year);
  }
  return current;
}

/** How far into a report its title runs, and a line of it: a report's word (`ESG Report 2024`, `2024年度环境、社会及管治报告`). */
const TITLE_REACH = 300;
const TITLE_LINE = /report|报告|報告/i;

/** A year of a title, or a fiscal year its two calendar years name (`2023-24`, `2024/2025`). */
const TITLE_YEAR = /(?<!\d)((?:19|20)\d{2})(?:\s*[-/–]\s*(\d{2}|(?:19|20)\d{2}))?(?!\d)/;

/**
 * The year a report's title names, on one of its first three lines, or undefined; of a fiscal year its later calendar year
 * (`Annual Performance 2023-24`, whose tables head 2024), the latest any of its figures may be the current one's.
 */
function titleYear(doc: CheckDocument | undefined): number | undefined {
  const title = doc?.text.slice(0, TITLE_REACH).split('\n').filter((line) => line.trim() !== '').slice(0, 3).find((line) => TITLE_LINE.test(line));
  const m = title === undefined ? null : TITLE_YEAR.exec(title);
  if (!m) return undefined;
  const first = Number(m[1]);
  if (m[2] === undefined) return first;
  const second = m[2].length === 4 ? Number(m[2]) : first - (first % 100) + Number(m[2]);
  return second > first ? second : second + 100;
}

/**
 * The readings of a figure besides its metric's own words, each computed once: most only of a metric too short to tell
 * apart (`distinct` false), each saying what the figure restates alone and which pairing rule reads it. A figure of none
 * of them and of no distinctive metric is no statement (`readsNothing`).
 */
function readingsOf(doc: CheckDocument, figure: DocFigure['figure'], index: number, { metric, unperiodic }: { metric: string | undefined; unperiodic: string | undefined }, distinct: boolean) {
  // (a Chinese rate named by two characters of the count before it, `年末入住长者7,885人，入住率89.6%`, is that count's rate: `rateOfCountBefore`)
  const rateOfCount = !distinct && figure.unit === '%' ? rateOfCountBefore(doc, index) : undefined;
  const labelOnly = !distinct && rateOfCount === undefined && SHORT_LABEL.test(metric ?? '');
  const totalRow = !distinct && !labelOnly && TOTAL_ROW.test(metric ?? '');
  // (a bare Total row is read for its caption's metric: `captionTotal`)
  const englishTotal = !distinct && !labelOnly && !totalRow && ENGLISH_TOTAL_ROW.test(withoutMoneyColumn(metric));
  // (a count said as a bound in Chinese words, `超过5万名`, `近12.5万人`, is read for the total it bounds alone: `boundPairs`)
  const boundOnly = !distinct && !labelOnly && !totalRow && (figure.qualifier === 'over' || figure.qualifier === 'nearly') && HAN_UNIT.test(figure.unit);
  // (a count said as the whole of its noun, `共有员工5,912人`, is read for that total alone: `totalPairs`, `boundPairs`)
  const inAll = !distinct && !labelOnly && !totalRow && !boundOnly && HAN_UNIT.test(figure.unit) ? countedInAll(doc.text, figure) : undefined;
  // (a count of its noun said alone, `我们的8,352名员工`, is read for a total of its very value too: `totalPairs`)
  const alone = !labelOnly && !totalRow && !boundOnly && !inAll && HAN_UNIT.test(figure.unit) ? countedAlone(doc.text, figure) : undefined;
  const aloneOnly = !distinct && alone !== undefined;
  // (an English count of the company's people said in a noun alone, `more than 1,400 employees`, `Employees grew 4.5% to 19,960`, is read for that headcount: `englishBoundPairs`)
  // (so is an exact count of `our` people whatever its sentence says of them after, `our 11,240 employees, who …`)
  const headcount = ourCount(doc, figure) || (!distinct && !labelOnly && !totalRow && !boundOnly && !englishTotal && !inAll && (boundsHeadcount(doc, figure) || countsHeadcount(doc, figure, { table: () => isTableFigure({ doc, figure, index }), captionTotal: undefined })));
  // (an English count said as a bound in its noun alone, `serve more than 1,200 customers`, is read for the count it bounds alone: `englishBoundPairs`)
  const nounBound = !distinct && !labelOnly && !totalRow && !boundOnly && !headcount && (figure.qualifier === 'over' || figure.qualifier === 'nearly') && boundOfNoun(metric, figure.unit);
  // (so is an English count said `in all` after the counts it adds up, `…and 11,846 contractors (29.4%), 40,258 in all`: `nounsInAll`)
  const saidInAll = !distinct && !labelOnly && !totalRow && !headcount && figure.unit === '' && figure.qualifier === 'exact' && IN_ALL_AFTER.test(doc.text.slice(figure.end, figure.end + 12));
  const placeRow = !distinct && !labelOnly && !totalRow && !headcount && figure.unit === '' && PLACE_LABEL.test(metric ?? '') && !TOTAL.test(metric!);
  // (a share cell of a row labelled in two Han characters, after the row's count, `研发  724  17.7`: `countShareRowPairs`)
  const rowShare = !distinct && !labelOnly && !totalRow && rateOfCount === undefined && figure.unit === '%' && TWO_HAN_LABEL.test(metric ?? '') ? rowCountBefore(doc, index)?.value : undefined;
  // (a share cell of a row labelled by its part and `占比`, `新书占比  %  37.7`: `partShareRowPairs`)
  const partShare = !distinct && !labelOnly && !totalRow && figure.unit === '%' ? PART_SHARE_LABEL.exec(metric ?? '')?.[1] : undefined;
  // (an English share cell whose row label names no metric alone is its label's share of the caption's measure: `E-bikes  69.5` under `Share (%)`)
  const captionShare = !distinct && !labelOnly && !totalRow && figure.unit === '%' ? shareOfCaption(doc, index, metric) : undefined;
  // an English share named by its clause, its metric one word (`women now make up 34.6% of our workforce`)
  const clause = !distinct && !labelOnly && !totalRow && !boundOnly && figure.unit === '%' ? englishShareClause(doc, index) : undefined;
  // a figure the report says it did itself, its metric one word (`we carried 643.8 million passengers`): the verb joins its words
  const verb = (!distinct || distinctByItsYear(metric, unperiodic, figure.unit)) && !labelOnly && !totalRow && !boundOnly && !inAll && !englishTotal && !headcount && !clause && !placeRow && figure.unit !== '%' ? ourVerb(doc, index) : undefined;
  // (a measure it did itself with its verb's object after its unit, `we bought some 432,000 m³ of wood for our dining tables`, is read by
  // that verb and object whatever words the extraction gave it: `verbObjectWords`)
  const object = figure.unit !== '%' && !boundOnly && dimensionOf(figure).startsWith('measure:') ? verbObjectWords(doc, index) : undefined;
  const verbWords = object ?? (verb === undefined ? undefined : ourVerbTokens(verb, metric, figure.unit));
  // (a bound the report says it did itself, `we completed more than 18,500 crossings`, is read by its verb: `ourVerbRestates`)
  const nounBoundOnly = nounBound && !verbWords;
  // (an amount `spent … on`, `put … into` a thing is that thing's spend, named after the figure: `we spent R48.6 million on our Social and Labour Plan commitments`)
  const spentOn = dimensionOf(figure).startsWith('currency:') ? (spentOnWords(doc.text, figure) ?? givenToWords(doc.text, figure) ?? paidInWords(doc.text, figure)) : undefined;
  // (a Chinese rate whose metric says only the change, `同比增长超过15%`, is of the amount said before it: `changeOfAmount`)
  const change = figure.unit === '%' ? changeOfAmount(doc, index) : undefined;
  // (an English amount named by one word, `revenue reached NOK 17.2 billion`, is read for the statements of that word alone: `oneWordAmountPairs`)
  const oneWord = !distinct && !labelOnly && !totalRow && !englishTotal && !verbWords && !spentOn ? oneWordAmount(figure, dimensionOf(figure).startsWith('currency:')) : undefined;
  // (an English cell of a measure or a share whose row label is one word, `Energy  MWh  48,600`, `Occupancy  %  89.4`, names no metric alone: `echoOnly`)
  const echoOnly = !distinct && !labelOnly && !totalRow && !englishTotal && ONE_WORD_LABEL.test(metric ?? '') && echoedKind(dimensionOf(figure)) && isTableFigure({ doc, figure, index });
  // (an English count the report closed its year with, `We ended 2024 with 148 shops`, is read for the bounds of its noun alone: `englishBoundPairs`)
  const closing = !distinct && !labelOnly && !totalRow && !headcount && closingCount(doc.text, figure, metric);
  // (a Chinese bound of what the company made, said by its verb, `全年产盐超过140万吨`, is read for that output alone: `outputBoundPairs`)
  // (its unit may be a measure word, `逾7,200万套`: it is then paired only with outputs counted in that word)
  const made = figure.qualifier === 'over' || figure.qualifier === 'nearly' ? madeObject(metric, distinct) : undefined;
  // (and so, besides its own words, is a bound of what it takes in a year, `清源豆品年加工大豆近5万吨`: `outputBoundPairs`)
  const intake = made === undefined && (figure.qualifier === 'over' || figure.qualifier === 'nearly') && !HAN_UNIT.test(figure.unit) ? intakeObject(metric) : undefined;
  // (an English metric that is a scope alone, `Scope 2` of a figure in CO2e, is read as that scope's emissions: `scopeEmissionWords`)
  const scopeAlone = distinct ? undefined : scopeEmissionWords(metric, figure.unit, figure.scope, !isTableFigure({ doc, figure, index }) && BRACKET_BEFORE.test(doc.text.slice(Math.max(0, figure.start - 3), figure.start)));
  return { verbObject: object !== undefined, scopeAlone, made, intake, closing, echoOnly, rateOfCount, labelOnly, totalRow, englishTotal, boundOnly, inAll, alone, aloneOnly, headcount, nounBoundOnly, saidInAll, placeRow, rowShare, partShare, captionShare, clause, verbWords, spentOn, change, oneWord };
}

/** The kinds of quantity a one-word row's cell is read in for its echo in the text: a measure's, a share's. */
const echoedKind = (dimension: string) => dimension.startsWith('measure:') || dimension === 'percent';

/** A closing bracket right before a figure (`(location-based) 122 tCO2e`). */
const BRACKET_BEFORE = /[)）]\s*$/;

/** What `readingsOf` finds of a figure. */
type Readings = ReturnType<typeof readingsOf>;

/** Whether a figure has none of `readingsOf`'s readings: of no distinctive metric, it is no statement. */
const readsNothing = (r: Readings): boolean =>
  !r.scopeAlone &&
  !r.made &&
  !r.closing && !r.echoOnly && !r.change && !r.rateOfCount && !r.labelOnly && !r.totalRow && !r.boundOnly && !r.inAll && !r.aloneOnly && !r.englishTotal && !r.headcount && !r.clause && !r.placeRow && !r.verbWords && !r.nounBoundOnly && !r.saidInAll && !r.spentOn && r.rowShare === undefined && r.partShare === undefined && !r.captionShare && !r.oneWord;

/** Whether a figure is read as a table cell alone (a short, total, place-labelled or share row's label): in running text, it is no statement. */
const readOfCellsAlone = (r: Readings): boolean => r.echoOnly || r.labelOnly || r.totalRow || r.placeRow || r.englishTotal || r.rowShare !== undefined || r.partShare !== undefined;

/** Whether a figure is read as running text alone (a count said in all, alone, or as a bound of its noun): as a table cell, it is no statement. */
const readOfTextAlone = (r: Readings): boolean => Boolean(r.made || r.closing || r.inAll || r.aloneOnly || r.nounBoundOnly || r.saidInAll || r.oneWord);

/** Whether a figure is read for one pairing alone (a total, a bound, a count in all or alone, a headcount, a row's share): its rule reads it, by no tokens. */
const readForOnePairing = (r: Readings): boolean =>
  Boolean(r.made || r.closing || r.totalRow || r.boundOnly || r.inAll || r.aloneOnly || r.englishTotal || r.headcount || r.nounBoundOnly || r.saidInAll || r.rowShare !== undefined || r.partShare !== undefined || r.oneWord);

/** A Chinese running-text rate's amount it is the change of (`changeOfAmount`), when it is read so. */
type RateSubject = Readings['change'];

/**
 * A statement's tokens: a total row's (or a bare Total's of a caption of one measure) its caption's metric; none for a
 * figure read for one pairing alone; a Chinese rate named by the count before it, that count's metric; a rate of the
 * amount before it, that amount's and the change's words; a share naming only its whole, its part's; else `tokens`,
 * its metric's own.
 */
function statementTokens(r: Readings, said: { captionTotal: string | undefined; oneMeasure: boolean; subject: RateSubject; part: string | undefined; metric: string | undefined; tokens: string[] }): string[] {
  const { captionTotal, oneMeasure, subject, part, metric, tokens } = said;
  if ((r.totalRow || (r.englishTotal && oneMeasure)) && captionTotal !== undefined) return metricTokens(captionTotal);
  if (readForOnePairing(r)) return [];
  if (r.rateOfCount !== undefined) return metricTokens(r.rateOfCount);
  if (subject) return [...metricTokens(subject.amount), ...(subject.change === undefined ? tokens : metricTokens(subject.change))];
  if (part) return metricTokens(part + wholeWords(metric));
  return tokens;
}

/**
 * The words of a Chinese share naming only its whole (`占用电量的`, `占员工总数的比例`), the particle joining the whole to its share aside:
 * a key table's row says the same share without it (`光伏发电占用电量比例`), and the pair it makes (`量的`) names nothing.
 */
const wholeWords = (metric: string | undefined) => hanOf(metric).replace(WHOLE_PARTICLE, '');

/** `的` closing a share's whole, or before its `比例` / `比重`. */
const WHOLE_PARTICLE = /的(?=(?:比例|比重)?$)/;

/** A percentage's `levels`: a rate of the amount before it, that amount's; a table cell, its row's; an English text rate, its amount's said just before it. */
function percentLevels(doc: CheckDocument, index: number, { subject, table, rate, zh }: { subject: RateSubject; table: boolean; rate: boolean; zh: boolean }): Levels | undefined {
  if (subject) return levelsOf(dimensionOf(subject.of));
  if (table) return rowLevels(doc).get(index);
  return rate && !zh ? levelsOfAmountBefore(doc, index) : undefined;
}

/**
 * An English rate whose comparison follows it (`11.0% more than in 2023`, `4.2% lower than the previous year`), or the new level
 * it went to (`and studio rental 8.9% to RMB33.2 million`, its verb left to the list's first item): a change, never a share,
 * whatever its words before it say.
 */
const changeSaidAfter = (text: string, figure: DocFigure['figure']): boolean => {
  const after = text.slice(figure.end, figure.end + 48);
  return EN_MORE_THAN_BEFORE.test(after) || TO_NEW_LEVEL.test(after);
};
/** `to` and an amount that is no per cent: the level a rate's change went to (`8.9% to RMB33.2 million`), not a range's end (`5% to 10%`). */
const TO_NEW_LEVEL = /^\s*to\s+(?:[A-Za-z$£€¥₹.]{1,4}\s?)?\d[\d,.]*(?![\d,.])(?!\s*(?:%|％|per\s?cent|percent))/i;

/** Between an amount and the rate of its change, the words of what it is and a comma (` on research and development, `). */
const AMOUNT_WORDS_THEN_RATE = /^[^\d.;!?%]{0,100}?[,，]\s*$/;

/**
 * An English rate of change said just after its amount (`We spent RMB84.6 million on research and development, 11.0% more than
 * in 2023`): that amount's kind, a spend's, so a table row of another kind sharing its words (a headcount's `Research and
 * development  336  8.4  298  +12.8`) is no change of it (`otherLevels`).
 */
function levelsOfAmountBefore(doc: CheckDocument, index: number): Levels | undefined {
  const [figure, before] = [doc.figures[index]!, doc.figures[index - 1]];
  if (!before || before.unit === '%' || before.sentence.start !== figure.sentence.start || !AMOUNT_WORDS_THEN_RATE.test(doc.text.slice(before.end, figure.start))) return undefined;
  return levelsOf(dimensionOf(before));
}

const yearsRead = new WeakMap<CheckDocument, Map<number, number>>();

/**
 * Each table cell's year, by its figure's index, as the header of its column names it: its own block's,
 * or, for a KPI table's section under a sub-heading line (`经济绩效`), the header of the table's top.
 */
function columnYears(doc: CheckDocument): Map<number, number> {
  let years = yearsRead.get(doc);
  if (years) return years;
  years = new Map();
  const headsOf: Array<Array<number | undefined> | undefined> = [];
  tableBlocks(doc).forEach((rows, block) => {
    let heads: Array<number | undefined> | undefined;
    for (const row of rows) {
      if (row.header) {
        heads = row.texts.map(headYear);
        continue;
      }
      if (!row.cells.some(Boolean)) continue;
      // a later section of a KPI table keeps the years of the section above it
      heads ??= (sectionRowsAbove(doc, block).length > 0 ? headsOf[block - 1] : headerAbove(doc, block, row)?.texts.map(headYear)) ?? [];
      // (a header with no cell over the labels, one short of its rows, heads the columns right of them)
      const shift = heads.length === row.texts.length - 1 ? 1 : 0;
      row.cells.forEach((cell, column) => {
        const year = heads![column - shift];
        if (cell && year !== undefined) years!.set(cell.index, year);
      });
    }
    headsOf[block] = heads;
  });
  yearsRead.set(doc, years);
  return years;
}

/** How many lines above a headerless block its table's header may stand: a sub-heading line or two between (`经济绩效`). */
const SECTION_GAP = 3;

/** The header of the table a headerless block goes on: a KPI table's first section under its top's header, a sub-heading line between. */
function headerAbove(doc: CheckDocument, block: number, first: Row): Row | undefined {
  const header = tableBlocks(doc)[block - 1]?.findLast((r) => r.header);
  const at = first.cells.find(Boolean)!.figure.start;
  if (!header || header.texts.length !== first.texts.length) return undefined;
  let gap = 0;
  for (const line of linesAbove(doc.text, at)) {
    if (header.texts.every((t) => line.includes(t.trim()))) return header;
    if (++gap >= SECTION_GAP || /\d/.test(line)) return undefined;
  }
  return undefined;
}

/** The one year a column's heading names (`2022年`, `FY2022`), not a target's (`2030年目标`). */
function headYear(head: string): number | undefined {
  if (FORWARD.test(head)) return undefined;
  const years = new Set(head.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g));
  return years.size === 1 ? Number([...years][0]) : undefined;
}

/** The tokens of English words that say only a change or its year (`up`, `fell`, `FY`): no metric of a rate. */
const CHANGE_ONLY: ReadonlySet<string> = new Set(metricTokens(`${EN_CHANGE_VERB.replaceAll('|', ' ')} up down by fy year`));

/** A Chinese metric that says a change and no subject (`較2022年減少`, `同比增长`, `年減`): its years and digits aside. */
const ONLY_CHANGE = new RegExp(String.raw`^(?:較|较|比|同比|相比|與|与)?(?:上年|去年|前一年度?|年度?|年末|年初)?(?:同期)?(?:相比)?(?:${ZH_CHANGE_VERB}|增|減|减)了?$`);

/**
 * A Chinese rate whose metric says only the change (`較2022年減少`, `同比增长` of `少儿图书收入4.83亿元，同比增长超过15%`) is of
 * the amount said just before it in its sentence; one whose metric is last year's amount and the change (`42,180万元增长` of
 * `少儿图书收入48,260万元，较上年的42,180万元增长14.4%`) is of the amount said before that prior (`较上年的`): that amount's metric,
 * and the change's words.
 */
function changeOfAmount(doc: CheckDocument, index: number): { amount: string; of: DocFigure['figure']; change?: string } | undefined {
  const [figure, before] = [doc.figures[index]!, doc.figures[index - 1]];
  const metric = figure.metric ?? '';
  if (ONLY_CHANGE.test(hanOf(metric))) {
    const amount = amountBefore(figure, before);
    return amount === undefined ? undefined : { amount, of: before! };
  }
  // (the prior's own words, `较上年的`, name no metric: the amount before them does)
  if (!before || !onlyComparison(before.metric) || !metric.startsWith(before.text) || !ONLY_CHANGE.test(hanOf(metric.slice(before.text.length)))) return undefined;
  const amount = amountBefore(before, doc.figures[index - 2]);
  return amount === undefined ? undefined : { amount, of: doc.figures[index - 2]!, change: metric.slice(before.text.length) };
}

/** The metric of the figure just before one in its sentence, when that figure is no percentage. */
const amountBefore = (figure: DocFigure['figure'], before: DocFigure['figure'] | undefined) =>
  before && before.sentence.start === figure.sentence.start && before.unit !== '%' ? before.metric : undefined;

/** A Chinese share's metric that names only its whole (`占营业收入的`, `占员工总数的比例`): its part is said before it. */
const WHOLE_ONLY = /^占[\u3400-\u9fff]+$/;

/**
 * The part a Chinese running-text share whose metric names only its whole is of: the amount said before it
 * in its sentence (`境外收入6.84亿元，占营业收入的13.0%` is 境外收入's share; `研发投入4.62亿元，同比增长13.2%，占营业收入
 * 的8.8%` 研发投入's, past the rate between and the year before's amount, `较上年的4.10亿元`), its metric's Han words.
 */
function partSaidBefore(doc: CheckDocument, index: number): string | undefined {
  const figure = doc.figures[index]!;
  if (!WHOLE_ONLY.test(hanOf(figure.metric))) return undefined;
  for (let k = index - 1; k >= 0 && doc.figures[k]!.sentence.start === figure.sentence.start; k--) {
    // (past the year before's amount it was compared with, `较上年的4,720万元`: the share is of this year's, before it)
    if (doc.figures[k]!.unit === '%' || onlyComparison(doc.figures[k]!.metric)) continue;
    const part = hanOf(doc.figures[k]!.metric);
    return metricTokens(part).length > 0 ? part : undefined;
  }
  return undefined;
}

/**
 * A Chinese running-text rate whose metric is too short to tell apart (`入住` of `入住率89.6%`, the extraction leaving `率` out),
 * said right after a count whose metric holds those characters after words of its own (`年末入住长者7,885人，入住率89.6%`): the
 * rate of that count, named by the count's metric up to them (`年末入住`, as the 致辞's `年末入住率超过90%` names it); else undefined.
 */
function rateOfCountBefore(doc: CheckDocument, index: number): string | undefined {
  const figure = doc.figures[index]!;
  const own = figure.metric ?? '';
  const before = doc.figures[index - 1];
  if (!SHORT_HAN_RATE.test(own) || !before || before.sentence.start !== figure.sentence.start || before.unit === '%' || isTableFigure({ doc, figure, index })) return undefined;
  // (the rate said next to the count, a comma between: `…7,885人，入住率`, `…，入住率为`)
  const between = doc.text.slice(before.end, figure.start);
  if (!RATE_AFTER_COMMA.test(between) || !between.includes(own)) return undefined;
  const countMetric = hanOf(before.metric);
  const at = countMetric.indexOf(own);
  if (at <= 0) return undefined;
  const named = countMetric.slice(0, at + own.length);
  return distinctive(metricTokens(named), figure.unit) ? named : undefined;
}

/** Between a count and the rate said next to it: a comma, the rate's two or three characters and `率`, perhaps a verb (`，入住率为`). */
const RATE_AFTER_COMMA = /^\s*[，,]\s*[\u3400-\u9fff]{2,3}率\s*(?:为|為|达|達|是)?\s*$/;
/** A rate's metric of two or three Han characters alone (`入住` of `入住率`). */
const SHORT_HAN_RATE = /^[\u3400-\u9fff]{2,3}$/;

/** Words of rounding: `四舍五入`, `rounded`, `by rounding`. */
const ROUNDING = /四舍五入|四捨五入|\bround(?:ed|ing)\b/i;
/** Just before a percentage, what parts add up to: `合计为`, `add up to`, `add to`, `sum to`, `total`. */
const ADDS_UP_TO = /(?:合计|合計|加总|加總|总和|總和)\s*(?:为|為|是|达|達)?\s*$|\badds?\s+(?:up\s+)?to\s*$|\b(?:sums?|totals?)\s+(?:to\s+)?$/i;

/**
 * A percentage a note of rounding says the shares add up to (`占比各项因四舍五入合计为99.9%`, `shares add up to 100.1%
 * by rounding`, `Shares are rounded and add to 99.9.`, its `%` unsaid): the sum of a share column as rounded, which no
 * other statement restates (another table's note gives its own).
 */
function roundingNote(text: string, figure: DocFigure['figure']): boolean {
  if (!ADDS_UP_TO.test(text.slice(Math.max(figure.sentence.start, figure.start - 16), figure.start))) return false;
  return ROUNDING.test(text.slice(figure.sentence.start, Math.min(figure.sentence.end, figure.end + 24)));
}

/** A row label of three Han characters and nothing else but marks (`范围二`, `商用车`; `其中：范围一` read without its `其中：`): two character pairs, one short of a metric of its own. */
const SHORT_LABEL = /^[^\u3400-\u9fff\d]*[\u3400-\u9fff]{3}[^\u3400-\u9fff\d]*$/;

/** A table's total row (`合计`, `总计`). */
const TOTAL_ROW = /^\s*(?:合计|合計|总计|總計|共计|共計)\s*$/;

/** A column heading of what is counted and how (`员工人数`, `排放量`), a breakdown's `其中` aside. */
const COUNTED_BY = /^([\u3400-\u9fff]{2,}?)(?:人数|人數|数量|數量|总数|總數|总量|總量|总额|總額|数|數|量|额|額)?$/;

/** A column heading that, its year aside, only dates its cells (`2024年末`, `2023年度`): it counts nothing. */
const DATE_HEAD = /^(?:年|年末|年底|年度|年初|全年|末)$/;

const countedBy = (head: string) => {
  const counted = COUNTED_BY.exec(hanOf(head).replace(BREAKDOWN_WORD, ''))?.[1];
  return counted === undefined || DATE_HEAD.test(counted) ? undefined : counted;
};

/** A row label of a share naming its part and not its whole (`新书占比`): the part, of two Han characters (a longer one names a metric of its own). */
const PART_SHARE_LABEL = /^[^\u3400-\u9fff\d]*([\u3400-\u9fff]{2})(?:占比|佔比)[^\u3400-\u9fff\d]*$/;

/** A row label of two Han characters and nothing else but marks (`研发`, `生产`). */
const TWO_HAN_LABEL = /^[^\u3400-\u9fff\d]*[\u3400-\u9fff]{2}[^\u3400-\u9fff\d]*$/;

/** The count just before a table cell on its line (`724` of `研发  724  17.7`), when it is one. */
function rowCountBefore(doc: CheckDocument, index: number): DocFigure['figure'] | undefined {
  const [figure, before] = [doc.figures[index]!, doc.figures[index - 1]];
  if (!before || before.unit === '%' || before.qualifier !== 'exact' || doc.text.slice(before.end, figure.start).includes('\n')) return undefined;
  return before;
}

/** `in all`, `in total` right after a count. */
export const IN_ALL_AFTER = /^\s+in\s+(?:all|total)\b/;

/** An English count's metric that is its counted noun alone (`customers` of `more than 1,200 customers`), a noun of words. */
const boundOfNoun = (metric: string | undefined, unit: string) => ENGLISH_NOUN.test(unit) && (metric === undefined ? ELLIPTIC_NOUN.test(unit) : sameNoun(metric, unit));
/** The one plural noun a bound with no words of its own counts by ellipsis (`we opened nine shops and now run more than 150`). */
const ELLIPTIC_NOUN = /^[a-z]{3,}s$/;

/** A row label of one English word (`Energy`, `Water`). */
const ONE_WORD_LABEL = /^[A-Z][a-z]+$/;

/** A counted noun's measure word (`名`, `人`, `个`). */
const HAN_UNIT = /^[\u3400-\u9fff]+$/;

/**
 * A share's own metric words, the report's `we` and its verb aside (`We brought our system loss down to
 * 6.34%` is of the system loss): the verb says what was done to the metric, not what it is.
 */
function ownWords(metric: string | undefined, words: string[]): string[] {
  if (!metric || !(metric.startsWith('We ') || metric.startsWith('we '))) return words;
  return metricTokens(metric.replace(WE_VERB, ''));
}

/** The report's `we` and the verb after it opening a metric (`We brought`, `we have cut`). */
const WE_VERB = /^we\s+(?:(?:have|also|again)\s+)?[a-z]+\s*/i;

/**
 * The words of a figure the report says it did itself: its verb's and its metric's, periods aside, and
 * a count's noun (`carried` and `passengers`), when they are two at least; else undefined.
 */
function ourVerbTokens(verb: string, metric: string | undefined, unit: string): string[] | undefined {
  const tokens = new Set([...metricTokens(verb), ...metricTokens(withoutPeriodWords(metric)), ...(/^[a-z]+$/i.test(unit) ? metricTokens(unit) : [])]);
  return tokens.size >= 2 ? [...tokens] : undefined;
}

/**
 * A metric the reporter's name opens, with a verb of what it achieved (`Lakeshore Paper achieved revenue` of `Lakeshore
 * Paper achieved revenue of EUR 1.42 billion`, `The Group recorded net profit`): its capitalised words and verb name the
 * company and say it reached the figure, not what the figure measures, which the words after the verb name (undefined
 * for any other metric).
 */
function withoutNamedSubject(metric: string | undefined): string | undefined {
  const m = metric === undefined ? null : NAMED_SUBJECT_VERB.exec(metric);
  return m ? metric!.slice(m[0].length) : undefined;
}

/** One to four capitalised words and a verb of a result, lower-case words after them (`Chengyu Glass achieved `). */
const NAMED_SUBJECT_VERB = /^(?:[A-Z][\w&'’.-]*\s+){1,4}(?:achieved|recorded|posted|generated|reported|delivered|realised|realized)\s+(?=[a-z])/;

/** Just before an amount, the verb of spending (`we spent`, `spent more than`, `we put over`, `invested some`). */
const SPENT_BEFORE = new RegExp(String.raw`\b(?:spent|put|invested)\s+(?:(?:${EN_BOUND_WORDS})\s+)?$`, 'i');

/**
 * After it, what it was spent on: a few words up to the clause's end or a preposition that opens more of it (`on our
 * Social and Labour Plan commitments,`, `on employee training in 2024`, `into river restoration in 2023`), a determiner aside.
 */
const ON_OBJECT = /^\s+(?:on|into)\s+(?:(?:our|the|its|their)\s+)?([A-Za-z][A-Za-z'’&-]*(?:\s+[A-Za-z][A-Za-z'’&-]*){0,6}?)(?=\s*(?:[,.;:()]|$)|\s+(?:in|to|for|with|during|across|at|as|which|that|this|last|from|by)\b)/;

/** The words of an amount spent on a thing (`spent R48.6 million on our Social and Labour Plan commitments`): that thing's and `spend`; else undefined. */
function spentOnWords(text: string, figure: DocFigure['figure']): string[] | undefined {
  if (!SPENT_BEFORE.test(text.slice(Math.max(figure.sentence.start, figure.start - 32), figure.start))) return undefined;
  const object = ON_OBJECT.exec(text.slice(figure.end, Math.min(figure.sentence.end, figure.end + 120)))?.[1];
  const words = object === undefined ? [] : metricTokens(`${object} spend`);
  return words.length >= 2 ? words : undefined;
}

/** Just before an amount, the report's own verb of giving (`We gave`, `we also donated more than`): a giver named otherwise (`our community fund gave`) names the metric. */
const GAVE_BEFORE = new RegExp(String.raw`\bwe\s+(?:(?:also|have)\s+)?(?:gave|donated|contributed)\s+(?:(?:${EN_BOUND_WORDS})\s+)?$`, 'i');

/** After it, whom it was given to: a few words up to the clause's end or a preposition that opens more of it (`to the community in 2024`), a determiner aside. */
const TO_OBJECT = /^\s+to\s+(?:(?:our|the|its|their)\s+)?([A-Za-z][A-Za-z'’&-]*(?:\s+[A-Za-z][A-Za-z'’&-]*){0,6}?)(?=\s*(?:[,.;:()]|$)|\s+(?:in|for|with|during|across|at|as|which|that|this|last|from|by|and)\b)/;

/**
 * The words of an amount given to someone (`We gave RMB1,286 million to the community in 2024`): whom it went to, what a key
 * figures row names it by (`Community investment`); else undefined. The verb says only that it was given.
 */
function givenToWords(text: string, figure: DocFigure['figure']): string[] | undefined {
  if (!GAVE_BEFORE.test(text.slice(Math.max(figure.sentence.start, figure.start - 32), figure.start))) return undefined;
  const object = TO_OBJECT.exec(text.slice(figure.end, Math.min(figure.sentence.end, figure.end + 120)))?.[1];
  const words = object === undefined ? [] : metricTokens(object);
  return words.length > 0 ? words : undefined;
}

/** Just before an amount, the report's own verb of paying (`We paid`, `we also paid more than`). */
const PAID_BEFORE = new RegExp(String.raw`\bwe\s+(?:(?:also|have)\s+)?paid\s+(?:(?:${EN_BOUND_WORDS})\s+)?$`, 'i');

/** After it, what was paid: a few words after `in` up to the clause's end or a preposition that opens more of it (`in wages and salaries,`), a determiner aside. */
const IN_OBJECT = /^\s+in\s+(?:(?:our|the|its|their)\s+)?([A-Za-z][A-Za-z'’&-]*(?:\s+[A-Za-z][A-Za-z'’&-]*){0,6}?)(?=\s*(?:[,.;:()]|$)|\s+(?:in|to|for|with|during|across|at|as|which|that|this|last|from|by)\b)/;

/**
 * The words of an amount the report paid `in` something (`We paid £9,860 thousand in wages and salaries`, `we paid RMB86 million in
 * taxes`): what it was paid as, which a key figures row names it by (`Wages and salaries`); else undefined. The verb says only that it was paid.
 */
function paidInWords(text: string, figure: DocFigure['figure']): string[] | undefined {
  if (!PAID_BEFORE.test(text.slice(Math.max(figure.sentence.start, figure.start - 32), figure.start))) return undefined;
  const object = IN_OBJECT.exec(text.slice(figure.end, Math.min(figure.sentence.end, figure.end + 120)))?.[1];
  const words = object === undefined ? [] : metricTokens(object);
  return words.length > 0 ? words : undefined;
}

/**
 * A metric told apart only by the year said in it (`flour in 2024` of `We bought 32,840 tonnes of flour in 2024`): one word
 * once the year is aside, as short as any the verb before it completes (`ourVerb`).
 */
const distinctByItsYear = (metric: string | undefined, unperiodic: string | undefined, unit: string) => metric !== unperiodic && !distinctive(metricTokens(unperiodic), unit);

/** Years in a column's heading (`Total 2023`, `2022年`): the period, compared on its own. */
const YEARS = /(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*(?:年度|年)?/gi;

/**
 * Words that name a figure's period, not what it measures (`new homes in the year`, `people in 2023`, `Revenue for FY2025`,
 * `for the financial year 2024`): periods are compared on their own.
 */
const PERIOD_WORDS = /\b(?:in|during|for)\s+(?:the\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?|financial\s+year\s+)?(?:19|20)\d{2}(?:[/-]\d{2}\b)?\b|\b(?:(?:in|during|for|over|throughout)\s+)?(?:the|this)\s+(?:financial\s+)?year\b/gi;

const withoutPeriodWords = (metric: string | undefined) => (metric && /year|\d{4}/i.test(metric) ? metric.replace(PERIOD_WORDS, ' ') : metric);

/**
 * A Chinese share read as `比例` or `比重` alone, its part and whole said before it (`出口收入占营业收入的比例不到40%`): the part and
 * the whole as a share of an amount says them (`出口收入…占营业收入的41.1%`), `出口收入占营业收入的`; else undefined.
 */
function ratioOfWhole(text: string, figure: DocFigure['figure']): string | undefined {
  if (figure.unit !== '%' || !RATIO_WORD.test(figure.metric ?? '')) return undefined;
  const m = PART_OF_WHOLE_RATIO.exec(text.slice(Math.max(0, figure.start - RATIO_REACH), figure.start));
  return m ? `${m[1]!}占${m[2]!}的` : undefined;
}

/** A share's word alone, as the extraction gives its metric (`比例`, `比重`). */
const RATIO_WORD = /^(?:比例|比重)$/;
/** A part, `占`, a whole, `的比例`, and a bound or verb before the number (`出口收入占营业收入的比例不到`, `…的比重为`). */
const PART_OF_WHOLE_RATIO = new RegExp(String.raw`([\u3400-\u9fff]{2,8})占([\u3400-\u9fff]{2,8}?)的(?:比例|比重)(?:为|达到|达|约为|约|已达|${ZH_BOUND_WORDS})?$`);
/** How far before a share its part and whole are read. */
const RATIO_REACH = 30;
