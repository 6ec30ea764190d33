// A ratio row whose formula the report states in words elsewhere, most often in a note under its table: `eFCR = feed
// used divided by biomass produced (LWT)` for the row `Economic feed conversion ratio (eFCR)`, `FCR = feed delivered /
// live weight produced`. The defined name is the row's label or the abbreviation in its brackets; the two sides name
// two other rows of its table (every word of each row's label, its brackets aside, said on its side). Each column is
// then the one row's cell over the other's, by the power of ten most columns hold with; the formula being named
// outright, a column that does not come out is a mismatch. A KPI table's note may name a row by its whole label, in
// any language: `energy consumption per tonne of clinker = comprehensive energy consumption for clinker / clinker
// production`, `CO2 emissions per tonne of clinker are Scope 1 emissions divided by clinker production`,
// `单位熟料综合能耗 = 熟料综合能耗 ÷ 熟料产量`, `吨熟料二氧化碳排放为范围一排放除以熟料产量`.

import { dimensionOf } from './dimension';
import { metricTokens } from './metric-tokens';
import { tableBlocks, type Row } from './table-blocks';
import { rowQuotients } from './table-row-quotients';
import { firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from './types';

const RULE = 'ratio.defined-ratio-row';
/** `eFCR = feed used divided by biomass produced`, `The FCR is A / B`: the name, the numerator's words and the denominator's. */
const DEFINITION = /\b([A-Za-z][A-Za-z0-9-]{1,11})\s+(?:=|is)\s+([A-Za-z][A-Za-z ,'-]{2,60}?)\s*(?:\/|÷|\bdivided\s+by\b)\s*([A-Za-z][A-Za-z '-]{2,60})/g;

const bare = (label: string) => label.replace(/[(（][^)）]*[)）]/g, ' ').trim();
/** The abbreviation a label gives in its brackets (`Economic feed conversion ratio (eFCR)`), or ''. */
const abbreviationOf = (label: string) => /[(（]([A-Za-z][A-Za-z0-9-]{1,11})[)）]\s*$/.exec(label)?.[1] ?? '';

/** A label's words, its numbers among them (`Scope 1 emissions` is not `Scope 2 emissions`). */
const labelTokens = (words: string) => [...metricTokens(words), ...(words.match(/(?<![\d.,])\d(?![\d.,])/g) ?? [])];

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

/** What divides in a definition said in full: `÷`, `divided by`, `除以`, a slash with spaces about it. */
const DIVIDED = /÷|\bdivided\s+by\b|除以|(?<=\s)\/(?=\s)/g;
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
  for (const m of text.matchAll(DIVIDED)) {
    const from = Math.max(0, m.index - 160);
    let start = from;
    for (const end of text.slice(from, m.index).matchAll(SENTENCE_END)) start = from + end.index + end[0].length;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const stop = after.search(/[。；;:：]|\.(?=\s|$)|\n\s*\n/);
    const left = text.slice(start, m.index);
    const as = DEFINED_AS.exec(left);
    if (!as) continue;
    out.push({ name: normalised(bare(left.slice(0, as.index))), numerator: left.slice(as.index + as[0].length), denominator: stop < 0 ? after : after.slice(0, stop) });
  }
  return out;
}

/** The rows a name may be (labels of four characters at least), by their label's last four characters. */
function rowsByEnding(blocks: Row[][]): Map<string, Array<{ block: Row[]; row: Row; label: string }>> {
  const out = new Map<string, Array<{ block: Row[]; row: Row; label: string }>>();
  for (const block of blocks)
    for (const row of block) {
      const label = normalised(bare(row.label));
      if (row.header || label.length < 4 || !row.cells.some(Boolean)) continue;
      const ending = label.slice(-4);
      out.set(ending, [...(out.get(ending) ?? []), { block, row, label }]);
    }
  return out;
}

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
  const start = Math.max(0, text.lastIndexOf('\n\n', own));
  const stop = text.indexOf('\n\n', row.end);
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

export function definedRatioRows(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  let blocks: Row[][] | undefined;
  const divided = new Set<Row>();
  let byEnding: ReturnType<typeof rowsByEnding> | undefined;
  for (const definition of /÷|divided|除以|\s\/\s/.test(doc.text) ? definitionsInFull(doc.text) : []) {
    byEnding ??= rowsByEnding((blocks ??= tableBlocks(doc)));
    for (const { block, row, label } of byEnding.get(definition.name.slice(-4)) ?? []) {
      if (divided.has(row) || !namesLabel(definition.name, label)) continue;
      const [numerator, denominator] = [namedRow(block, row, definition.numerator), namedRow(block, row, definition.denominator)];
      const numerators = numerator?.cells ?? namedLine(doc, row, definition.numerator);
      const denominators = denominator?.cells ?? namedLine(doc, row, definition.denominator);
      if (!numerators || !denominators || numerators.every((n, c) => n === denominators[c])) continue;
      const found = rowQuotients(row, numerators, denominators, 1, true, RULE)?.checks ?? [];
      if (found.length > 0) divided.add(row);
      checks.push(...found);
    }
  }
  for (const m of doc.text.matchAll(DEFINITION)) {
    const name = m[1]!.toLowerCase();
    blocks ??= tableBlocks(doc);
    for (const block of blocks) {
      for (const row of block) {
        if (row.header || divided.has(row) || (abbreviationOf(row.label).toLowerCase() !== name && bare(row.label).toLowerCase() !== name)) continue;
        const numerator = namedRow(block, row, m[2]!);
        const denominator = numerator && namedRow(block, row, m[3]!);
        if (!numerator || !denominator || numerator === denominator) continue;
        checks.push(...(rowQuotients(row, numerator.cells, denominator.cells, 1, true, RULE)?.checks ?? []));
      }
    }
  }
  return checks;
}
