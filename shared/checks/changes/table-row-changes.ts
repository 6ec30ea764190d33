// Changes the text states of a table row's latest year without both values in the text:
// - as an amount on a text figure the row restates: `人均培训时长44.0小时，较上年增加5.4小时` beside a
//   training table whose 人均培训时长 row reads 39.6 | 44.0 (44.0 − 39.6 = 4.4);
// - as a rate only, of a row the clause names: `Financed emissions from oil and gas fell 12.2%, and
//   those from power generation fell 15.2%` beside a table of sectors by year (318 → 276 is −13.2%).
// The row is the one table row whose label's words the text names (the figure's words, or the
// rate's clause), its latest year's cell and the cell of the year just before give the change
// (`table-prior-year-changes.ts` reads the rows; it checks a rate stated on a text figure).

import { changeCheck } from './change';
import { comparable, dimensionOf } from '../readers/dimension';
import { CHANGE_ADVERB, changeSign, EN_CHANGE_VERB, ZH_CHANGE_VERB } from '../readers/markers';
import { metricTokens } from '../consistency/metric-tokens';
import { intervalOf, overlaps, show, decimalsOf } from '../readers/precision';
import { intensityOf } from '../readers/row-naming';
import { saying } from '../sayings';
import { captionLines, linesAbove, tableBlocks, type Row } from '../readers/table-blocks';
import { isTableCell } from '../readers/table-columns';
import { nameNumbers } from '../shares/table-row-shares';
import { datedRows, restates, sameChange, type DatedRow } from './table-prior-year-changes';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';

/** Between a figure and its change as an amount: `，较上年增加`, `，同比减少`. */
const ZH_AMOUNT_AFTER = new RegExp(String.raw`^[^\d，,。；;]{0,8}?[，,]\s*(?:同比|较上年|較上年|比上年|较去年|較去年)(?:同期)?\s*(?:${ZH_CHANGE_VERB})了?\s*$`);
/** Just before a rate said alone: a change verb (`fell`, `rose by`, `同比下降`, `较上年增长`). */
/** (`improved`, better: which way the row's values went, an intensity falls, a share rises; only its size is checked) */
/** (or the verb, how it ranks, then the rate after a comma: `Energy and resources grew fastest, up 18.3%`) */
const EN_VERB = new RegExp(String.raw`\b(?:${EN_CHANGE_VERB}|improved|(?:was|were)\s+(?:up|down))${CHANGE_ADVERB}(?:\s+by)?${CHANGE_ADVERB}\s*$|\b(?:${EN_CHANGE_VERB})\s+(?:the\s+)?(?:fastest|most|least|slowest)(?:\s+of\s+all)?,\s+(?:up|down)\s*$`, 'i');
/** A year a Chinese clause opens on (`2023年售水量同比增长`): the year its rate is of, no value. */
const ZH_CLAUSE_YEAR = /^\s*((?:19|20)\d{2})\s*年(?:度)?/;
const ZH_VERB = new RegExp(String.raw`(?:同比|较上年|較上年|比上年|较去年|較去年|(?:较|較|比)\s*(?<year>(?:19|20)\d{2})\s*年(?:度|末|底)?)(?:同期)?\s*(?:${ZH_CHANGE_VERB})了?\s*$`);
/** After such a rate, its new value or its old (`to 512 kt`, `from 584`): the rate is another rule's. */
const VALUE_AFTER = /^\s*(?:,\s*)?(?:(?:year[- ]on[- ]year|on (?:last|the previous|the prior) year)\s*,?\s*)?(?:to|from|至|到)\b|^\s*(?:至|到)/i;
/** How much of a sentence before a figure names it. */
const NAMING = 80;

const unbracketed = (label: string) => label.replace(/[(（][^)）]*[)）]/g, '');
const labelTokens = (row: DatedRow) => metricTokens(unbracketed(row.row.label));


/**
 * The numbers a row's name says: its label's, or, a label saying none (`Mount Ellery`), its sub-heading's, the
 * line of words over its rows (`Scope 2 (market-based)` over the sites' rows of Scope 2).
 */
