// A total the running text states against the table's own total row:
// - `装机容量达到11,210万千瓦` over a table whose cells add up to 11,210 but whose `合计` row says 11,120.
//   The cells that add up to the text's total (`table-text-totals.ts`) are the rows the total row
//   sums, so the text restates that row: when the row, right under those cells, says another number,
//   one of the two is wrong;
// - a stale total: `截至报告期末，公司员工总数12,284人` said of the report's year, which is the total row's
//   year before to the digit (12,284 | 12,759), its metric naming the table (员工 of `员工构成`): last
//   year's figure left in place of this year's.

import { samePeriod, yearOfPeriod } from '../../metrics/index';
import { failingChecks } from '../readers/failing-checks';
import { figureId } from '../readers/figure-places';
import { disagreement } from './agreement';
import { dimensionOf } from '../readers/dimension';
import { saidAsPrior, TOTAL } from '../readers/markers';
import { metricTokens } from './metric-tokens';
import { admits, significantDigits } from '../readers/precision';
import { placeTerm, qualifierTerm, saying } from '../sayings';
import { isTableCell, tableColumns } from '../readers/table-columns';
import { captionTokens, textTotalBreakdowns } from '../sums/table-text-totals';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';
import { staleRows } from '../readers/stale-rows';

const RULE = 'consistency.table-total-row';

export function tableTotalRestatements(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const seen = new Set<number>();
  for (const { total, column, runs } of textTotalBreakdowns(doc)) {
    for (const [from, to] of runs) {
      const row = column[to];
      if (!row || !TOTAL.test(row.label) || seen.has(row.at.index) || disagreement(total.figure, false, row.at.figure, true) === undefined) continue;
      // rows above the run that no total closes are the total row's too: the run is a subtotal of some of its rows
      // (`其中，海外出货量35.60GW` of every region but 中国, over `合计 68.06`), which no total row restates
      const above = column[from - 1];
      if (above && !TOTAL.test(above.label)) continue;
      // `车队共3,568辆，其中国六及电动巴士合共3,082辆`: a sum of some rows said beside the whole, the total row's own figure, is a part of it
      if (wholeSaidBefore(doc, total, row.at.figure.value)) continue;
      if (yearBeforeOfUndated(doc, total, row.at)) continue;
      seen.add(row.at.index);
      checks.push(differ(total, row.at));
    }
  }
  return [...checks, ...staleFigures(doc, 'totals')];
}

/** Whether the text total's sentence states, before it, a figure of the total row's value. */
function wholeSaidBefore(doc: CheckDocument, total: DocFigure, value: number): boolean {
  for (let k = total.index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (f.start < total.figure.sentence.start) return false;
    if (f.value === value && dimensionOf(f) === dimensionOf(total.figure)) return true;
  }
  return false;
}

/**
 * Whether the total row's cell is its row's year before and the text total names no year, or another (`全年销售天然气
 * 19.58亿立方米` in the letter, its parts the 2023 column of a table whose 2024 column is the year's): the text left last
 * year's figure in place (`staleFigures` says so), no restatement of that column's total row to set against it.
 */
function yearBeforeOfUndated(doc: CheckDocument, total: DocFigure, cell: DocFigure): boolean {
  const dated = staleRows(doc).byBefore.get(cell.index);
  if (!dated) return false;
  const year = yearOfPeriod(total.figure.period);
  return year === undefined || year !== dated.beforeYear;
}

/** A number this long is no coincidence: four significant digits or more. */
const SIGNIFICANT = 4;
/** A figure rounded to this few digits restates a cell only with the row's own words said (`1.45 million skier days` of `Skier days`). */
const ROUNDED = 3;

