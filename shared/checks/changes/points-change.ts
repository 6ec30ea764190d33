// A share's change stated in percentage points: `占比 38.0%，较 2022 年的 31.5% 提升 6.5 个百分点`,
// `rose from 18.2% in 2022 to 20.5% in 2023, an increase of 2.3 percentage points`. The points are
// the difference of the two shares the sentence states, one of them said as the earlier (`from`,
// `较…的`, `由…的`). With exactly these two shares in the sentence the inputs are named, so a
// difference that does not come out is a mismatch. A sentence with one share, its points said against
// the year before (`使用率达到92.3%，较上年提高6.8个百分点`), takes the year before from the table row the
// sentence names whose latest cell that share restates (`绿色包装使用率 | % | 78.4 | 86.5 | 92.3`); so do points said
// before the level they changed to (`Staff turnover rose 5.4 percentage points to 26.2%`), of the row their subject names.

import { inTable } from '../consistency/agreement';
import { yearOfPeriod } from '../../metrics/period';
import { metricTokens } from '../consistency/metric-tokens';
import { namesRow } from '../readers/row-naming';
import { tableBlocks, type Row } from '../readers/table-blocks';
import { overBlankLabels } from '../readers/table-header-years';
import { pairCheck } from '../consistency/pair-check';
import { restates } from './table-prior-year-changes';
import { CHANGE_DOWN, CHANGE_UP, inPriorYearBracket, PRIOR_VALUE, ZH_CHANGE_VERB } from '../readers/markers';
import { percentCheck } from '../shares/percent-check';
import { asWritten, decimalsOf, fixed, intervalOf } from '../readers/precision';
import { saying } from '../sayings';
import { changeWay, type Way } from './change-directions';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';

/** How far before the points their direction word may stand: `提升 6.5 个百分点`, `up 6.5 percentage points`. */
const WORDS = 16;
/** A sentence's figures looked at on either side of the points (a bound on a text with no sentence breaks). */
const MAX_FIGURES = 12;

/** Points said against the year before: `较上年提高`, `同比上升`, `up … on last year`, `year on year`; a year-end ratio's `较年初下降`. */
const AGAINST_LAST_YEAR = /较上年|較上年|较年初|較年初|比上年|较去年|較去年|(?:较|較)(?:前|上)一年度?|同比|year[- ]on[- ]year|on (?:the )?(?:previous|prior|last) year|than (?:in )?last year/i;
/** Points said against a named year (`較2022年提升3.2個百分點`, `up … on 2022`): against that year's column only. */
const AGAINST_YEAR = /(?:较|較|比)\s*((?:19|20)\d{2})\s*年(?:度|末|底)?|\b(?:on|than(?: in)?|from) (?:FY\s?)?((?:19|20)\d{2})\b/i;
/** Between a share and its points in one clause: `, up`, `，提升`, `, down by`, `，较上年提升`. */
const CLAUSE_POINTS = new RegExp(String.raw`^\s*[,，]\s*(?:(?:up|down)(?:\s+by)?|(?:较上年|較上年|比上年|同比)?\s*(?:${ZH_CHANGE_VERB}))\s*(?:了\s*)?$`, 'i');
/** How much of the sentence before a share names its row. */
const NAMING = 40;

