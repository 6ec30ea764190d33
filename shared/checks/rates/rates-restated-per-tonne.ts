// An amount said again at once as a rate per tonne of output: `Waste heat power generation was 248.6 million kWh, or
// 28.8 kWh per tonne of clinker`, `we withdrew 41.2 million m³ of water, i.e. 3.4 m³ per tonne of steel`, `余热发电量
// 24.86亿千瓦时，吨熟料余热发电量28.8千瓦时`. The amount is
// the rate's numerator beyond doubt (its unit's measure, joined by `or`), and the output it is per is the year's tonnes
// of what it names (`clinker`), however often the report states them: when every such figure gives one tonnage (the
// letter's 86.42 million tonnes, the key table's 8,642 (10,000 tonnes)), a rate that does not come out is a mismatch.
// A table's cell stands for the tonnage where the report tables it. A rate said with no year is the report's year
// (the latest its tonnages are said of).

import { dimensionOf, inBaseUnit, isMeasure, measureOf, unitFactor } from '../readers/dimension';
import { inForwardClause, saidAsPrior } from '../readers/markers';
import { metricTokens } from '../consistency/metric-tokens';
import { quotientCheck } from '../shares/percent-check';
import { yearOf } from './rate-readers';
import { asWritten, decimalsOf, intervalOf, overlaps, show } from '../readers/precision';
import { isTableCell } from '../readers/table-columns';
import type { Check, CheckDocument, DocFigure } from '../types';

/** What joins an amount (and the words naming it: `of fresh water in 2024`) to its saying per tonne: `, or`, `, i.e.`, `, that is`, `, equivalent to`. */
const JOIN = /^(?:\s+(?:of|in)\s[^,;.()]{1,40})?\s*[,，]\s*(?:or|i\.e\.|that\s+is|equivalent\s+to)\s*$/i;
/** `per tonne of clinker` just after the rate: the output it is per. */
const PER_TONNE_OF = /^\s*per\s+(?:tonne|ton|t)\s+of\s+([a-z][a-z-]+)/i;
/** `），吨熟料余热发电量` before the rate: the Chinese saying per tonne of what (熟料), after a comma closing the amount. */
const PER_TONNE_OF_HAN = /^[)）]?\s*[，,]\s*(?:吨|噸)([\u3400-\u9fff]{2})[\u3400-\u9fff]*$/;
/** Tonnes of output: `t`, `kt`, `Mt`. */
const TONNES = /^[kmg]?t$/i;

export function ratesRestatedPerTonne(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { text, figures } = doc;
  let outputs: Array<DocFigure & { year: string | undefined }> | undefined;
  for (let i = 1; i < figures.length; i++) {
    const [said, rate] = [figures[i - 1]!, figures[i]!];
    if (!(rate.value > 0) || rate.qualifier !== 'exact' || dimensionOf(rate) === 'percent') continue;
    const between = text.slice(said.end, rate.start);
    const english = JOIN.test(between) ? PER_TONNE_OF.exec(text.slice(rate.end, rate.end + 40))?.[1] : undefined;
    const han = english ? undefined : PER_TONNE_OF_HAN.exec(between)?.[1];
    const measure = measureOf(rate.unit);
    if (!(english || han) || !isMeasure(measure) || measureOf(said.unit) !== measure || isTableCell(doc, i)) continue;
    const a = thisYearsAmount(doc, i - 1);
    const amount = figures[a]!;
    if (!(amount.value > rate.value) || amount.qualifier !== 'exact') continue;
    outputs ??= outputsOf(doc);
    const latest = outputs.reduce<string | undefined>((y, o) => (o.year !== undefined && (y === undefined || o.year > y) ? o.year : y), undefined);
    const year = yearOf(rate.period) ?? latest;
    // (吨熟料 of 熟料, 吨钢用水 of 钢: two characters where an output's metric says them, else one)
    const product = english ? metricTokens(english)[0] : outputs.some((o) => (o.figure.metric ?? '').includes(han!)) ? han : han![0];
    const names = (o: DocFigure) => (english ? metricTokens(o.figure.metric).includes(product!) : (o.figure.metric ?? '').includes(product!));
    const named = outputs.filter((o) => (o.year ?? latest) === year && product !== undefined && names(o));
    if (year === undefined || named.length === 0) continue;
    const inTonnes = named.map((o) => inBaseUnit(o.figure));
    // one tonnage however often it is said: each saying within every other's rounding
    const one = inTonnes.every((a) => inTonnes.every((b) => overlaps(intervalOf(a), intervalOf(b))));
    const output = named.find((o) => isTableCell(doc, o.index) || laidOut(text, o.figure)) ?? named[0]!;
    const nScale = unitFactor(amount) / unitFactor(rate);
    const dScale = unitFactor(output.figure);
    const expected = (amount.value * nScale) / (output.figure.value * dScale);
    const check = quotientCheck({
      rule: 'rate.restated-per-tonne',
      said: 'rate',
      numerator: { doc, figure: amount, index: a },
      denominator: output,
      result: { doc, figure: rate, index: i },
      over: [intervalOf(inBaseUnit(amount, nScale)), intervalOf(inBaseUnit(output.figure, dScale))],
      expected,
      formula: `${show(amount.value * nScale, decimalsOf(amount.text))} / ${show(output.figure.value * dScale, 0)}`,
      stated: asWritten(rate),
    });
    if (check.holds || one) checks.push(check);
  }
  return checks;
}

/**
 * The amount a rate said at once after `index` restates: that figure, but for one said as the year before's (`Water
 * withdrawal was 486 thousand m3, down 7.3% from 524 thousand m3, or 36.9 m3 per tonne`), the amount of the same measure
 * its sentence says before it of its own year (486), which the change and the rate are both of.
 */
function thisYearsAmount(doc: CheckDocument, index: number): number {
  const { text, figures } = doc;
  const said = figures[index]!;
  if (!saidAsPrior(text, said)) return index;
  for (let k = index - 1; k >= 0 && figures[k]!.sentence.start === said.sentence.start; k--) {
    const f = figures[k]!;
    if (measureOf(f.unit) === measureOf(said.unit) && !saidAsPrior(text, f)) return k;
  }
  return index;
}

/** Whether a figure stands on a line laid out in columns (`Clinker production   10,000 tonnes   8,642   8,915`): a table's cell, read as one or not. */
function laidOut(text: string, figure: DocFigure['figure']): boolean {
  const start = text.lastIndexOf('\n', figure.start) + 1;
  const end = text.indexOf('\n', figure.end);
  const line = text.slice(start, end < 0 ? text.length : end);
  return / {2,}\S/.test(text.slice(start, figure.start)) && (/^(?: {2,}|\s*$)/.test(text.slice(figure.end, end < 0 ? text.length : end)) || line.trimEnd().endsWith(figure.text));
}

/** The document's tonnages said as done (not a rate per tonne, not a target), with the year each is of. */
function outputsOf(doc: CheckDocument): Array<DocFigure & { year: string | undefined }> {
  const out: Array<DocFigure & { year: string | undefined }> = [];
  doc.figures.forEach((figure, index) => {
    if (!TONNES.test(figure.unit) || !(figure.value > 0) || figure.qualifier !== 'exact' || figure.valueMax !== undefined) return;
    if (/\bper\b|\//i.test(`${figure.metric ?? ''} ${figure.text}`) || inForwardClause(doc.text, figure)) return;
    out.push({ doc, figure, index, year: yearOf(figure.period) });
  });
  return out;
}
