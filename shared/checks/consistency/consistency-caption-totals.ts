// A table's bare Total row counts what its caption names (`Table 6: Employees at 31 March`, `Table 2: Revenue
// by business (RMB million)`, `表2：取水总量（单位：万立方米）`): its cells restate that metric, though their
// label says nothing of it.

import { type CheckDocument } from '../types';
import { CAPTION_LINES, captionLines, tableBlocks, UNIT_LINE, type Row } from '../readers/table-blocks';

/** A bare English total row's label. */
export const ENGLISH_TOTAL_ROW = /^\s*(?:total|group total|grand total)\s*$/i;

/** A caption's number (`Table 6:`, `Figure 2.1 –`, `表2：`). */
const NUMBERED = /^(?:(?:table|figure|exhibit)\s*[\d.]+[a-z]?\s*[:.–—-]?|[表图]\s*[\d.]+\s*[：:.、]?)\s*/i;

/**
 * Where a caption's metric ends: a unit's bracket, a breakdown (`by business`, `按业务划分`, `构成`, `分布`), a
 * date (`at 31 March`, `in 2024`).
 */
const METRIC_END = /\s*(?:[(（]|\b(?:by|per|at|as\s+at|as\s+of|in|for|during)\b|(?:FY)?\s*(?:19|20)\d{2}\b|(?<=[\u3400-\u9fff]{2})(?:按|分(?=业务|地区|区域|板块|产品|类型|性别|年龄)|(?:构成|分布|明细|结构)$))[\s\S]*$/i;

/** A Chinese caption's metric: Han characters alone, a few words' worth. */
const CHINESE_METRIC = /^[\u3400-\u9fff]{2,12}$/;

const read = new WeakMap<CheckDocument, Map<number, string | undefined>>();

/** The metric a table's caption names, for its Total row (`Employees`, `Revenue`, `Net generation`, `取水总量`), or undefined. */
export function captionMetric(doc: CheckDocument, block: number): string | undefined {
  let captions = read.get(doc);
  if (!captions) read.set(doc, (captions = new Map()));
  if (captions.has(block)) return captions.get(block);
  const first = tableBlocks(doc)[block]?.[0];
  const caption = first && captionAbove(doc.text, first);
  const metric = caption?.replace(NUMBERED, '').replace(METRIC_END, '').trim();
  const named = metric && (/^[A-Za-z][A-Za-z ,&'’-]*$/.test(metric) || CHINESE_METRIC.test(metric)) ? metric : undefined;
  captions.set(block, named);
  return named;
}

/**
 * A header's label cell naming what the table's rows break down (`CSR spend by focus area   ₹ crore   Share (%)`): the
 * table's caption, set in its label column.
 */
const BREAKDOWN_HEAD = /^[A-Za-z][A-Za-z ,&'’-]*\sby\s+[A-Za-z][A-Za-z -]*$/;

/**
 * A header's label cell naming the breakdown of its rows (`BREAKDOWN_HEAD`); else the first line with words just above a
 * table's first row, when it is no row of columns itself (`Business   2024   2023`);
 * or a first row that is a header holding the table's numbered caption (`Table 1  Harvest volumes by region   (tonnes GWT)`
 * over its years, set in columns for its unit), its gaps closed.
 */
function captionAbove(text: string, first: Row): string | undefined {
  if (first.header && BREAKDOWN_HEAD.test(first.label)) return first.label;
  const lines = captionLines(text, first, { reach: CAPTION_LINES, own: first.header });
  let caption = lines.next().value;
  if (caption?.up === 0) {
    if (NUMBERED.test(caption.line) && !caption.years) return caption.line.replace(/\s{2,}/g, ' ');
    caption = lines.next().value;
  }
  // (a line of the cells' unit between the caption and the table, `单位：万元`, says what they are counted in: the caption is the line above it)
  if (caption !== undefined && UNIT_LINE.test(caption.line)) {
    caption = lines.next().value;
    if (caption !== undefined && NUMBERED.test(caption.line) && !caption.years) return caption.line.replace(/\s{2,}/g, ' ');
  }
  return caption === undefined || /\t|\S {2,}\S|\|/.test(caption.line) ? undefined : caption.line;
}

/** A caption naming two measures (`Net sales and EBITDA by region`): its Total rows are of one or the other, its words of neither alone. */
const TWO_MEASURES = /\band\b|&/i;

const labels = new WeakMap<CheckDocument, Set<string>>();

/** A metric's key for being said whole elsewhere: its words, lower case, one space apart. */
const labelKey = (metric: string) => metric.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether a caption's metric names one measure: none joined by `and`, or one that its document says whole as another figure's
 * metric or counted noun (`Table 2: Berths and dry stack places by marina` beside the key figures' `Berths and dry stack places
 * number  4,740`, or `we had 4,740 berths and dry stack places`): one thing of two nouns, as `Net sales and EBITDA` never is.
 */
export function captionOfOneMeasure(doc: CheckDocument, caption: string): boolean {
  if (!TWO_MEASURES.test(caption)) return true;
  let said = labels.get(doc);
  if (!said) {
    said = new Set();
    for (const figure of doc.figures) for (const named of [figure.metric, figure.unit]) if (named && TWO_MEASURES.test(named)) said.add(labelKey(named));
    labels.set(doc, said);
  }
  return said.has(labelKey(caption));
}
