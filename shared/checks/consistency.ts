// Consistency: a metric stated more than once for the same period and scope — in one document or
// across the engagement's documents — must agree (see `agreement.ts`). Statements are grouped by
// their metric's words through an inverted index, so grouping costs the figures times a bounded
// number of neighbours, never all pairs; a word shared by very many figures (`users`) proposes no
// neighbours. Figures that merely share a number are never grouped: the metric must match.

import { hasHanBetween, lineAround, periodKey, samePeriodKey, type PeriodKey } from '../metrics/index';
import { dimensionOf, inBaseUnit } from './dimension';
import { afterSpacedLabel, CHANGE_HEADER, FORWARD, inForwardClause, saidAsChange, saidAsPrior, TOTAL } from './markers';
import { direction, disagreement, isKeyLine, isPageNumber, isScaleSlip, plausiblySame, type Disagreement } from './agreement';
import { isTableFigure } from './figure-facts';
import { distinctive, metricTokens, sameMetric } from './metric-tokens';
import { genderBreakdownChecks } from './consistency-gender';
import { partShareChecks } from './consistency-part-shares';
import { countScaleSlipped } from './scale-restatements';
import { show, writtenNumber } from './precision';
import { BREAKDOWN_WORD, cellPlaces, linesAbove, sectionRowsAbove, tableBlocks, type Row } from './table-blocks';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from './types';
import { placeTerm, qualifierTerm, saying } from './sayings';
import { BULLET_CLASS } from '../text/list-bullets';

/** A word on more figures than this is too common to propose neighbours. */
const MAX_POSTING = 32;
/** Statements of one document closer than this, both in running text or both in a table, form a series. */
const NEIGHBOURS = 400;
/** A group larger than this is a generic metric, not one claim restated. */
const MAX_GROUP = 12;

interface Statement {
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
  /** What a total counts: a text figure's `员工总数`, a total row's cell under `员工人数` (`totalStem`). */
  stem: string | undefined;
  /** A cell of a year before its table's latest (`2022年` beside `2023年`). */
  olderYear: boolean;
  /** A running-text figure said as an earlier value (`较上年的29.6万辆`, `up from 30.8%`). */
  prior: boolean;
  /** A percentage said as a rate of change (`增长30.2%`, `rose 4.9%`, a cell under `同比变动`): never the same metric as a share. */
  rate: boolean;
}

export function consistencyChecks(docs: readonly CheckDocument[]): Check[] {
  const statements = collect(docs);
  const parent = statements.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // each distinct token a number, and its statements (up to one past MAX_POSTING) by that number
  const tokenIds = new Map<string, number>();
  const postings: number[][] = [];
  const tokensOf: number[][] = [];
  for (let i = 0; i < statements.length; i++) {
    const ids: number[] = [];
    for (const t of statements[i]!.tokens) {
      let id = tokenIds.get(t);
      if (id === undefined) {
        tokenIds.set(t, (id = postings.length));
        postings.push([]);
      }
      const list = postings[id]!;
      if (list.length <= MAX_POSTING) list.push(i);
      ids.push(id);
    }
    tokensOf.push(ids);
  }
  // statements of one kind of quantity, language and scope: only these can be one claim (`sameClaim`)
  const kinds = new Map<string, number>();
  const kind = statements.map((s) => {
    const key = `${s.dimension}\u0000${s.zh}\u0000${s.at.figure.scope ?? ''}`;
    let id = kinds.get(key);
    if (id === undefined) kinds.set(key, (id = kinds.size));
    return id;
  });
  const shared = new Int32Array(statements.length);
  const touched: number[] = [];
  const pairs: Array<{ i: number; j: number; distance: number }> = [];
  // where each token's statements after the one at hand begin (a list is in statement order)
  const after = new Int32Array(postings.length);
  statements.forEach((s, i) => {
    // neighbours sharing rare words, with how many; one metric inside the other shares all the smaller's words
    let common = 0;
    for (const token of tokensOf[i]!) {
      const list = postings[token]!;
      if (list.length > MAX_POSTING) {
        common++;
        continue;
      }
      let k = after[token]!;
      while (k < list.length && list[k]! <= i) k++;
      after[token] = k;
      for (; k < list.length; k++) {
        const j = list[k]!;
        if (kind[j] === kind[i] && ++shared[j]! === 1) touched.push(j);
      }
    }
    for (const j of touched) {
      const count = shared[j] ?? 0;
      shared[j] = 0;
      const other = statements[j]!;
      if (!samePeriodKey(s.period, other.period)) continue;
      const containable = count + common >= Math.min(s.tokens.length, other.tokens.length);
      // (one token short: a slip of a metric said once with a count in it, `nearlySameMetric`)
      const slipped = !containable && count + common + 1 >= Math.min(s.tokens.length, other.tokens.length) && amountScaleSlipped(s, other);
      if (!containable && !slipped && !((s.figure.value === other.figure.value || scaleSlipped(s, other)) && nounOf(s) !== undefined)) continue;
      if (sameClaim(s, other)) pairs.push({ i, j, distance: Math.abs(Math.log(s.figure.value / other.figure.value)) || 0 });
    }
    touched.length = 0;
  });
  totalPairs(statements, pairs);
  boundPairs(statements, pairs);
  // closest values first, and never two stated periods in one group: a figure whose sentence names
  // no year joins the column of a table of several years whose value it restates, not every column
  const period = statements.map((s) => s.period);
  // nor two cells of one table row: its columns are other years or other breakdowns (FY2023 3,118
  // and FY2022 2,734 of `Underlying EBITDA (A$m)`), though the cells name no period of their own
  // (a group of one row keeps the row's number; a set is made only when groups of rows merge)
  const rows: Rows[] = statements.map((s) => s.row);
  for (const { i, j } of pairs.sort((a, b) => a.distance - b.distance)) {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj || (period[ri] !== undefined && period[rj] !== undefined && !samePeriodKey(period[ri], period[rj]))) continue;
    const [small, large] = sizeOf(rows[ri]) < sizeOf(rows[rj]) ? [rows[ri], rows[rj]] : [rows[rj], rows[ri]];
    if (small !== undefined && large !== undefined && shareRow(small, large)) continue;
    parent[rj] = ri;
    period[ri] ??= period[rj];
    // the smaller group's rows go into the larger's set: each row moves O(log n) times
    rows[ri] = small === undefined ? large : typeof large === 'number' ? new Set([large, small as number]) : addRows(large!, small);
  }
  // members by group, only for the groups reported (of two statements to MAX_GROUP), in the order of their first statements
  const root = new Int32Array(statements.length);
  for (let i = 0; i < statements.length; i++) root[i] = find(i);
  const size = new Int32Array(statements.length);
  for (const r of root) size[r]!++;
  const groups = new Map<number, Statement[]>();
  statements.forEach((s, i) => {
    const r = root[i]!;
    if (size[r]! < 2 || size[r]! > MAX_GROUP) return;
    const group = groups.get(r);
    if (group) group.push(s);
    else groups.set(r, [s]);
  });
  const checks: Check[] = [];
  for (const group of groups.values()) checks.push(groupCheck(group));
  for (const doc of docs) checks.push(...genderBreakdownChecks(doc), ...partShareChecks(doc));
  return checks;
}

