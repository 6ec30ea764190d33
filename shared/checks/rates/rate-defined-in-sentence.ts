// A ratio whose own sentence says, in words, what it divides, then its value: `Our annual power usage effectiveness
// (PUE), total facility energy divided by IT energy, was 1.34, against 1.14 in 2023`, `Our feed conversion ratio (feed
// used divided by fish harvested) was 1.08`. Each side names a table row of the report (every word of the row's label,
// its brackets aside, said on that side; of several, those of the most words): the ratio said with no year is the rows'
// latest cells over each other, one said of the year before (`against 1.14 in 2023`) the cells of that year. A ratio of
// two amounts of one unit (MWh over MWh, tonnes over tonnes) is a bare number; its formula named outright, one that
// does not come out is a mismatch — the slip of a rate worked over last year's input while this year's is stated
// beside it (323,760 MWh over 2023's IT energy 241,800 is 1.34, over 2024's 286,400 it is 1.13).
// A side whose rows disagree (a total row slipped in one table) is the row whose cell the ratio's own paragraph
// states again; none, and no check.

import { yearOfPeriod } from '../../metrics/index';
import { datedRows, type DatedRow } from '../changes/table-prior-year-changes';
import { intervalOf, show } from '../readers/precision';
import { quotientCheck } from '../shares/percent-check';
import { labelTokens } from './defined-ratio-rows';
import { bare } from './table-row-quotients';
import type { Check, CheckDocument, DocFigure } from '../types';

const RULE = 'ratio.rate-defined-in-sentence';

/** Before a bare ratio: `, total facility energy divided by IT energy, was `, `(feed used divided by fish harvested) was `. */
const DEFINED_BEFORE = /[,(（]\s*([A-Za-z][A-Za-z0-9 '-]{2,60}?)\s+(?:divided\s+by|over)\s+([A-Za-z][A-Za-z0-9 '-]{2,60}?)\s*[,)）]\s*(?:was|is|were|stood\s+at|came\s+to|of)\s+$/i;
/** How far before the ratio its definition is read. */
const REACH = 140;
/** After the ratio, the year before's value said beside it: `, against 1.14 in 2023`, ` (2023: 1.14)`. */
const YEAR_BEFORE_AFTER = /^\s*(?:,\s*(?:against|compared\s+with|versus|vs\.?|from)\s+|\(\s*(?:FY\s?)?(?:19|20)\d{2}\s*[:：]\s*)$/i;

export function ratesDefinedInSentence(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { text, figures } = doc;
  for (let i = 0; i < figures.length; i++) {
    const rate = figures[i]!;
    if (rate.unit !== '' || rate.period !== undefined) continue;
    const said = DEFINED_BEFORE.exec(text.slice(Math.max(rate.sentence.start, rate.start - REACH), rate.start));
    if (!said) continue;
    const rows = datedRows(doc);
    const numerators = rowsNamed(rows, said[1]!);
    const denominators = rowsNamed(rows, said[2]!);
    if (numerators.length === 0 || denominators.length === 0) continue;
    const own: DocFigure = { doc, figure: rate, index: i };
    const latest = pair(doc, numerators, denominators, own, (r) => r.latest);
    if (latest) checks.push(ratioCheck(latest, own));
    // the year before's, said just after
    const next = figures[i + 1];
    if (!next || next.unit !== '' || next.sentence.start !== rate.sentence.start || !YEAR_BEFORE_AFTER.test(text.slice(rate.end, next.start))) continue;
    const year = yearOfPeriod(next.period);
    const before = pair(doc, numerators.filter((r) => r.beforeYear === year), denominators.filter((r) => r.beforeYear === year), { doc, figure: next, index: i + 1 }, (r) => r.before);
    if (year !== undefined && before) checks.push(ratioCheck(before, { doc, figure: next, index: i + 1 }));
  }
  return checks;
}

/** The rows every word of whose label the words say, those of the most words. */
function rowsNamed(rows: readonly DatedRow[], words: string): DatedRow[] {
  const said = new Set(labelTokens(words));
  let best: DatedRow[] = [];
  let most = 0;
  for (const r of rows) {
    const label = labelTokens(bare(r.row.label));
    if (label.length === 0 || label.length < most || !label.every((t) => said.has(t))) continue;
    if (label.length > most) [best, most] = [[], label.length];
    best.push(r);
  }
  return best;
}

/** One cell of each side, of one unit, the ratio's paragraph choosing between rows that disagree. */
function pair(doc: CheckDocument, numerators: readonly DatedRow[], denominators: readonly DatedRow[], rate: DocFigure, cell: (r: DatedRow) => DocFigure): [DocFigure, DocFigure] | undefined {
  const numerator = oneCell(doc, numerators.map(cell), rate);
  const denominator = oneCell(doc, denominators.map(cell), rate);
  if (!numerator || !denominator || numerator.index === denominator.index || numerator.figure.unit !== denominator.figure.unit) return undefined;
  return numerator.figure.value > 0 && denominator.figure.value > 0 ? [numerator, denominator] : undefined;
}

/** The cells' one value, or the one the ratio's paragraph states again before it. */
function oneCell(doc: CheckDocument, cells: readonly DocFigure[], rate: DocFigure): DocFigure | undefined {
  if (cells.length === 0) return undefined;
  if (cells.every((c) => c.figure.value === cells[0]!.figure.value)) return cells[0];
  const stated = new Set<number>();
  const { text, figures } = doc;
  for (let k = rate.index - 1; k >= 0 && !/\n[ \t]*\n/.test(text.slice(figures[k]!.end, figures[k + 1]!.start)); k--) stated.add(figures[k]!.value);
  const found = cells.filter((c) => stated.has(c.figure.value));
  return found.length > 0 && found.every((c) => c.figure.value === found[0]!.figure.value) ? found[0] : undefined;
}

function ratioCheck([numerator, denominator]: [DocFigure, DocFigure], rate: DocFigure): Check {
  const decimals = Math.max(1, (/\.(\d+)/.exec(rate.figure.text)?.[1] ?? '').length);
  return quotientCheck({
    rule: RULE,
    said: 'rate',
    numerator,
    denominator,
    result: rate,
    over: [intervalOf(numerator.figure), intervalOf(denominator.figure)],
    expected: numerator.figure.value / denominator.figure.value,
    formula: `${numerator.figure.text} / ${denominator.figure.text}`,
    stated: show(rate.figure.value, decimals),
  });
}
