// Sums: a stated total and the parts that follow it, in running text (`总排放量为1324.9万吨。其中
// …范围1…92.7万吨…范围2…444.5万吨…范围3…787.7万吨`) and in tables (a total row and the rows
// under it). Parts are figures of the same unit after the total. A sum is only called a mismatch
// when its parts are certain — numbered scopes that the total covers — since otherwise a total
// followed by figures that are not its parts would be a false alarm; any run of following parts
// that adds up is reported as holding.

import { samePeriod, scopeNumbers } from '../metrics/index';
import { inTable } from './agreement';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from './types';
import { decimalsOf, intervalOf, overlaps, show, sumOf, writtenNumber } from './precision';
import { dimensionOf } from './dimension';
import { TOTAL } from './markers';
import { saying } from './sayings';

/** How far from a total its parts may stand, in characters. */
const REACH = 900;
const MAX_PARTS = 6;

export function sumChecks(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  for (let i = 0; i < doc.figures.length; i++) {
    const figure = doc.figures[i]!;
    if (!isTotal(doc.text, figure) || dimensionOf(figure) === 'percent') continue;
    const total: DocFigure = { doc, figure, index: i };
    const after = candidateParts(total, 1);
    // a table's total row may also close its parts, as English tables often do
    const check = scopedSum(total, after) ?? scopedSum(total, candidateParts(total, -1)) ?? runningSum(total, after);
    if (check) checks.push(check);
  }
  return checks;
}

/** Figures of the total's unit, period and table column, after it (`step` 1) or before it (-1), up to the next total. */
function candidateParts(total: DocFigure, step: 1 | -1): DocFigure[] {
  const { doc, figure } = total;
  const column = columnOf(doc.text, figure);
  const parts: DocFigure[] = [];
  for (let j = total.index + step; j >= 0 && j < doc.figures.length && parts.length < MAX_PARTS; j += step) {
    const f = doc.figures[j]!;
    if ((step > 0 ? f.start - figure.end : figure.start - f.end) > REACH) break;
    if (isTotal(doc.text, f) && f.unit === figure.unit && columnOf(doc.text, f) === column) break;
    if (f.unit.toLowerCase() !== figure.unit.toLowerCase() || !(f.value < figure.value)) continue;
    // in a table of several years, a total's parts stand in its column, and any figure of another period is not one
    if (!samePeriod(figure.period, f.period) || (column !== undefined && columnOf(doc.text, f) !== column)) continue;
    parts.push({ doc, figure: f, index: j });
  }
  return step > 0 ? parts : parts.reverse();
}

/** Whether the figure is stated as a total: its metric, or the words just before it, say so. */
function isTotal(text: string, f: DocFigure['figure']): boolean {
  const near = text.slice(Math.max(f.sentence.start, f.start - 14), f.start);
  return TOTAL.test(f.metric ?? '') || /总计|合计|共计|in total|total of|totall?ing/i.test(near);
}

/**
 * Parts that are the numbered scopes of the total (`范围1`, `范围2`, `范围3`): certain enough to call
 * a mismatch, when each scope has one candidate. Two candidates for one scope (Scope 2 location-
 * and market-based) make any choice that adds up hold, and none a mismatch.
 */
function scopedSum(total: DocFigure, candidates: DocFigure[]): Check | undefined {
  const covered = scopeNumbers(total.figure.scope);
  if (covered.length === 1) return undefined;
  const byScope = new Map<string, DocFigure[]>();
  for (const part of candidates) {
    const numbers = scopeNumbers(part.figure.scope);
    if (numbers.length !== 1 || (covered.length > 0 && !covered.includes(numbers[0]!))) continue;
    byScope.set(numbers[0]!, [...(byScope.get(numbers[0]!) ?? []), part].slice(0, 3));
  }
  const choices = [...byScope.values()];
  if (choices.length < 2 || (covered.length > 0 && choices.length !== covered.length)) return undefined;
  const unambiguous = choices.every((c) => c.length === 1);
  for (const parts of combinations(choices)) {
    const check = sumCheck(total, parts.sort((a, b) => a.figure.start - b.figure.start), 'sum.scoped-parts', unambiguous);
    if (check) return check;
  }
  return undefined;
}

function* combinations(choices: DocFigure[][], at = 0, picked: DocFigure[] = []): Generator<DocFigure[]> {
  if (at === choices.length) {
    yield [...picked];
    return;
  }
  for (const option of choices[at]!) yield* combinations(choices, at + 1, [...picked, option]);
}

/** The shortest run of two or more following parts that adds up to the total, if any. */
function runningSum(total: DocFigure, candidates: DocFigure[]): Check | undefined {
  for (let n = 2; n <= candidates.length; n++) {
    const check = sumCheck(total, candidates.slice(0, n), 'sum.following-parts', false);
    if (check) return check;
  }
  return undefined;
}

function sumCheck(total: DocFigure, parts: DocFigure[], rule: string, mayMismatch: boolean): Check | undefined {
  const holds = overlaps(sumOf(parts.map((p) => intervalOf(p.figure))), intervalOf(total.figure));
  if (!holds && !mayMismatch) return undefined;
  const expected = parts.reduce((s, p) => s + p.figure.value, 0);
  const scale = total.figure.value / (Number(writtenNumber(total.figure.text)) || total.figure.value);
  const digits = Math.max(...[total, ...parts].map((p) => decimalsOf(p.figure.text)));
  const partsText = parts.map((p) => show(p.figure.value / scale, digits)).join(' + ');
  const unit = total.figure.text.replace(/^[\d,.\s]+/, '').replace(/\*\*/g, '').trim();
  const line = saying(holds ? 'sum.holds' : 'sum.mismatch', {
    calc: partsText,
    expected: show(expected / scale, digits),
    stated: show(total.figure.value / scale, digits),
    unit: unit ? ` ${unit}` : '',
  });
  return {
    kind: 'sum',
    holds,
    figures: [asCheckFigure(total, 'total'), ...parts.map((p) => asCheckFigure(p, 'part'))],
    expected,
    stated: total.figure.value,
    rule,
    ...line,
  };
}

/** The cell a table figure stands in (tabs before it on its line), or undefined outside a table row. */
function columnOf(text: string, f: DocFigure['figure']): number | undefined {
  if (!inTable(text, f)) return undefined;
  let tabs = 0;
  for (let i = f.start - 1; i >= 0 && f.start - i <= 1000 && text.charCodeAt(i) !== 10; i--) if (text.charCodeAt(i) === 9) tabs++;
  return tabs;
}
