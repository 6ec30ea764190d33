// Sums: a stated total and the parts that follow it, in running text (`总排放量为1324.9万吨。其中
// …范围1…92.7万吨…范围2…444.5万吨…范围3…787.7万吨`) and in tables (a total row and the rows
// under it; the columns and rows of a table in `table-sums.ts`). Parts are figures of the same unit
// or kind of measure after the total. A sum is only called a mismatch when its parts are certain —
// numbered scopes that the total covers, or a list its sentence says makes up the whole
// (`£4,218 million comprised …`, `分别为`) — since otherwise a total followed by figures that are
// not its parts would be a false alarm; any run of following parts that adds up is reported as
// holding.

import { samePeriod, scopeNumbers } from '../../metrics/index';
import { joinHanWraps } from '../../text/han-wraps';
import { figureFact, isTableFigure } from '../readers/figure-facts';
import type { Check, CheckDocument, DocFigure } from '../types';
import { dimensionOf } from '../readers/dimension';
import { earlierWholeSums } from './earlier-whole-sums';
import { BARE_YUAN, inPriorYearBracket, ITEM_LINE, LIST_ITEM_MARK, NEXT_LIST_ITEM, saidAsChange, saidAsPrior, TOTAL, ZH_CHANGE_VERB } from '../readers/markers';
import { BREAKDOWN_GROUP, candidateCheck, sumCheck } from './sum-check';
import { intervalOf, stepOf } from '../readers/precision';
import { tableBreakdownTotals } from './table-breakdown-totals';
import { tableSums } from './table-sums';
import { NET_ADDITIONS } from './table-sums-net-additions';

/** How far from a total its parts may stand, in characters. */
const REACH = 900;
const MAX_PARTS = 8;

/** A list that makes up the whole it follows: `comprised`, `consisting of`, `分别为`. */
const WHOLE_LIST = /\b(?:comprised|comprising|comprises|comprise|consist(?:s|ed|ing)? of|made up of|split (?:into|between|across)|broken down (?:into|as))\b|分别为|分别是|由[^，。；]{0,12}(?:组成|构成)/i;

export function sumChecks(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const totals = new Set<number>();
  for (let i = 0; i < doc.figures.length; i++) {
    const figure = doc.figures[i]!;
    if (dimensionOf(figure) === 'percent') continue;
    // `（2022年：88.4万吨），其中…`, `(2022: 884,000 tCO2e): Scope 1 …`: the year before in a bracket totals none of this year's parts
    if (inPriorYearBracket(doc.text, figure) && !isTableFigure({ doc, figure, index: i })) continue;
    // nor does last year's figure said in passing (`总量16,600吨，较上年的15,900吨增长4.4%，其中范围一排放3,860吨…`)
    if (saidAsPrior(doc.text, figure) && !isTableFigure({ doc, figure, index: i })) continue;
    const total: DocFigure = { doc, figure, index: i };
    const saidAfter = TOTAL_AFTER.test(doc.text.slice(figure.end, figure.end + 24));
    if (!statedAsTotal(total) && !rowAboveBreakdown(total) && !saidAfter) {
      // a running-text figure of several scopes totals its scopes' figures, however it is said (`Market-based Scope 2 emissions were
      // 84 tCO2e, so our Scope 1 and 2 emissions came to 456 tCO2e`): the scoped parts before or after it alone
      // (in its unit: `6.48 Mt CO2e` and `0.89 Mt CO2e` are no parts of `7,368 kt CO2e` said after them, which restates their total)
      const inUnit = (parts: DocFigure[]) => parts.filter((p) => p.figure.unit === figure.unit);
      const scoped = ofScopes(total) ? (scopedSum(total, inUnit(candidateParts(total, 1))) ?? scopedSum(total, inUnit(candidateParts(total, -1, !closesParts(doc.text, figure))), true)) : undefined;
      if (scoped) {
        checks.push(scoped);
        totals.add(i);
        continue;
      }
      const listed = listedSum(total);
      if (listed) checks.push(listed);
      continue;
    }
    const after = candidateParts(total, 1);
    // a table's total row may also close its parts, as English tables often do
    // said after its parts, a total closes them: a figure among them that reads as a total too (its metric runs on into this one's words) is one of them
    const check =
      scopedSum(total, after) ??
      scopedSum(total, candidateParts(total, -1, !closesParts(doc.text, figure)), true) ??
      listedSum(total) ??
      closingSum(total) ??
      runningSum(total, after) ??
      (saidAfter ? runningSum(total, candidateParts(total, -1, false).reverse(), 'sum.preceding-parts') : undefined);
    if (check) {
      checks.push(check);
      totals.add(i);
      // a table breaks one total down more than once (by gender, then by age): the next run of rows
      if (check.rule === 'sum.following-parts' && columnOf(total) !== undefined) {
        const next = runningSum(total, after.slice(check.figures.length - 1));
        if (next) checks.push(next);
      }
    }
  }
  // a breakdown another rule found already is not said twice
  const said = new Set(checks.map((c) => c.figures.map((f) => f.start).join()));
  for (const check of earlierWholeSums(doc, (total, part) => partOf(total, part, false))) if (!said.has(check.figures.map((f) => f.start).join())) checks.push(check);
  // a total broken down under it (`of which male`, `of which female`) may total the rows above it too (the countries
  // over `Total employees`): a table's sum of the rows above is read beside a breakdown found below
  const below = new Set(checks.filter((c) => c.figures.slice(1).every((p) => p.start > c.figures[0]!.start)).map((c) => c.figures[0]!.start));
  let breakdowns: Check[] | undefined;
  const rowTotals = new Set<number>();
  for (const candidate of tableSums(doc)) {
    const above = candidate.parts.every((p) => p.figure.start < candidate.total.figure.start);
    // each sub-labelled breakdown of a total (`按性別：`, `按年齡：`, `按地區：`) is its own sum of it, unless said already
    const group = candidate.rule === BREAKDOWN_GROUP;
    // a cell that totals its column totals its row too (`Scope 1 and 2 | 32,388 | 37,624 | 70,012` under `Company total`): a row's sum is another breakdown
    const row = candidate.rule === 'sum.table-row' && !rowTotals.has(candidate.total.index);
    // the year before's total and the year's net addition (`table-sums-net-additions.ts`) make the total another way
    const rolled = candidate.rule === NET_ADDITIONS;
    if (!group && !row && !rolled && totals.has(candidate.total.index) && !(above && below.has(candidate.total.figure.start))) continue;
    const check = candidateCheck(candidate);
    // (the breakdowns that add up to a marked total exactly are table-breakdown-totals.ts' to say, read only when a table has sub-labels)
    const key = check && group ? check.figures.map((f) => f.start).join() : undefined;
    if (key !== undefined && [...checks, ...(breakdowns ??= tableBreakdownTotals(doc))].some((c) => c.figures.map((f) => f.start).join() === key)) continue;
    if (check) {
      checks.push(check);
      totals.add(candidate.total.index);
      if (candidate.rule === 'sum.table-row') rowTotals.add(candidate.total.index);
      below.delete(candidate.total.figure.start);
    }
  }
  return checks;
}

