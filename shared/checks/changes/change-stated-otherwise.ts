// Changes stated in the other shapes reports use:
// - the year before in brackets: `rose 35.0% to 612 tCO2e (2022: 425 tCO2e)`, `64 in 2023 (2022:
//   81), a reduction of 25%`, `（2022 年：425 吨）`;
// - an amount and a rate: `余额 687.5 亿元，较年初增加 72.4 亿元，增长 13.2%`, `£412.8 million, up
//   £58.6 million or 16.5%` (the old value is the new less the amount);
// - a table's year-on-year column: `指标 | 2022 年 | 2023 年 | 同比变动`, each row's change from the
//   earlier year's cell to the later's (a rate written without a sign is its size);
// - rates said respectively of a list of figures whose year before a table gives (`respective-changes.ts`).
// Each shape names its old value, so a rate that does not come out is a mismatch.

import { periodsIn } from '../../metrics/period';
import { samePeriod } from '../../metrics/index';
import { changeCheck } from './change';
import { comparable, dimensionOf } from '../readers/dimension';
import { CHANGE_HEADER, CHANGE_RATE, changeSign, ZH_CHANGE_VERB } from '../readers/markers';
import { percentCheck } from '../shares/percent-check';
import { pointsCheck } from './points-change';
import { respectiveChanges } from './respective-changes';
import { asWritten, decimalsOf, intervalOf, quotient, writtenNumber } from '../readers/precision';
import { adjacentSwap } from '../consistency/restatements';
import { CHANGE_NAMING_YEARS, tableBlocks, type Row } from '../readers/table-blocks';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';
import { isSpaceCode } from '../../text/space-code';

/** `(2022: `, `（2022 年：`, and a financial year's `(2022/23: `, `(FY2022-23: `. */
const PRIOR_YEAR = /[(（]\s*(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*(?:财年|年度|年)?\s*[:：]\s*(?:\*\*)?\s*$/i;
const BY_AMOUNT = new RegExp(String.raw`(?:(?:较|比)[^，。；,;\d]{0,10}?(?:${ZH_CHANGE_VERB}|多|少)了?|,?\s*(?:up|down)(?:\s+by)?|an?\s+(?:increase|decrease|rise|fall|reduction)\s+of)\s*(?:\*\*)?\s*$`, 'i');
/** Between the amount and its rate, the rate said as the change (`，增长 13.2%`, ` or 16.5%`), not some other share of the sentence (`，新能源车辆已覆盖…的64%`). */
const RATE_AFTER_AMOUNT = new RegExp(String.raw`^\s*[(（]?\s*(?:[,，、]?\s*(?:同比)?(?:${ZH_CHANGE_VERB}|增幅|增速|降幅)(?:了|率)?(?:为|為|达|達)?|,?\s*or|,?\s*(?:an?\s+)?(?:increase|decrease|rise|fall|up|down)(?:\s+(?:of|by))?)\s*(?:\*\*)?\s*$`, 'i');
/** Between the year before's value and another figure of its bracket: the bracket not closed (`, `, `；`). */
const BRACKET_GOES_ON = /^[^()（）\d]{0,12}$/;
/**
 * `Fuel sales  9.2  10.6  10.1  -9.8`: a change cell that holds only within the roundings of its row's cells (9.15 over 10.15
 * is -9.85%), whose digits are the change at the cells' values (-8.9%) with two neighbours swapped — a slip of typing the
 * roundings happen to cover, no rate worked on unrounded amounts.
 */
function swappedAtEdge(rate: DocFigure['figure'], expected: number | undefined): boolean {
  const written = writtenNumber(rate.text.trim().replace(/^[-+−–]/, ''));
  if (expected === undefined || written === undefined) return false;
  return adjacentSwap(written, Math.abs(expected).toFixed(decimalsOf(rate.text)));
}

/** A change column in percentage points: `Change (pp)`, `变动（百分点）`. */
const POINTS_HEADER = /\bpp\b|\bppts?\b|percentage points?|百分点|百分點/i;
/** Two headers naming one measure the same way, the later with its year: `Women (%)` and `2022 (%)` both in %. */
const SAME_SHAPE = (a: string, b: string) => /%/.test(a) === /%/.test(b) && /\p{L}/u.test(a);
/** A plus written before a change cell (`  +6.9`), the cell's own (table-blocks.ts reads it so). */
const PLUS = /^[+＋]$/;
/** How far before or after the figures a rate's direction words may stand. */
const WORDS = 30;

export function changesStatedOtherwise(doc: CheckDocument): Check[] {
  return [...againstPriorYear(doc), ...byAmount(doc), ...byAmountOfNamed(doc), ...yearOnYearColumns(doc), ...respectiveChanges(doc)];
}

const at = (doc: CheckDocument, index: number): DocFigure => ({ doc, figure: doc.figures[index]!, index });
const isRate = (f: DocFigure['figure']) => f.unit === '%';
const YEAR_IN = /(?:19|20)\d{2}|\bFY\s?\d{2}\b/;
/** The year a period names: `2023`, `FY2023`, `FY23` (2023), or NaN. */
const yearOf = (period: string): number => {
  const year = /(?:19|20)\d{2}/.exec(period)?.[0] ?? /\bFY\s?(\d{2})\b/i.exec(period)?.[1];
  return year === undefined ? NaN : year.length === 2 ? 2000 + Number(year) : Number(year);
};

/**
 * Whether a colon stands before `at`, spaces and stars aside: `PRIOR_YEAR` ends so, and most figures have none (read by
 * character codes, no slice made and no pattern run for them).
 */
function colonBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 42)) i--;
  const c = text.charCodeAt(i);
  return c === 58 || c === 0xff1a;
}

