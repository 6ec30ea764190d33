// Spend per visit: `接待游客1,147万人次…实现营业收入59.00亿元…游客人均消费489.2元`, `8.42 million visits … revenue of
// $412.6 million … spend per visitor of $49.00`: the revenue over the visits its paragraph states before it. Visits are
// person-times (`人次`), no head count of people (rates.ts' averages per head leave them): each visit spends. With one
// revenue and one count of visits in the paragraph, said exactly, the inputs are named, so a quotient that does not
// come out is a mismatch (a per-visit figure restated over a stale count of visits, say).

import { comparable, dimensionOf, inBaseUnit, unitFactor } from '../readers/dimension';
import { quotientCheck } from '../shares/percent-check';
import { asWritten, decimalsOf, intervalOf, show } from '../readers/precision';
import { isTableCell } from '../readers/table-columns';
import type { Check, CheckDocument, DocFigure } from '../types';

/** Just before an amount, the spend per visit it is: `游客人均消费`, `客单价`, `spend per visitor of`, `revenue per guest was`. */
const PER_VISIT_BEFORE = /(?:人均(?:消费|消費|花费|花費)|客单价|客單價)\s*(?:为|為|达|達|约|約)?\s*$|\b(?:spend(?:ing)?|revenue)\s+per\s+(?:visitor|visit|guest|passenger)\s+(?:of|was|is|at|reached)\s*$/i;
/** Just after an amount, the visit it is per: ` per visitor`, ` a visit`. */
const PER_VISIT_AFTER = /^\s*(?:per|a|each)\s+(?:visitor|visit|guest|passenger)\b/i;
/** A count of visits: person-times, or visits, visitors, guests, passengers counted. */
const VISITS = /人次|\b(?:visits|visitors|guests|passengers)\b/i;
/** A revenue: the company's takings, not a part of them (`二次消费收入`, `ticket revenue`). */
const REVENUE = /^(?:营业收入|營業收入|总收入|總收入|收入总额|收入總額|营业总收入|營業總收入)$|^(?:total\s+)?(?:revenue|turnover)$/i;
/** How far before the spend in its paragraph its inputs may stand. */
const REACH = 600;
/** The words before a figure that name it. */
const LEAD = 24;

export function spendsPerVisit(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i < figures.length; i++) {
    const spend = figures[i]!;
    if (spend.unit === '%' || !dimensionOf(spend).startsWith('currency') || spend.qualifier !== 'exact' || isTableCell(doc, i)) continue;
    const lead = text.slice(Math.max(spend.sentence.start, spend.start - LEAD), spend.start);
    if (!PER_VISIT_BEFORE.test(lead) && !PER_VISIT_AFTER.test(text.slice(spend.end, spend.end + 16))) continue;
    const revenues: DocFigure[] = [];
    const visits: DocFigure[] = [];
    let ofOtherAmount = false;
    for (let k = i - 1; k >= 0; k--) {
      const f = figures[k]!;
      if (spend.start - f.end > REACH || text.slice(f.end, spend.start).includes('\n\n')) break;
      if (f.qualifier !== 'exact' || f.valueMax !== undefined || isTableCell(doc, k)) continue;
      const at = { doc, figure: f, index: k };
      const amount = comparable(f, spend) && f.value > spend.value;
      // `welcomed 286,400 visitors and brought in £5,600 thousand, 4.0% of revenue, or £19.55 per visitor`: the nearest
      // amount of the spend's own sentence, when no revenue, is what the visits brought in, the spend that over them
      if (amount && revenues.length === 0 && f.sentence.start === spend.sentence.start && !REVENUE.test(nameOf(doc, f))) {
        ofOtherAmount = true;
        break;
      }
      if (amount && REVENUE.test(nameOf(doc, f))) revenues.push(at);
      else if (dimensionOf(f) === 'count' && VISITS.test(`${f.unit} ${f.metric ?? ''} ${text.slice(f.end, f.end + 12)}`)) visits.push(at);
    }
    if (ofOtherAmount || distinct(revenues) !== 1 || distinct(visits) !== 1) continue;
    const [revenue, count] = [revenues[0]!, visits[0]!];
    const factor = unitFactor(revenue.figure) / unitFactor(spend);
    const numerator = inBaseUnit(revenue.figure, factor);
    checks.push(
      quotientCheck({
        rule: 'ratio.spend-per-visit',
        said: 'rate',
        numerator: revenue,
        denominator: count,
        result: { doc, figure: spend, index: i },
        over: [intervalOf(numerator), intervalOf(count.figure)],
        expected: numerator.value / count.figure.value,
        formula: `${show(numerator.value, decimalsOf(revenue.figure.text))} / ${show(count.figure.value, 0)}`,
        stated: asWritten(spend),
      }),
    );
  }
  return checks;
}

/** What a figure is: its metric, or the words just before it (`revenue of`). */
function nameOf(doc: CheckDocument, f: DocFigure['figure']): string {
  const metric = (f.metric ?? '').replace(/\s+/g, ' ').trim();
  if (metric) return metric.replace(/^(?:实现|實現|全年|公司|集团|集團)+/, '');
  return /([a-z]+(?:\s+[a-z]+)?)\s+(?:of|was|were|reached|rose\s+to|grew\s+to)\s*(?:[A-Z]{0,3}\$|£|€|RMB|COP)?\s*$/i.exec(doc.text.slice(Math.max(f.sentence.start, f.start - LEAD), f.start))?.[1] ?? '';
}

/** How many values a list of figures holds (one said twice is one). */
const distinct = (fs: readonly DocFigure[]): number => new Set(fs.map((f) => f.figure.value)).size;