/** Parts of the same kind as the total: the same unit, the same kind of measure or currency, or any unit under a total cell that names none. */
function partOf(total: DocFigure['figure'], f: DocFigure['figure'], table: boolean): boolean {
  if (f.unit === total.unit || f.unit.toLowerCase() === total.unit.toLowerCase()) return true;
  // counts of one noun, one of them qualified: `24 production sites` of `55 sites`
  const head = headOf(f.unit);
  if (head !== '' && head === headOf(total.unit)) return true;
  const d = dimensionOf(total);
  const df = dimensionOf(f);
  if (d === df && d !== 'count') return true;
  // `港幣38.6億元，其中…21.4億元、…`: an amount in a bare 元 names no currency of its own, so it is in its total's
  if (d.startsWith('currency:') && df.startsWith('currency:') && BARE_YUAN.test(f.text)) return true;
  return table && total.unit === '' && df !== 'percent';
}

const heads = new Map<string, string>();
/** A unit's last word of three letters or more, in lower case (`sites` of `production sites`), else '': read once per unit, asked of every total's candidate parts. */
function headOf(unit: string): string {
  let head = heads.get(unit);
  if (head === undefined) {
    if (heads.size > 10_000) heads.clear();
    heads.set(unit, (head = /([a-z]{3,})$/i.exec(unit)?.[1]?.toLowerCase() ?? ''));
  }
  return head;
}