function againstPriorYear(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let k = 1; k < figures.length; k++) {
    const old = figures[k]!;
    if (!colonBefore(text, old.start) || !PRIOR_YEAR.test(text.slice(Math.max(old.sentence.start, old.start - 16), old.start))) continue;
    // `(2022: R$ 8,426 million, 51.9%)`: a bracket giving the year before's percentage beside its value makes the
    // percentage after this year's value that year's level (`, a margin of 46.1%`), not its change, unless said as one
    const rateBefore = k >= 2 && isRate(figures[k - 1]!) && !isRate(old);
    // (`(2023: 1,198 of 4,020, 29.8%)`: the bracket's last figure, after the year before's others, is the percentage's)
    const last = rateBefore ? lastInBracket(doc, k) : k;
    const level = last > k && isRate(figures[last]!) && !CHANGE_RATE.test(text.slice(figures[k - 2]!.end, figures[k - 1]!.start));
    // `586.4亿元，同比下降6.2%（2022年：625.2亿元）`: the new value's rate between it and the bracket
    const between = rateBefore && !level ? k - 1 : undefined;
    const n = rateBefore ? k - 2 : k - 1;
    const next = figures[n]!;
    if (next.sentence.start !== old.sentence.start || !comparable(next, old)) continue;
    // the rate nearest the pair in its sentence: before the new value or after the bracket; not a rate said of the
    // figure before it (`用水总量486.2万吨，同比增长6.2%，单条用水量57.7升（2023年：61.1升）`, `2.46 million m³, up 3.8%, or 1.92 litres`)
    const before = between ?? (n - 1 >= 0 && figures[n - 1]!.sentence.start === old.sentence.start && isRate(figures[n - 1]!) && !rateOfFigureBefore(doc, n - 1) ? n - 1 : undefined);
    const after = !level && k + 1 < figures.length && figures[k + 1]!.sentence.start === old.sentence.start && isRate(figures[k + 1]!) ? k + 1 : undefined;
    const r = before ?? after;
    // `30,060 ML (FY2023: 29,928 ML)⏎- Recycled share: 38.0% (FY2023: 35.6%)`: a rate with a year before of its own is a level, not this change
    if (r === undefined || (r === after && hasPriorYearBracket(text, figures[r]!))) continue;
    const from = Math.max(old.sentence.start, Math.min(figures[r]!.start, next.start) - WORDS);
    const to = Math.min(old.sentence.end, Math.max(figures[r]!.end, old.end) + WORDS);
    const sign = changeSign(text.slice(from, to));
    if (sign === 0) continue;
    checks.push(changeCheck(at(doc, k), at(doc, n), at(doc, r), sign, 'change.against-prior-year'));
  }
  return checks;
}