function numbersOf(text: string, row: Row): string {
  const own = nameNumbers(unbracketed(row.label));
  const cell = row.cells.find(Boolean);
  if (own !== '' || !cell) return own;
  let n = 0;
  for (const line of linesAbove(text, cell.figure.start)) {
    if (line === '' || ++n > 40) return own;
    if (!/\t|\||\s{2}/.test(line)) return nameNumbers(unbracketed(line));
  }
  return own;
}

/** A label's one-letter words, which its tokens leave out (`R&D expenses`' R and D). */
const letters = (words: string) => new Set((words.match(/\b[A-Za-z]\b/g) ?? []).map((w) => w.toLowerCase()));

/** A label's capitalised abbreviations its tokens leave out as common words (`IT energy`'s IT, not `it`). */
const abbreviations = (words: string) => new Set((words.match(/\b[A-Z]{2,}\b/g) ?? []).filter((w) => metricTokens(w).length === 0));

/** `caption`: the caption of a row's table, which tells apart rows of two tables their words name alike. */
const named = (rows: readonly DatedRow[], words: string, fits: (row: DatedRow) => boolean, caption?: (row: DatedRow) => string | undefined): DatedRow | undefined => {
  // a possessive names its row too (`Yilgarn Nickel's emissions fell 3.8%`)
  const said = new Set(metricTokens(words.replace(/['’]s\b/g, '')));
  const saidLetters = letters(words);
  const saidAbbreviations = abbreviations(words);
  const meant = rows.filter((r) => {
    const label = labelTokens(r);
    // `Interest expenses rose 22.9%` names no row `R&D expenses`, `cooling energy fell` no row `IT energy`: the label's letters are said too
    return label.length > 0 && label.every((t) => said.has(t)) && [...letters(unbracketed(r.row.label))].every((l) => saidLetters.has(l)) && [...abbreviations(unbracketed(r.row.label))].every((a) => saidAbbreviations.has(a)) && !narrowed(words, label) && !hanNarrowed(words, r.row.label) && fits(r);
  });
  if (meant.length <= 1) return meant[0];
  // the row the clause names in the most words (`Kalgoorlie West's Scope 2 emissions`: the site's row under `Scope 2`, not `Total Scope 2`)
  const most = Math.max(...meant.map((r) => labelTokens(r).length));
  const fullest = meant.filter((r) => labelTokens(r).length === most);
  if (fullest.length === 1 || !caption) return fullest.length === 1 ? fullest[0] : undefined;
  // one label in two tables (`Conventional bikes` of revenue and of bikes sold): the table whose caption's measure the words say besides the label (`Conventional bike revenue fell`)
  const captioned = fullest.filter((r) => metricTokens(caption(r) ?? '').some((t) => said.has(t) && !labelTokens(r).includes(t)));
  return captioned.length === 1 ? captioned[0] : undefined;
};

/** English words before a measure that say it whole (`Group revenue`, `annual energy use`), not a part of it. */
const WHOLE = new Set(['group', 'consolidat', 'annual', 'overall', 'compan', 'year', 'full', 'entire', 'total']);

/**
 * `and online revenue grew 18.2%` names no row `Revenue`: an English word just before the label's first word that the
 * label does not say narrows the measure to a part of the row's (online, export, hazardous, UK), unless it says the
 * whole, as does an `of` or a `from` after its last word (`sales of recycled-material zippers`, `revenue from group-buying`); a word that names nothing
 * (`emissions from oil and gas`) does not.
 */
function narrowed(words: string, label: readonly string[]): boolean {
  const written = words.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  const said = written.map((w) => metricTokens(w)[0]);
  const at = said.indexOf(label[0]);
  const before = at > 0 ? said[at - 1] : undefined;
  if (before !== undefined && !label.includes(before) && !WHOLE.has(before)) return true;
  // `sales of recycled-material zippers grew 36.2%` names no row `Sales` either: an `of` after the label's last word
  // and a word the label does not say, not the whole's (`of the group`)
  const end = said.lastIndexOf(label.at(-1));
  const of = end >= 0 && NARROWING_PREPOSITIONS.has(written[end + 1]?.toLowerCase() ?? '') ? said[end + 2] : undefined;
  return of !== undefined && !label.includes(of) && !WHOLE.has(of) && !DETERMINERS.has(written[end + 2]!.toLowerCase());
}
/**
 * `空调拆解量增长最快` names no row `拆解量`: Chinese words written just before the label (空调, air conditioners) narrow its measure
 * to a part, unless they say the whole or only join (`公司拆解量`, `全年拆解量`, `其中拆解量`), or the label says them in its
 * brackets (`配送车辆汽油消耗` of the row `汽油（配送车辆）`).
 */
function hanNarrowed(words: string, label: string): boolean {
  const own = unbracketed(label);
  const at = HAN_LABEL.test(own) ? words.indexOf(own) : -1;
  if (at < 2) return false;
  const before = words.slice(at - 2, at);
  return HAN_PAIR.test(before) && !ZH_WHOLE_LAST.test(words.slice(0, at)) && !label.includes(before);
}
const HAN_LABEL = /^[\u4e00-\u9fff]/;
const HAN_PAIR = /^[\u4e00-\u9fff]{2}$/;
/** Chinese words before a measure that say it whole, or join it to its clause. */
const ZH_WHOLE_LAST = /(?:公司|集团|全年|本年|当年|年度|全部|总|合计|整体|其中|以及|及|和|与|的|了|我们|报告期内|本期)$/;

/** The prepositions after a label's last word that narrow it to a part by what follows (`sales of zippers`, `revenue from group-buying`). */
const NARROWING_PREPOSITIONS = new Set(['of', 'from']);
/** Words opening a noun phrase after `of` that leave its noun to follow (`of the group`, `of our`). */
const DETERMINERS = new Set(['the', 'our', 'its', 'their', 'all', 'this', 'these']);

export function tableRowChanges(doc: CheckDocument, own: readonly Check[]): Check[] {
  const rows = datedRows(doc);
  if (rows.length === 0) return [];
  const used = new Set(own.flatMap((c) => c.figures.filter((f) => f.doc === doc.name).map((f) => f.start)));
  return [...amounts(doc, rows, used), ...ratesOfRows(doc, rows, used)];
}

function amounts(doc: CheckDocument, rows: readonly DatedRow[], used: ReadonlySet<number>): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 1 < figures.length; i++) {
    const [figure, amount] = [figures[i]!, figures[i + 1]!];
    // the change may say the unit short (`3.46吨二氧化碳当量，较上年下降0.52吨`)
    if (figure.unit === '%' || !(amount.unit === figure.unit || (amount.unit !== '' && figure.unit.startsWith(amount.unit))) || isTableCell(doc, i) || used.has(amount.start) || amount.sentence.start !== figure.sentence.start) continue;
    const link = text.slice(figure.end, amount.start);
    if (!ZH_AMOUNT_AFTER.test(link)) continue;
    const sign = changeSign(link);
    const row = named(
      rows,
      text.slice(Math.max(figure.sentence.start, figure.start - NAMING), figure.start),
      ({ latest, unit }) => ((comparable(figure, latest.figure) && dimensionOf(figure) === dimensionOf(latest.figure)) || inUnitColumn(figure, latest, unit)) && restates(figure, latest.figure),
    );
    if (!row || sign === 0) continue;
    const [n, o] = [intervalOf(figure), intervalOf(row.before.figure)];
    const computed = { lo: sign * (sign > 0 ? n.lo - o.hi : n.hi - o.lo), hi: sign * (sign > 0 ? n.hi - o.lo : n.lo - o.hi) };
    const holds = overlaps({ lo: Math.min(computed.lo, computed.hi), hi: Math.max(computed.lo, computed.hi) }, intervalOf(amount));
    const expected = sign * (figure.value - row.before.figure.value);
    const decimals = Math.max(decimalsOf(figure.text), decimalsOf(amount.text));
    checks.push({
      kind: 'change',
      holds,
      figures: [asCheckFigure(row.before, 'old'), asCheckFigure({ doc, figure, index: i }, 'new'), asCheckFigure({ doc, figure: amount, index: i + 1 }, 'result')],
      expected,
      stated: amount.value,
      rule: 'change.amount-against-table-prior-year',
      ...saying(holds ? 'rate.holds' : 'rate.mismatch', {
        calc: `${sign > 0 ? '' : '−('}${show(figure.value, decimals)} − ${show(row.before.figure.value, decimals)}${sign > 0 ? '' : ')'}`,
        expected: show(expected, decimals),
        stated: show(amount.value, decimalsOf(amount.text)),
      }),
    });
  }
  return checks;
}

/** A bare cell whose row's unit column gives the text figure's unit as written, or as the amount of a rate (`吨二氧化碳当量/人`). */
function inUnitColumn(figure: DocFigure['figure'], latest: DocFigure, unit: string | undefined): boolean {
  const written = figure.text.replace(/^[\d.,\s]+/, '').trim();
  return unit !== undefined && latest.figure.unit === '' && written !== '' && unit.trim().split(/\s*(?:\/|／|\bper\b)/)[0] === written;
}

function ratesOfRows(doc: CheckDocument, rows: readonly DatedRow[], used: ReadonlySet<number>): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  const captionOfRow = (r: DatedRow) => lineAbove(text, tableBlocks(doc).find((block) => block.includes(r.row))?.[0]);
  figures.forEach((rate, i) => {
    if (rate.unit !== '%' || isTableCell(doc, i) || used.has(rate.start) || VALUE_AFTER.test(text.slice(rate.end, rate.end + 16))) return;
    const before = text.slice(rate.sentence.start, rate.start);
    const verb = EN_VERB.exec(before) ?? ZH_VERB.exec(before);
    if (!verb) return;
    // the clause of the rate: back to the last comma, semicolon or colon before its verb, with no figure in it
    const clauseStart = Math.max(rate.sentence.start, ...[',', '，', ';', '；', ':', '：'].map((c) => before.lastIndexOf(c, verb.index) + 1 + rate.sentence.start));
    // (and after a figure's own clause joined to it, `boatyard revenue fell 4.0% and fuel sales fell 8.9%`)
    const said = text.slice(clauseStart, rate.sentence.start + verb.index).replace(EARLIER_FIGURE_CLAUSE, '');
    const clauseYear = ZH_CLAUSE_YEAR.exec(said);
    // the clause's words, after the year it may open on
    const clause = said.slice(clauseYear?.[0].length ?? 0);
    // a number in the clause is a word of the row's name (`Scope 2 emissions`), no value: one or two digits
    // standing alone, which the row's label must say in the same order (`Scope 1+2` is another row); a
    // clause with none may leave a row's number unsaid (`purchased goods` for `1 Purchased goods`)
    const numbers = nameNumbers(clause);
    // `and its Scope 1 emissions fell 5.5%` (Mount Ellery's): a possessive pronoun's row is its antecedent's, not the row the words name
    if (/\b(?:its|their)\b/i.test(clause)) return;
    if (/\d{3}|\d[.,%]|[.,]\d/.test(clause.replace(/[A-Za-z]+\d+(?:\.\d+)?/g, ''))) return;
    const improved = /improved/i.test(verb[0]);
    const sign = changeSign(verb[0]);
    // a rate against a named year (`較2022年減少`) is a change from that year's column only
    const year = verb.groups?.year === undefined ? undefined : Number(verb.groups.year);
    // `到2030年，每万人次温室气体排放较2023年下降30%`: a year after the table's latest said before the rate makes it a target's
    const lastSaid = Math.max(0, ...(before.match(/(?:19|20)\d{2}/g) ?? []).map(Number));
    const rowNamed = (words: string) =>
      named(
        rows,
        words,
        ({ latest, before: old, row: r, beforeYear }) =>
          latest.figure.unit !== '%' &&
          old.figure.value > 0 &&
          !intensityOf(words, r.label) &&
          (year === undefined || beforeYear === year) &&
          (beforeYear === undefined || lastSaid <= beforeYear + 1) &&
          (clauseYear === null || (beforeYear !== undefined && Number(clauseYear[1]) === beforeYear + 1)) &&
          (numbers === '' || numbersOf(text, r) === numbers),
        captionOfRow,
      );
    const topic = clauseYear === null ? topicBefore(text, rate.sentence.start, clauseStart) : undefined;
    const row = rowNamed(clause) ?? (topic === undefined ? undefined : rowNamed(`${topic}${clause}`));
    if (!row || (sign === 0 && !improved)) return;
    const stated = { doc, figure: rate, index: i };
    const way = (r: DatedRow) => sign || (r.latest.figure.value >= r.before.figure.value ? 1 : -1);
    const check = changeCheck(row.before, row.latest, stated, way(row), 'change.table-row-rate');
    // `Passenger traffic rose 8.3%` names the `Traffic` row, and half of `Passenger vehicles`, whose change it is: no mismatch of either
    if (!check.holds && rows.some((r) => r !== row && r.before.figure.value > 0 && partlyNamed(r, row, clause) && changeCheck(r.before, r.latest, stated, way(r)).holds)) return;
    checks.push(check);
    // and the row's change column, which says the same change (`华南区域同比增长3.4%` beside a 同比 cell of -3.4)
    if (row.change) checks.push(sameChange(stated, sign, row.change, row.row.label, !check.holds));
  });
  return checks;
}

/**
 * A Chinese clause that names the topic the next clause's rate is of, no figure in it (`毛绒玩具受海外渠道去库存影响，收入同比下降5.2%`,
 * `华东区域受台风影响，售电量同比下降3.1%`): its words, back to the comma, semicolon or colon before it within the sentence, when the rate's
 * own clause (from `clauseStart`) opens just after its comma, and it opens its sentence or follows a semicolon or colon; else undefined.
 */
function topicBefore(text: string, sentenceStart: number, clauseStart: number): string | undefined {
  if (clauseStart <= sentenceStart || text[clauseStart - 1] !== '，') return undefined;
  const before = text.slice(sentenceStart, clauseStart - 1);
  const start = Math.max(...['，', '；', '：', '。'].map((c) => before.lastIndexOf(c) + 1));
  const topic = before.slice(start);
  // (one that opens its sentence or a clause after a semicolon or colon: after a comma it goes on from the clause before,
  // `范围一排放68,420吨，主要来自窑炉燃烧天然气，同比下降3.4%` of the Scope 1 emissions, not the gas)
  if (start > 0 && before[start - 1] === '，') return undefined;
  return /^[\u4e00-\u9fff]/.test(topic) && !/[\dA-Za-z]/.test(topic) && topic.length <= TOPIC_LENGTH ? topic : undefined;
}

/** How long a topic clause may be. */
const TOPIC_LENGTH = 24;

/** A clause of its own figure before the words of the rate's, joined by a conjunction: `revenue fell 4.0% and `. */
const EARLIER_FIGURE_CLAUSE = /^.*\d(?:[.,]\d+)*\s*%?(?:\s*(?:million|billion|thousand|[\p{L}$/²³-]+))?\s+(?:and|while|whereas|but)\s+/isu;

/** How far above its table's first row a caption stands. */
const CAPTION_REACH = 3;

/** The first line above a table's first row that is no header of years: its caption (`Table 1: Revenue by product line (EUR thousand)`). */
function lineAbove(text: string, first: Row | undefined): string | undefined {
  if (!first) return undefined;
  for (const { line, years } of captionLines(text, first, { reach: CAPTION_REACH })) if (!years) return line;
  return undefined;
}

/** Whether the clause says a word of `other`'s label that `row`'s label does not have (`passenger` of `Passenger vehicles`, beside `Traffic`). */
function partlyNamed(other: DatedRow, row: DatedRow, clause: string): boolean {
  const said = new Set(metricTokens(clause.replace(/['’]s\b/g, '')));
  const own = new Set(labelTokens(row));
  return labelTokens(other).some((t) => said.has(t) && !own.has(t));
}
