// Margins in a highlights list of `Label: value` lines: `Gross margin: 34.0%` is gross profit over
// revenue, `Operating margin: 7.0%` operating income (or profit) over revenue (or net sales), each
// named on a line of its own in the same block (`Gross profit: RMB5,386 million`, `Revenue:
// RMB15,842 million (2022: …)`, the line's first figure). In a table's rows (`Adjusted EBITDA margin
// <TAB> 17.0% <TAB> 16.7%` under `Revenue (£m)` and `Adjusted EBITDA (£m)`) each column's cell is over
// the same column's. In running text, `…, a margin of 17.0%` right after a profit is that profit over
// the revenue its sentence states. A margin is a share its name defines, so one that its figures do
// not give is a mismatch — unless it misses by half or more, when they are more likely of other things.

import { samePeriod } from '../../metrics/index';
import { lineEndOf, lineStartOf } from '../../text/lines';
import { comparable } from '../readers/dimension';
import { inPriorYearBracket } from '../readers/markers';
import { shareCheck } from './ratio';
import { captionLines, tableBlocks, type Row } from '../readers/table-blocks';
import { headingYears, yearHeaderRow } from '../readers/table-header-years';
import { isTableCell } from '../readers/table-columns';
import { captionOf, TOTAL_LABEL } from './table-row-shares';
import { firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from '../types';

/** Lines of a block looked at either side of a margin's line. */
const BLOCK_LINES = 12;
const LINE_REACH = 300;

const MARGIN = [
  { kind: 'EBITDA', margin: /^(?:(?:adjusted |underlying )?ebitda margin)/i, profit: /^(?:(?:adjusted |underlying )?ebitda(?! margin))/i },
  { kind: 'gross', margin: /^(?:gross(?: profit)? margin|毛利率)/i, profit: /^(?:gross profit|毛利(?!率))/i },
  { kind: 'operating', margin: /^(?:(?:adjusted |underlying )?operating(?: profit)? margin|营业利润率|營業利潤率|经营利润率|經營利潤率)/i, profit: /^(?:(?:adjusted |underlying )?operating (?:income|profit)|营业利润(?!率)|營業利潤(?!率)|经营利润(?!率)|經營利潤(?!率))/i },
];
const REVENUE = /^(?:(?:total |net )?revenues?|net sales|sales|turnover|营业收入|營業收入|营业总收入|營業總收入|收入|营收)(?:\s*[（(][^()（）]{1,12}[)）])?(?:\s*[:：\t]| {2,}\S)/i;
/** Cells apart by a tab or a wide gap, as tables give them (`Operating margin        4.8%       3.7%`). */
const CELLS_APART = /\t| {2,}\S/;
/** A margin said of the profit just before it in a sentence: `adjusted EBITDA rose 11.0% to £218.4 million, a margin of 17.0%`. */
const TEXT_MARGIN = /,\s*(?:an?|its|the)\s+(?:\w+\s+)?margin\s+of\s*$|[，,]\s*(?:其)?(?:利润率|利潤率|毛利率|净利率|淨利率)\s*(?:为|為|达|達)?\s*$/i;
const REVENUE_WORD = /\b(?:revenues?|net sales|turnover)\b/i;
/** A table caption naming revenue: `Revenue from operations`, `各物业总收入` (a Chinese sentence's own revenue and profit are read as a share by ratio.ts). */
const REVENUE_CAPTION = /\b(?:revenues?|net sales|turnover)\b|收入|营收|營收/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

export function marginChecks(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  doc.figures.forEach((figure, index) => {
    if (figure.unit !== '%') return;
    const line = lineOf(doc.text, figure.start);
    const label = line.text.trimStart();
    const spec = MARGIN.find((m) => m.margin.test(label));
    if (!spec || !/^[^\d]*?(?:[:：\t]| {2,}\S)/.test(label)) {
      checks.push(...textMargin(doc, index));
      return;
    }
    const block = blockAround(doc.text, line);
    // a table row's cells pair with the cells of the same column in the rows of its profit and revenue
    const column = CELLS_APART.test(label) ? figuresOn(doc, line).findIndex((f) => f.index === index) : 0;
    const profit = figuresOn(doc, block.find((l) => spec.profit.test(l.text.trimStart())))[column];
    const revenue = figuresOn(doc, block.find((l) => REVENUE.test(l.text.trimStart())))[column];
    const check = marginCheck(profit, revenue, { doc, figure, index });
    if (check) checks.push(check);
  });
  return checks;
}

function marginCheck(profit: DocFigure | undefined, revenue: DocFigure | undefined, margin: DocFigure): Check | undefined {
  if (!profit || !revenue || !comparable(profit.figure, revenue.figure) || !(profit.figure.value < revenue.figure.value)) return undefined;
  const check = shareCheck(profit, revenue, margin, 'ratio.margin');
  const off = check.expected! / margin.figure.value;
  return check.holds || (off >= 2 / 3 && off <= 1.5) ? check : undefined;
}

/**
 * `…, a margin of 17.0%` after a profit: that profit over the figure its sentence (or the one before) names revenue, else
 * over the Total of a table its caption names revenue (`Table 2: Revenue from operations (₹ crore)`) in the profit's
 * year. A year-before bracket after the profit and after the margin (`£612.4 million (2023: £548.0 million), a margin of
 * 18.2% (2023: 17.6%)`) is the year before's profit and margin.
 */
function textMargin(doc: CheckDocument, index: number): Check[] {
  const { figures, text } = doc;
  const figure = figures[index]!;
  const previous = figures[index - 1];
  if (!previous || previous.unit === '%' || !TEXT_MARGIN.test(text.slice(previous.end, figure.start))) return [];
  const bracketed = inPriorYearBracket(text, previous) && index >= 2 && figures[index - 2]!.sentence.start === figure.sentence.start;
  const profit = bracketed ? index - 2 : index - 1;
  const pairs: Array<[number, number]> = [[profit, index]];
  const after = figures[index + 1];
  if (bracketed && after?.unit === '%' && after.sentence.start === figure.sentence.start && inPriorYearBracket(text, after)) pairs.push([index - 1, index + 1]);
  const at = (k: number): DocFigure => ({ doc, figure: figures[k]!, index: k });
  return pairs.flatMap(([p, m]) => marginCheck(at(p), revenueOf(doc, profit, figures[p]!, p !== profit), at(m)) ?? []);
}

/** The revenue a margin said after the profit at `profitAt` is over, of the year of `profit` (`prior`: the year before's, in a bracket). */
function revenueOf(doc: CheckDocument, profitAt: number, profit: DocFigure['figure'], prior: boolean): DocFigure | undefined {
  const from = Math.max(0, doc.figures[profitAt]!.sentence.start - LINE_REACH);
  for (let i = profitAt - 1; i >= 0 && doc.figures[i]!.start >= from; i--) {
    const revenue = doc.figures[i]!;
    if (revenue.unit === '%' || !REVENUE_WORD.test(revenue.metric ?? '') || inPriorYearBracket(doc.text, revenue) || isTableCell(doc, i)) continue;
    return { doc, figure: revenue, index: i };
  }
  const totals = tableBlocks(doc).flatMap((block) => {
    const total = namesRevenue(doc, block) ? block.filter((r) => !r.header && TOTAL_LABEL.test(r.label)) : [];
    return total.length === 1 ? [{ block, cells: total[0]!.cells.filter((c): c is DocFigure => c !== undefined && comparable(c.figure, profit)) }] : [];
  });
  if (totals.length !== 1) return undefined;
  const { block, cells } = totals[0]!;
  if (profit.period !== undefined && cells.some((c) => c.figure.period !== undefined)) {
    const dated = cells.filter((c) => samePeriod(c.figure.period, profit.period));
    return dated.length === 1 ? dated[0] : undefined;
  }
  // undated cells: the profit's is this year's, a bracket's the year before's, in the order the Total's header gives the years
  // (the years' columns first, a change column after them: `FY 2024-25   FY 2023-24   Change (%)`)
  const years = headingYears(yearHeaderRow(block)?.texts ?? []).filter((y): y is number => y !== undefined);
  if (years.length < 2 || cells.length < years.length || years[0] === years[1]) return undefined;
  const latestFirst = years[0]! > years[1]!;
  return cells[(latestFirst ? 0 : cells.length - 1) + (prior ? (latestFirst ? 1 : -1) : 0)];
}

/** Whether a table's caption names revenue: its own (`Table 2: Revenue from operations (₹ crore)`), a header row's, or the line over a header that has a label of its own (`Table 2  Gross revenue by property (S$ million)` over `Property   FY2024 …`). */
function namesRevenue(doc: CheckDocument, block: readonly Row[]): boolean {
  // (a caption line the block opens with, read as a header row: `表3  营业收入按业务划分（亿元）`)
  if (REVENUE_CAPTION.test(captionOf(doc, block) ?? '') || block.some((r) => r.header && REVENUE_CAPTION.test(r.texts.join(' ')))) return true;
  const head = block[0];
  if (!head?.header) return false;
  const line = captionLines(doc.text, head).next().value?.line;
  return line !== undefined && REVENUE_CAPTION.test(line) && !/\d[\d,.]*\s*$/.test(line);
}

/** The line holding `at`, read no further than LINE_REACH either way of it. */
function lineOf(text: string, at: number): Line {
  const start = Math.max(lineStartOf(text, at), at - LINE_REACH);
  const end = Math.min(lineEndOf(text, at), at + LINE_REACH);
  return { start, end, text: text.slice(start, end) };
}

/** The lines of the margin's block (no blank line between), a few either side. */
function blockAround(text: string, line: Line): Line[] {
  const lines: Line[] = [];
  for (let l = line, n = 0; n < BLOCK_LINES && l.start > 0; n++) {
    l = lineOf(text, l.start - 1);
    if (l.text.trim() === '') break;
    lines.push(l);
  }
  for (let l = line, n = 0; n < BLOCK_LINES && l.end < text.length; n++) {
    l = lineOf(text, l.end + 1);
    if (l.text.trim() === '') break;
    lines.push(l);
  }
  return lines;
}

/** The figures starting on the line, in order. */
function figuresOn(doc: CheckDocument, line: Line | undefined): DocFigure[] {
  if (!line) return [];
  const out: DocFigure[] = [];
  for (let i = firstAtOrAfter(doc, line.start); i < doc.figures.length && doc.figures[i]!.start < line.end; i++) out.push({ doc, figure: doc.figures[i]!, index: i });
  return out;
}