/** Whether the rate at `r` is the change of the figure just before it in its sentence (`486.2万吨，同比增长6.2%`, `2.46 million m³, up 3.8%`). */
function rateOfFigureBefore(doc: CheckDocument, r: number): boolean {
  const { figures, text } = doc;
  const [figure, rate] = [figures[r - 1], figures[r]!];
  return figure !== undefined && figure.sentence.start === rate.sentence.start && !isRate(figure) && RATE_AFTER_AMOUNT.test(text.slice(figure.end, rate.start));
}

/** The last figure of the year before's bracket that figure `k` opens (`k` itself when it holds no other). */
function lastInBracket(doc: CheckDocument, k: number): number {
  const { figures, text } = doc;
  let last = k;
  while (last + 1 < figures.length && figures[last + 1]!.sentence.start === figures[k]!.sentence.start && BRACKET_GOES_ON.test(text.slice(figures[last]!.end, figures[last + 1]!.start))) last++;
  return last;
}

/** Just after a figure, the year before's value of it in a bracket: `38.0% (FY2023: `. */
const PRIOR_YEAR_AFTER = /^\s*[(（]\s*(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*(?:财年|年度|年)?\s*[:：]/i;
const hasPriorYearBracket = (text: string, figure: DocFigure['figure']): boolean => PRIOR_YEAR_AFTER.test(text.slice(figure.end, figure.end + 24));

function byAmount(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [next, amount, rate] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (!isRate(rate) || !comparable(next, amount) || amount.sentence.start !== next.sentence.start || rate.sentence.start !== next.sentence.start) continue;
    const link = text.slice(next.end, amount.start);
    if (!BY_AMOUNT.test(link) || !RATE_AFTER_AMOUNT.test(text.slice(amount.end, rate.start))) continue;
    const check = amountCheck(doc, i, i + 1, i + 2, changeSign(link));
    if (check) checks.push(check);
  }
  return checks;
}

/** Between the start of a sentence and its first figure, a name and the change said of it: `农户贷款较年初增加`. */
const NAMED_BY_AMOUNT = new RegExp(String.raw`^\s*([\u4e00-\u9fff]{2,16}?)\s*(?:较|比)[^，。；,;\d]{0,10}?(?:${ZH_CHANGE_VERB}|多|少)了?\s*$`);
/** How far back, in its paragraph, the figure a change names may stand. */
const NAMED_REACH = 600;

/**
 * `其中农户贷款 318.62 亿元、…。农户贷款较年初增加 28.46 亿元，增长 9.18%。`: a sentence that opens with a
 * name and the amount it changed by, its rate after, changes the figure of that name said just before
 * in its paragraph (the same metric, kind and period): the old value is that figure less the amount.
 */
function byAmountOfNamed(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 1; i + 1 < figures.length; i++) {
    const [amount, rate] = [figures[i]!, figures[i + 1]!];
    if (!isRate(rate) || rate.sentence.start !== amount.sentence.start) continue;
    // the name opens the sentence or a clause of it with no figure before the amount (`本行重点支持…项目，清洁能源产业贷款较年初增加`)
    const clause = Math.max(amount.sentence.start, lastClauseBreak(text, amount.sentence.start, amount.start) + 1);
    if (figures[i - 1]!.end > clause) continue;
    const named = NAMED_BY_AMOUNT.exec(text.slice(clause, amount.start));
    if (!named || !RATE_AFTER_AMOUNT.test(text.slice(amount.end, rate.start))) continue;
    for (let k = i - 1; k >= 0; k--) {
      const f = figures[k]!;
      if (amount.start - f.end > NAMED_REACH || text.slice(f.end, amount.start).includes('\n\n')) break;
      if (f.metric !== named[1] || !comparable(f, amount) || !samePeriod(f.period, amount.period)) continue;
      const check = amountCheck(doc, k, i, i + 1, changeSign(named[0]));
      if (check) checks.push(check);
      break;
    }
  }
  return checks;
}

