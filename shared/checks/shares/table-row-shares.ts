// Shares the running text states of one table row over another, the part named by words, not a figure:
// - `Mt Carrow's emissions fell 4.1% and it accounts for 47.6% of Scope 1 emissions` beside a table whose
//   `Mt Carrow (iron ore)` row reads 574.2 in the latest year and its `Scope 1 total` 1,228.6 (`it` is the
//   sentence's subject);
// - `… 85.4% of Scope 3, followed by use of sold products (category 11, 6.7%)`: the part named before and in
//   the share's bracket (`11 Use of sold products`), the whole the share before it names (`Total Gross
//   indirect (Scope 3) GHG emissions`);
// - `Water withdrawal fell 3.3% to 24.52 GL; groundwater made up 75.1% of it`, `合計393,050公噸CO2e，…，其中
//   範疇二佔95.7%`: the whole the sentence's figure before (`it`, `其中`), which restates a row of the part's table.
// A row is named when its label's words are said and the numbers among them (`Scope 1`, `category 11`) are
// the same; the whole's row stands in the part's table. Both named, a share that does not come out is a mismatch.

import { periodsIn } from '../../metrics/period';
import { comparable } from '../readers/dimension';
import { metricTokens } from '../consistency/metric-tokens';
import { namesRow } from '../readers/row-naming';
import { CAPTION_LINES, CAPTION_NUMBER, captionLines, rowIndent, tableBlocks, type Row } from '../readers/table-blocks';
import type { NamedWhole } from './ratio';
import { restates, type DatedRow } from '../changes/table-prior-year-changes';
import type { CheckDocument, DocFigure } from '../types';

/** A whole said by a pronoun (`of it`, `of it and the plasma schemes … for 23.8%`): the figure before it in its sentence, or ending the sentence before. */
const PRONOUN_WHOLE = /^(?:it|them|this|that|these|those)(?:\s+(?:and|while|but)\b.*)?$/i;
/** A part said by a pronoun (`and it accounts for`): the sentence's subject. */
const PRONOUN_PART = /^\s*(?:and\s+|while\s+|but\s+)?(?:it|they|this)\b/i;
/** Parts said as of the figure before, in a clause after it (`，其中範疇二佔`, `, of which paper accounted for`). */
const OF_WHICH = /[,，;；]\s*(?:其中|of which\b)/i;
/** How many figures of the clause before a `;` the whole is looked for among. */
const FIGURES_BACK = 4;
/** Where a part's clause begins: after a comma, semicolon or colon. */
const CLAUSE_BREAK = /[,;:，；：]/g;

/** The numbers that are words of a name (`Scope 1+2` → 1 2, `category 11` → 11), not of a unit or formula (`CO2`). */
export const nameNumbers = (words: string) => (words.replace(/[A-Za-z]+\d+(?:\.\d+)?/g, ' ').match(/\d+/g) ?? []).join(' ');

const unbracketed = (label: string) => label.replace(/[(（][^)）]*[)）]/g, ' ');

/**
 * The part and whole of the share at `i`, as a table row's latest cell over another's (or over the
 * sentence's figure a pronoun or `其中` points back to), when words name both; `whole` is the whole the
 * share names, or a share before it in its sentence, if any.
 */
