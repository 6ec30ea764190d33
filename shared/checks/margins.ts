// Margins in a highlights list of `Label: value` lines: `Gross margin: 34.0%` is gross profit over
// revenue, `Operating margin: 7.0%` operating income (or profit) over revenue (or net sales), each
// named on a line of its own in the same block (`Gross profit: RMB5,386 million`, `Revenue:
// RMB15,842 million (2022: …)`, the line's first figure). In a table's rows (`Adjusted EBITDA margin
// <TAB> 17.0% <TAB> 16.7%` under `Revenue (£m)` and `Adjusted EBITDA (£m)`) each column's cell is over
// the same column's. In running text, `…, a margin of 17.0%` right after a profit is that profit over
// the revenue its sentence states. A margin is a share its name defines, so one that its figures do
// not give is a mismatch — unless it misses by half or more, when they are more likely of other things.

import { comparable } from './dimension';
import { shareCheck } from './ratio';
import { firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from './types';

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
const TEXT_MARGIN = /,\s*(?:an?|its|the)\s+(?:\w+\s+)?margin\s+of\s*$/i;
const REVENUE_WORD = /\b(?:revenues?|net sales|turnover)\b/i;

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
      const check = textMargin(doc, index);
      if (check) checks.push(check);
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

/** `…, a margin of 17.0%` after a profit: that profit over the figure its sentence (or the one before) names revenue. */
function textMargin(doc: CheckDocument, index: number): Check | undefined {
  const figure = doc.figures[index]!;
  const previous = doc.figures[index - 1];
  if (!previous || previous.unit === '%' || !TEXT_MARGIN.test(doc.text.slice(previous.end, figure.start))) return undefined;
  const from = Math.max(0, figure.sentence.start - LINE_REACH);
  for (let i = index - 2; i >= 0 && doc.figures[i]!.start >= from; i--) {
    const revenue = doc.figures[i]!;
    if (revenue.unit === '%' || !REVENUE_WORD.test(revenue.metric ?? '')) continue;
    return marginCheck({ doc, figure: previous, index: index - 1 }, { doc, figure: revenue, index: i }, { doc, figure, index });
  }
  return undefined;
}

function lineOf(text: string, at: number): Line {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && at - start < LINE_REACH) start--;
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 10 && end - at < LINE_REACH) end++;
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
