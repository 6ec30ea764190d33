// Margins in a highlights list of `Label: value` lines: `Gross margin: 34.0%` is gross profit over
// revenue, `Operating margin: 7.0%` operating income (or profit) over revenue (or net sales), each
// named on a line of its own in the same block (`Gross profit: RMB5,386 million`, `Revenue:
// RMB15,842 million (2022: …)`, the line's first figure). A margin is a share its name defines, so
// one that its lines do not give is a mismatch — unless it misses by half or more, when the lines
// are more likely of other things.

import { comparable } from './dimension';
import { shareCheck } from './ratio';
import type { Check, CheckDocument, DocFigure } from './types';

/** Lines of a block looked at either side of a margin's line. */
const BLOCK_LINES = 12;
const LINE_REACH = 300;

const MARGIN = [
  { kind: 'gross', margin: /^(?:gross(?: profit)? margin|毛利率)/i, profit: /^(?:gross profit|毛利(?!率))/i },
  { kind: 'operating', margin: /^(?:operating(?: profit)? margin|营业利润率|營業利潤率|经营利润率|經營利潤率)/i, profit: /^(?:operating (?:income|profit)|营业利润(?!率)|營業利潤(?!率)|经营利润(?!率)|經營利潤(?!率))/i },
];
const REVENUE = /^(?:(?:total |net )?revenues?|net sales|sales|turnover|营业收入|營業收入|营业总收入|營業總收入|收入|营收)\s*[:：\t]/i;

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
    if (!spec || !/^[^\d]*[:：\t]/.test(label)) return;
    const block = blockAround(doc.text, line);
    const profit = firstFigureOn(doc, block.find((l) => spec.profit.test(l.text.trimStart())));
    const revenue = firstFigureOn(doc, block.find((l) => REVENUE.test(l.text.trimStart())));
    if (!profit || !revenue || !comparable(profit.figure, revenue.figure) || !(profit.figure.value < revenue.figure.value)) return;
    const check = shareCheck(profit, revenue, { doc, figure, index }, 'ratio.margin');
    const off = check.expected! / figure.value;
    if (check.holds || (off >= 2 / 3 && off <= 1.5)) checks.push(check);
  });
  return checks;
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

function firstFigureOn(doc: CheckDocument, line: Line | undefined): DocFigure | undefined {
  if (!line) return undefined;
  // the first figure starting on the line: a binary search over the figures in document order
  let lo = 0;
  let hi = doc.figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.figures[mid]!.start < line.start) lo = mid + 1;
    else hi = mid;
  }
  const figure = doc.figures[lo];
  return figure && figure.start < line.end ? { doc, figure, index: lo } : undefined;
}
