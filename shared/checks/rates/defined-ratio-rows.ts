// A ratio row whose formula the report states in words elsewhere, most often in a note under its table: `eFCR = feed
// used divided by biomass produced (LWT)` for the row `Economic feed conversion ratio (eFCR)`, `FCR = feed delivered /
// live weight produced`. The defined name is the row's label or the abbreviation in its brackets; the two sides name
// two other rows of its table (every word of each row's label, its brackets aside, said on its side). Each column is
// then the one row's cell over the other's, by the power of ten most columns hold with; the formula being named
// outright, a column that does not come out is a mismatch. A KPI table's note may name a row by its whole label, in
// any language: `energy consumption per tonne of clinker = comprehensive energy consumption for clinker / clinker
// production`, `CO2 emissions per tonne of clinker are Scope 1 emissions divided by clinker production`,
// `单位熟料综合能耗 = 熟料综合能耗 ÷ 熟料产量`, `吨熟料二氧化碳排放为范围一排放除以熟料产量`.

import { samePeriod } from '../../metrics/index';
import { dimensionOf } from '../readers/dimension';
import { FROM_TO } from '../changes/change';
import { inForwardClause, saidAsPrior } from '../readers/markers';
import { metricTokens } from '../consistency/metric-tokens';
import { tableBlocks, type Row } from '../readers/table-blocks';
import { isTableCell } from '../readers/table-columns';
import { bare, rowQuotients } from './table-row-quotients';
import { firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from '../types';
import { breakAtOrAfter, breakAtOrBefore } from '../readers/paragraphs';

const RULE = 'ratio.defined-ratio-row';
/** `eFCR = feed used divided by biomass produced`, `The FCR is A / B`: the name, the numerator's words and the denominator's. */
const DEFINITION = /\b([A-Za-z][A-Za-z0-9-]{1,11})\s+(?:=|is)\s+([A-Za-z][A-Za-z ,'-]{2,60}?)\s*(?:\/|÷|\bdivided\s+by\b|\bover\b)\s*([A-Za-z][A-Za-z '-]{2,60})/g;
/** The abbreviation a label gives in its brackets (`Economic feed conversion ratio (eFCR)`), or ''. */
const abbreviationOf = (label: string) => /[(（]([A-Za-z][A-Za-z0-9-]{1,11})[)）]\s*$/.exec(label)?.[1] ?? '';

/**
 * A label's words, its numbers among them (`Scope 1 emissions` is not `Scope 2 emissions`), and its abbreviations in
 * capitals that are no words to `metricTokens` (`IT energy` is not `Total facility energy`'s `energy` alone).
 */
export const labelTokens = (words: string) => [...metricTokens(words), ...(words.match(/(?<![\d.,])\d(?![\d.,])/g) ?? []), ...capitalsDropped(words)];

/** The words of capitals alone a label holds that `metricTokens` reads as none (`IT`, `ON`), in lower case. */
const capitalsDropped = (words: string): string[] => (words.match(/\b[A-Z]{2,}\b/g) ?? []).filter((w) => metricTokens(w).length === 0).map((w) => w.toLowerCase());

/** The one other row of the block every word of whose label the words say. */
function namedRow(block: Row[], self: Row, words: string): Row | undefined {
  const said = new Set(labelTokens(words));
  const found = block.filter((r) => {
    if (r === self || r.header || !r.cells.some(Boolean)) return false;
    const label = labelTokens(bare(r.label));
    return label.length > 0 && label.every((t) => said.has(t));
  });
  return found.length === 1 ? found[0] : undefined;
}

// The space before a slash or a times sign is matched, not looked behind for: a lookbehind first makes the
// engine try every character of a long report.
/** What divides in a definition said in full: `÷`, `divided by`, `除以`, a slash with spaces about it. */
const DIVIDED = /÷|\bdivided\s+by\b|除以|\s\/(?=\s)/g;
/** What multiplies in a definition of a product (`TRS produced = sugarcane crushed x ATR`). */
const TIMES = /\s[x×](?=\s)|乘以/g;
/** The signs a definition's text holds, each at its own place (not the space matched before it). */
const signsIn = (text: string, sign: RegExp) =>
  [...text.matchAll(sign)].map((m) => {
    const said = m[0].trimStart();
    return { index: m.index + m[0].length - said.length, said };
  });
/** What makes the words before it the defined name: `=`, `is`, `are`, `为`. */
const DEFINED_AS = /\s*(?:=|＝|\b(?:is|are)\b|为|為)\s*/;
/** Where a definition's sentence ends: a full stop, a semicolon, a colon (`Note:`), a blank line. */
const SENTENCE_END = /[。；;:：]|\.(?=\s)|\n\s*\n/g;
const normalised = (words: string) => words.toLowerCase().replace(/\s+/g, ' ').replace(/^[\s,，、]+|[\s,，、]+$/g, '');

/**
 * The definitions of the text said by a row's whole name: its name (the words before `=`, `are`, `为`, from the
 * sentence's start), the numerator's words and the denominator's.
 */
function definitionsInFull(text: string): Array<{ name: string; numerator: string; denominator: string }> {
  const out: Array<{ name: string; numerator: string; denominator: string }> = [];
  for (const m of [...signsIn(text, DIVIDED), ...signsIn(text, TIMES)]) {
    const from = Math.max(0, m.index - 160);
    let start = from;
    for (const end of text.slice(from, m.index).matchAll(SENTENCE_END)) start = from + end.index + end[0].length;
    const after = text.slice(m.index + m.said.length, m.index + m.said.length + 120);
    const stop = after.search(/[。；;:：]|\.(?=\s|$)|\n\s*\n/);
    const left = text.slice(start, m.index);
    const as = DEFINED_AS.exec(left);
    if (!as) continue;
    const [before, rest, said] = [left.slice(0, as.index), left.slice(as.index + as[0].length), stop < 0 ? after : after.slice(0, stop)];
    if (m.said !== 'x' && m.said !== '×' && m.said !== '乘以') out.push({ name: normalised(bare(before)), numerator: rest, denominator: said });
    // a product: its last factor, the rate an amount is multiplied by, is the product over the other
    else out.push({ name: normalised(bare(said)), numerator: before, denominator: rest });
  }
  return out;
}

/** The rows a name may be (labels of four characters at least), by their label's last four characters. */
function rowsByEnding(blocks: Row[][]): Map<string, Array<{ block: Row[]; row: Row; label: string }>> {
  const out = new Map<string, Array<{ block: Row[]; row: Row; label: string }>>();
  for (const block of blocks)
    for (const row of block) {
      const label = normalised(bare(row.label));
      // a shorter label only as an abbreviation (`PUE`, `WUE`, `ATR`): `合计` names no ratio
      if (row.header || (label.length < 4 && !ABBREVIATION.test(label)) || !row.cells.some(Boolean)) continue;
      const ending = label.slice(-4);
      out.set(ending, [...(out.get(ending) ?? []), { block, row, label }]);
    }
  return out;
}

/** A label of two or three Latin letters (`PUE`, `WUE`, `ATR`): filed under itself, not under four characters' ending. */
const ABBREVIATION = /^[a-z][a-z0-9]{1,2}$/;

/** The rows a definition's name may end on: by its last four characters, or its last two or three for an abbreviation. */
const rowsEnding = (byEnding: ReturnType<typeof rowsByEnding>, name: string) =>
  [4, 3, 2].flatMap((n) => (n < 4 && !ABBREVIATION.test(name.slice(-n)) ? [] : (byEnding.get(name.slice(-n)) ?? []).filter((r) => (n === 4 ? r.label.length >= 4 : r.label.length === n))));

/** Whether a definition's name ends on the row's whole label, a word boundary before it in English. */
function namesLabel(name: string, label: string): boolean {
  return name.endsWith(label) && !/[a-z0-9]$/.test(name.slice(0, name.length - label.length));
}

/**
 * The cells of the one line of the row's table (its run of lines, no blank line between) whose label, the words before
 * its first figure, the words say in full, set under the row's cells by their years: a KPI table's row whose unit cell
 * holds digits (`Clinker production  10,000 tonnes  8,642  8,915`) is no row of a block.
 */
function namedLine(doc: CheckDocument, row: Row, words: string): Array<DocFigure | undefined> | undefined {
  const { text, figures } = doc;
  const said = new Set(labelTokens(words));
  const own = text.lastIndexOf('\n', row.end - 1) + 1;
  const start = Math.max(0, breakAtOrBefore(doc, own));
  const stop = breakAtOrAfter(doc, row.end);
  const end = stop < 0 ? text.length : stop;
  const lines = new Map<number, DocFigure[]>();
  for (let k = firstAtOrAfter(doc, start); k < figures.length && figures[k]!.start < end; k++) {
    const lineStart = text.lastIndexOf('\n', figures[k]!.start) + 1;
    const figure: DocFigure = { doc, figure: figures[k]!, index: k };
    lines.set(lineStart, [...(lines.get(lineStart) ?? []), figure]);
  }
  const named = [...lines].filter(([lineStart, line]) => {
    const label = labelTokens(bare(text.slice(lineStart, line[0]!.figure.start).trim().split(/ {2,}|\t/)[0]!));
    return lineStart !== own && label.length > 0 && label.every((t) => said.has(t));
  });
  if (named.length !== 1) return undefined;
  const amounts = named[0]![1].filter((f) => dimensionOf(f.figure) !== 'percent');
  return row.cells.map((cell) => (cell?.figure.period === undefined ? undefined : amounts.find((f) => f.figure.period === cell.figure.period)));
}

/** How far after the defined name its figure may stand in the text (`Average PUE was 1.29`, `WUE为1.52`). */
const NAME_TO_FIGURE = 30;
/** `（2023年：1.31）`, `(2023: 1.59 L/kWh)`: the year before's value of the named figure, in a bracket just after it. */
const YEAR_BEFORE_BRACKET = /^[^\d()（）\n]{0,16}[(（]\s*(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*(?:年度|年)?\s*[:：]\s*$/i;

interface Columns {
  cells: Array<DocFigure | undefined>;
  numerators: Array<DocFigure | undefined>;
  denominators: Array<DocFigure | undefined>;
}

/**
 * The defined row's figure said again in the text (`Average PUE was 1.29 (2023: 1.31)`, `WUE为1.52升/千瓦时（2023年：
 * 1.59升/千瓦时）`), each as a column of its year over the row's inputs of that year, or over figures its own sentence
 * names by the inputs' labels (`用水量452.8万立方米，…；WUE为1.52`).
 */
function saidInText(doc: CheckDocument, row: Row, names: string[], inputs: Columns, labels: [string | undefined, string | undefined]): Columns {
  const { text, figures } = doc;
  const lower = text.toLowerCase();
  const out: Columns = { cells: [], numerators: [], denominators: [] };
  const taken = new Set<number>();
  const column = (f: DocFigure['figure']) => (f.period === undefined ? -1 : row.cells.findIndex((c) => c !== undefined && samePeriod(c.figure.period, f.period)));
  // the latest year's column: a value said after last year's (`由2023年的1.31降至1.29`) is this year's, whatever year its sentence names last
  // and last year's value said before it is the year before's
  const periods = columnPeriods(row);
  const [latest, before] = [...new Set(periods.filter((p) => p !== ''))].sort().reverse().slice(0, 2).map((p) => periods.indexOf(p));
  const add = (k: number, own: boolean, said?: 'latest' | 'before') => {
    const f = figures[k]!;
    const c = said === 'latest' ? latest! : said === 'before' ? (before ?? -1) : column(f);
    if (taken.has(k) || c < 0 || isTableCell(doc, k) || dimensionOf(f) === 'percent' || inForwardClause(text, f)) return;
    taken.add(k);
    const [n, d] = [inputs.numerators[c], inputs.denominators[c]];
    out.cells.push({ doc, figure: f, index: k });
    out.numerators.push((own && n && ((labels[0] && namedInSentence(doc, k, labels[0], n)) || sameInSentence(doc, k, n))) || n);
    out.denominators.push((own && d && ((labels[1] && namedInSentence(doc, k, labels[1], d)) || sameInSentence(doc, k, d))) || d);
  };
  for (const name of names) {
    if (name.length < 2) continue;
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/[a-z0-9]/.test(lower[at - 1] ?? '') || /[a-z0-9]/.test(lower[end] ?? '')) continue;
      const first = firstAtOrAfter(doc, end);
      // `站均租户数由上年的1.66提升至1.70`, `TR rose from 1.62 to 1.65`: last year's value first, this year's after it
      const k = figures[first] && saidAsPrior(text, figures[first]) && FROM_TO.test(text.slice(figures[first].end, figures[first + 1]?.start ?? 0)) ? first + 1 : first;
      const f = figures[k];
      if (!f || f.start - end > NAME_TO_FIGURE + (k - first) * NAME_TO_FIGURE || f.sentence.start > at || /\n\s*\n/.test(text.slice(end, f.start)) || (k === first && saidAsPrior(text, f))) continue;
      if (k !== first) add(first, false, 'before');
      // `was 23.8, against 25.7 in 2023`: last year's value after it, whose year its sentence may have lent it
      const next = figures[k + 1];
      const against = next !== undefined && next.sentence.start === f.sentence.start && saidAsPrior(text, next) && (f.period === undefined || samePeriod(f.period, next.period));
      add(k, true, k !== first || against ? 'latest' : undefined);
      if (against) add(k + 1, false, next.period === undefined ? 'before' : undefined);
      else if (next && YEAR_BEFORE_BRACKET.test(text.slice(f.end, next.start))) add(k + 1, false);
    }
  }
  return out;
}

/** What a row's cell of the report's own year sorts as: after every year. */
const OWN_YEAR = '\uffff';

/**
 * Each column's period ('' for a column the row leaves empty). A cell with no period beside cells of other years is
 * the report's own year's, which the figures leave unsaid (`Revenue  100,000  94,200` under `2024  2023` in a 2024
 * report): the latest column, not one older than 2023.
 */
function columnPeriods(row: Row): string[] {
  const dated = row.cells.some((c) => c?.figure.period !== undefined);
  return Array.from(row.cells, (c) => (c === undefined ? '' : (c.figure.period ?? (dated ? OWN_YEAR : ''))));
}

/** Where a clause of a sentence ends, within the words between two figures: `,`, `，`, `、`, `；`, ` and `. */
const CLAUSE_BREAK = /[,，、;；]|\band\b/;

/** The one figure of the sentence of figure `k`, in the input's measure, whose words before it say every word of the input's label. */
function namedInSentence(doc: CheckDocument, k: number, label: string, input: DocFigure): DocFigure | undefined {
  const { text, figures } = doc;
  const f = figures[k]!;
  const wanted = labelTokens(bare(label));
  if (wanted.length === 0) return undefined;
  // a clause after a semicolon is its sentence's still (`公司用水量452.8万立方米，同比增长12.7%；WUE为1.52`)
  const first = firstAtOrAfter(doc, f.sentence.start);
  const from = /[；;]\s*$/.test(text.slice(Math.max(0, f.sentence.start - 3), f.sentence.start)) && first > 0 ? figures[first - 1]!.sentence.start : f.sentence.start;
  const found: DocFigure[] = [];
  for (let j = firstAtOrAfter(doc, from); j < figures.length && figures[j]!.start < f.sentence.end; j++) {
    const g = figures[j]!;
    if (j === k || isTableCell(doc, j) || saidAsPrior(text, g) || dimensionOf(g) !== dimensionOf(input.figure) || !samePeriod(g.period, input.figure.period)) continue;
    // the words of its own clause: before it (`用水量452.8万立方米`), and in English after it too (`24,860 towers`)
    const before = text.slice(j > 0 ? Math.max(from, figures[j - 1]!.end) : from, g.start).split(CLAUSE_BREAK).at(-1)!;
    const after = /[a-z]/i.test(label) ? text.slice(g.end, Math.min(f.sentence.end, figures[j + 1]?.start ?? Infinity)).split(CLAUSE_BREAK)[0]! : '';
    const said = new Set(labelTokens(`${before} ${after}`));
    if (wanted.every((t) => said.has(t))) found.push({ doc, figure: g, index: j });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The one figure of the sentence of figure `k` that says the input again, of its measure, year and value (`塔类租户总数362.4万户` for the row `塔类租户数`). */
function sameInSentence(doc: CheckDocument, k: number, input: DocFigure): DocFigure | undefined {
  const { figures } = doc;
  const f = figures[k]!;
  const found: DocFigure[] = [];
  for (let j = firstAtOrAfter(doc, f.sentence.start); j < figures.length && figures[j]!.start < f.sentence.end; j++) {
    const g = figures[j]!;
    if (j !== k && !isTableCell(doc, j) && dimensionOf(g) === dimensionOf(input.figure) && samePeriod(g.period, input.figure.period) && g.value === input.figure.value) found.push({ doc, figure: g, index: j });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The row's columns with its figures said in the text after them. */
function withText(doc: CheckDocument, row: Row, names: string[], numerators: Array<DocFigure | undefined>, denominators: Array<DocFigure | undefined>, labels: [string | undefined, string | undefined]): Columns {
  const said = saidInText(doc, row, names, { cells: row.cells, numerators, denominators }, labels);
  return { cells: [...row.cells, ...said.cells], numerators: [...numerators, ...said.numerators], denominators: [...denominators, ...said.denominators] };
}

/** Whether a text has a sign or word `DEFINITION` divides by. */
const mayDefine = (text: string) => text.includes('/') || text.includes('÷') || text.includes('divided') || text.includes('over');

export function definedRatioRows(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  let blocks: Row[][] | undefined;
  const divided = new Set<Row>();
  let byEnding: ReturnType<typeof rowsByEnding> | undefined;
  for (const definition of /÷|divided|除以|\s[/x×]\s|乘以/.test(doc.text) ? definitionsInFull(doc.text) : []) {
    byEnding ??= rowsByEnding((blocks ??= tableBlocks(doc)));
    for (const { block, row, label } of rowsEnding(byEnding, definition.name)) {
      if (divided.has(row) || !namesLabel(definition.name, label)) continue;
      const [numerator, denominator] = [namedRow(block, row, definition.numerator), namedRow(block, row, definition.denominator)];
      const numerators = numerator?.cells ?? namedLine(doc, row, definition.numerator);
      const denominators = denominator?.cells ?? namedLine(doc, row, definition.denominator);
      if (!numerators || !denominators || numerators.every((n, c) => n === denominators[c])) continue;
      const all = withText(doc, row, [label, abbreviationOf(row.label).toLowerCase()], numerators, denominators, [numerator?.label, denominator?.label]);
      const found = rowQuotients(all, all.numerators, all.denominators, 1, true, RULE)?.checks ?? [];
      if (found.length > 0) divided.add(row);
      checks.push(...found);
    }
  }
  // (a definition divides by a slash, `÷`, `divided by` or `over`: a text of none of them is not read for one)
  for (const m of mayDefine(doc.text) ? doc.text.matchAll(DEFINITION) : []) {
    const name = m[1]!.toLowerCase();
    blocks ??= tableBlocks(doc);
    for (const block of blocks) {
      for (const row of block) {
        if (row.header || divided.has(row) || (abbreviationOf(row.label).toLowerCase() !== name && bare(row.label).toLowerCase() !== name)) continue;
        const numerator = namedRow(block, row, m[2]!);
        const denominator = numerator && namedRow(block, row, m[3]!);
        if (!numerator || !denominator || numerator === denominator) continue;
        const all = withText(doc, row, [name], numerator.cells, denominator.cells, [numerator.label, denominator.label]);
        checks.push(...(rowQuotients(all, all.numerators, all.denominators, 1, true, RULE)?.checks ?? []));
      }
    }
  }
  return checks;
}