export function rowsOfShare(doc: CheckDocument, i: number, saidWhole: NamedWhole | undefined, rows: readonly DatedRow[]): { part: DocFigure; whole: DocFigure } | undefined {
  const { text, figures } = doc;
  const share = figures[i]!;
  const before = text.slice(share.sentence.start, share.start);
  let first = i;
  while (first > 0 && figures[first - 1]!.sentence.start === share.sentence.start) first--;
  const inSentence = figures.slice(first, i);
  const words = partWords(before, inSentence.at(-1)?.end === undefined ? 0 : inSentence.at(-1)!.end - share.sentence.start).replace(WHOLE_BEFORE_PART, '');
  const subject = PRONOUN_PART.test(words) && inSentence[0] ? text.slice(share.sentence.start, inSentence[0].start) : words;
  const index = indexOf(doc, rows);
  const fits = (r: DatedRow) => r.latest.figure.unit !== '%';
  // `Category 1, purchased goods and services, alone accounted for 78.9% of Scope 3`: a part named in an aside,
  // its clause the sentence's first, is named by the words from the sentence's start
  const named = namedRows(index, subject, fits);
  const parts = named.length > 0 ? named : inSentence.length === 0 && subject === words ? namedRows(index, before, fits) : [];
  if (parts.length === 0) return undefined;
  // the whole a figure of the sentence before the part (`of it`, `其中`, and the shares of the `其中` run after it:
  // `of which paper accounted for 58.9% and plastics for 31.5%`): the last one, restating a row of the part's table
  const whole = saidWhole?.words;
  const pronoun = whole !== undefined && PRONOUN_WHOLE.test(whole.trim());
  if (pronoun || whole === undefined) {
    if (parts.length !== 1) return undefined;
    const part = parts[0]!;
    // (or the clause a `;` ends just before: `Water withdrawal fell 3.3% to 24.52 GL; groundwater made up 75.1% of it`)
    const joined = /[;；]\s*$/.test(text.slice(Math.max(0, share.sentence.start - 3), share.sentence.start));
    let k = i - 1;
    while (k >= 0 && k >= first - FIGURES_BACK && (figures[k]!.unit === '%' || figures[k]!.end > share.start - words.length)) k--;
    // `… grew to 203,960 hectares at the end of 2023. Our own nucleus estates account for 70.0% of it`: `it` is the
    // sentence before's when its own has no amount before the share
    const before = pronoun && inSentence.every((f) => f.unit === '%') && k >= 0 && /^[.。]?\s*$/.test(text.slice(figures[k]!.sentence.end, share.sentence.start));
    const figure = k >= 0 && (figures[k]!.sentence.start === share.sentence.start || before || (joined && figures[k]!.sentence.end >= share.sentence.start - 3)) ? figures[k] : undefined;
    if (!figure || !(pronoun || OF_WHICH.test(text.slice(figure.end, share.start))) || !comparable(figure, part.latest.figure) || !(figure.value > part.latest.figure.value)) return undefined;
    if (!index.byBlock.get(blockOf(doc, part.row))!.some((r) => restates(figure, r.latest.figure))) return undefined;
    return { part: part.latest, whole: { doc, figure, index: k } };
  }
  // `Renewables` in a revenue table and `of which renewable` in a generation table: the part whose table gives the whole
  // the words name (`of the total` names none: no row set in under another is told from the rest by it)
  const found = parts.map((part) => namedWhole(doc, part, saidWhole!, index, parts.length > 1)).filter((f) => f !== undefined);
  return found.length === 1 ? found[0] : undefined;
}