/** The figures after the total in its sentence, when the sentence says they make it up. */
function listedSum(total: DocFigure): Check | undefined {
  const { doc, figure } = total;
  // `reached 2,864,210 at year end, up 3.8% from 2,786,450:` and this year's list: the year before's figure totals none of it
  if (saidAsPrior(doc.text, figure)) return undefined;
  const parts: DocFigure[] = [];
  let otherNouns = false;
  for (let j = total.index + 1; j < doc.figures.length && doc.figures[j]!.start < figure.sentence.end; j++) {
    const f = doc.figures[j]!;
    // (`1,532 seafarers, 3.1% more than a year earlier (1,486), and 360 staff ashore`: the year before's figure is none of them)
    if (dimensionOf(f) === 'percent' || shareWhole(doc, j) || saidAsPrior(doc.text, f) || inPriorYearBracket(doc.text, f)) continue;
    if (!partOf(figure, f, false)) {
      // counts of other nouns may still be a count's parts, in a list its colon opens (below)
      if (dimensionOf(figure) !== 'count' || dimensionOf(f) !== 'count') return undefined;
      otherNouns = true;
    }
    parts.push({ doc, figure: f, index: j });
  }
  if (parts.length < 2) return undefined;
  const opening = doc.text.slice(figure.end, parts[0]!.figure.start);
  // `• Employee commuting: 1,86,240 tCO2e ⏎ • Business travel: 84,620 tCO2e`: the next items of its list are its siblings, not its parts
  if (NEXT_LIST_ITEM.test(opening) && ITEM_LINE.test(doc.text.slice(doc.text.lastIndexOf('\n', figure.start) + 1, figure.start))) return undefined;
  // `1.86 万吨，其中餐盒 …、包装袋 …、吸管及其他 0.13 万吨`: a breakdown whose last part is the rest is the whole of it
  const lastLink = doc.text.slice(parts.at(-2)!.figure.end, parts.at(-1)!.figure.start);
  // `126 plants across the Greater Bay Area, East China and Central China: 84 water treatment works and 24
  // wastewater treatment plants`: a count, its own words, a colon, and a list of counts that `and` closes
  if (otherNouns) return COUNT_LIST_OPENS.test(opening) && CLOSING_AND.test(lastLink) ? candidateCheck({ total, parts, certainty: 'certain', rule: 'sum.listed-parts' }) : undefined;
  const restLast = (BREAKDOWN_OPENS.test(opening) || USES_OPEN.test(opening)) && REST.test(lastLink);
  // `totalled 48.6 GL: 21.4 GL of groundwater, 18.9 GL … and 7.6 GL …`: a list the colon opens and `and` closes is the whole of it
  const closedList = COLON_OPENS.test(opening) && CLOSING_AND.test(lastLink);
  // `The 1,98,640 MWh … came from rooftop solar (18,260 MWh), PPAs (1,12,480 MWh) and green tariffs (67,900 MWh)`: the sources `and` closes are all of it
  const sourced = SOURCED_FROM.test(opening.replace(/\b(?:19|20)\d{2}\b/g, 'year')) && /\band\b|以及|和|及/.test(lastLink);
  if (!WHOLE_LIST.test(opening) && !restLast && !closedList && !sourced) return undefined;
  return candidateCheck({ total, parts, certainty: 'certain', rule: 'sum.listed-parts' });
}

/** Between a whole and its first part, the verb that says where all of it came from. */
const SOURCED_FROM = /^[^\d;；。.]{0,80}\b(?:came|comes|come) from\b|^[^\d;；。.]{0,80}\b(?:was|were|is|are) (?:sourced|generated|supplied) (?:from|by)\b/i;

/** After a figure, its unit words and a colon ending its line, then a bulleted or numbered list. */
const LIST_FOLLOWS = new RegExp(`^[^\\d\\n]{0,16}[:：][ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*${LIST_ITEM_MARK}`);

/** The whole a share just said is of (`…, 5.8% of its investment assets of RMB 4.268 trillion, comprising …`): no part of the list after it. */
const shareWhole = (doc: CheckDocument, j: number): boolean => {
  const before = doc.figures[j - 1];
  return before !== undefined && dimensionOf(before) === 'percent' && /^\s*of\b[^\d,;.，；。]{0,60}$/i.test(doc.text.slice(before.end, doc.figures[j]!.start));
};

/** Figures of the total's unit, period and table column, after it (`step` 1) or before it (-1), up to the next total (unless told not to stop there). */
function candidateParts(total: DocFigure, step: 1 | -1, stopAtTotals = true): DocFigure[] {
  const { doc, figure } = total;
  const column = columnOf(total);
  // a breakdown said right after its total counts the same thing, naming it again or not (`9,426 employees: 7,312 in stores and 2,114 in offices`, `3,450 overseas`)
  const breakdown = step > 0 && dimensionOf(figure) === 'count' && opensBreakdown(doc.text, figure);
  const parts: DocFigure[] = [];
  for (let j = total.index + step; j >= 0 && j < doc.figures.length && parts.length < MAX_PARTS; j += step) {
    const f = doc.figures[j]!;
    if ((step > 0 ? f.start - figure.end : figure.start - f.end) > REACH) break;
    // a table ends at a blank line: what stands beyond it is another table's
    if (column !== undefined && blankLineIn(doc.text, Math.min(f.end, figure.end), Math.max(f.start, figure.start))) break;
    // last year's amount, compared with (`较上年的 10.8 亿元`, `up from RMB1.08 billion`), is neither a part nor the next total,
    // nor is the amount the total changed by (`1,126.48 亿元，较年初增加 96.35 亿元。其中…`)
    if (column === undefined && (saidAsPrior(doc.text, f) || saidAsChange(doc.text, f) || inPriorYearBracket(doc.text, f))) continue;
    // the whole a share of the total is said of (`…, 97.4% of our total footprint of 1 321 108 t CO2e:`) is no part and ends none
    if (column === undefined && shareWhole(doc, j)) continue;
    // `1,286 of them hold …`: a figure said of the one before is a subset of it, no part to add
    if (column === undefined && subsetOfBefore(doc.text, f)) continue;
    const part: DocFigure = { doc, figure: f, index: j };
    // (a row above its own `of which` rows, `Scope 3 | … ⏎ of which Cat. 1`, is still a part of the total below them,
    // in its last column too, where its sentence ends before the next row's `其中`)
    if (stopAtTotals && f.unit === figure.unit && statedAsTotal(part) && !(column !== undefined && rowAboveBreakdown(part)) && columnOf(part) === column) break;
    const unnamed = breakdown && f.sentence.start === figure.sentence.start && dimensionOf(f) === 'count';
    if ((!partOf(figure, f, column !== undefined) && !unnamed) || !(f.value < figure.value)) continue;
    // in a table of several years, a total's parts stand in its column, and any figure of another period is not one
    if (!samePeriod(figure.period, f.period) || (column !== undefined && columnOf(part) !== column)) continue;
    parts.push(part);
  }
  return step > 0 ? parts : parts.reverse();
}

