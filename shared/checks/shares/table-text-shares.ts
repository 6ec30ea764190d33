// Shares the running text states of a table's categories: `约 37% 的员工为女性` / `37% are female`
// beside a staff table whose `女性 Female 2563` row, with its siblings, adds up to the 6,909
// employees the text states (`table-text-totals.ts`). A share is of that total when its sentence
// names the total's noun (员工, employees) and the words around the share — up to the clause's
// punctuation or the next figure — name one category of the table alone (`女性`, `female`, `under
// 36` for a row `< 36`). It is then the row's cell over the total, as certain as a share whose
// numerator and whole are named outright, so a share that does not come out is a mismatch. A share
// of a row and those after it (`本科以上`, `Bachelor's degrees or above`) or before it (`以下`, `or
// below`) adds the rows of its breakdown from that row to the breakdown's end or start; a row said
// with others (`及其他`) is left alone.

import { dimensionOf } from '../readers/dimension';
import { CHANGE_RATE, inForwardSentence, inPriorYearBracket, PRIOR_VALUE, saidAsChange, TOTAL } from '../readers/markers';
import { metricTokens } from '../consistency/metric-tokens';
import { percentCheck } from './percent-check';
import { asWritten, intervalOf, overlaps, quotient, sumOf } from '../readers/precision';
import { shareCheck } from './ratio';
import { isTableCell } from '../readers/table-columns';
import { ownLabel } from '../readers/table-blocks';
import { textTotalBreakdowns, type TextTotalBreakdown } from '../sums/table-text-totals';
import { asCheckFigure, firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from '../types';
import { OF_WHOLE_IN } from '../readers/of-whole';

const RULE = 'ratio.table-cell-of-text-total';
/** How far from a table its shares are looked for: the paragraphs about it. */
const REACH = 1500;
/** A row and the rows after it (`本科以上`, `or above`), or before it (`以下`, `or below`); `36 岁以下` is a bound row's own word, read as its token. */
const AND_AFTER = /以上|or (?:above|higher|more|older)|and (?:above|over|older)/i;
const AND_BEFORE = /以下|or (?:below|less|lower|younger)/i;
/** A row's label that makes it the lowest of its run: `大专及以下`, `Junior college and below`. */
const LOWEST_ROW = /以下|\b(?:or|and) (?:below|less|lower|under|younger)\b/i;
/** A row said with others that are not named: `及其他`, `and others`. */
const WITH_OTHERS = /及其他|等其他|and others/i;
const CLAUSE_END = /[，,;；。！？!?]|\.(?=\s)/;
/** A list's next item (`- **87.4%** of our energy`, `2. `): a clause of its own, whatever the item before says. */
const ITEM_START = /\n[ \t]*(?:[-–—•·▪*]|\d{1,2}[.)])[ \t]/g;
/** Another item of a list begins after a share's own words: `47.7% of revenue and insured patients 36.1%`. */
const NEXT_ITEM = /\s(?:and|while|whereas|but)\s(?!above|over|older|below|less|lower|younger|higher|more)/i;
/** A rate the share's words name (`男性流失率13.6%`, `a turnover rate of 8.2% for women`): of leavers or hours, no share of the row's head count (`比率` is a share). */
const RATE_NAMED = /(?<!比)率|\brates?\b/i;
/** A clause's reach either side of its share. */
const CLAUSE_REACH = 60;

/** How a category row's label is said in the text: its Chinese words, its English words, or its bounds. */
type Token = { han: string } | { word: string } | { pattern: RegExp };