/** Where the last comma or semicolon of `text[from, to)` stands (-1: none). */
function lastClauseBreak(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if ('，,；;'.includes(text.charAt(k))) return k;
  return -1;
}

/** The change of the figure at `n` by the amount at `a`, against the rate at `r`; the old value is the new less the amount (plus it, for a fall). */
function amountCheck(doc: CheckDocument, nextAt: number, amountAt: number, rateAt: number, sign: 1 | -1 | 0): Check | undefined {
  const [next, amount] = [doc.figures[nextAt]!, doc.figures[amountAt]!];
  if (sign === 0 || !(amount.value < next.value || sign < 0)) return undefined;
  const n = intervalOf(next);
  const d = intervalOf(amount);
  const old = sign > 0 ? { lo: n.lo - d.hi, hi: n.hi - d.lo } : { lo: n.lo + d.lo, hi: n.hi + d.hi };
  const oldValue = next.value - sign * amount.value;
  if (!(old.lo > 0)) return undefined;
  return percentCheck({
    kind: 'change',
    rule: 'change.by-amount',
    inputs: [asCheckFigure(at(doc, nextAt), 'new'), asCheckFigure(at(doc, amountAt), 'numerator')],
    result: at(doc, rateAt),
    computed: quotient(d, old, 100),
    expected: (amount.value / oldValue) * 100,
    formula: `${asWritten(amount)} / (${asWritten(next)} ${sign > 0 ? '−' : '+'} ${asWritten(amount)})`,
    sign: sign > 0 ? '+' : '−',
  });
}

/**
 * The header of the block just above when this block goes on from it, a sub-heading row between (`Significant Scope 3
 * GHG emissions` splitting an ESRS table): its rows as wide as the header's, no blank line since the block's last cell.
 */
function continued(text: string, block: Row[], above: { header: Row; end: number } | undefined): Row | undefined {
  const first = block.find((r) => r.cells.some(Boolean));
  const cell = first?.cells.find(Boolean);
  if (!above || !first || !cell || cell.figure.start < above.end || text.slice(above.end, cell.figure.start).includes('\n\n')) return undefined;
  const width = above.header.texts.length;
  return first.texts.length === width || first.texts.length === width + 1 ? above.header : undefined;
}