/**
 * Whether the figure is stated as a total: its metric, or the words just before it, say so; or
 * the words around it open a breakdown — `Of our $3.9 billion capital investment, …`, `… 5.6 亿元，
 * 同比增长 12.0%。其中 …` (the next sentence opens with `其中`). (A table row above its own `其中` rows
 * is one too, as a total, not as the next total that ends another's parts: `rowAboveBreakdown`.)
 * Read once per figure: asked of each figure as a total, and again as each nearby total's candidate part.
 */
const statedAsTotal = figureFact((text, f) => {
  const near = text.slice(Math.max(f.sentence.start, f.start - 14), f.start);
  if (TOTAL.test(f.metric ?? '') || /总计|總計|合计|合計|合共|共计|共計|in total|total of|totall?(?:ing|ed)|totals/i.test(near)) return true;
  // `Scope 1 … 918 tCO2e, and Scope 2 … 1,262 tCO2e, together 2,180 tCO2e`: the clause's `together` closes the parts before it
  if (/[,;]\s*together\s*$/i.test(near)) return true;
  if (f.start - f.sentence.start <= 24 && /^\s*of\s+(?:our|the|its|this|these)\s*$/i.test(text.slice(f.sentence.start, f.start))) return true;
  if (opensBreakdown(text, f)) return true;
  // `Scope 3 emissions declined 5.2% to 6,84,210 tCO2e:` over a bulleted list: its items break it down
  if (LIST_FOLLOWS.test(text.slice(f.end, f.end + 48))) return true;
  // (the next sentence can open with `其中` or `of …` only if one of their first letters stands in its first characters)
  const next = f.sentence.end;
  if (someCharIn(text, next, next + 12, WHICH_FIRST) && /^\s*(?:其中|of this|of which|of these)/i.test(joinHanWraps(text.slice(next, next + 12)))) return true;
  return opensWhichClause(text, f);
});

/** The first characters of `其中` and `of …` (either case), and of `其中` alone. */
const WHICH_FIRST = [0x5176, 0x6f, 0x4f];
const QI = [0x5176];

/** Whether a character of `codes` stands in text[from, to). */
function someCharIn(text: string, from: number, to: number, codes: readonly number[]): boolean {
  for (let i = from, end = Math.min(to, text.length); i < end; i++) {
    const c = text.charCodeAt(i);
    for (let k = 0; k < codes.length; k++) if (codes[k] === c) return true;
  }
  return false;
}

/** `1,286 of them`, `312 of these`, `of whom`: a figure said of the one before it. */
const SUBSET_OF_BEFORE = /^\s{0,2}of (?:them|these|those|whom)\b/i;
function subsetOfBefore(text: string, f: DocFigure['figure']): boolean {
  const c = text.charCodeAt(f.end + (text.charCodeAt(f.end) === 32 ? 1 : 0));
  return (c === 0x6f || c === 0x4f) && SUBSET_OF_BEFORE.test(text.slice(f.end, f.end + 16));
}

/** Whether two line breaks in a row stand in text[from, to). */
function blankLineIn(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) return true;
  return false;
}

/** A table cell whose row the next opens with `其中：` / `of which`, in every year's column (not only the last, where its sentence ends). */
function rowAboveBreakdown(at: DocFigure): boolean {
  const { text } = at.doc;
  const f = at.figure;
  let end = f.end;
  while (end < text.length && end - f.end < 200 && text.charCodeAt(end) !== 10) end++;
  return text.charCodeAt(end) === 10 && /^\s*(?:其中|of which)/i.test(text.slice(end + 1, end + 12)) && isTableFigure(at);
}

/**
 * `营运车队共 2,145 辆巴士，其中专营巴士 1,986 辆…`, `…减少至 398,140 噸，減幅 3.6%，其中範圍一…`: the
 * figure a `其中` clause of its own sentence follows — with no other figure between them but a rate —
 * is the whole that clause breaks down.
 */
/** A rate, a year, or the amount a figure changed by (`增加 42.6 亿元`): what may stand between a figure and its `，其中`. */
const RATE_YEAR_OR_CHANGE = new RegExp(String.raw`\d[\d.,]*\s*%|(?:19|20)\d{2}\s*年|(?:${ZH_CHANGE_VERB})了?\s*\d[\d.,]*[^\d，,]{0,6}`, 'g');