export function pointsChanges(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  let rows: readonly ShareRow[] | undefined;
  for (let i = 0; i < figures.length; i++) {
    const points = figures[i]!;
    if (!isPoints(points, text) || inTable(text, points)) continue;
    const said = text.slice(Math.max(points.sentence.start, points.start - WORDS), points.start);
    if (!CHANGE_UP.test(said) && !CHANGE_DOWN.test(said) && !/\b(?:up|down)\b/i.test(said) && !CHANGE_NOUN.test(said) && !changeWay(doc, i)) continue;
    // the sentence's percentages, looked for outward from the points (a sentence's figures stand together)
    const shares: DocFigure[] = [];
    const inSentence = (k: number) => k >= 0 && k < figures.length && figures[k]!.sentence.start === points.sentence.start;
    let from = i;
    while (inSentence(from - 1) && i - from < MAX_FIGURES) from--;
    for (let k = from; inSentence(k) && k - from < 2 * MAX_FIGURES; k++) {
      const f = figures[k]!;
      if (f.unit === '%' && f.valueMax === undefined && !isPoints(f, text)) shares.push({ doc, figure: f, index: k });
    }
    if (shares.length === 0) {
      const check = sentenceBefore(doc, i);
      if (check) checks.push(check);
      continue;
    }
      if (shares.length === 1) {
      const share = shares[0]!;
      const between = text.slice(share.figure.end, points.end + 24);
      const year = AGAINST_YEAR.exec(between);
      if (share.figure.end > points.start || (!AGAINST_LAST_YEAR.test(between) && !year)) {
        rows ??= shareRows(doc);
        checks.push(...(share.index === i + 1 ? pointsThenLevel(share, { doc, figure: points, index: i }, rows) : ownClausePoints(doc, i, rows)));
        continue;
      }
      // the table rows are read only once a sentence says one share's points against the year before
      rows ??= shareRows(doc);
      checks.push(...againstRow(share, { doc, figure: points, index: i }, rows, year ? Number(year[1] ?? year[2]) : undefined));
      continue;
    }
    // one of them is said as the point of comparison (`from 31.5%`, `较 2022 年的 31.5%`, `由 2022 年的
    // 18.2%`, `(2022/23: 5.3%)`): without it the two may be unrelated rates (`增幅 26.63%，高于平均增速 17.2 个百分点`)
    const isPrior = (s: DocFigure) => PRIOR_VALUE.test(text.slice(Math.max(s.figure.sentence.start, s.figure.start - WORDS), s.figure.start)) || inPriorYearBracket(text, s.figure) || saidAgainstEarlier(text, s.figure) || inBracketAfterComparedYear(text, s.figure) || bracketOfPrior(s);
    // `温控达标率99.6%，货损率0.18%，较上年的0.24%下降0.6个百分点`: of more shares, the two just before the points, one the year before's
    const own = shares.length > 2 ? ownPair(shares, i) : undefined;
    if (own && isPrior(own[0]) !== isPrior(own[1])) {
      const [old, next] = isPrior(own[0]) ? own : [own[1], own[0]];
      checks.push(pointsCheck(old, next, { doc, figure: points, index: i }));
      continue;
    }
    const prior = shares.map(isPrior);
    if (shares.length !== 2 || prior[0] === prior[1]) {
      rows ??= shareRows(doc);
      if (!prior.some(Boolean)) checks.push(...ownClausePoints(doc, i, rows));
      continue;
    }
    const [old, next] = prior[0] ? [shares[0]!, shares[1]!] : [shares[1]!, shares[0]!];
    checks.push(pointsCheck(old, next, { doc, figure: points, index: i }));
  }
  return checks;
}

/** The two shares standing just before the points (`i`), no other figure between them: a clause's pair of a longer sentence. */
function ownPair(shares: readonly DocFigure[], i: number): [DocFigure, DocFigure] | undefined {
  const [a, b] = [shares.find((s) => s.index === i - 2), shares.find((s) => s.index === i - 1)];
  return a && b ? [a, b] : undefined;
}

/** Words of a points sentence that name no measure of their own (`rate`, `rose`, `提升`, `占比`). */
const NO_MEASURE = new RegExp(String.raw`^(?:rate|ratio|share|percent\w*|proportion|rose|fell|grew|increas\w*|decreas\w*|improv\w*|declin\w*|up|down|by|points?|[^\u3400-\u9fff]*\d.*|.?率.?|${ZH_CHANGE_VERB}|占比|比例|比重)$`, 'i');

/**
 * `… of which 1,286 tonnes (33.3%) were recycled (FY2023: 1,148 of 3,942 tonnes, 29.1%). The recycling rate rose 4.2
 * percentage points …`: points said in a sentence of no share, of the two shares the sentence before gives, one the
 * year before's, when the points' words name what that sentence says (`recycling` of `recycled`).
 */