export function tableTextShares(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const used = new Set<number>();
  for (const breakdown of textTotalBreakdowns(doc)) {
    const tokens = distinctiveTokens(breakdown);
    const first = breakdown.column[0]!.at.figure.start;
    const last = breakdown.column.at(-1)!.at.figure.end;
    for (let index = firstAtOrAfter(doc, first - REACH); index < doc.figures.length && doc.figures[index]!.start <= last + REACH; index++) {
      const share = doc.figures[index]!;
      if (used.has(index) || isTableCell(doc, index) || !isShare(doc, share)) continue;
      const naming = (words: string) => tokens.some((cell) => cell.some((t) => says(words, t)));
      const words = namingWords(doc, index, naming);
      if (words === undefined || RATE_NAMED.test(words)) continue;
      const named = tokens.filter((cell) => cell.some((t) => says(words, t)));
      if (named.length !== 1 || namedAsWhole(words, named[0]!)) continue;
      const rows = rowsMeant(breakdown, tokens.indexOf(named[0]!), words, named[0]!.some((t) => 'pattern' in t));
      const whole = wholeNamedBy(doc, breakdown.total, share);
      if (!rows || !whole || namesAnotherWhole(words, whole) || namesAnotherNumber(share.text + around(doc, index).after, whole) || followsAnotherMeasure(doc, index, whole)) continue;
      used.add(index);
      // the table's own row of the total, when it has one, is the whole as precisely as the table gives it
      const totalRow = breakdown.column.find((c, r) => wholeCell(breakdown, r) && c.at.figure.value === whole.figure.value) ?? breakdown.column.find((_, r) => wholeCell(breakdown, r));
      const check = onTextTotal(rows.map((r) => breakdown.column[r]!.at), totalRow?.at, whole, { doc, figure: share, index });
      if (check.holds || !ofOwnPartBefore(doc, index, whole)) checks.push(check);
    }
  }
  return checks;
}