/** The table rows of a group's cells: one row as its key, several as a set. */
type Rows = Set<number> | number | undefined;

const sizeOf = (rows: Rows) => (rows === undefined ? 0 : typeof rows === 'number' ? 1 : rows.size);

/** Whether two groups have a row in common; `small` is the one of fewer rows. */
function shareRow(small: Set<number> | number, large: Set<number> | number): boolean {
  if (typeof small === 'number') return typeof large === 'number' ? small === large : large.has(small);
  for (const r of small) if ((large as Set<number>).has(r)) return true;
  return false;
}

function addRows(large: Set<number>, small: Set<number> | number): Set<number> {
  if (typeof small === 'number') large.add(small);
  else small.forEach((r) => large.add(r));
  return large;
}

/** A table row's key: its document (by place in the engagement) and the line it stands on. */
const rowKey = (doc: number, lineStart: number) => doc * 2 ** 32 + lineStart;

function collect(docs: readonly CheckDocument[]): Statement[] {
  const out: Statement[] = [];
  // a column's heading, years aside, read once for its cells
  const heads = new Map<string, string[]>();
  const headTokens = (head: string) => {
    let tokens = heads.get(head);
    if (!tokens) heads.set(head, (tokens = metricTokens(head.replace(YEARS, ' '))));
    return tokens;
  };
  docs.forEach((doc, d) =>
    doc.figures.forEach((figure, index) => {
      if (figure.valueMax !== undefined) return;
      // a metric too short to tell apart: only a short row label's or a total row's cell is read, for the text figure that restates it
      const metric = withoutBreakdownWord(figure.metric);
      const metricWords = metricTokens(metric);
      const distinct = distinctive(metricWords, figure.unit);
      const labelOnly = !distinct && SHORT_LABEL.test(metric ?? '');
      const totalRow = !distinct && !labelOnly && TOTAL_ROW.test(metric ?? '');
      const placeRow = !distinct && !labelOnly && !totalRow && figure.unit === '' && PLACE_LABEL.test(metric ?? '') && !TOTAL.test(metric!);
      // (a count said as a lower bound in Chinese words, `超过5万名`, is read for the total it bounds alone: `boundPairs`)
      const boundOnly = !distinct && !labelOnly && !totalRow && figure.qualifier === 'over' && HAN_UNIT.test(figure.unit);
      // an English share named by its clause, its metric one word (`women now make up 34.6% of our workforce`)
      const clause = !distinct && !labelOnly && !totalRow && !boundOnly && figure.unit === '%' ? englishShareClause(doc, index) : undefined;
      if ((!distinct && !labelOnly && !totalRow && !boundOnly && !clause && !placeRow) || isPageNumber(doc.text, figure)) return;
      // a target or a plan restates no present figure (`将于 2024 年扩大至 1,200 名以上成员`)
      // (a stop after a year before a capital ends its sentence: `… our 75% target for 2025. Food waste … reached 3,161 tonnes` is two)
      if (inForwardClause(doc.text, figure)) return;
      const table = isTableFigure({ doc, figure, index });
      if ((labelOnly || totalRow || placeRow) && !table) return;
      // a table cell's language is its row's (the cell itself is digits): the row within reach of it
      const row = table ? lineAround(doc.text, figure.start, figure.end, 200) : undefined;
      const zh = row ? hasHanBetween(doc.text, row.start, row.end) : hasHanBetween(doc.text, Math.max(figure.sentence.start, figure.start - 12), figure.end + 12);
      // a Chinese metric already says the share's part and whole (`应届毕业生…占比`)
      const dimension = dimensionOf(figure);
      const unperiodic = withoutPeriodWords(metric);
      const tokens = clause ?? (!table && !zh && dimension === 'percent' ? shareTokens(doc, index) : unperiodic === metric ? metricWords : metricTokens(unperiodic));
      const period = figure.period === undefined ? undefined : (periodKey(figure.period) ?? figure.period);
      const keyLine = !table && isKeyLine(doc.text, figure);
      const place = table ? cellPlaces(doc).get(index) : undefined;
      const column = place && { table: `${doc.name}\u0000${place.block}`, head: headTokens(place.head), year: columnYears(doc).get(index) };
      if (totalRow && !place) return;
      const stem = !zh ? undefined : totalRow ? countedBy(place!.head) : table ? undefined : totalOf(figure.metric);
      if (totalRow && stem === undefined) return;
      const prior = !table && period === undefined && saidAsPrior(doc.text, figure);
      const rate = dimension === 'percent' && (place ? CHANGE_HEADER.test(place.head) : !table && saidAsChange(doc.text, figure));
      // a rate whose metric says only the change (`較2022年減少`) is of the figure said before it in its sentence
      const subject = rate && zh && !table && ONLY_CHANGE.test(hanOf(metric)) ? subjectBefore(doc, index) : undefined;
      out.push({ at: { doc, figure, index }, figure: inBaseUnit(figure), tokens: totalRow || boundOnly ? [] : subject ? [...metricTokens(subject), ...tokens] : tokens, dimension, table, keyLine, zh, period, row: row && rowKey(d, doc.text.lastIndexOf('\n', figure.start)), column, labelOnly: labelOnly && zh, placeRow, stem, olderYear: false, prior, rate });
    }),
  );
  // each table's latest year, then its cells of earlier years
  const latest = new Map<string, number>();
  // (the year heading a cell's column first, over any the extraction read near it: `营业收入 | 亿元 | 274.9` under `2022年`)
  const yearOf = (s: Statement) => (s.column ? (s.column.year ?? (typeof s.period === 'object' ? s.period.year : undefined)) : undefined);
  for (const s of out) {
    const year = yearOf(s);
    if (year !== undefined && year > (latest.get(s.column!.table) ?? -Infinity)) latest.set(s.column!.table, year);
  }
  for (const s of out) s.olderYear = (yearOf(s) ?? Infinity) < latest.get(s.column?.table ?? '')!;
  return out;
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
      row.cells.forEach((cell, column) => {
        const year = heads![column];
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

/** A Chinese metric that says a change and no subject (`較2022年減少`, `同比增长`, `年減`): its years and digits aside. */
const ONLY_CHANGE = /^(?:較|较|比|同比|相比|與|与)?(?:上年|去年|前一年度?|年度?|年末|年初)?(?:同期)?(?:相比)?(?:增加|減少|减少|增長|增长|下降|上升|提升|提高|降低|成長|成长|下滑|增|減|减)了?$/;

/** The metric of the figure just before one in its sentence, when that figure is no percentage. */
function subjectBefore(doc: CheckDocument, index: number): string | undefined {
  const [figure, before] = [doc.figures[index]!, doc.figures[index - 1]];
  return before && before.sentence.start === figure.sentence.start && before.unit !== '%' ? before.metric : undefined;
}

const undatedPresent = (s: Statement) => !s.table && s.period === undefined && !s.prior;

/** A row label of three Han characters and nothing else but marks (`范围二`, `商用车`; `其中：范围一` read without its `其中：`): two character pairs, one short of a metric of its own. */
const SHORT_LABEL = /^[^\u3400-\u9fff\d]*[\u3400-\u9fff]{3}[^\u3400-\u9fff\d]*$/;
/** A table's total row (`合计`, `总计`). */
const TOTAL_ROW = /^\s*(?:合计|合計|总计|總計|共计|共計)\s*$/;
/** A text metric of a total: what is counted, then `总数` (`员工总数`, `温室气体排放总量`). */
const TOTAL_OF = /^([\u3400-\u9fff]{2,}?)(?:总人数|總人數|总数|總數|总量|總量|总额|總額|合计|合計|总计|總計)$/;
/** A column heading of what is counted and how (`员工人数`, `排放量`), a breakdown's `其中` aside. */
const COUNTED_BY = /^([\u3400-\u9fff]{2,}?)(?:人数|人數|数量|數量|总数|總數|总量|總量|总额|總額|数|數|量|额|額)?$/;

const totalOf = (metric: string | undefined) => TOTAL_OF.exec(hanOf(metric))?.[1];
const countedBy = (head: string) => COUNTED_BY.exec(hanOf(head).replace(BREAKDOWN_WORD, ''))?.[1];

/**
 * A total said in the text (`员工总数175,630人`) restates its table's total row under the column that
 * counts the same thing (`合计` under `员工人数`): the words differ, the thing counted is one. Paired
 * through a map of what is counted, per document: linear in the statements.
 */
function totalPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const cells = new Map<string, number[]>();
  statements.forEach((s, i) => {
    if (!s.table || s.stem === undefined) return;
    const key = `${s.at.doc.name}\u0000${s.stem}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  });
  if (cells.size === 0) return;
  statements.forEach((s, i) => {
    if (s.table || s.stem === undefined) return;
    for (const j of cells.get(`${s.at.doc.name}\u0000${s.stem}`) ?? []) {
      const cell = statements[j]!;
      if (cell.dimension !== s.dimension || !samePeriodKey(s.period, cell.period) || (s.at.figure.scope ?? '') !== (cell.at.figure.scope ?? '') || !plausiblySame(s.figure.value, cell.figure.value, false)) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(s.figure.value / cell.figure.value)) || 0 });
    }
  });
}

/**
 * A round count said as a lower bound (`集团超过7万名员工扎根矿区`) bounds the count its noun totals in the
 * same document (`员工总数 68,420`, the latest year's): a part never outnumbers its whole, so a bound
 * above the total is a slip, whatever else the sentence says of them. Paired through a map of what
 * is totalled, per document: linear in the statements.
 */
function boundPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const totals = new Map<string, number[]>();
  statements.forEach((s, i) => {
    if (!s.zh || s.dimension !== 'count' || s.olderYear || s.prior || direction(s.figure.qualifier) !== 'none') return;
    const stem = totalOf(s.at.figure.metric);
    if (stem === undefined) return;
    const key = `${s.at.doc.name}\u0000${stem}`;
    const list = totals.get(key);
    if (list) list.push(i);
    else totals.set(key, [i]);
  });
  if (totals.size === 0) return;
  statements.forEach((s, i) => {
    if (!s.zh || s.table || s.dimension !== 'count' || s.figure.qualifier !== 'over' || (significantDigits(s.at.figure.text)?.length ?? 9) > 2) return;
    // the counted noun opens the words after the figure (`名` ends it): `员工` of `员工扎根矿区`
    const after = HAN_RUN.exec(s.at.doc.text.slice(s.at.figure.end, s.at.figure.end + NOUN_REACH))?.[0] ?? '';
    for (let n = 2; n <= after.length; n++)
      for (const j of totals.get(`${s.at.doc.name}\u0000${after.slice(0, n)}`) ?? []) {
        const total = statements[j]!;
        if (j === i || !samePeriodKey(s.period, total.period) || (s.at.figure.scope ?? '') !== (total.at.figure.scope ?? '') || !plausiblySame(s.figure.value, total.figure.value, false)) continue;
        pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(s.figure.value / total.figure.value)) || 0 });
      }
  });
}

/** A counted noun's measure word (`名`, `人`, `个`). */
const HAN_UNIT = /^[\u3400-\u9fff]+$/;
/** Han characters opening a text, for a counted noun. */
const HAN_RUN = /^[\u3400-\u9fff]+/;
/** How many characters after a figure its counted noun is read from. */
const NOUN_REACH = 6;

/** Years in a column's heading (`Total 2023`, `2022年`): the period, compared on its own. */
const YEARS = /(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*(?:年度|年)?/gi;

/**
 * Cells of two tables whose columns head different things (`Women` in a headcount table, `Hires`
 * in a hiring table, both by region): a row label the tables share (`Asia Pacific`) names no one
 * metric of both.
 */
function otherColumns(a: Statement, b: Statement): boolean {
  if (!a.column || !b.column || a.column.table === b.column.table || a.column.head.length === 0 || b.column.head.length === 0) return false;
  const head = new Set(a.column.head);
  return !b.column.head.some((t) => head.has(t));
}

/** Words that name a figure's period, not what it measures (`new homes in the year`, `people in 2023`): periods are compared on their own. */
const PERIOD_WORDS = /\b(?:(?:in|during|for|over|throughout)\s+)?(?:the|this)\s+(?:financial\s+)?year\b|\b(?:in|during|for)\s+(?:19|20)\d{2}\b/gi;

/** A breakdown row's opening word and its colon (`其中：范围一`): the row is the part, not the word. */
const BREAKDOWN_LABEL = /^(?:其中|包括|含)\s*[：:]\s*/;

/** The first characters of `其中`, `包括` and `含`: a metric opening with none of them keeps its string, unread by the pattern (asked of every figure). */
const BREAKDOWN_FIRST = new Set([0x5176, 0x5305, 0x542b]);

const withoutBreakdownWord = (metric: string | undefined) => (metric && BREAKDOWN_FIRST.has(metric.charCodeAt(0)) ? metric.replace(BREAKDOWN_LABEL, '') : metric);

const withoutPeriodWords = (metric: string | undefined) => (metric && /year|\d{4}/i.test(metric) ? metric.replace(PERIOD_WORDS, ' ') : metric);

/**
 * Where a share's clause ends, before or after it: a stop, a colon or bracket, a comma and a joiner
 * (`…came from renewable sources, and renewable sources covered 43.7%`), a blank line, a line opening
 * with a capital (the next line of a list).
 */
const CLAUSE_END = /[.;:!?()。；：！？（）]|,\s*(?:and|but|while|whereas|so)\b|\n\s*\n|\n(?=[ \t]*[A-Z])/g;

/**
 * A share in running text says its part and its whole around it, and its metric holds one of them
 * (`Preferred materials made up 62.4% of our fibre volume` has the metric `share of our fibre volume`;
 * a highlight `Preferred materials: 64.2% of fibre volume`, `Preferred materials`): the words of its
 * clause, up to the figures before and after it, join its metric's.
 */
function shareTokens(doc: CheckDocument, index: number): string[] {
  const { own, words } = shareClause(doc, index);
  return words.length === 0 ? own : [...new Set([...own, ...words])];
}

/** A share's own metric words, and the words of its clause: what leads to it (`lead`: a list item's label too) and what follows. */
function shareClause(doc: CheckDocument, index: number): { own: string[]; words: string[]; lead: string[] } {
  const figure = doc.figures[index]!;
  const own = metricTokens(figure.metric?.replace(LINKING_VERB, ' '));
  const before = doc.figures[index - 1];
  const after = doc.figures[index + 1];
  const from = Math.max(figure.sentence.start, before && before.end <= figure.start ? before.end : 0, figure.start - CLAUSE_REACH);
  const to = Math.min(figure.sentence.end, after && after.start >= figure.end ? after.start : Infinity, figure.end + CLAUSE_REACH);
  const opening = doc.text.slice(from, figure.start);
  const lead = opening.split(CLAUSE_END).at(-1)!;
  const tail = doc.text.slice(figure.end, to).split(CLAUSE_END)[0]!;
  const wordsOf = (text: string) => metricTokens(text.replace(/\d[\d,.]*%?/g, ' ').replace(LINKING_VERB, ' ').replace(AT_YEAR_END, ' '));
  const leading = wordsOf(`${listLabel(opening, lead)} ${lead}`);
  return { own, words: [...new Set([...leading, ...wordsOf(tail)])], lead: leading };
}

/**
 * A running-text English share's clause words (`shareTokens`) when they tell its metric apart and its
 * part is said before it (`women now make up 34.6% of our workforce`), else undefined: a bare
 * `70%+ coverage rate.` under another programme's heading names no part.
 */
function englishShareClause(doc: CheckDocument, index: number): string[] | undefined {
  const figure = doc.figures[index]!;
  if (isTableFigure({ doc, figure, index }) || hasHanBetween(doc.text, Math.max(figure.sentence.start, figure.start - 12), figure.end + 12)) return undefined;
  const { own, words, lead } = shareClause(doc, index);
  const tokens = [...new Set([...own, ...words])];
  return lead.some((t) => !own.includes(t)) && distinctive(tokens, figure.unit) ? tokens : undefined;
}

/** The verb that links a share to its metric (`The ratio of female managers … reached 8.7%`, `Women now hold 46.3% of key positions`): no word of the metric. */
const LINKING_VERB = /\b(?:now\s+)?(?:reached|reaches|stood\s+at|stands\s+at|totall?ed|totals|amounted\s+to|amounts\s+to|came\s+to|was|were|is|are|hold|holds|held|(?:make|makes|made)\s+up|accounted\s+for|accounts?\s+for|represented|represents?)\b/gi;

/** When a share stands, not what it measures (`women held 43.6% at year-end`). */
const AT_YEAR_END = /\b(?:at|by)\s+(?:the\s+)?year[- ]end\b/gi;

/**
 * The label of a list item whose colon the share's clause starts after (`- Key positions¹: women held
 * 43.6%`): the item's subject, the words after the colon only what is said of it.
 */
function listLabel(before: string, lead: string): string {
  const colon = before.length - lead.length - 1;
  if (colon < 0 || before[colon] !== ':') return '';
  const label = LIST_ITEM.exec(before.slice(before.lastIndexOf('\n', colon) + 1, colon));
  return label?.[1] ?? '';
}

/** A list item's label opening its line, after a bullet (`  - Key positions¹`, `• Board of Directors`). */
const LIST_ITEM = /^[ \t]*(?:[-–•●▪*>]|\d{1,2}[.)])[ \t]+([A-Za-z][A-Za-z ,&'’-]{0,60})[\u00b9\u00b2\u00b3*]?$/;

/** How far either side of a share its clause is read, in characters. */
const CLAUSE_REACH = 80;

/** Two statements of one claim: same metric, kind of quantity, period and scope, in different places. */
function sameClaim(a: Statement, b: Statement): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (a.dimension !== b.dimension || a.zh !== b.zh || a.rate !== b.rate) return false;
  const slipped = amountScaleSlipped(a, b);
  // neighbours in one passage with different values are a series (`40+ years old`, `50+ years old`); a round figure
  // with a direction in another paragraph of running text restates one (an overview's `近2,000户`, a section's `2,146户`)
  if (!slipped && a.at.doc === b.at.doc && a.table === b.table && a.keyLine === b.keyLine && Math.abs(fa.start - fb.start) < NEIGHBOURS && fa.value !== fb.value && !roundedApart(a, b)) return false;
  // two figures of one sentence are two claims, unless a line break parts them (a heading over its paragraph)
  if (a.at.doc === b.at.doc && fa.sentence.start === fb.sentence.start && !hasLineBreak(a.at.doc.text, Math.min(fa.end, fb.end), Math.max(fa.start, fb.start))) return false;
  if (!samePeriodKey(a.period, b.period) || (fa.scope ?? '') !== (fb.scope ?? '') || otherColumns(a, b)) return false;
  // a text figure that names no year is of the report's year: no earlier column's (`全年基酒产量8.26万千升` beside 2022's 8.05), unless said as an earlier value
  if ((a.olderYear && undatedPresent(b)) || (b.olderYear && undatedPresent(a)) || otherColumnYear(a, b) || otherColumnYear(b, a)) return false;
  if (slipped) return true;
  if (headNounUnsaid(a, b) || itemOfWhole(a, b) || itemOfWhole(b, a)) return false;
  if (a.placeRow || b.placeRow) return plausiblySame(fa.value, fb.value, false) && placeOfPeople(a, b);
  if (a.labelOnly || b.labelOnly) return plausiblySame(fa.value, fb.value, false) && labelUnderHeadings(a, b, true);
  return (plausiblySame(fa.value, fb.value, false) && ((sameMetric(a.tokens, b.tokens) && !segmentOfWhole(a, b)) || sameCountedThing(a, b) || labelUnderHeadings(a, b) || subjectSaidBefore(a, b))) || (scaleSlipped(a, b) && sameCountedThing(a, b));
}

/**
 * A bullet of a list a `其中：` opens (`其中：` / `● 肿瘤患者援助项目惠及8.64万人次；`) is a part of the
 * whole said before it: its metric, the whole's with the part's own words before it (`肿瘤患者援助项目惠及`
 * of `患者援助项目惠及`), restates no figure the whole's words name (`全年惠及超过12万人次`).
 */
function itemOfWhole(item: Statement, other: Statement): boolean {
  if (!item.zh || item.table || !other.zh) return false;
  const [mine, theirs] = [hanOf(item.at.figure.metric), hanOf(other.at.figure.metric)];
  return mine.length > theirs.length && theirs.length >= 2 && mine.endsWith(theirs) && inBreakdownList(item.at.doc.text, item.at.figure.start);
}

/** Whether the figure at `at` stands on a bullet line of a list whose lead-in line ends with `其中：` (or `包括：`), bullets between. */
function inBreakdownList(text: string, at: number): boolean {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  if (!LIST_BULLET.test(text.slice(start, start + 3))) return false;
  for (let k = 0; k < HEADING_REACH && start > 0; k++) {
    const end = start - 1;
    start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimEnd();
    if (!LIST_BULLET.test(line.slice(0, 3))) return BREAKDOWN_LEAD.test(line);
  }
  return false;
}

/** A list item's bullet opening its line. */
const LIST_BULLET = new RegExp(`^\\s*${BULLET_CLASS}`);
/** A line leading into a list of parts (`…全年惠及超过12万人次，援助药品价值3.86亿元。其中：`). */
const BREAKDOWN_LEAD = /(?:其中|包括|包含)[：:]$/;

/** Whether a line break stands in `text` between `from` and `to`. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Running-text metrics one inside the other, the larger naming a segment the whole's does not — a
 * word that labels a row of one of the document's tables on its own (`Singapore gross revenue rose
 * 5.6%`, `Japan's grew`, beside a table's `Singapore | 318.4 | 336.2` rows): a part's metric, not the
 * whole's (`Gross revenue rose 4.6%`).
 */
function segmentOfWhole(a: Statement, b: Statement): boolean {
  if (a.zh || a.table || b.table || a.tokens.length === b.tokens.length) return false;
  const [small, large] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  const labels = rowLabels(large.at.doc);
  if (labels.size === 0) return false;
  const said = new Set(small.tokens);
  for (const [word] of (large.at.figure.metric ?? '').matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)?/g))
    for (const name of [word, word.split(' ')[0]!]) if (labels.has(name) && !metricTokens(name).some((t) => said.has(t))) return true;
  return false;
}

const labelled = new WeakMap<CheckDocument, Set<string>>();

/** The capitalised names (`Singapore`, `Hong Kong`) that alone label a row of one of the document's tables, totals aside. */
function rowLabels(doc: CheckDocument): Set<string> {
  let labels = labelled.get(doc);
  if (!labels) {
    labels = new Set();
    for (const rows of tableBlocks(doc))
      for (const row of rows) {
        const label = row.label.trim();
        if (!row.header && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(label) && !TOTAL.test(label)) labels.add(label);
      }
    labelled.set(doc, labels);
  }
  return labels;
}

/** A cell dated only by its column's heading (`2022年`) and a running-text figure of another year (`2023年，…实现营业收入286.4亿元`). */
const otherColumnYear = (cell: Statement, text: Statement) =>
  cell.period === undefined && cell.column?.year !== undefined && !text.table && typeof text.period === 'object' && text.period.year !== cell.column.year;

/** Two figures of running text a blank line apart, one of them said with a direction (`近`, `over`). */
function roundedApart(a: Statement, b: Statement): boolean {
  if (a.table || a.keyLine || (direction(a.figure.qualifier) === 'none' && direction(b.figure.qualifier) === 'none')) return false;
  const [fa, fb] = [a.figure, b.figure];
  return /\n[ \t\u3000]*\n/.test(a.at.doc.text.slice(Math.min(fa.end, fb.end), Math.max(fa.start, fb.start)));
}

/** Kinds of quantity a scale slip is read in by `amountScaleSlipped` (counts have their own rule, `countScaleSlipped`). */
const SLIPPABLE = /^(?:currency|measure):/;

/**
 * An amount or a measure restated in one document with its scale slipped (`培训投入 2,856 万元` in the
 * text, `培训投入：285.6 万元` in its key figures; `總用電量 40,512 萬度` beside a table's 40,512 MWh,
 * compared in kWh; `取水总量1.77亿吨` in the text for the table's 1,768.4 万吨, rounded as it slipped):
 * the same metric, the same significant digits at the shorter one's precision, three at least, a power
 * of ten apart. A 5 万元 grant and a 50 万元 one are two sizes; 2,856 and 285.6 are one number slipped.
 */
function amountScaleSlipped(a: Statement, b: Statement): boolean {
  if (a.at.doc !== b.at.doc || !SLIPPABLE.test(a.dimension) || !isScaleSlip(a.figure.value, b.figure.value)) return false;
  const [da, db] = [significantDigits(a.at.figure.text), significantDigits(b.at.figure.text)];
  if (da === undefined || db === undefined || !sameDigitsRounded(da, db)) return false;
  return sameMetric(a.tokens, b.tokens) || nearlySameMetric(a.tokens, b.tokens) || (Math.min(da.length, db.length) >= LABEL_SLIP_DIGITS && (sameLabel(a, b) || withinMetric(a.tokens, b.tokens)));
}

/** The fewest significant digits a slip read by its label or a word of it alone holds (`sameLabel`, `withinMetric`): 14262 and 142624 are one number, 486 and 4860 may be two. */
const LABEL_SLIP_DIGITS = 4;

/**
 * Whether every word of the shorter metric is the longer's, one word at least: the text's `consumed
 * 46.89 GWh of energy` of a table's `Total energy consumption  468,900` (MWh), whose four digits agree.
 */
function withinMetric(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.length > 0 && small.every((t) => large.includes(t));
}

/**
 * Two labels of two tables or key-figure blocks (an at-a-glance page's `Revenue (2023)   KRW 1,426.2 billion`,
 * a data table's `Revenue   KRW billion   …   14,262.4`):
 * the same words once the year and the unit are set aside, though only one word is left.
 */
function sameLabel(a: Statement, b: Statement): boolean {
  if (!onLabelLine(a) || !onLabelLine(b) || (a.column !== undefined && a.column.table === b.column?.table)) return false;
  const [la, lb] = [labelWords(a), labelWords(b)];
  return la.length > 0 && la.length === lb.length && la.every((t) => lb.includes(t));
}

/** A table cell, a `label: value` line's figure or a label's spaced off its value on a line of its own (`Revenue (2023)     KRW 1,426.2 billion`). */
function onLabelLine(s: Statement): boolean {
  return s.table || s.keyLine || afterSpacedLabel(s.at.doc.text, s.at.figure);
}

/** A statement's metric tokens without numbers (years, `1,000 tons`' 000), scale words and its unit's own. */
function labelWords(s: Statement): string[] {
  const unit = new Set(metricTokens(s.at.figure.unit));
  return s.tokens.filter((t) => !/^\d+$|^(?:thousand|million|billion|trillion)s?$/.test(t) && !unit.has(t));
}

/**
 * Metrics that differ by one token of the shorter, of four at least: for a slip, whose digits already
 * agree, a count said in one of them is no other metric (`向4个定点帮扶县投入无偿帮扶资金1.86亿元` and
 * `向定点帮扶县投入无偿帮扶资金1,860万元`, the `4个` parting the pair `向定`).
 */
function nearlySameMetric(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.length >= SLIP_METRIC_TOKENS && small.filter((t) => !large.includes(t)).length <= 1 && small.length / large.length > 0.5;
}

/** The fewest tokens a metric holds for `nearlySameMetric` to read it past one token that differs. */
const SLIP_METRIC_TOKENS = 4;

const significantDigits = (text: string) => writtenNumber(text)?.replace('.', '').replace(/^0+|0+$/g, '');

/** Significant digits that agree at the shorter's precision, three at least (`177` and `17684`, which rounds to 177). */
function sameDigitsRounded(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return false;
  if (short.length === long.length) return short === long;
  return String(Math.round(Number(`${long.slice(0, short.length)}.${long.slice(short.length)}`))) === short;
}

/** Han characters only: a Chinese metric as its words, without the figures and marks around them. */
const hanOf = (text: string | undefined) => (text ?? '').replace(/[^\u3400-\u9fff]/g, '');

/** How many lines above a table row its headings and caption are looked for. */
const HEADING_REACH = 40;

/**
 * A table row's label is read under its table's caption and heading lines: `大专及以下` under `按学历划分`
 * in `表5-1 员工构成` is what the text calls `大专及以下学历员工`. A text figure of the document restates
 * the cell when its metric is the label (two character pairs at least) followed by words every
 * character of which the headings above the row say — not the label of another row.
 */
function labelUnderHeadings(a: Statement, b: Statement, ofTotal = false): boolean {
  const [cell, said] = a.table ? [a, b] : [b, a];
  if (!cell.table || said.table || cell.at.doc !== said.at.doc || !cell.zh) return false;
  const label = hanOf(withoutBreakdownWord(cell.at.figure.metric));
  const metric = hanOf(said.at.figure.metric);
  if (label.length < 3 || metric.length <= label.length || !metric.startsWith(label)) return false;
  // a short label (`范围二`) may also take its words from the total row above that it is a part of (`温室气体排放总量`)
  const headings = headingsAbove(cell.at.doc.text, cell.at.figure.start) + (ofTotal ? totalRowAbove(cell.at.doc.text, cell.at.figure.start) : '');
  return [...metric.slice(label.length)].every((c) => headings.includes(c));
}

/**
 * A Chinese sentence names its subject once and leaves it out of the clauses after (`全年矿井水产生量
 * 8,642万立方米，综合利用7,486万立方米，综合利用率86.6%`): a text figure restates a table row
 * (`矿井水综合利用率`) whose label is a subject said earlier in the sentence (`矿井水`) followed by
 * the very words just before the figure (`综合利用率`). Another subject's row (`煤矸石综合利用率`)
 * is not named in the sentence.
 */
function subjectSaidBefore(a: Statement, b: Statement): boolean {
  const [cell, said] = a.table ? [a, b] : [b, a];
  if (!cell.table || said.table || cell.at.doc !== said.at.doc || !cell.zh || !said.zh) return false;
  const label = hanOf(withoutBreakdownWord(cell.at.figure.metric));
  const metric = hanOf(said.at.figure.metric);
  const at = metric.length >= 2 ? label.indexOf(metric) : -1;
  if (at < 2) return false;
  const before = hanOf(cell.at.doc.text.slice(said.at.figure.sentence.start, said.at.figure.start));
  const rest = label.slice(at);
  return before.endsWith(rest) && before.slice(0, -rest.length).includes(label.slice(0, at));
}

/**
 * A head count's table row labelled by a place alone (`Europe   12.4` under `Employees by location (in
 * thousands)`) is restated by a running-text count of people that names the place (`Our 14,200
 * colleagues in Europe`): the table's caption and the text's noun both count people.
 */
function placeOfPeople(a: Statement, b: Statement): boolean {
  const [cell, said] = a.placeRow ? [a, b] : [b, a];
  if (said.table || said.placeRow || cell.at.doc !== said.at.doc || said.zh || cell.dimension !== 'count' || !PEOPLE.test(said.at.figure.unit)) return false;
  const place = cell.at.figure.metric!.trim();
  return new RegExp(`\\b${place}\\b`).test(said.at.figure.metric ?? '') && PEOPLE.test(tableAbove(cell.at.doc.text, cell.at.figure.start));
}

/** A row label that is a place's name alone (`Europe`, `North America`). */
const PLACE_LABEL = /^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*$/;
/** Nouns that count people. */
const PEOPLE = /\b(?:employees?|colleagues?|people|staff|workforce|headcount|FTEs?|workers?|personnel)\b/i;

/** The label of the nearest total row above a table row in its block (`温室气体排放总量`, over `其中：范围一` and `范围二`), or ''. */
function totalRowAbove(text: string, at: number): string {
  let k = 0;
  for (const line of linesAbove(text, at)) {
    if (k++ >= HEADING_REACH || line === '') break;
    const label = line.split('\t')[0]!;
    if (TOTAL.test(label) && /\d$/.test(line)) return `\n${label}`;
  }
  return '';
}

/**
 * A Chinese text figure whose metric goes on after a table row's label (`清洁能源保险赔款`, claims of
 * the row `清洁能源保险`'s line of insurance) measures another thing than the row, unless its table
 * says a word of them in the row or over it — its unit, caption, headings or the row it breaks down
 * (`清洁能源保险保费收入` of the row under `绿色保险保费收入`; `…产业贷款余额` of a row under
 * `绿色信贷余额按投向分类`): in Chinese the last words of a metric name what is measured.
 */
function headNounUnsaid(a: Statement, b: Statement): boolean {
  const [cell, said] = a.table ? [a, b] : [b, a];
  if (!cell.table || said.table || cell.at.doc !== said.at.doc || !cell.zh) return false;
  const label = hanOf(cell.at.figure.metric).replace(BREAKDOWN_WORD, '');
  const metric = hanOf(said.at.figure.metric);
  const at = label.length >= 2 ? metric.lastIndexOf(label) : -1;
  if (at < 0) return false;
  // the figure's own unit said after its metric (`培训总时长 小时`) is no other thing
  const unit = hanOf(said.at.figure.unit);
  const rest = metric.slice(at + label.length);
  const head = unit && rest.endsWith(unit) ? rest.slice(0, -unit.length) : rest;
  if (head.length < 2) return false;
  const above = tableAbove(cell.at.doc.text, cell.at.figure.start);
  return !pairsOf(head).some((pair) => above.includes(pair));
}

/** A table row's own line and the lines above it up to the blank line that opens its table, its rows of figures too. */
function tableAbove(text: string, at: number): string {
  const own = lineAround(text, at, at, 400);
  const lines: string[] = own ? [text.slice(own.start, own.end)] : [];
  for (const line of linesAbove(text, at)) {
    if (lines.length > HEADING_REACH || line === '') break;
    lines.push(line);
  }
  return lines.join('\n');
}

/** The lines above a table row up to the blank line that opens its table, but its rows of figures (a line ending in a digit). */
function headingsAbove(text: string, at: number): string {
  const lines: string[] = [];
  let k = 0;
  for (const line of linesAbove(text, at)) {
    if (k++ >= HEADING_REACH || line === '') break;
    if (!/\d$/.test(line)) lines.push(line);
  }
  return lines.join('\n');
}

/** A count restated with its scale slipped (scale-restatements.ts). */
const scaleSlipped = (a: Statement, b: Statement) => countScaleSlipped(a.at, a.dimension, b.at, b.dimension);

/**
 * Restatements word their verb phrase freely (`菜鸟在全国建立了近 5 万个乡村服务站`, `菜鸟已建成 5 万个
 * 乡村服务站`; a heading `serving 1.2 billion users worldwide` over `have served over 1.2 billion
 * users worldwide`): the same number of the same counted noun, with another word of the metric in
 * common, is one claim restated — and its qualifiers must agree.
 */
function sameCountedThing(a: Statement, b: Statement): boolean {
  const na = nounOf(a);
  const nb = nounOf(b);
  if (na === undefined || nb === undefined || !(na.startsWith(nb) || nb.startsWith(na))) return false;
  // only the same number restated: a number in words (`上千万`, `十亿`) is a manner of speaking
  const digits = writtenNumber(a.at.figure.text);
  if (!scaleSlipped(a, b) && (digits === undefined || digits !== writtenNumber(b.at.figure.text) || a.figure.value !== b.figure.value)) return false;
  const nounPairs = new Set([...pairsOf(na), ...pairsOf(nb), ...metricTokens(na), ...metricTokens(nb)]);
  const before = (s: Statement) => s.tokens.filter((t) => !t.startsWith('n:') && !nounPairs.has(t));
  const other = new Set(before(b));
  return before(a).some((t) => other.has(t));
}

/** The counted noun of a statement (`乡村服务站`, `users`), when it has one of two characters or more. */
function nounOf(s: Statement): string | undefined {
  if (!s.zh) return /^[a-z][a-z -]+$/i.test(s.at.figure.unit) ? s.at.figure.unit.toLowerCase() : undefined;
  const noun = s.tokens.find((t) => t.startsWith('n:'))?.slice(2);
  return noun !== undefined && noun.length >= 2 ? noun : undefined;
}

const pairsOf = (han: string) => Array.from({ length: Math.max(0, han.length - 1) }, (_, i) => han.slice(i, i + 2));

/** What a disagreement's message says of one side (`a` or `b`): the figure as written, its qualifier, document and place. */
const where = (s: Statement, side: 'a' | 'b') => ({
  [side]: s.at.figure.text.replace(/\s+/g, ' ').replace(/\*\*/g, ''),
  [`${side}Qualifier`]: qualifierTerm(s.at.figure.qualifier),
  [`${side}Doc`]: s.at.doc.name,
  [`${side}Place`]: placeTerm(s.table),
});

function groupCheck(group: Statement[]): Check {
  const disagreements: Array<{ a: Statement; b: Statement; why: Disagreement }> = [];
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i]!;
      const b = group[j]!;
      const why = disagreement(a.figure, a.table, b.figure, b.table);
      if (why) disagreements.push({ a, b, why });
    }
  const holds = disagreements.length === 0;
  const metric = group[0]!.at.figure.metric ?? '';
  const first = disagreements[0];
  const line = first
    ? saying(first.why === 'scale' ? 'same.scale' : first.why === 'qualifier' ? 'same.qualifier' : 'same.differ', { metric, ...where(first.a, 'a'), ...where(first.b, 'b') })
    : saying('same.holds', { metric, value: show(Number(writtenNumber(group[0]!.at.figure.text) ?? group[0]!.at.figure.value), 3), count: group.length });
  return {
    kind: 'consistency',
    holds,
    figures: group.map((s) => asCheckFigure(s.at, 'mention')),
    rule: 'consistency.same-metric',
    ...line,
  };
}