function sentenceBefore(doc: CheckDocument, i: number): Check | undefined {
  const { figures, text } = doc;
  const points = figures[i]!;
  const start = points.sentence.start;
  // the sentence just before, in the same paragraph
  let k = i - 1;
  while (k >= 0 && figures[k]!.sentence.start === start) k--;
  if (k < 0 || /\n\s*\n/.test(text.slice(figures[k]!.sentence.end, start))) return undefined;
  const before = figures[k]!.sentence;
  const shares: DocFigure[] = [];
  for (let m = k; m >= 0 && figures[m]!.sentence.start === before.start && k - m < MAX_FIGURES; m--) {
    const f = figures[m]!;
    if (f.unit === '%' && f.valueMax === undefined && !isPoints(f, text)) shares.unshift({ doc, figure: f, index: m });
  }
  if (shares.length !== 2) return undefined;
  const prior = shares.map((s) => PRIOR_VALUE.test(text.slice(Math.max(s.figure.sentence.start, s.figure.start - WORDS), s.figure.start)) || inPriorYearBracket(text, s.figure));
  if (prior[0] === prior[1]) return undefined;
  const clause = text.slice(Math.max(start, text.lastIndexOf(',', points.start), text.lastIndexOf('，', points.start)), points.start);
  const said = new Set(metricTokens(text.slice(before.start, before.end)));
  if (!metricTokens(clause).some((t) => !NO_MEASURE.test(t) && said.has(t))) return undefined;
  const [old, next] = prior[0] ? [shares[0]!, shares[1]!] : [shares[1]!, shares[0]!];
  return pointsCheck(old, next, { doc, figure: points, index: i });
}

/**
 * `The load factor was 82.2%, up 6.7 percentage points, and on-time performance reached 86.4%, up 3.2 …`, `46.7% of the
 * workforce, up 1.2 percentage points` (its whole between, bracketed or not): a share's own points, right after it in its clause, against the year before of the one table row the share restates and the
 * clause names.
 */
function ownClausePoints(doc: CheckDocument, i: number, rows: readonly ShareRow[]): Check[] {
  const { figures, text } = doc;
  const k = shareBeforeBracket(doc, i) ?? i - 1;
  const [share, points] = [figures[k], figures[i]!];
  if (share?.unit !== '%' || share.valueMax !== undefined || share.sentence.start !== points.sentence.start) return [];
  const between = text.slice(share.end, points.start);
  if (!CLAUSE_POINTS.test(between.replace(WHOLE_AND_BRACKET, '').replace(WHOLE_AFTER, '')) && !pointsThanYearBefore(text, between, points)) return [];
  return againstRow({ doc, figure: share, index: k }, { doc, figure: points, index: i }, rows);
}

/** Between points and the level they changed to: ` percentage points to `, ` points, to `. */
const POINTS_TO = /^\s*(?:(?:percentage\s+)?points?\s*)?,?\s*\bto\s*$/i;

/**
 * `Staff turnover rose 5.4 percentage points to 26.2%`: points said before the level they changed to are the level's
 * change from the year before, of the row its subject names (the words before the points), whose latest cell the level
 * restates.
 */
function pointsThenLevel(share: DocFigure, points: DocFigure, rows: readonly ShareRow[]): Check[] {
  const { text } = share.doc;
  const { figure } = points;
  if (!POINTS_TO.test(text.slice(figure.end, share.figure.start))) return [];
  return againstRow(share, points, rows, undefined, text.slice(Math.max(figure.sentence.start, figure.start - NAMING), figure.start));
}

/**
 * Points said after a comma alone and compared after them with the year before (`93.2% of our fleet, 5.7 percentage points
 * more than a year earlier`): the share's own, its way said after them. Not against another level (`more than the
 * national average`).
 */