function opensWhichClause(text: string, f: DocFigure['figure']): boolean {
  if (!someCharIn(text, f.end, Math.min(f.sentence.end, f.end + 60), QI)) return false;
  const rest = joinHanWraps(text.slice(f.end, Math.min(f.sentence.end, f.end + 60)));
  // the whole of a share (`占投资资产42,680亿元的5.8%，其中…`) is not what the clause breaks down
  if (/^\s*的\s*\d/.test(rest) && /占[^，,。\d]{0,20}$/.test(text.slice(Math.max(f.sentence.start, f.start - 20), f.start))) return false;
  const at = rest.search(/[，,]\s*其中/);
  // the year before in a bracket between them (`，同比下降2.3%（2022年：88.4万吨），其中…`) is no figure of the clause
  // a rate, a year, or the amount it changed by (`，较年初增加 42.6 亿元，增长 18.9%，其中…`) may stand between
  // and so may the whole of a share (`，占投资资产42,680亿元的5.8%，其中…`)
  return at >= 0 && !/\d/.test(withoutPriorYear(rest.slice(0, at)).replace(/占[^，,。\d]{0,20}\d[\d.,]*[^\d，,。]{0,6}的/g, '').replace(RATE_YEAR_OR_CHANGE, ''));
}

/** The text with each bracket that states the year before (`(2022: 884,000 tCO2e)`, `（2022年：88.4万吨）`) blanked, its length kept. */
const withoutPriorYear = (text: string) => text.replace(/[(（]\s*(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*(?:财年|年度|年)?\s*[:：][^()（）]{0,30}[)）]/gi, (bracket) => ' '.repeat(bracket.length));

/** Between a total and its first part, a colon alone (the total's unit words before it at most). */
const COLON_OPENS = /^[^\d,，;；。.]{0,12}[:：]\s*$/;
/** Between a count and its first part, its own words (no figure, no sentence's end) and a colon. */
const COUNT_LIST_OPENS = /^[^\d;；。.]{0,80}[:：]\s*$/;
/** Between the last two parts of a list, the word that closes it. */
const CLOSING_AND = /^[^\d]{0,40}(?:\band\b|以及|和|及)[^\d]{0,4}$/;

/**
 * `环保投入3.42亿元，主要用于废水处理1.68亿元、…及其他0.26亿元`, `£84 million, spent on fleet £46 million, … and
 * other £14 million`: an amount said with what it went to; closed by its rest, the list is the whole of it.
 */
const USES_OPEN = /^[^,，;；。.\d]{0,40}?[,，]\s*(?:主要|分别|全部|mainly |mostly )?(?:用于|投向|投入于|spent on|used (?:for|on)|allocated to|invested in)/i;

/** The last part of a breakdown named as what remains: `及其他`, `剩余`, `other`, `the rest`. */
const REST = /其他|其它|剩余|剩餘|其余|其餘|\b(?:others?|remaining|the rest)\b/i;

/**
 * `126.4 万名，其中全职骑手 …`, `12 名董事会成员中，7 名…`, `31,250 employees, including 26,480 …`,
 * `9,426 employees at year end: 7,312 …`: a breakdown opens right after the figure, in its sentence.
 */
const BREAKDOWN_OPENS = /^[^,，;；。.\d]{0,40}?(?:[,，]\s*(?:其中|包括|including|of which|of whom)|[\u4e00-\u9fff]中[,，]|[:：])/i;
const BREAKDOWN_MARKS = [0x2c, 0xff0c, 0x3a, 0xff1a];
function opensBreakdown(text: string, f: DocFigure['figure']): boolean {
  // each way a breakdown opens has a comma or a colon
  if (f.end >= f.sentence.end || !someCharIn(text, f.end, Math.min(f.sentence.end, f.end + 60), BREAKDOWN_MARKS)) return false;
  // `1,248 calls in 2023, of which 312 …`: a year between the total and its breakdown is no figure of it
  // and the year before in a bracket (`864,000 tCO2e (2022: 884,000 tCO2e): Scope 1 …`) is none either
  // (the next item of a list its line is one of, `• Business travel: 84,620 tCO2e`, opens none of its breakdown)
  const said = text.slice(f.end, Math.min(f.sentence.end, f.end + 60));
  const item = said.search(NEXT_LIST_ITEM);
  const opens = BREAKDOWN_OPENS.exec(withoutPriorYear(joinHanWraps(item < 0 ? said : said.slice(0, item))).replace(/\b(?:in|during|for)\s+(?:19|20)\d{2}\b/gi, (year) => year.replace(/\d/g, 'y')));
  // a breakdown in figures, not in words (`92.7 万吨，包括固定源燃烧、逸散性排放…`)
  return opens !== null && /\d/.test(text.slice(f.end + opens[0].length, Math.min(f.sentence.end, f.end + opens[0].length + 200)));
}

/**
 * `…, a total of 305,560 tCO2e`, `…，合计305,560吨`: a total said right after its parts closes them, and a
 * part that reads as a total (its metric running on into these words) is one of them.
 */
const closesParts = (text: string, f: DocFigure['figure']): boolean => /(?:a total of|totall?ing|合计|合計|总计|總計|共计|共計)\s*$/i.test(text.slice(Math.max(f.sentence.start, f.start - 14), f.start));

/** Just before a Chinese total that closes the clauses before it: `合计`, `总计`, `共计`, then its measure (`合计产量`). */
const CLOSING_TOTAL = /(?:合计|合計|总计|總計|共计|共計)(?<measure>[\u4e00-\u9fff]{0,4}?)(?:为|為|达|達)?\s*$/;
/** The clauses of a sentence: parted by commas, enumeration commas and semicolons. */
const CLAUSE_MARKS = /[,，、;；]/;

/**
 * `聊城基地产量12.4万吨，青岛基地产量9.8万吨，滁州基地产量5.6万吨，三大基地合计产量28.6万吨`: a total closing its sentence's
 * clauses, each clause before it saying one figure of the measure the total names (产量): those figures are its parts,
 * all of them, and a total they do not add up to is a mismatch.
 */
function closingSum(total: DocFigure): Check | undefined {
  const { doc, figure } = total;
  if (isTableFigure(total)) return undefined;
  // the sentence's clauses before the total, nearest first, with where each starts
  const said = doc.text.slice(figure.sentence.start, figure.start);
  const clauses: Array<{ start: number; end: number }> = [];
  let end = said.length;
  for (let i = said.length - 1; i >= -1; i--) {
    if (i >= 0 && !CLAUSE_MARKS.test(said[i]!)) continue;
    clauses.push({ start: figure.sentence.start + i + 1, end: figure.sentence.start + end });
    end = i;
  }
  const measure = CLOSING_TOTAL.exec(doc.text.slice(clauses[0]!.start, figure.start))?.groups?.['measure'];
  if (!measure) return undefined;
  const parts: DocFigure[] = [];
  let k = total.index - 1;
  for (const clause of clauses.slice(1)) {
    const inClause: number[] = [];
    for (; k >= 0 && doc.figures[k]!.start >= clause.start; k--) if (doc.figures[k]!.end <= clause.end) inClause.push(k);
    // a clause of no figure (`2024年`) opens the list; one of another figure, or of another measure, is none of it
    if (inClause.length === 0) break;
    const part = doc.figures[inClause[0]!]!;
    if (inClause.length !== 1 || !partOf(figure, part, false) || dimensionOf(part) === 'percent' || !doc.text.slice(clause.start, part.start).trimEnd().endsWith(measure)) return undefined;
    parts.unshift({ doc, figure: part, index: inClause[0]! });
  }
  return parts.length >= 2 ? sumCheck(total, parts, 'sum.closing-total', 'certain') : undefined;
}

/** A running-text figure of two scopes or more (`Scope 1 and 2 emissions`, `范围一和范围二排放`). */
const ofScopes = (f: DocFigure) => scopeNumbers(f.figure.scope).length >= 2 && !isTableFigure(f);

/** `24 production sites in Japan and 31 overseas, 55 in total`: a total said after the figure, its parts before it. */
const TOTAL_AFTER = /^[^,.;，。；\d]{0,12}?\b(?:in total|in all|altogether)\b/i;

/**
 * Parts that are the numbered scopes of the total (`范围1`, `范围2`, `范围3`): certain enough to call
 * a mismatch, when each scope has one candidate. Two candidates for one scope (Scope 2 location-
 * and market-based) make any choice that adds up hold, and none a mismatch.
 */
function scopedSum(total: DocFigure, candidates: DocFigure[], before = false): Check | undefined {
  // a text total's own paragraph says its parts (`…38.10万吨…。其中，范围一排放6.84万吨…；范围二排放31.62万吨`), whatever a table
  // after it restates: when it names each scope once, those are the parts, not a mix of them and the table's cells
  // (this year's total: last year's, `由 2022 年的 412,860 噸…減少至 398,140 噸`, has no parts said of this year)
  const { text } = total.doc;
  const prior = !isTableFigure(total) && (saidAsPrior(text, total.figure) || inPriorYearBracket(text, total.figure));
  const inText = !isTableFigure(total) && !prior;
  // (a part its own sentence breaks down another total into, `温室气体排放总量6,842.6万吨…，其中范围一排放6,486.4万吨`, is that total's, not `商品煤销量10,862万吨`'s before it)
  // (nor is a part said after last year's total in its sentence: `…34,000吨，较上年的33,600吨增长1.2%，其中范围一排放5,860吨` breaks down this year's)
  const reachable = candidates.filter((c) => isTableFigure(c) || !(totalInSentenceBefore(c, total) || (prior && saidAfterIn(c, total))));
  const own = inText ? reachable.filter((c) => !isTableFigure(c) && !blankLineIn(text, Math.min(c.figure.end, total.figure.end), Math.max(c.figure.start, total.figure.start))) : reachable;
  return (own.length < reachable.length ? scopedParts(total, own, before, true) : undefined) ?? scopedParts(total, reachable, before);
}

/** Whether the part stands after the total in the total's sentence. */
const saidAfterIn = (part: DocFigure, total: DocFigure) => part.figure.sentence.start === total.figure.sentence.start && part.figure.start > total.figure.start;

/** Whether a figure stated as a total stands before the part in its sentence, another sentence than the total's. */
function totalInSentenceBefore(part: DocFigure, total: DocFigure): boolean {
  const { doc } = part;
  if (part.figure.sentence.start === total.figure.sentence.start) return false;
  for (let k = part.index - 1; k >= 0 && doc.figures[k]!.start >= part.figure.sentence.start; k--) {
    const f = doc.figures[k]!;
    if (k !== total.index && dimensionOf(f) !== 'percent' && statedAsTotal({ doc, figure: f, index: k })) return true;
  }
  return false;
}

/** `unambiguousOnly`: only a sum of parts that name each scope once. */
function scopedParts(total: DocFigure, candidates: DocFigure[], before: boolean, unambiguousOnly = false): Check | undefined {
  let covered = scopeNumbers(total.figure.scope);
  // said after its parts (`… Scope 2 emissions 286,920 tCO2e, a total of 305,560 tCO2e`), a total reads the scope of the part just before it as its own
  if (before && covered.length === 1 && scopeNumbers(candidates.at(-1)?.figure.scope).join() === covered.join()) covered = [];
  if (covered.length === 1) return undefined;
  const byScope = new Map<string, DocFigure[]>();
  for (const part of candidates) {
    const numbers = scopeNumbers(part.figure.scope);
    if (numbers.length !== 1 || (covered.length > 0 && !covered.includes(numbers[0]!))) continue;
    byScope.set(numbers[0]!, [...(byScope.get(numbers[0]!) ?? []), part].slice(0, 3));
  }
  const choices = [...byScope.values()];
  if (choices.length < 2 || (covered.length > 0 && choices.length !== covered.length)) return undefined;
  // a total naming no scope is of them all from Scope 1 (`Total emissions fell to 26,000 tCO2e` over 1, 2 and 3): Scope 2 and
  // Scope 3 said alone are some of its parts, one left unread (`Scope 1 emissions, from our 96 vans, fell to …`), no sum of it
  if (covered.length === 0 && !byScope.has('1')) return undefined;
  const unambiguous = choices.every((c) => c.length === 1);
  if (unambiguousOnly && !unambiguous) return undefined;
  for (const parts of combinations(choices)) {
    const check = sumCheck(total, parts.sort((a, b) => a.figure.start - b.figure.start), 'sum.scoped-parts', unambiguous ? 'certain' : 'holds-only');
    if (check) return check;
  }
  return undefined;
}

function* combinations(choices: DocFigure[][], at = 0, picked: DocFigure[] = []): Generator<DocFigure[]> {
  if (at === choices.length) {
    yield [...picked];
    return;
  }
  for (const option of choices[at]!) yield* combinations(choices, at + 1, [...picked, option]);
}

/**
 * The shortest run of two or more parts, nearest the total first, that adds up to it, if any; else
 * the parts of the running-text sentence the breakdown is said in (`其中…、…、…`), when one slip
 * explains their miss.
 */
function runningSum(total: DocFigure, candidates: DocFigure[], rule = 'sum.following-parts'): Check | undefined {
  for (let n = 2; n <= candidates.length; n++) {
    const check = sumCheck(total, candidates.slice(0, n).sort((a, b) => a.figure.start - b.figure.start), rule, 'holds-only');
    if (check) return check;
  }
  if (isTableFigure(total)) {
    const rows = breakdownRowsOf(total, candidates);
    for (let n = 2; n <= rows.length; n++) {
      const check = sumCheck(total, rows.slice(0, n).sort((a, b) => a.figure.start - b.figure.start), rule, 'one-slip');
      if (check) return check;
    }
    return undefined;
  }
  const listed = candidates.filter((c) => c.figure.sentence.start === candidates[0]?.figure.sentence.start);
  if (listed.length < 2 || [total, ...listed].some(isTableFigure) || crossesBreakdowns(listed) || !listedAsItsBreakdown(total, listed[0]!)) return undefined;
  return sumCheck(total, listed.sort((a, b) => a.figure.start - b.figure.start), rule, listedPartsExceed(total, listed) ? 'certain' : 'one-slip');
}

/** A sentence opening on the breakdown of the one before: `其中`, `Of which`, `Of these`, `These were`. */
const OPENS_AS_BREAKDOWN = /^\s*(?:其中|of (?:which|whom|these|them|this)\b|(?:these|this) (?:were|was|comprised|included|consisted)\b)/i;

/**
 * Parts said in the total's own sentence, after a colon ending it, or in the next that opens as its breakdown: `Total income was €11.30 million.
 * Interest on loans earned €7.86 million, … and investment income rose to €3.14 million` names two sources of the
 * income and leaves the rest unsaid, no slip.
 */
function listedAsItsBreakdown(total: DocFigure, first: DocFigure): boolean {
  const { sentence } = first.figure;
  const { text } = total.doc;
  return sentence.start === total.figure.sentence.start || OPENS_AS_BREAKDOWN.test(text.slice(sentence.start, first.figure.start)) || ENDS_ON_COLON.test(text.slice(total.figure.end, sentence.start));
}

/** A total's line ending on a colon, its breakdown listed below (`Waste generated in 2023 came to 48,620 tonnes:`). */
const ENDS_ON_COLON = /^[^.。\n]{0,60}[:：][\s•·*-]*$/;

/** `其中`, `of which`, `of whom` between a whole and the parts listed after it. */
const OF_WHICH = /其中|of (?:which|whom)/i;

/** How far over their whole listed parts may go and still be taken for a slip in them, not another breakdown. */
const SLIGHT_EXCESS = 0.02;

/**
 * `机队规模286架，其中宽体机42架、窄体机228架、支线飞机18架`: three or more parts an `of which` lists after their whole,
 * of one breakdown (crossesBreakdowns), are within it whether or not they are all of it; going slightly over it,
 * they say a slip, whatever its shape. Parts well over it are more likely of nested or crossed breakdowns (a share
 * of the whole and that share's own parts) or of another whole in the sentence: nothing is said then.
 */
function listedPartsExceed(total: DocFigure, listed: DocFigure[]): boolean {
  if (listed.length < 3) return false;
  const first = listed.reduce((a, p) => (p.figure.start < a.start ? p.figure : a), listed[0]!.figure);
  if (first.start < total.figure.end || !OF_WHICH.test(total.doc.text.slice(total.figure.end, first.start))) return false;
  const sum = listed.reduce((s, p) => s + p.figure.value, 0);
  return sum > intervalOf(total.figure).hi + stepsOf(listed) && sum <= total.figure.value * (1 + SLIGHT_EXCESS);
}

/** Half of each part's last written step, summed: how far parts rounded as written may overshoot. */
const stepsOf = (parts: DocFigure[]) => parts.reduce((s, p) => s + stepOf(p.figure) / 2, 0);

/**
 * `Cemetery | 142.8 ⏎ of which pre-need property | 64.2 ⏎ Cremation and reception centres | 48.6 ⏎ Total | 477.8`:
 * under a row above its own `of which` rows, a row that adds up to the table's total beside it is its sibling, no
 * part a slip may be sought among (any sum of the rows below it would miss by a slip then). So is one that misses
 * the total by a slip of its own (`Total | 19,820` over rows adding up to 19,280): the table's sum says that slip.
 */
function breakdownRowsOf(total: DocFigure, candidates: DocFigure[]): DocFigure[] {
  if (!rowAboveBreakdown(total)) return candidates;
  const siblings = new Set<number>();
  for (const sum of tableSums(total.doc)) {
    if (sum.parts.some((p) => p.index === total.index) && sumCheck(sum.total, sum.parts, '', 'one-slip')) for (const p of sum.parts) siblings.add(p.index);
  }
  return candidates.filter((c) => !siblings.has(c.index));
}

/**
 * `共有员工6,842人，其中一线人员4,127人，女性员工1,915人`, `9,420 employees, 6,180 in operations and 2,960 women`: a
 * group named by sex beside one that is not (and no group of the other sex) is a second breakdown of the whole, not
 * its rest: the parts cross two breakdowns and no slip explains their miss.
 */
function crossesBreakdowns(parts: DocFigure[]): boolean {
  const { text } = parts[0]!.doc;
  const sexes = parts.map((p, i) => {
    const from = Math.max(p.figure.sentence.start, i > 0 ? parts[i - 1]!.figure.end : p.figure.start - 24, p.figure.start - 24);
    const before = text.slice(from, p.figure.start).split(/[,，、;；]/).at(-1)!;
    const after = text.slice(p.figure.end, Math.min(p.figure.sentence.end, p.figure.end + 24, parts[i + 1]?.figure.start ?? Infinity)).split(/[,，、;；]/)[0]!;
    const sex = SEX.exec(before + ' ' + after)?.[1];
    return sex === undefined ? undefined : /^(?:女|wom|fem)/i.test(sex) ? 'women' : 'men';
  });
  const named = new Set(sexes.filter(Boolean));
  return named.size === 1 && sexes.includes(undefined);
}
/** A group named by its sex. */
const SEX = /(女|男|\bwomen\b|\bmen\b|\bfemales?\b|\bmales?\b)/i;

/** The cell a table figure stands in (tabs, pipes, or in a space-aligned row wide gaps, before it on its line), or undefined outside a table row. */
function columnOf(at: DocFigure): number | undefined {
  if (!isTableFigure(at)) return undefined;
  const { text } = at.doc;
  const f = at.figure;
  let lineStart = f.start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && f.start - lineStart < 1000) lineStart--;
  const before = text.slice(lineStart, f.start);
  if (before.includes('\t')) return before.split('\t').length - 1;
  // a pipe table's rows (table-blocks.ts) keep their pipes, outer ones or not, alike down a column
  if (before.includes('|')) return before.split('|').length - 1;
  return (before.trimStart().match(/ {2,}|\u3000+/g) ?? []).length;
}