/** The share's whole the words name, in the part's table: a row they name, the row it is set in under, or the total of a table whose caption they name. */
function namedWhole(doc: CheckDocument, part: DatedRow, { words: whole, year }: NamedWhole, index: RowIndex, ofSeveral: boolean): { part: DocFigure; whole: DocFigure } | undefined {
  // `62.6% of our net generation in 2024`: the year says the column, not the whole
  if (year !== undefined && part.beforeYear !== undefined && year < part.beforeYear) return undefined;
  const cell = (r: DatedRow) => (year !== undefined && year === r.beforeYear ? r.before : r.latest);
  const said = new Set(metricTokens(whole.replace(/['’]s\b/g, '')));
  if (ofSeveral && said.size === 0) return undefined;
  const block = index.byBlock.get(blockOf(doc, part.row))!;
  // `51.6% of totex and water network plus for 36.1%`: the whole is named before the next part's clause
  const wholes = rowsNamed(block, part, whole, said);
  const head = wholes.length === 0 ? NEXT_PART.exec(whole)?.[1] : undefined;
  if (head) wholes.push(...rowsNamed(block, part, head, new Set(metricTokens(head.replace(/['’]s\b/g, '')))));
  const found = wholes.length === 1 ? wholes[0]! : said.size === 0 ? parentOf(doc, part, index) : captionTotal(doc, part, said, index);
  const [partCell, wholeCell] = found ? [cell(part), cell(found)] : [];
  return partCell && wholeCell && comparable(wholeCell.figure, partCell.figure) && wholeCell.figure.value > partCell.figure.value ? { part: partCell, whole: wholeCell } : undefined;
}

/** The whole of the share before and its conjunction, ahead of the next part's words (` of totex and water network plus for`). */
const WHOLE_BEFORE_PART = /^\s*of\s.*?\s(?:and|while|but|whereas)\s/i;
/** Where the words after a share's `of` go on to the next part (`totex and water network plus for 36`). */
const NEXT_PART = /^(.+?)\s+(?:and|while|but|whereas)\s/i;

/** The rows of the part's table the whole's words name: every word of the label said, or every word said in the label. */
function rowsNamed(rows: readonly DatedRow[], part: DatedRow, whole: string, said: ReadonlySet<string>): DatedRow[] {
  const numbers = nameNumbers(whole);
  return rows.filter((r) => {
    if (r === part || nameNumbers(r.row.label) !== numbers) return false;
    const label = metricTokens(r.row.label);
    return said.size > 0 && label.length > 0 && (label.every((t) => said.has(t)) || [...said].every((t) => label.includes(t)));
  });
}

/** A total row's label of no words of its own. */
export const TOTAL_LABEL = /^\s*(?:total|group total|grand total|合计|合計|总计|總計)\s*$/i;

/**
 * `Commuter pass passengers made up 56.4% of the total` under `Passengers carried (million)` and its indented
 * `Commuter pass` and `Non-commuter`: a share of `the total` of a row set in under another is of that row,
 * the nearest above it set less far in, every row between set in as far.
 */
function parentOf(doc: CheckDocument, part: DatedRow, index: RowIndex): DatedRow | undefined {
  const block = tableBlocks(doc)[blockOf(doc, part.row) ?? -1];
  const at = block ? block.indexOf(part.row) : -1;
  if (at < 1) return undefined;
  const indent = rowIndent(doc.text, part.row);
  for (let k = at - 1; k >= 0; k--) {
    const row = block![k]!;
    if (row.header) return undefined;
    const own = rowIndent(doc.text, row);
    if (own < indent) return index.byBlock.get(blockOf(doc, part.row))!.find((r) => r.row === row);
  }
  return undefined;
}

/**
 * `Transportation earned 49.3% of operating revenue` above a table captioned `Operating revenue from external
 * customers by segment (¥ billion)` whose last row is a bare `Total`: the whole's words all in the caption, the
 * share is of that total.
 */
function captionTotal(doc: CheckDocument, part: DatedRow, said: ReadonlySet<string>, index: RowIndex): DatedRow | undefined {
  const rows = index.byBlock.get(blockOf(doc, part.row))!;
  const totals = rows.filter((r) => TOTAL_LABEL.test(r.row.label));
  const caption = captionOf(doc, tableBlocks(doc)[blockOf(doc, part.row) ?? -1]);
  if (totals.length !== 1 || caption === undefined) return undefined;
  const words = new Set(metricTokens(caption));
  return [...said].every((t) => words.has(t)) ? totals[0] : undefined;
}

/** A table's caption: its header row's label, else the first line above it with no figure but a unit or year. */
export function captionOf(doc: CheckDocument, block: readonly Row[] | undefined): string | undefined {
  const head = block?.[0];
  if (!head) return undefined;
  // (not the header's column name the reader took for its label: `2024   2023   Change (%)` under `Table 1: Net generation`)
  if (head.header && head.label.trim() !== '' && !namesColumn(head)) return head.label;
  const line = captionLines(doc.text, head, { reach: CAPTION_LINES }).next().value?.line;
  return line === undefined || /\d/.test(line.replace(CAPTION_NUMBER, '').replace(/[(（][^)）]*[)）]/g, '').replace(/\b(?:FY)?(?:19|20)\d{2}\b/g, '')) ? undefined : line;
}

/** Whether a header row's label is one of its columns' names (a year, `Change (%)`), not the words over the labels' column. */
function namesColumn(head: Row): boolean {
  const label = head.label.trim();
  return head.texts.slice(1).some((t) => t.trim() === label) || /%/.test(label) || periodsIn(label, 0, label.length).length > 0;
}

/** The words naming a share's part: its clause before it (after the sentence's last figure), and before and in its bracket when it stands in one. */
function partWords(before: string, from: number): string {
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  const inBracket = open >= from && open > Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  const head = inBracket ? before.slice(0, open) : before;
  const start = Math.max(from, ...[...head.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1));
  return head.slice(start) + (inBracket ? ` ${before.slice(open + 1)}` : '');
}

/** The rows the words name, saying the same numbers. */
function namedRows(index: RowIndex, words: string, fits: (row: DatedRow) => boolean): DatedRow[] {
  const said = new Set(metricTokens(words.replace(/['’]s\b/g, '')));
  const numbers = nameNumbers(words);
  const meant = new Set<DatedRow>();
  for (const t of said) for (const r of index.byToken.get(t) ?? []) if (!meant.has(r) && namesRow(said, r.row.label) && nameNumbers(unbracketed(r.row.label)) === numbers && fits(r)) meant.add(r);
  return [...meant];
}

interface RowIndex {
  /** The rows by each word of their labels: a row is named only by words of its own. */
  byToken: Map<string, DatedRow[]>;
  byBlock: Map<number | undefined, DatedRow[]>;
}

function push<K>(map: Map<K, DatedRow[]>, key: K, row: DatedRow): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

const indexes = new WeakMap<readonly DatedRow[], RowIndex>();

/** The document's dated rows by label word and by table (read once per document). */
function indexOf(doc: CheckDocument, rows: readonly DatedRow[]): RowIndex {
  let index = indexes.get(rows);
  if (!index) {
    index = { byToken: new Map(), byBlock: new Map() };
    for (const r of rows) {
      for (const t of metricTokens(r.row.label)) push(index.byToken, t, r);
      push(index.byBlock, blockOf(doc, r.row), r);
    }
    indexes.set(rows, index);
  }
  return index;
}

const blocks = new WeakMap<CheckDocument, Map<Row, number>>();

/** Which table block a row stands in (read once per document). */
function blockOf(doc: CheckDocument, row: Row): number | undefined {
  let map = blocks.get(doc);
  if (!map) {
    map = new Map();
    for (const [n, block] of tableBlocks(doc).entries()) for (const r of block) map.set(r, n);
    blocks.set(doc, map);
  }
  return map.get(row);
}
