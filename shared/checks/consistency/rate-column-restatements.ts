// A rate the text states and a check recomputes, which a table row states again in its change or share
// column: `清洁能源产业贷款较年初增加76.2亿元，增长32.6%` beside a table whose 清洁能源产业 row reads 210.2 | 286.4 |
// 36.3 under 2022年末余额 | 2023年末余额 | 较年初增长（%）; `Net operational emissions fell 12.0% to 121,960 tCO2e`
// beside a key-measures row `121,960  138,620  -10.2%` under `2023-24  2022-23  Change`. The row is the one
// whose cells are the check's own amounts, as written (a change's new and old values; a share's numerator,
// its column's cell then the share the check computes): the text's rate and the column's cell are one rate
// said twice, and must agree (a change by its size, whichever sign the column writes).

import { CHANGE_HEADER } from '../readers/markers';
import { digitsWritten, intervalOf, overlaps, writtenNumber, type Interval } from '../readers/precision';
import { placeTerm, qualifierTerm, saying } from '../sayings';
import { tableBlocks, type Row } from '../readers/table-blocks';
import { isTableCell } from '../readers/table-columns';
import { asCheckFigure, firstAtOrAfter, roleOf, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';

/** Between an amount and its share said just after it: `represented`, `, or`, `(`, `，占`. */
const SHARE_AFTER = /^[^\d.;。；]{0,40}?(?:\brepresent(?:s|ed|ing)?|\baccount(?:s|ed|ing)? for|\bma(?:de|kes?|king) up|,\s*or|[(（]|占|佔|\bshare of)\s*$/i;
/** Fewer significant digits than this make an amount too common to name a row by. */
const SPECIFIC_DIGITS = 3;

/** A column of shares: `占比（%）`, `Share of total`, `% of revenue`. */
const SHARE_HEADER = /占比|佔比|比例|比重|\bshare\b|proportion|%\s*of\b/i;

interface Place {
  row: Row;
  header: readonly string[];
}

const read = new WeakMap<CheckDocument, Map<string, Place[]>>();

export function rateColumnRestatements(doc: CheckDocument, checks: readonly Check[]): Check[] {
  const out: Check[] = [];
  for (const check of checks) {
    if ((check.kind !== 'change' && check.kind !== 'ratio') || check.stated === undefined) continue;
    const result = roleOf(check, 'result');
    const anchor = roleOf(check, check.kind === 'change' ? 'new' : 'numerator');
    // a ratio that holds names no column: only the column's cell being the computed share says it is that share
    if (!result || !anchor || result.doc !== doc.name || anchor.doc !== doc.name || (check.kind === 'ratio' && check.holds)) continue;
    const resultIndex = firstAtOrAfter(doc, result.start);
    if (doc.figures[resultIndex]?.start !== result.start || isTableCell(doc, resultIndex)) continue;
    const written = writtenNumber(anchor.text);
    const places = written === undefined ? undefined : cellsOf(doc).get(written);
    if (!places) continue;
    const found = places.flatMap((p) => {
      const cell = rateCell(p, check, anchor);
      return cell ? [{ cell, label: p.row.label }] : [];
    });
    if (new Set(found.map((f) => f.cell)).size !== 1) continue;
    const { cell, label } = found[0]!;
    if (overlaps(size(intervalOf(doc.figures[resultIndex]!)), size(intervalOf(cell.figure)))) continue;
    out.push(restatedCell({ doc, figure: doc.figures[resultIndex]!, index: resultIndex }, cell, label));
  }
  return out;
}

/** A text figure and the table cell that says it again (of the row `label`), disagreeing, as the rule `rule` found them. */
export function restatedCell(said: DocFigure, cell: DocFigure, label: string, rule = 'consistency.rate-column'): Check {
  return {
    kind: 'consistency',
    holds: false,
    figures: [asCheckFigure(said, 'mention'), asCheckFigure(cell, 'mention')],
    rule,
    ...saying('same.differ', {
      metric: label,
      a: said.figure.text.replace(/\s+/g, ' '),
      aQualifier: qualifierTerm(said.figure.qualifier),
      aDoc: said.doc.name,
      aPlace: placeTerm(false),
      b: cell.figure.text,
      bQualifier: qualifierTerm(cell.figure.qualifier),
      bDoc: cell.doc.name,
      bPlace: placeTerm(true),
    }),
  };
}

const size = ({ lo, hi }: Interval): Interval => ({ lo: Math.min(Math.abs(lo), Math.abs(hi)), hi: Math.max(Math.abs(lo), Math.abs(hi)) });

/**
 * The row's one cell in a column of the check's kind of rate (a change column for a change, a share column for a
 * share) when the row is the check's: a change's old value beside its new one, a share's cell the share computed.
 */
function rateCell({ row, header }: Place, check: Check, anchor: CheckFigure): DocFigure | undefined {
  const pattern = check.kind === 'change' ? CHANGE_HEADER : SHARE_HEADER;
  const columns = header.flatMap((h, c) => (pattern.test(h) && row.cells[c] !== undefined && (row.cells[c]!.figure.unit === '%' || h.includes('%')) ? [c] : []));
  if (columns.length !== 1) return undefined;
  const cell = row.cells[columns[0]!]!;
  if (check.kind === 'ratio') return check.expected !== undefined && within(intervalOf(cell.figure), check.expected) ? cell : undefined;
  // the old value: said (`old`), or the new less the amount it changed by (`numerator` of a change by an amount)
  const old = roleOf(check, 'old');
  const amount = roleOf(check, 'numerator');
  const olds = old ? [old.value] : amount ? [anchor.value - amount.value, anchor.value + amount.value] : [];
  if (olds.length === 0 || anchor.value === 0) return undefined;
  // the row's cells as the anchor's scale gives them: the anchor's own written number is the row's
  const scale = (row.cells.find((c) => c !== undefined && writtenNumber(c.figure.text) === writtenNumber(anchor.text))?.figure.value ?? NaN) / anchor.value;
  const hasOld = row.cells.some((c) => c !== undefined && c !== cell && olds.some((v) => within(intervalOf(c.figure), v * scale, 0.5)));
  return hasOld ? cell : undefined;
}

/** Whether `value` lies in the interval, widened by `slack` of its own width each side (a difference of two rounded amounts). */
function within({ lo, hi }: Interval, value: number, slack = 0): boolean {
  const pad = (hi - lo) * slack + 1e-9 * Math.max(Math.abs(lo), Math.abs(hi));
  return value >= lo - pad && value <= hi + pad;
}

/** The document's table cells by their number as written, each with its row and the header over it, if any (read once). */
function cellsOf(doc: CheckDocument): Map<string, Place[]> {
  let found = read.get(doc);
  if (found) return found;
  found = new Map();
  for (const block of tableBlocks(doc)) {
    let header: readonly string[] | undefined;
    for (const row of block) {
      if (row.header) {
        header = row.texts;
        continue;
      }
      // a row under no header of its width is read by its cells alone (a share among them is a percentage)
      const over = header && header.length === row.texts.length ? header : [];
      for (const cell of row.cells) {
        const written = cell && writtenNumber(cell.figure.text);
        if (written === undefined) continue;
        const list = found.get(written);
        if (list) list.push({ row, header: over });
        else found.set(written, [{ row, header: over }]);
      }
    }
  }
  read.set(doc, found);
  return found;
}

/**
 * A share said just after its amount (`Aligned OpEx of EUR 214 million represented 78.4% of OpEx`) whose table row
 * holds that amount and gives its share of another of the row's cells (`OpEx  286  214  74.8`: 214 / 286 is 74.8%):
 * the sentence's share and the row's are one share said twice, and must agree.
 */
export function rowShareRestatements(doc: CheckDocument): Check[] {
  const { figures, text } = doc;
  const out: Check[] = [];
  for (let i = 1; i < figures.length; i++) {
    const share = figures[i]!;
    const amount = figures[i - 1]!;
    if (share.unit !== '%' || amount.unit === '%' || amount.sentence.start !== share.sentence.start || !SHARE_AFTER.test(text.slice(amount.end, share.start))) continue;
    const written = writtenNumber(amount.text);
    if (written === undefined || digitsWritten(amount.text) < SPECIFIC_DIGITS || isTableCell(doc, i)) continue;
    const found = (cellsOf(doc).get(written) ?? []).flatMap((p) => {
      const cell = shareOfRow(p, written);
      return cell ? [{ cell, label: p.row.label }] : [];
    });
    if (new Set(found.map((f) => f.cell)).size !== 1) continue;
    const { cell, label } = found[0]!;
    if (overlaps(intervalOf(share), intervalOf(cell.figure))) continue;
    out.push(restatedCell({ doc, figure: share, index: i }, cell, label));
  }
  return out;
}

/** The row's one share cell that is its amount written `written` over another of its cells. */
function shareOfRow({ row, header }: Place, written: string): DocFigure | undefined {
  const amount = row.cells.find((c) => c !== undefined && writtenNumber(c.figure.text) === written);
  if (!amount || !(amount.figure.value > 0)) return undefined;
  const isShare = (c: DocFigure, column: number) => c.figure.unit === '%' || (header[column] ?? '').includes('%');
  const wholes = row.cells.filter((c, column): c is DocFigure => c !== undefined && c !== amount && !isShare(c, column) && c.figure.value > amount.figure.value);
  const shares = row.cells.filter((c, column): c is DocFigure => c !== undefined && isShare(c, column) && wholes.some((w) => within(intervalOf(c.figure), (amount.figure.value / w.figure.value) * 100)));
  return shares.length === 1 ? shares[0] : undefined;
}