/**
 * Last year's figure left in place of this year's: a running-text figure said of the report's year that is a row's
 * year-before cell at the figure's precision and not its latest (`截至报告期末，公司员工总数12,284人` of 12,284 | 12,759;
 * `welcomed 1.45 million skier days` of `Skier days  1,500.0  1,449.0`). A total row is named by its table's caption and
 * wants its year said, any other row by its label's words, said of nothing joined to them (`employees and contractors`).
 * Other rows are read after every other rule (`staleRowFigures`).
 */
function staleFigures(doc: CheckDocument, rows: 'totals' | 'others', skip: (index: number, latest: number) => boolean = () => false): Check[] {
  const checks: Check[] = [];
  const dated = staleRows(doc).changed.filter((r) => TOTAL.test(r.row.label) === (rows === 'totals'));
  if (dated.length === 0) return [];
  const columns = tableColumns(doc);
  const seen = new Set<number>();
  for (const { latest, before, row } of dated) {
    const total = rows === 'totals';
    const column = total ? columns.find((c) => c.some((cell) => cell.at.index === latest.index)) : undefined;
    if (total && !column) continue;
    const names = total ? captionTokens(doc.text, column!) : new Set(metricTokens(row.label));
    if (names.size === 0) continue;
    doc.figures.forEach((figure, index) => {
      if (seen.has(index) || isTableCell(doc, index) || dimensionOf(figure) !== dimensionOf(latest.figure)) return;
      const digits = (significantDigits(figure.text) ?? '').length;
      const exact = figure.value === before.figure.value && digits >= SIGNIFICANT;
      const rounded = !exact && !total && digits >= ROUNDED && admits(figure, before.figure.value) && !admits(figure, latest.figure.value);
      if (!exact && !rounded) return;
      // said as the value compared with (`… in 2023, compared with⏎1,962 kt CO2-e in 2022`): the year before's, whatever period its sentence reads
      // (a figure naming no year is the report's year's; a total's, read by its caption alone, must name it)
      if (figure.period === undefined ? total : !samePeriod(figure.period, latest.figure.period) || samePeriod(figure.period, before.figure.period)) return;
      if (saidAsPrior(doc.text, figure) || (!total && JOINED.test(figure.metric ?? ''))) return;
      if (!metricTokens(figure.metric).some((t) => names.has(t)) || skip(index, latest.figure.value)) return;
      seen.add(index);
      checks.push(differ({ doc, figure, index }, latest, 'consistency.stale-figure'));
    });
  }
  return checks;
}

/** A metric joining another thing to what it counts: `employees and contractors`, `员工及外包人员`. */
const JOINED = /\b(?:and|plus|including)\b|[及和与]/i;

/**
 * Last year's figure of a row other than a total said as this year's, unless a check before it already set that
 * figure against the row's latest value (the same-metric check groups most such figures with their row): one slip, one check.
 * Set against the latest value's translation in another file (the English letter's `1.426 million m3`) it is not yet
 * set against its own document's row: that is a slip of its own.
 */
export function staleRowFigures(docs: readonly CheckDocument[], found: readonly Check[]): Check[] {
  const failing = failingChecks(found);
  return docs.flatMap((doc) => staleFigures(doc, 'others', (index, latest) => failing.againstValue(figureId(doc.name, doc.figures[index]!.start), latest)));
}


function differ(text: DocFigure, row: DocFigure, rule = RULE): Check {
  const where = (at: DocFigure, side: 'a' | 'b', table: boolean) => ({
    [side]: at.figure.text.replace(/\s+/g, ' '),
    [`${side}Qualifier`]: qualifierTerm(at.figure.qualifier),
    [`${side}Doc`]: at.doc.name,
    [`${side}Place`]: placeTerm(table),
  });
  return {
    kind: 'consistency',
    holds: false,
    figures: [asCheckFigure(text, 'mention'), asCheckFigure(row, 'mention')],
    rule,
    ...saying('same.differ', { metric: text.figure.metric ?? row.figure.metric ?? '', ...where(text, 'a', false), ...where(row, 'b', true) }),
  };
}