function yearOnYearColumns(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  let above: { header: Row; end: number } | undefined;
  for (const block of tableBlocks(doc)) {
    // a caption the block opens with (`表1  绿色贷款按投向分类  单位：亿元`) is no header of years
    // (a row among the data that reads as a header, `Renewable share of electricity (%)  86.4  75.6  +10.8 pts`, heads none of them)
    const firstData = block.findIndex((r) => r.cells.some(Boolean));
    const heads = firstData < 0 ? block : block.slice(0, firstData);
    const header = heads.find((r) => r.header && r.texts.filter((t) => YEAR_IN.test(t)).length >= 2) ?? heads.find((r) => r.header) ?? continued(doc.text, block, above);
    const last = block.flatMap((r) => r.cells).findLast(Boolean);
    // a header alone, its rows after a sub-heading line (`FY24  FY23  FY22  Change FY24 vs FY23 (%)`, then `Scope 1`)
    if (header) above = last ? { header, end: last.figure.end } : block.includes(header) ? { header, end: header.end } : above;
    if (!header) continue;
    // a change column naming the years it is between is no year's column
    const years = header.texts.map((t) => (CHANGE_NAMING_YEARS.test(t.trim()) ? NaN : yearOf(periodsIn(t, 0, t.length)[0]?.text ?? '')));
    const change = header.texts.findIndex((t, c) => CHANGE_HEADER.test(t) && Number.isNaN(years[c]!));
    if (change < 0) continue;
    // `Revenue: 2023 | 2022 | Change`, then `Operating profit: 2023 | 2022`: a header naming its years again for another
    // measure gives the change column the years of its own group, the ones just before it
    const all = years.map((y, c) => [y, c] as const).filter(([y]) => !Number.isNaN(y));
    const own = all.filter(([, c]) => c < change);
    const repeated = new Set(all.map(([y]) => y)).size < all.length;
    const dated = (repeated && new Set(own.map(([y]) => y)).size >= 2 ? own : all).sort((a, b) => a[0] - b[0]);
    // `Women (%) | 2022 (%) | Change (pp)`: one year named, the column before it undated is the year after it
    const undatedBefore = dated.length === 1 && dated[0]![1] >= 2 && dated[0]![1] < change && Number.isNaN(years[dated[0]![1] - 1]!) && SAME_SHAPE(header.texts[dated[0]![1] - 1]!, header.texts[dated[0]![1]]!);
    if (dated.length < 2 && !undatedBefore) continue;
    const [oldColumn, newColumn] = undatedBefore ? [dated[0]![1], dated[0]![1] - 1] : [dated.at(-2)![1], dated.at(-1)![1]];
    const inPoints = POINTS_HEADER.test(header.texts[change]!);
    // `          2019 (base year)   2022   2023   % N / N-1` over `Gross Scope 1 GHG emissions   412,600 …`: a header
    // opening with a year has left its label column blank, so its columns are the rows' one further on
    const shift = Number.isNaN(years[0]!) ? 0 : 1;
    // `Base year 2019 | N-1 (2022) | N (2023) | % N / N-1` over rows with no base-year cell (Scope 3's categories): the
    // last three columns are the two years and the change, so a row one cell short gives them as its last three
    const lastThree = change === header.texts.length - 1 && newColumn === change - 1 && oldColumn === change - 2;
    // a column headed in % (`% N / N-1`, `Change (%)`) holds rates, though its cells took the table's unit (`t CO2e`)
    const inPercent = /%/.test(header.texts[change]!) && !inPoints;
    for (const row of block) {
      const short = shift === 1 && lastThree && row.texts.length === header.texts.length && row.texts.length >= 4;
      if (shift && row.texts.length !== header.texts.length + 1 && !short) continue;
      const width = row.texts.length;
      const [o, n, cell] = short ? [row.cells[width - 3], row.cells[width - 2], row.cells[width - 1]] : [row.cells[oldColumn + shift], row.cells[newColumn + shift], row.cells[change + shift]];
      const r = cell && inPercent && !isRate(cell.figure) && /^[-+−–]?\d[\d,]*(?:\.\d+)?$/.test(cell.figure.text.trim()) ? { ...cell, figure: { ...cell.figure, unit: '%' } } : cell;
      // a change of shares in points: the difference of the two shares, not their quotient
      if (inPoints && !row.header && o && n && r && isRate(o.figure) && isRate(n.figure) && !isRate(r.figure)) {
        checks.push(pointsCheck(o, n, r, 'change.year-on-year-points-column'));
        continue;
      }
      if (row.header || !o || !n || !r || !isRate(r.figure) || !comparable(o.figure, n.figure) || dimensionOf(o.figure) !== dimensionOf(n.figure) || !(o.figure.value > 0)) continue;
      // `-4.4%` and `+4.4%` are signed (a plus on a row that fell says a rise: a turned sign); `4.4%` under `同比变动` is the change's size, whichever way it went
      const sign = r.figure.value < 0 || PLUS.test(doc.text.charAt(r.figure.start - 1)) || n.figure.value >= o.figure.value ? 1 : -1;
      const check = changeCheck(o, n, r, sign, 'change.year-on-year-column');
      checks.push(check.holds && swappedAtEdge(r.figure, check.expected) ? changeCheck(o, n, r, sign, 'change.year-on-year-column', { pinned: true }) : check);
    }
  }
  return checks;
}
