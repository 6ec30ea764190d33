// A share the running text after a table gives a row of it by the row's label, of the table's Total row: `Region
// West contributed 25.9%` under a harvest table whose `Region West (Vestland)` row reads 41,280 and whose `Total`
// 164,460; `British Columbia supplied 46.2% of our harvest in 2023, down from 49.0% in 2022`, each year's share of
// its own column. The label (its bracketed note aside) stands in the share's sentence before it, with no other figure,
// clause end or word of a change or a rate between (`output fell 3.8%`, `a capacity factor of 18.4%`); a share said
// `of` something must be of the total or of what the table's caption names (`of our harvest`, not `of its rated
// output`); the column is the year said just after the share (`in 2022`), else the table's latest; the rows of that
// column must add up to its Total, within a slipped cell. The earlier year's share chained with `from` (`down from 49.0% in 2022`) is the same
// row's. The share is then the row's cell over the total, as certain as a share named outright, so one that does not
// come out is a mismatch. The paragraph leading to the table is read too, for a share said `of` the whole its caption names
// (`long-distance and cross-border work made up 26.5% of revenue` over `Table 1 - Revenue by service line`). Read once the
// other rules have run, for shares none of them read.

import { dimensionOf } from '../readers/dimension';
import { isComparison, PRIOR_VALUE } from '../readers/markers';
import { shareCheck } from './ratio';
import { SUBROW, tableBlocks, type Row } from '../readers/table-blocks';
import { columnYears } from '../readers/table-header-years';
import { isTableCell } from '../readers/table-columns';
import { captionOf, TOTAL_LABEL } from './table-row-shares';
import { zhWholeNamed } from './table-text-shares';
import { metricTokens } from '../consistency/metric-tokens';
import { captionMetric } from '../consistency/consistency-caption-totals';
import { firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from '../types';

const RULE = 'ratio.row-share-named-in-text';
/** How far after its table a share is looked for: the paragraphs about it. */
const REACH = 1200;
/** How far before its table a share is looked for: the paragraph that leads to it. */
const REACH_BEFORE = 600;
/** How far before a share its row's label may stand. */
const LABEL_REACH = 60;
/** Words between the label and the share that make it no share of the row: a change, a rate, a comparison. */
const NOT_A_SHARE =
  /\b(?:rose|fell|grew|up|down|higher|lower|more|less|per|by|aim|target|cut)\b|\b(?:grow|ris[ei]|increas|decreas|declin|drop|doubl|tripl|halv|jump|climb|gain|reduc|improv|expand|slid|chang|rate|ratio|margin|factor|intensit|yield|grade|occupan|utili[sz]|recover|efficien|surviv|mortalit)|增|减|減|降|率|[.;；。]/i;
/** Just after the share, the level a change reached or left: `rising 87.4% to 1,962`. */
const TO_LEVEL = /^\s*(?:to|from)\s/i;
/** After the share, what it is `of`: up to a clause's end. */
const OF_WHAT = /^\s*of\s+([^,.;:\d()]{1,50})/i;
/** A year said just after the share: `in 2023`, `in FY2022`. */
const YEAR_AFTER = /^[^,.;\d]{0,30}?\bin\s+(?:FY\s?)?((?:19|20)\d{2})\b/i;

const bare = (label: string) => label.replace(/[(（][^)）]*[)）]/g, ' ').replace(/\s+/g, ' ').trim();
const stem = (word: string) => word.toLowerCase().slice(0, 5);

/** How far the rows of a column may add up from its Total and the Total still be their whole (a slipped cell). */
const SUM_SLACK = 0.05;

/** Whether the column's cells of `rows` add up to `total`, within a slipped cell (no `of which` rows counted twice). */
function addsUp(rows: Row[], column: number, total: DocFigure): boolean {
  const cells = rows.map((r) => r.cells[column]);
  if (cells.some((c) => c === undefined || dimensionOf(c.figure) === 'percent')) return false;
  const sum = cells.reduce((s, c) => s + c!.figure.value, 0);
  return Math.abs(sum - total.figure.value) <= SUM_SLACK * total.figure.value;
}