/** The rows a share naming row `row` is of: that row, or it and the rows above or below it in its breakdown, which runs from the lowest up unless its end rows say otherwise. */
function rowsMeant({ column, runs }: TextTotalBreakdown, row: number, words: string, bound: boolean): number[] | undefined {
  if (WITH_OTHERS.test(words)) return undefined;
  const after = !bound && AND_AFTER.test(words);
  const before = !bound && AND_BEFORE.test(words);
  if (!after && !before) return [row];
  const run = runs.find(([from, to]) => row >= from && row < to);
  if (!run || (after && before)) return undefined;
  const onward = descending(column, run) ? before : after;
  const [from, to] = onward ? [row, run[1]] : [run[0], row + 1];
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** Whether a run of rows goes from the highest down: its last row is `… and below` / `以下`, or its first `… and above` / `以上` (`Doctorate … Junior college and below`). */
function descending(column: TextTotalBreakdown['column'], [from, to]: [number, number]): boolean {
  return LOWEST_ROW.test(column[to - 1]!.label) || AND_AFTER.test(column[from]!.label);
}

/**
 * The share over the table's total row, or over the text's total when the row states another value and the share holds
 * only of the text's (`排放總量為2,556,880公噸…範疇二占93.6%` beside a 合計 of 2,565,880): the row's slip is the sum's and
 * the consistency checks' to find, not the share's.
 */
function onTextTotal(rows: DocFigure[], totalRow: DocFigure | undefined, whole: DocFigure, share: DocFigure): Check {
  const check = shareOfRows(rows, totalRow ?? whole, share);
  if (check.holds || !totalRow || totalRow.figure.value === whole.figure.value) return check;
  const onText = shareOfRows(rows, whole, share);
  return onText.holds ? onText : check;
}

function shareOfRows(rows: DocFigure[], whole: DocFigure, share: DocFigure): Check {
  if (rows.length === 1) return shareCheck(rows[0]!, whole, share, RULE);
  const computed = quotient(sumOf(rows.map((r) => intervalOf(r.figure))), intervalOf(whole.figure), 100);
  const sum = rows.reduce((s, r) => s + r.figure.value, 0);
  return percentCheck({
    kind: 'ratio',
    rule: RULE,
    inputs: [...rows.map((r) => asCheckFigure(r, 'numerator')), asCheckFigure(whole, 'denominator')],
    result: share,
    computed,
    expected: (sum / whole.figure.value) * 100,
    formula: `(${rows.map((r) => asWritten(r.figure)).join(' + ')}) / ${asWritten(whole.figure)}`,
  });
}

function isShare(doc: CheckDocument, share: CheckDocument['figures'][number]): boolean {
  if (share.unit !== '%' || !(share.value > 0 && share.value < 100) || share.valueMax !== undefined) return false;
  const before = doc.text.slice(Math.max(share.sentence.start, share.start - 16), share.start);
  // `cut Scope 1 and 2 emissions by 8.6% to 21,480 tCO2e`: a rate a thing changed by, or one its new value follows
  if (/\bby\s*$/i.test(before) || /^\s*(?:to|至|到)\s*[\d£$€¥]/i.test(doc.text.slice(share.end, share.end + 8))) return false;
  // (`fell by more than half`: a bound between the change and its rate)
  return !CHANGE_RATE.test(before) && !saidAsChange(doc.text, share) && !PRIOR_VALUE.test(before) && !inPriorYearBracket(doc.text, share) && !inForwardSentence(doc.text, share);
}

/** The words about a share: its clause (across the line breaks of a wrapped page), cut at the figures either side. */
function around(doc: CheckDocument, index: number): { before: string; after: string } {
  const share = doc.figures[index]!;
  const from = Math.max(share.start - CLAUSE_REACH, doc.figures[index - 1]?.end ?? 0);
  const to = Math.min(share.end + CLAUSE_REACH, doc.figures[index + 1]?.start ?? doc.text.length);
  const before = doc.text.slice(from, share.start);
  const cut = Math.max(...[...before.matchAll(new RegExp(CLAUSE_END, 'g')), ...before.matchAll(ITEM_START)].map((m) => m.index + 1), 0);
  const after = doc.text.slice(share.end, to);
  const end = new RegExp(`${CLAUSE_END.source}|${ITEM_START.source}`).exec(after);
  const clause = end ? after.slice(0, end.index) : after;
  const next = NEXT_ITEM.exec(clause);
  return { before: before.slice(cut), after: next ? clause.slice(0, next.index) : clause };
}

/**
 * The words that name the share's rows: those after it (`37% are female`, `87% of employees under
 * 36`, `的员工为女性`) when they name a row, else those before it (`女性员工占比 37%`), which in a
 * run of shares are the end of the share before's.
 */
function namingWords(doc: CheckDocument, index: number, names: (words: string) => boolean): string | undefined {
  const { before, after } = around(doc, index);
  const share = doc.figures[index]!.text;
  if (names(after)) return share + after;
  if (names(before)) return before + share;
  // the sentence's subject, with an aside between it and its verb (`NHS work, mainly …, was 14.5% of revenue`)
  const figure = doc.figures[index]!;
  const from = Math.max(figure.sentence.start, doc.figures[index - 1]?.end ?? 0);
  const subject = doc.text.slice(from, figure.start);
  return from === figure.sentence.start && names(subject) ? subject + share : undefined;
}

/** The text figure of the breakdown's total nearest the share whose sentence names what it counts (the Chinese 6,909人 for a Chinese share, the English 6,909 for an English one). */
function wholeNamedBy(doc: CheckDocument, total: DocFigure, share: CheckDocument['figures'][number]): DocFigure | undefined {
  const sentence = new Set(metricTokens(wordsAboutShare(doc, share, total)));
  let best: DocFigure | undefined;
  for (let index = firstAtOrAfter(doc, share.start - REACH); index < doc.figures.length && doc.figures[index]!.start <= share.start + REACH; index++) {
    const figure = doc.figures[index]!;
    if (figure.value !== total.figure.value || figure.unit.trim() === '%' || isTableCell(doc, index)) continue;
    if (![...metricTokens(figure.metric), ...metricTokens(figure.unit)].some((t) => sentence.has(t))) continue;
    if (!best || Math.abs(figure.start - share.start) < Math.abs(best.figure.start - share.start)) best = { doc, figure, index };
  }
  return best;
}

/**
 * The share's sentence less its clauses stating a figure of their own (`单条轮胎综合能耗降至5.44千克标准煤` after
 * `绿色电力使用比例达到22.5%`): their words name that figure, not the whole of the share. A clause stating the
 * total (`Of our 6,909 employees,`) and the share's own clause stay.
 */
function wordsAboutShare(doc: CheckDocument, share: CheckDocument['figures'][number], total: DocFigure): string {
  const { start, end } = share.sentence;
  const others = doc.figures.filter((f) => f.start >= start && f.end <= end && f !== share && f.value !== total.figure.value && f.unit.trim() !== '%');
  let words = '';
  let from = start;
  for (const m of doc.text.slice(start, end).matchAll(/[，;；]|,(?!\d)|$/g)) {
    const to = start + m.index + m[0].length;
    if (!others.some((f) => f.start >= from && f.end <= to) || (share.start >= from && share.end <= to)) words += doc.text.slice(from, to);
    from = to;
    if (m[0] === '') break;
  }
  return words;
}

/** A whole the share's own words name: `占管理层的`, `of managers`, `in senior management`. */
const ZH_WHOLE = /[占佔](?!比)([\u4e00-\u9fff]{2,10}?)(?:的|总|總|比|约|約|近|超|逾|\s|\d|$)/;
/** A whole the share's words name before its part: `新接订单中绿色动力船舶占比` (among new orders); not `高中` or `初中`, a school grade. */
const ZH_WHOLE_AMONG = /([\u4e00-\u9fff]{2,10}?)(?<![高初其集])中[\u4e00-\u9fff]{1,12}?(?:占比|比例|比重)/;

/** The whole a Chinese share's words name: after 占 (`占管理层的`), or before its part (`管理层中女性占比`). */
export const zhWholeNamed = (words: string): string | undefined => ZH_WHOLE.exec(words)?.[1] ?? ZH_WHOLE_AMONG.exec(words)?.[1];
const EN_WHOLE = /%\s*(?:of|in|among)\s+(?:the\s+|our\s+|all\s+|its\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)/i;

/** A numbered whole a share names (`of Scope 1`, `of Tier 2`): its word and number. */
const EN_NUMBERED_WHOLE = /%\s*(?:of|in|among)\s+(?:the\s+|our\s+|all\s+|its\s+)?([a-z]+)\s+(\d{1,2})(?![\d.,]*\s*%)\b/i;

/** Whether the share names a whole of its own that is not the table's total (`女性占管理层的 38%`, `管理层中女性占比 38%`): then it is a share of that. */
function namesAnotherWhole(words: string, total: DocFigure): boolean {
  const named = zhWholeNamed(words) ?? EN_WHOLE.exec(words)?.[1];
  if (!named) return false;
  const own = new Set([...metricTokens(total.figure.metric), ...metricTokens(total.figure.unit)]);
  return !metricTokens(named).some((t) => own.has(t));
}

/** `46.3% of Scope 1` beside a total of `Scope 2 emissions`: the total names the whole's word with other numbers only (`Scope 1 and 2` names 1). */
function namesAnotherNumber(words: string, total: DocFigure): boolean {
  const numbered = EN_NUMBERED_WHOLE.exec(words);
  if (!numbered) return false;
  const [, word, number] = numbered;
  const said = [...(total.figure.metric ?? '').matchAll(new RegExp(`\\b${word}s?\\s+(\\d{1,2}(?:\\s*(?:,|and|&|\\+)\\s*\\d{1,2})*)\\b`, 'gi'))];
  return said.length > 0 && !said.some((m) => m[1]!.match(/\d+/g)!.includes(number!));
}

/**
 * Whether the share's sentence states, before it, an amount of another measure than the whole
 * (`Income from rent rose 7.6% to £235.6m, with general needs homes contributing 63.1%` beside a
 * total of homes): the share is of that amount, whatever words of the table's rows it says.
 */
function followsAnotherMeasure(doc: CheckDocument, index: number, whole: DocFigure): boolean {
  const { start } = doc.figures[index]!.sentence;
  const own = dimensionOf(whole.figure);
  for (let i = index - 1; i >= 0 && doc.figures[i]!.start >= start; i--) {
    const dimension = dimensionOf(doc.figures[i]!);
    if (dimension !== own && dimension !== 'percent' && dimension !== 'pp' && !isTableCell(doc, i)) return true;
  }
  return false;
}

/**
 * `4,396 employees hold a bachelor's degree or above (43.8%)`: a share in brackets after its clause's own count of the
 * whole's kind is that count's share, whose miss the share-of-figure rules say; the table's rows would say it again.
 */
function ofOwnPartBefore(doc: CheckDocument, index: number, whole: DocFigure): boolean {
  const share = doc.figures[index]!;
  const part = doc.figures[index - 1];
  if (!part || part.start < share.sentence.start || part.value >= whole.figure.value || dimensionOf(part) !== dimensionOf(whole.figure)) return false;
  const between = doc.text.slice(part.end, share.start);
  return /[(（]\s*$/.test(between) && !/[,，;；:：]/.test(between);
}

/** Each cell's tokens that no other cell of its column has. */
function distinctiveTokens(breakdown: TextTotalBreakdown): Token[][] {
  const { column } = breakdown;
  const all = column.map((c) => tokensOf(c.label));
  const count = new Map<string, number>();
  for (const tokens of all) for (const t of new Set(tokens.map(keyOf))) count.set(t, (count.get(t) ?? 0) + 1);
  // a total row is the whole, never a share's category (`Total audits` for `9.3% of audits`)
  return all.map((tokens, i) => (wholeCell(breakdown, i) ? [] : tokens.filter((t) => count.get(keyOf(t)) === 1)));
}

/** A row of the whole: a total row, or one outside the breakdown's runs that restates its total (`Group revenue 4,626.3` under `€4.63 billion`). */
function wholeCell({ column, runs, total }: TextTotalBreakdown, row: number): boolean {
  if (TOTAL.test(column[row]!.label)) return true;
  return !runs.some(([from, to]) => row >= from && row < to) && overlaps(intervalOf(column[row]!.at.figure), intervalOf(total.figure));
}

/** Words of a label that name no category: `and above` in `Master's Degree and above`. */
const LINKING = /^(?:and|or|the|of|for|with|above|below|over|under|more|less|than)$/i;
const keyOf = (t: Token): string => ('han' in t ? t.han : 'word' in t ? t.word : t.pattern.source);
const stem = (word: string) => word.toLowerCase().replace(/['’]s$/, '').replace(/(?<=\w{3})s$/, '');

function tokensOf(label: string): Token[] {
  const below = /^[<≤＜]\s?(\d+)$/.exec(label);
  if (below) return [{ pattern: new RegExp(`(?:under|below|younger than|less than|低于|小于|不满|未满|不到)\\s*${below[1]}(?!\\d)|(?<!\\d)${below[1]}\\s*岁?\\s*以下`, 'i') }];
  const above = /^[>≥＞]\s?(\d+)$/.exec(label);
  if (above) return [{ pattern: new RegExp(`(?:over|above|older than|高于|大于|超过|逾)\\s*${above[1]}(?!\\d)|(?<!\\d)${above[1]}\\s*岁?\\s*(?:及)?以上`, 'i') }];
  const range = /^(\d+)\s?[-–~]\s?(\d+)$/.exec(label);
  if (range) return [{ pattern: new RegExp(`(?<!\\d)${range[1]}\\s*(?:-|–|~|to|至|到)\\s*${range[2]}(?!\\d)`, 'i') }];
  // (`其中：` names no category: the part's own words do)
  const own = ownLabel(label);
  const han = (own.match(/[\u3400-\u9fff]{2,}/g) ?? []).map((h) => ({ han: h }));
  const words = (own.match(/[A-Za-z][A-Za-z'’]{2,}/g) ?? []).filter((w) => !LINKING.test(w)).map((w) => ({ word: stem(w) }));
  return [...han, ...words];
}

/**
 * `占公共及产业园区在管面积的34.8%`: a row named after 占 is what the share is of, its whole, not its part; so is a row whose
 * word is the whole said after an English share and said nowhere else in its words (`a quarter of our electricity` beside a
 * `Grid electricity` row).
 */
const namedAsWhole = (words: string, cell: readonly Token[]): boolean =>
  cell.some((t) => {
    if ('pattern' in t) return false;
    if ('word' in t) {
      const whole = OF_WHOLE_IN.exec(words);
      return whole !== null && says(whole[1]!, t) && !says(words.slice(0, whole.index) + words.slice(whole.index + whole[0].length), t);
    }
    const at = words.indexOf(t.han);
    return at > 0 && OF_WHOLE_BEFORE.test(words.slice(0, at));
  });
/** 占 / 佔 opening the share's whole, no clause break nor figure between it and the row's words. */
const OF_WHOLE_BEFORE = /[占佔][^，,。；;\d]*$/;

function says(words: string, token: Token): boolean {
  if ('han' in token) return words.includes(token.han);
  if ('pattern' in token) return token.pattern.test(words);
  return (words.match(/[A-Za-z][A-Za-z'’]{2,}/g) ?? []).some((w) => stem(w) === token.word);
}
