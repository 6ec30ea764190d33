// A table's total row its cells do not add up to, where the document says their sum elsewhere as that total: 表1's `合计
// 86,600` over cells that add up to 86,060, which 一（一）'s `营业收入86,060万元`, the 关键绩效表's `营业收入  86,060` and the
// 致辞's `8.61亿元` say. The column's sum fails already; the statements of what it should say disagree with the total row
// too, and one check sets the row against them all.

import { samePeriod } from '../../metrics/index';
import { dimensionOf } from '../readers/dimension';
import { admits, significantDigits } from '../readers/precision';
import { isTableCell, tableColumns } from '../readers/table-columns';
import { failingChecks } from '../readers/failing-checks';
import { figureId, type FigureId } from '../readers/figure-places';
import { captionTokens } from '../sums/table-text-totals';
import { metricTokens } from './metric-tokens';
import { pairCheck } from './pair-check';
import { asCheckFigure, asDocFigure, roleOf, type Check, type CheckDocument, type DocFigure } from '../types';

const RULE = 'consistency.slipped-total-said-elsewhere';

/** Fewer significant digits than this may round both the sum and the total row (`8.6亿元`): no telling which it says. */
const MIN_DIGITS = 3;

export function slippedTotalsSaidElsewhere(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const failing = failingChecks(checks);
  const out: Check[] = [];
  const seen = new Set<FigureId>();
  for (const sum of checks) {
    if (sum.kind !== 'sum' || sum.holds || sum.expected === undefined) continue;
    const totalAt = roleOf(sum, 'total');
    const total = totalAt && asDocFigure(byName, totalAt);
    if (!total || !isTableCell(total.doc, total.index) || seen.has(figureId(total.doc.name, total.figure.start))) continue;
    const said = sumSaidElsewhere(total, sum.expected);
    // (a text total a check already sets against the row, `consistency.table-total-row`, names the others said alike with it)
    if (said.length === 0 || said.some((f) => failing.together(figureId(f.doc.name, f.figure.start), figureId(total.doc.name, total.figure.start)))) continue;
    seen.add(figureId(total.doc.name, total.figure.start));
    const [first, ...others] = said;
    const check = { ...pairCheck(first!, total, 'same.differ'), rule: RULE };
    out.push({ ...check, figures: [...check.figures, ...others.map((f) => asCheckFigure(f, 'mention'))] });
  }
  return out;
}

/**
 * The figures of the total's document, outside its column, that say the sum its cells give and not the total row's value,
 * of its measure and year, named by the column's caption or labels (`营业收入` of `表1  营业收入（按产品）`).
 */
function sumSaidElsewhere(total: DocFigure, sum: number): DocFigure[] {
  const { doc, figure } = total;
  const column = tableColumns(doc).find((c) => c.some((cell) => cell.at.index === total.index));
  if (!column) return [];
  const inColumn = new Set(column.map((cell) => cell.at.index));
  let names: Set<string> | undefined;
  const said: DocFigure[] = [];
  doc.figures.forEach((f, index) => {
    if (inColumn.has(index) || (f.qualifier !== 'exact' && f.qualifier !== 'about') || (significantDigits(f.text) ?? '').length < MIN_DIGITS) return;
    if (!admits(f, sum) || admits(f, figure.value) || dimensionOf(f) !== dimensionOf(figure)) return;
    if (f.period !== undefined && figure.period !== undefined && !samePeriod(f.period, figure.period)) return;
    names ??= captionTokens(doc.text, column);
    if (!metricTokens(f.metric).some((t) => names!.has(t))) return;
    said.push({ doc, figure: f, index });
  });
  return said;
}