export function rowSharesNamedInText(doc: CheckDocument, checks: readonly Check[]): Check[] {
  const { text, figures } = doc;
  const out: Check[] = [];
  let read: Set<number> | undefined;
  for (const [b, block] of tableBlocks(doc).entries()) {
    const totals = block.filter((r) => !r.header && TOTAL_LABEL.test(r.label));
    // (an `of which` row is a part of the row above it, no row the Total adds)
    const rows = block.filter((r) => !r.header && !TOTAL_LABEL.test(r.label) && !SUBROW.test(r.label) && r.cells.some(Boolean));
    if (totals.length !== 1 || rows.length < 2) continue;
    const total = totals[0]!;
    const years = columnYears(block, total.texts.length);
    if (!years) continue;
    const labels = rows.map((r) => bare(r.label).toLowerCase());
    if (labels.some((l) => l.length < 3) || new Set(labels).size !== labels.length) continue;
    const latest = Math.max(...years.filter((y): y is number => y !== undefined));
    // (the header's label over the rows, `Service line`, names no whole: the caption line above it does, `Table 1 - Revenue by service line`)
    const captionText = [captionOf(doc, block), captionMetric(doc, b)].filter((c) => c !== undefined).join(' ');
    const caption = captionText.split(/[^\p{L}]+/u).filter((w) => w.length >= 4).map(stem);
    const captionHan = new Set(metricTokens(captionText));
    const end = total.end;
    let said: { row: number; sentence: number } | undefined;
    // (and the paragraph just before the table, which its caption follows: `… long-distance and cross-border work made up 26.5% of revenue.`)
    const start = Math.max(0, text.lastIndexOf('\n', block[0]!.end - 1) + 1);
    const ranges: Array<[number, number]> = [[Math.max(0, start - REACH_BEFORE), start], [end, end + REACH]];
    for (const [from, to] of ranges)
    for (let i = firstAtOrAfter(doc, from); i < figures.length && figures[i]!.start < to; i++) {
      const share = figures[i]!;
      if (share.unit !== '%' || !(share.value > 0 && share.value < 100) || share.valueMax !== undefined || isTableCell(doc, i) || isComparison(text, share)) continue;
      if (TO_LEVEL.test(text.slice(share.end, share.end + 6))) continue;
      // the row's label as a sentence says it (`Platinum made up 48.4% of revenue and rhodium 20.1%`)
      const before = text.slice(Math.max(share.sentence.start, share.start - LABEL_REACH - 40), share.start).toLowerCase();
      // the row its label names last before the share
      let row = -1;
      let at = -1;
      labels.forEach((l, k) => {
        const found = before.lastIndexOf(l);
        if (found > at) [row, at] = [k, found];
      });
      const between = row < 0 ? '' : before.slice(at + labels[row]!.length);
      const chained = said !== undefined && said.sentence === share.sentence.start && PRIOR_VALUE.test(before) && /%/.test(before);
      if (chained) row = said!.row;
      else if (row < 0 || between.length > LABEL_REACH || /\d/.test(between) || NOT_A_SHARE.test(between.replace(/\bma(?:de|kes?)\s+up\b/gi, ''))) continue;
      const after = text.slice(share.end, share.end + 60);
      const of = OF_WHAT.exec(after)?.[1];
      if (of !== undefined && !/\btotal\b/i.test(of) && !of.split(/[^\p{L}]+/u).some((w) => w.length >= 4 && caption.includes(stem(w)))) continue;
      // (before the table, only a share said `of` the whole its caption names: `made up 26.5% of revenue` over `Table 1 - Revenue by service line`)
      if (share.start < start && of === undefined) continue;
      // so must a Chinese share's (`出口订单中纯电动汽车占比`, `占出口订单的`): its whole said in the caption
      const zhWhole = zhWholeNamed(text.slice(Math.max(share.sentence.start, share.start - LABEL_REACH - 40), share.end).split(/[，,；;]/).at(-1)!);
      if (zhWhole !== undefined && !metricTokens(zhWhole).some((t) => captionHan.has(t))) continue;
      const year = Number(YEAR_AFTER.exec(after)?.[1] ?? latest);
      const column = years.indexOf(year);
      const [part, whole] = [rows[row]!.cells[column], total.cells[column]];
      if (column < 0 || !part || !whole || !addsUp(rows, column, whole)) continue;
      said = { row, sentence: share.sentence.start };
      read ??= new Set(checks.filter((c) => c.kind === 'ratio').flatMap((c) => c.figures.filter((f) => f.role === 'result' && f.doc === doc.name).map((f) => f.start)));
      if (read.has(share.start)) continue;
      out.push(shareCheck(part, whole, { doc, figure: share, index: i }, RULE));
    }
  }
  return out;
}
