// How a table row's label, read with its table's caption and headings, restates a Chinese text figure
// (`大专及以下` under `按学历划分` as `大专及以下学历员工`), and when a text metric goes past the row.

import { lineAround } from '../../metrics/index';
import { TOTAL } from '../readers/markers';
import type { CheckDocument } from '../types';
import { metricTokens } from './metric-tokens';
import { BREAKDOWN_WORD, linesAbove, SUBROW, tableBlocks } from '../readers/table-blocks';
import { type Statement } from './consistency-statements';
import { withoutBreakdownWord, hanOf, pairsOf } from './consistency-words';

/** How many lines above a table row its headings and caption are looked for. */
export const HEADING_REACH = 40;

/**
 * A table row's label is read under its table's caption and heading lines: `大专及以下` under `按学历划分`
 * in `表5-1 员工构成` is what the text calls `大专及以下学历员工`. A text figure of the document restates
 * the cell when its metric is the label (two character pairs at least) followed by words every
 * character of which the headings above the row say — not the label of another row.
 */
export function labelUnderHeadings(a: Statement, b: Statement, ofTotal = false): boolean {
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
export function subjectSaidBefore(a: Statement, b: Statement): boolean {
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
export function headNounUnsaid(a: Statement, b: Statement): boolean {
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
export function tableAbove(text: string, at: number): string {
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

const rowNames = new WeakMap<CheckDocument, Set<string>>();

/** Each `其中` / `of which` row with the row it stands under, as one key each: the metric words of both labels. */
function breakdownPairsOf(doc: CheckDocument): Set<string> {
  let pairs = rowNames.get(doc);
  if (!pairs) {
    pairs = new Set();
    for (const block of tableBlocks(doc)) {
      let whole: string | undefined;
      for (const row of block) {
        if (row.header) continue;
        const label = row.label.trim();
        const key = nameKey(metricTokens(withoutBreakdownWord(label.replace(SUBROW_OPENING, ''))));
        if (!SUBROW.test(label)) whole = key;
        else if (whole !== undefined) pairs.add(`${whole}|${key}`);
      }
    }
    rowNames.set(doc, pairs);
  }
  return pairs;
}

const SUBROW_OPENING = /^(?:of\s+which|including|incl\.|thereof)[:：]?\s*/i;

/** A metric's words as a key, the counted noun aside (`流感疫苗1,486.2万剂` is the row `流感疫苗`). */
function nameKey(tokens: readonly string[]): string {
  // (asked of both statements of every pair grouping weighs: a metric's tokens are one memoised array, keyed once)
  let key = nameKeys.get(tokens);
  if (key === undefined) nameKeys.set(tokens, (key = tokens.filter((t) => !t.startsWith('n:')).sort().join(' ')));
  return key;
}

const nameKeys = new WeakMap<readonly string[], string>();

/**
 * A row and a `其中` / `of which` row under it in one of the document's tables (`流感疫苗` and `其中：四价流感疫苗`,
 * `Box office` and `of which premium formats box office`): the report itself tells the whole and its part apart,
 * so its text figures of each are two metrics, though one's words are inside the other's.
 */
export function rowsTellApart(a: Statement, b: Statement): boolean {
  if (a.at.doc !== b.at.doc) return false;
  const pairs = breakdownPairsOf(a.at.doc);
  if (pairs.size === 0) return false;
  const [ka, kb] = [nameKey(a.tokens), nameKey(b.tokens)];
  if (ka === kb || ka === '' || kb === '') return false;
  return pairs.has(`${ka}|${kb}`) || pairs.has(`${kb}|${ka}`);
}
