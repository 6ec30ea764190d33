// A Chinese intensity per tonne of product said right after its amount, the output stated elsewhere in the report:
// `2024年，公司综合能源消耗31,460吨标准煤，较上年的29,840吨标准煤增长5.4%；单位产品综合能耗113.2千克标准煤/吨` with
// `三大基地合计产量28.6万吨` in the production section. `单位产品` is the company's product as a whole, so the output is the
// year's total tonnage the running text says it produced (`产量`, `生产`): the largest of them, its parts (`聊城基地产量12.4万吨`)
// and last year's (`较上年的25.2万吨`) aside. The amount before it in its sentence, of the rate's measure and named by a
// word of its metric (`综合能源消耗` for `综合能耗`, `用水量` for `取水量`), is its numerator beyond doubt; a rate naming
// its product after the slash (`/吨LCE`, `/吨成品茶`) is of that product's tonnes, not read here.

import { inBaseUnit, measureOf, unitFactor, unitScale } from '../readers/dimension';
import { hanOf } from '../consistency/consistency-words';
import { inForwardClause, saidAsPrior } from '../readers/markers';
import { quotientCheck } from '../shares/percent-check';
import { yearOf } from './rate-readers';
import { asWritten, decimalsOf, intervalOf, show } from '../readers/precision';
import { isTableCell } from '../readers/table-columns';
import type { Check, CheckDocument, DocFigure } from '../types';

/** `单位产品综合能耗`, `单位产品取水量`: a rate per unit of the company's product; what it is of follows. */
const PER_PRODUCT = /^(?:单位产品|單位產品)([\u3400-\u9fff]{2,})$/;
/** The rate written per tonne, the clause ending with it (`113.2千克标准煤/吨。`, `1.44立方米/吨；`). */
const PER_TONNE = /[/／](?:吨|噸)$/;
const CLAUSE_END = /^\s*(?:[。；，;,]|$)/;
/** A tonnage the company produced: its metric says output (`产量`) or producing (`生产`). */
const OUTPUT = /产量|產量|生产|生產/;
/** How far before the rate its amount may stand, within its sentence. */
const AMOUNT_REACH = 80;

/** A unit of mass of a thing (`kgce`, `tce`, `tCO2e`): its unit of mass and what it is a mass of. */
const MASS_OF = /^(g|kg|t|kt|Mt)((?:ce|CO2e?)?)$/;

/** How many of the rate's unit one of the amount's is (`tce` over `kgce`: 1,000), or undefined when they measure two things. */
function amountScale(amount: string, rate: string): number | undefined {
  const [a, r] = [MASS_OF.exec(amount), MASS_OF.exec(rate)];
  if (a && r) return a[2] === r[2] ? unitScale(a[1]!)!.scale / unitScale(r[1]!)!.scale : undefined;
  return measureOf(amount) === measureOf(rate) ? unitFactor({ unit: amount }) / unitFactor({ unit: rate }) : undefined;
}

/** A year said in Chinese (`2024年`). */
const YEAR_SAID = /(?:19|20)\d{2}\s*年/g;

/** Whether two Chinese metrics share a pair of characters (`综合能耗` and `综合能源消耗` share `综合`). */
function sharePair(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/** The amount a rate per tonne of product is of: the nearest figure before it in its sentence of the rate's measure, named alike, not last year's. */
function amountBefore(doc: CheckDocument, i: number, of: string): DocFigure | undefined {
  const rate = doc.figures[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (rate.start - f.end > AMOUNT_REACH || /[。！？\n]/.test(doc.text.slice(f.end, rate.start).replace(/\n(?=[\u3400-\u9fff])/g, ''))) return undefined;
    if (amountScale(f.unit, rate.unit) === undefined || saidAsPrior(doc.text, f)) continue;
    return sharePair(of, hanOf(f.metric)) ? { doc, figure: f, index: k } : undefined;
  }
  return undefined;
}

/** The year's total output in the running text: its largest tonnage said as produced, neither last year's nor a target. */
function outputOf(doc: CheckDocument, year: string | undefined): DocFigure | undefined {
  let best: DocFigure | undefined;
  doc.figures.forEach((figure, index) => {
    if (measureOf(figure.unit) !== 'mass' || figure.qualifier !== 'exact' || !OUTPUT.test(figure.metric ?? '') || isTableCell(doc, index)) return;
    if ((yearOf(figure.period) ?? year) !== year || saidAsPrior(doc.text, figure) || inForwardClause(doc.text, figure)) return;
    if (!best || inBaseUnit(figure).value > inBaseUnit(best.figure).value) best = { doc, figure, index };
  });
  return best;
}

export function ratesPerTonneOfProduct(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  doc.figures.forEach((rate, i) => {
    const of = PER_PRODUCT.exec(rate.metric ?? '')?.[1];
    if (of === undefined || !PER_TONNE.test(rate.text) || !CLAUSE_END.test(doc.text.slice(rate.end, rate.end + 2)) || rate.qualifier !== 'exact' || !(rate.value > 0) || isTableCell(doc, i)) return;
    const amount = amountBefore(doc, i, of);
    if (!amount) return;
    // (the amount's year, else the last its sentence said before it, past clauses a `；` parts: `2024年，公司瓷器产量2.46万吨…；综合能源消耗18,640吨标准煤`)
    const opening = doc.text.lastIndexOf('。', amount.figure.start) + 1;
    const year = yearOf(amount.figure.period) ?? yearOf([...doc.text.slice(opening, amount.figure.start).matchAll(YEAR_SAID)].at(-1)?.[0]);
    const output = year === undefined ? undefined : outputOf(doc, year);
    if (!output) return;
    const nScale = amountScale(amount.figure.unit, rate.unit)!;
    const dScale = unitFactor(output.figure);
    checks.push(
      quotientCheck({
        rule: 'rate.intensity',
        said: 'rate',
        numerator: amount,
        denominator: output,
        result: { doc, figure: rate, index: i },
        over: [intervalOf(inBaseUnit(amount.figure, nScale)), intervalOf(inBaseUnit(output.figure, dScale))],
        expected: (amount.figure.value * nScale) / (output.figure.value * dScale),
        formula: `${show(amount.figure.value * nScale, decimalsOf(amount.figure.text))} / ${show(output.figure.value * dScale, 0)}`,
        stated: asWritten(rate),
      }),
    );
  });
  return checks;
}
