// Intensities whose row spells out its formula: `Energy intensity per rupee of turnover  8.95  9.92` over
// `(Total energy consumed / Revenue from operations, GJ per ₹ crore)`, as India's BRSR and many templates print
// them. The words before the slash name a row of the document (`Total energy consumed (A+B+C+D+E+F)`), those after
// it a figure's line (`Turnover (revenue from operations, consolidated)  ₹ 1,24,860 crore (FY 2022-23: ₹ 1,16,420
// crore)`): each cell is its column's numerator over the denominator said in the same order, per the scale its unit
// names (`per ₹ crore`). Both inputs named, a cell that does not come out is a mismatch.

import { dimensionOf } from '../readers/dimension';
import { quotientCheck } from './percent-check';
import { asWritten, decimalsOf, intervalOf, show } from '../readers/precision';
import { tableBlocks } from '../readers/table-blocks';
import type { Check, CheckDocument, DocFigure } from '../types';

/** `(Total energy consumed / Revenue from operations, GJ per ₹ crore)`: the numerator's words, the denominator's, and the rest. */
const FORMULA = /\(\s*([A-Za-z][^()/\d]{2,80}?(?:\d[^()/\d]{1,40}?)*)\s*\/\s*([A-Za-z][^()/,\d]{2,60}?)\s*(,[^()]{0,40})?\)/;
/** What one unit of the denominator is in its currency: `per ₹ crore`, `/€ million`. */
const SCALES: Array<[RegExp, number]> = [
  [/\bcrores?\b/i, 1e7],
  [/\blakhs?\b/i, 1e5],
  [/\bbillions?\b|\bbn\b/i, 1e9],
  [/\bmillions?\b|\bmn\b/i, 1e6],
  [/\bthousands?\b/i, 1e3],
];
/** How far after its row a formula's words may run (its wrapped label's lines). */
const FORMULA_REACH = 240;
/** How far before the intensity its numerator and denominator may be said. */
const INPUT_REACH = 6000;

/** A label's words, a bracket's aside (`(A+B+C)`, `(in GJ)`) left out unless told to keep them. */
const tokens = (words: string, brackets = false): string[] => (brackets ? words : words.replace(/\([^()]*\)/g, ' ')).toLowerCase().match(/[a-z0-9]+/g) ?? [];

export function namedFormulaRatios(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { text } = doc;
  for (const block of tableBlocks(doc))
    for (const row of block) {
      const cells = row.cells.filter((c): c is DocFigure => c !== undefined && dimensionOf(c.figure) !== 'percent');
      if (row.header || cells.length === 0) continue;
      const start = text.lastIndexOf('\n', cells[0]!.figure.start) + 1;
      const span = text.slice(start, Math.min(text.length, row.end + FORMULA_REACH));
      const cut = span.indexOf('\n\n');
      const near = cut < 0 ? span : span.slice(0, cut);
      const formula = near.includes('/') ? FORMULA.exec(near) : null;
      if (!formula) continue;
      const scale = scaleOf(`${formula[3] ?? ''} ${row.texts.join(' ')} ${span.slice(0, formula.index)}`);
      const numerators = lineFigures(doc, start, (label) => subsetOf(tokens(label), tokens(formula[1]!)));
      const said = lineFigures(doc, start, (label) => subsetOf(tokens(formula[2]!), tokens(label, true)));
      if (!numerators || !said || scale === undefined) continue;
      // the denominator's line says this year's, then last year's in a bracket: in the columns' order of years
      const order = yearsOrder(text, start);
      const denominators = said.length === 1 ? said : order === 'descending' ? said : order === 'ascending' ? [...said].reverse() : [];
      cells.forEach((result, i) => {
        const [n, d] = [numerators[i], denominators[i]];
        if (!n || !d || !dimensionOf(d.figure).startsWith('currency:')) return;
        const den = intervalOf(d.figure);
        checks.push(
          quotientCheck({
            rule: 'ratio.named-formula',
            said: 'rate',
            numerator: n,
            denominator: d,
            result,
            over: [intervalOf(n.figure), { lo: den.lo / scale, hi: den.hi / scale }],
            expected: n.figure.value / (d.figure.value / scale),
            formula: `${asWritten(n.figure)} / ${show(d.figure.value / scale, decimalsOf(d.figure.text))}`,
            stated: asWritten(result.figure),
          }),
        );
      });
    }
  return checks;
}

/** How far above a row the header of years its columns are under may stand, in lines. */
const HEADER_LINES = 30;

/** Whether the nearest line above with two years or more gives them latest first. */
function yearsOrder(text: string, before: number): 'descending' | 'ascending' | undefined {
  let end = before - 1;
  for (let n = 0; n < HEADER_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const years = [...text.slice(start, end).matchAll(/\b(?:FY\s?)?((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
    if (years.length >= 2 && years[0] !== years[1]) return years[0]! > years[1]! ? 'descending' : 'ascending';
    end = start - 1;
  }
  return undefined;
}

const subsetOf = (some: string[], all: string[]): boolean => some.length >= 2 && some.every((t) => all.includes(t));

function scaleOf(words: string): number | undefined {
  return SCALES.find(([pattern]) => pattern.test(words))?.[1];
}

/**
 * The figures of the nearest line before `before` whose words ahead of its first figure the test accepts (a row's
 * label, `Turnover (revenue from operations, consolidated)`), in their order on the line: undefined when none does.
 */
function lineFigures(doc: CheckDocument, before: number, accepts: (label: string) => boolean): DocFigure[] | undefined {
  const { text, figures } = doc;
  let k = figures.length - 1;
  while (k >= 0 && figures[k]!.start >= before) k--;
  for (; k >= 0 && before - figures[k]!.end <= INPUT_REACH; k--) {
    const lineStart = text.lastIndexOf('\n', figures[k]!.start) + 1;
    // the line's first figure: its label is the words before it
    let first = k;
    while (first > 0 && figures[first - 1]!.start >= lineStart) first--;
    // (its first cell: a unit cell after it, `Metric tonnes of CO2`, is no word of its name)
    const label = text.slice(lineStart, figures[first]!.start).replace(/^\s*\d{1,2}\.\s+/, '').trim().split(/ {2,}|\t/)[0]!;
    if (accepts(label)) {
      const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
      const out: DocFigure[] = [];
      for (let j = first; j < figures.length && figures[j]!.start < lineEnd; j++) if (dimensionOf(figures[j]!) !== 'percent') out.push({ doc, figure: figures[j]!, index: j });
      return out;
    }
    k = first;
  }
  return undefined;
}