function pointsThanYearBefore(text: string, between: string, points: { end: number }): boolean {
  return COMMA_ONLY.test(between.replace(WHOLE_AFTER, '')) && THAN_YEAR_BEFORE.test(text.slice(points.end, points.end + 40));
}
const COMMA_ONLY = /^\s*[,，]\s*$/;
const THAN_YEAR_BEFORE = /^\s*(?:(?:percentage\s+)?points?\s+)?(?:more|less|higher|lower)\s+than\s+(?:a\s+year\s+(?:earlier|before|ago)|(?:in\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b)/i;

/** A share's whole and a bracket after it, before its points: ` of employees (58 people)` of `15.0% of employees (58 people), up`. */
const WHOLE_AND_BRACKET = /^(?:\s+of\s[^,，;；.。\d()（）]*?)?\s*[(（][^()（）]*[)）]/;

/**
 * The share whose own points come after a bracket of what it counts (`Women made up 15.0% of employees (58 people), up 2.4
 * percentage points`): its index, when every figure between it and the points stands in that bracket; else undefined.
 */
function shareBeforeBracket(doc: CheckDocument, i: number): number | undefined {
  const { figures, text } = doc;
  const points = figures[i]!;
  let k = i - 1;
  while (k >= 0 && figures[k]!.unit !== '%' && figures[k]!.sentence.start === points.sentence.start && i - k <= MAX_IN_BRACKET) k--;
  const share = figures[k];
  if (k === i - 1 || share?.unit !== '%' || share.sentence.start !== points.sentence.start) return undefined;
  const bracket = WHOLE_AND_BRACKET.exec(text.slice(share.end, points.start));
  return bracket && figures[i - 1]!.end <= share.end + bracket[0].length ? k : undefined;
}

/** How many figures a share's bracket may hold before its points (`(58 people)`, `(58 of 386)`). */
const MAX_IN_BRACKET = 3;

/**
 * The share's points against the year before (or `year`) of the table row the share restates and its words before it
 * name: one row, or one level each of several tables gives (a table's share row and the key figures' row). A share of
 * the year that restates no row its words name (a slip) is read against the one level such rows give, near it.
 * Said once, against the nearest such table.
 */
function againstRow(share: DocFigure, points: DocFigure, rows: readonly ShareRow[], year?: number, naming?: string): Check[] {
  const { figure } = share;
  // and the whole a share is of, said after it in its clause (`Renewable sources met 64.2% of the electricity we used`)
  const whole = WHOLE_AFTER.exec(share.doc.text.slice(figure.end, Math.min(figure.sentence.end, figure.end + NAMING)))?.[0] ?? '';
  // (a label `Recycled share of packaging` marks its whole's words as such: `/packag`)
  const wholeWords = metricTokens(whole);
  const named = new Set([...metricTokens(`${naming ?? share.doc.text.slice(Math.max(figure.sentence.start, figure.start - NAMING), figure.start)} ${whole} ${predicate(share, points)}`), ...wholeWords.map((t) => `/${t}`)]);
  const ofTheYear = (r: ShareRow) => year === undefined || year === r.beforeYear;
  const fits = rows.filter((r) => namesRow(named, r.label.replace(SHARE_WORD, '')) && ofTheYear(r));
  // no row named in full: one the share restates whose label its clause names in part (`Recycled gold` by `848 kg of
  // it, 68.4%, was recycled`, the gold said in the clause before)
  const partly = (r: ShareRow) => ofTheYear(r) && metricTokens(r.label.replace(SHARE_WORD, '')).some((t) => named.has(t));
  const restating = (fits.length > 0 ? fits : rows.filter(partly)).filter((r) => restates(figure, r.latest.figure));
  const meant = restating.length > 0 ? restating : fits.filter((r) => ofYear(figure, r.beforeYear + 1) && Math.abs(figure.value - r.latest.figure.value) <= SLIP_NEAR * r.latest.figure.value);
  if (meant.length !== 1 && !oneLevel(meant)) return [];
  // of several tables, the one nearest the sentence (the share row of the table it speaks of, not the key figures at the end)
  const distance = (r: ShareRow) => Math.abs(r.latest.figure.start - figure.start);
  const row = meant.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  const check = withBaseSaid(pointsCheck(row.before, share, points, 'change.percentage-points-against-table', changeWay(points.doc, points.index)?.way), row.before);
  // `占员工总数的55.1%，较上年提升0.7个百分点` beside a row of 52.1 | 52.8: the row's own points hold, so the share slipped
  // too, and disagrees with the row it should restate
  if (!check.holds && restating.length === 0 && pointsCheck(row.before, row.latest, points).holds) return [check, { ...pairCheck(share, row.latest, 'same.differ', row.label), rule: 'consistency.points-row-share' }];
  return [check];
}

/**
 * The year before's share as running text says it too (`against 3,600, or 85.7%, a year earlier` beside the row's `85.7`):
 * named beside the points' check, where a reader finds their base in words.
 */
function withBaseSaid(check: Check, before: DocFigure): Check {
  const { doc, figure } = before;
  const said: DocFigure[] = [];
  doc.figures.forEach((f, index) => {
    if (f.unit === '%' && f.value === figure.value && f.start !== figure.start && !inTable(doc.text, f) && YEAR_BEFORE_AFTER.test(doc.text.slice(f.end, f.end + 40))) said.push({ doc, figure: f, index });
  });
  return said.length === 0 ? check : { ...check, figures: [...check.figures, ...said.map((s) => asCheckFigure(s, 'mention'))] };
}

/** After a share, that it was the year before's: `, a year earlier`, `the year before`, `at the end of last year`. */
const YEAR_BEFORE_AFTER = /^\s*[,，]?\s*(?:a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|(?:in|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:previous|prior|last)\s+year)\b/i;

/** The words between a share and its own points, no figure between: what the share is (`848 kg of it, 68.4%, was recycled, up 6.2 percentage points`). */
function predicate(share: DocFigure, points: DocFigure): string {
  const between = share.doc.text.slice(share.figure.end, points.figure.start);
  return points.index === share.index + 1 && between.length <= NAMING ? between : '';
}

/** A share's whole after it, up to its clause's end: ` of the packaging we bought`. */
const WHOLE_AFTER = /^\s+of\s[^,，;；.。\d]*/i;

/** How near a slipped share stands to its row's cell, as a share of the cell (46.2 for 42.6, not 62.4). */
const SLIP_NEAR = 0.1;

/** A share said of the year, or of no year. */
function ofYear(figure: DocFigure['figure'], year: number): boolean {
  const said = yearOfPeriod(figure.period);
  return said === undefined || said === year;
}

/** Rows of several tables giving one level: the same cells, no two rows of one table. */
const oneLevel = (rows: readonly ShareRow[]): boolean =>
  rows.length > 1 && new Set(rows.map((r) => r.block)).size === rows.length && rows.every((r) => r.latest.figure.value === rows[0]!.latest.figure.value && r.before.figure.value === rows[0]!.before.figure.value);

/**
 * A row label's closing word for a share (`Renewable electricity ratio`, `绿色电力占比`), and in Chinese the whole it is
 * of (`研发投入占营业收入比例`): the share's `%` says it, the sentence need not.
 */
const SHARE_WORD = /\s+(?:ratio|rate|share|percentage|proportion)\s*$|(?<=[\u4e00-\u9fff])(?:占[\u4e00-\u9fff]{0,8}?)?(?:占比|比例|比重)\s*$/i;

export interface ShareRow {
  label: string;
  /** Which of the document's table blocks it stands in. */
  block: number;
  latest: DocFigure;
  before: DocFigure;
  beforeYear: number;
}

const YEAR = /(?:19|20)\d{2}/;

/**
 * Rows of percentages under a header of years — their block's own, or the table's above a sub-heading
 * (`社会绩效` between `指标 | 单位 | 2021年 | …` and `女性员工占比 | % | 35.5 | 35.9 | 36.0`): each row's cells
 * of the latest year and the year just before.
 */
const rowsRead = new WeakMap<CheckDocument, readonly ShareRow[]>();

/** `readShareRows` of a document, read once for the rules that ask (points said in points, and said as a per cent). */
export function shareRows(doc: CheckDocument): readonly ShareRow[] {
  let rows = rowsRead.get(doc);
  if (!rows) rowsRead.set(doc, (rows = readShareRows(doc)));
  return rows;
}

function readShareRows(doc: CheckDocument): ShareRow[] {
  const out: ShareRow[] = [];
  let above: { texts: string[]; end?: number } | undefined;
  for (const [b, block] of tableBlocks(doc).entries()) {
    const ownRow = block.find((r) => r.header && r.texts.filter((t) => YEAR.test(t)).length >= 2);
    const own = ownRow?.texts;
    const texts = own ?? continuedHeader(doc.text, block, above);
    const last = block.flatMap((r) => r.cells).findLast(Boolean);
    if (texts) above = { texts, end: last?.figure.end };
    const years = (texts ?? []).map((t) => Number(YEAR.exec(t)?.[0] ?? NaN));
    const newest = Math.max(...years.filter((y) => !Number.isNaN(y)));
    const [latest, before] = [years.indexOf(newest), years.indexOf(newest - 1)];
    if (latest < 0 || before < 0 || years.filter((y) => y === newest).length > 1) continue;
    // a header opening with a year has left its label column blank: its columns are the rows' one further on; so has one
    // set in with a unit's heading first (`      Unit      2024      2023` over `Women   % of employees   55.2   54.0`)
    const width = Math.max(0, ...block.filter((r) => !r.header).map((r) => r.texts.length));
    const shift = YEAR.test(texts?.[0] ?? '') || (ownRow !== undefined && overBlankLabels(doc.text, ownRow, width)) ? 1 : 0;
    for (const row of block) {
      const [l, bc] = [row.cells[latest + shift], row.cells[before + shift]];
      if (!row.header && l?.figure.unit === '%' && bc?.figure.unit === '%') out.push({ label: row.label, block: b, latest: l, before: bc, beforeYear: newest - 1 });
    }
  }
  return out;
}

/**
 * The header of the block just above, when this block goes on from it as wide with no blank line between
 * (a sub-heading row split them): from the last cell above, or from the header's own line when it stood alone.
 */
function continuedHeader(text: string, block: Row[], above: { texts: string[]; end?: number } | undefined): string[] | undefined {
  const first = block.find((r) => r.cells.some(Boolean));
  const cell = first?.cells.find(Boolean);
  if (!above || !first || !cell || first.texts.length !== above.texts.length) return undefined;
  if (above.end !== undefined) return above.end < cell.figure.start && !text.slice(above.end, cell.figure.start).includes('\n\n') ? above.texts : undefined;
  const years = above.texts.filter((t) => YEAR.test(t)).map((t) => t.trim());
  let end = text.lastIndexOf('\n', cell.figure.start);
  for (let walked = 0; end > 0 && walked < HEADER_LINES; walked++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() === '') return undefined;
    if (years.every((y) => line.includes(y))) return above.texts;
    end = start - 1;
  }
  return undefined;
}

/** How many lines above its rows a table's header may stand (its rows of other sections between). */
const HEADER_LINES = 40;

/**
 * Percentage points, or bare `points` — read as percentage points here because every rule below takes a share of
 * the same sentence as their old or new value (`rose to 76.4% from 58.2%, up 16.2 points`).
 */
export function isPoints(f: DocFigure['figure'], text: string): boolean {
  return f.unit === 'pp' || f.unit === 'points' || (f.unit === '%' && PERCENT_P.test(text.slice(f.end, f.end + 2)));
}

/** Right after a `%`, the `p` of Korean-English percentage points: `up 3.2%p`. */
const PERCENT_P = /^p(?![A-Za-z])/;

/** A change of points said by its noun, which need not say its direction: `an improvement of 4.3 percentage points`, `a narrowing of 1.3`. */
const CHANGE_NOUN = /\b(?:improvement|narrowing|widening|gain|deterioration|movement|change)\s+of\s*$/i;

/** `较上年（46条，67.6%）提高`: the year compared with, then its figures in a bracket — the share among them is that year's. */
function inBracketAfterComparedYear(text: string, f: DocFigure['figure']): boolean {
  return /(?:较|較|比|相比)\s*(?:上年|去年|上一年|(?:19|20)\d{2}\s*年度?)(?:同期|末|底)?\s*[(（][^()（）。；;]{0,20}$/.test(text.slice(Math.max(f.sentence.start, f.start - 32), f.start));
}

/** `up from 25,962 (73.6%) a year earlier`: a share in brackets after a figure said as the earlier one is the earlier share. */
function bracketOfPrior({ doc, figure, index }: DocFigure): boolean {
  const said = doc.figures[index - 1];
  return said !== undefined && said.sentence.start === figure.sentence.start && /^\s*[(（]\s*$/.test(doc.text.slice(said.end, figure.start)) && PRIOR_VALUE.test(doc.text.slice(Math.max(said.sentence.start, said.start - WORDS), said.start));
}

/**
 * `67.5% of our stock, against 64.1% a year earlier`, `742 homes, 41.6% of the total, against 668 homes and 38.2% in
 * 2023`: a share set against the year before's, said so after it (with that year's figure before it, joined by `and`).
 */
function saidAgainstEarlier(text: string, f: DocFigure['figure']): boolean {
  return /\b(?:against|versus|vs\.?)\s*(?:(?:[^,;:()%，；。]|(?<=\d),(?=\d)){1,40}?\s+and\s*)?$/i.test(text.slice(Math.max(f.sentence.start, f.start - 60), f.start)) && /^\s*(?:a year (?:earlier|before|ago)|the (?:year|period) before|last year|in the (?:previous|prior) year|in (?:FY\s?)?(?:19|20)\d{2})/i.test(text.slice(f.end, f.end + 30));
}

export function pointsCheck(old: DocFigure, next: DocFigure, points: DocFigure, rule = 'change.percentage-points', way?: Way): Check {
  const [high, low] = old.figure.value >= next.figure.value ? [old, next] : [next, old];
  const h = intervalOf(high.figure);
  const l = intervalOf(low.figure);
  const check = percentCheck({
    kind: 'change',
    rule,
    inputs: [asCheckFigure(old, 'old'), asCheckFigure(next, 'new')],
    result: points,
    computed: { lo: Math.max(0, h.lo - l.hi), hi: h.hi - l.lo },
    expected: high.figure.value - low.figure.value,
    formula: `${asWritten(high.figure)} − ${asWritten(low.figure)}`,
  });
  return way === undefined ? check : turnedPoints(check, old, next, points, way);
}

/**
 * Points of the right size said the other way (`38.4% of the workforce, 1.6 percentage points fewer than in 2023` beside a
 * row of 36.8 | 38.4): the share rose, and the words say it fell. Signed, the points disagree.
 */
function turnedPoints(check: Check, old: DocFigure, next: DocFigure, points: DocFigure, way: Way): Check {
  const rose = next.figure.value > old.figure.value;
  if (!check.holds || next.figure.value === old.figure.value || rose === (way === 'up')) return check;
  const decimals = Math.max(1, decimalsOf(points.figure.text));
  return {
    ...check,
    holds: false,
    ...saying('percent.mismatch', {
      calc: `${asWritten(next.figure)} − ${asWritten(old.figure)}`,
      expected: `${rose ? '+' : '−'}${fixed(Math.abs(next.figure.value - old.figure.value), decimals)}`,
      stated: `${way === 'up' ? '+' : '−'}${fixed(points.figure.value, decimals)}`,
    }),
  };
}
