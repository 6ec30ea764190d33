// A sentence that gives a figure and its value the year before, one of which a table row of the document
// gives too: `our lost-time injury frequency rate (LTIFR) was 0.49 (2022: 0.65)` beside a safety table whose
// LTIFR row reads 0.65 for 2022 and 0.94 for 2023; `单位头均耗水1.46立方米/头，上年为1.57立方米/头` beside a
// key-figures table whose row reads 1.46 | 1.75. The sentence's words need not name the row (`By-product gas
// power covered 67.9% of the electricity our works used (2022: 66.0%)` against `Self-generation ratio`): the
// value the row restates, as written, in its column of the same year, says which row it is, and the other
// value must be the row's other year's. An anchor of two digits or fewer (0.65) is too common to say so alone:
// a word of the row's label must be said in the sentence too. Rows named by the anchor alike but giving
// the other year differently leave it unsaid which is meant: no check.

import { wholeOfLastListedPart } from '../sums/listed-parts';
import { dimensionOf } from '../readers/dimension';
import { inPriorYearBracket, saidAsChange, saidAsPrior } from '../readers/markers';
import { metricTokens } from '../consistency/metric-tokens';
import { digitsWritten, intervalOf, overlaps, significantDigits, writtenNumber } from '../readers/precision';
import { restatedCell } from '../consistency/rate-column-restatements';
import { isTableCell } from '../readers/table-columns';
import { datedRows, type DatedRow } from './table-prior-year-changes';
import type { Check, CheckDocument, DocFigure } from '../types';

/** A bracket opening just after the year before's value: its share or rate that year (`up from 25,962 (73.6%)`). */
const BRACKET_AFTER = /^\s*[(（]\s*$/;
/** Between two entries of one year-before bracket: a comma, the bracket still open (`(2023: 9 injuries in 2.63 million hours, 3.42)`). */
const LISTED_AFTER = /^[^()（）;；.。]{0,30}[,，、]\s*$/;
/** How far ahead of its year-before value this year's may stand, in characters. */
const PAIR_REACH = 160;
/** A year said around the year before's value (`(2022: 0.65)`, `down from 2.87 in 2022`). */
const YEAR = /(?:19|20)\d{2}/g;
/** The year before named in words just ahead of its value, no year of its own: `较上年的`, `上年为`, `去年同期的`. */
const LAST_YEAR_IN_WORDS = /(?:上年|去年|上一年度?|前一年度?)(?:同期|末|底)?\s*(?:的|为|為|是)?\s*$/;
/** Values further apart than this are two things, not one restated with a slip (swapped digits may part 0.49 and 0.94). */
const MAX_RATIO = 10;
/** Fewer significant digits than this make an anchor too common to name a row alone. */
const SPECIFIC_DIGITS = 3;

export function tableRowYearPairs(doc: CheckDocument): Check[] {
  const pairs = yearPairs(doc);
  if (pairs.length === 0) return [];
  const rows = datedRows(doc, true);
  if (rows.length === 0) return [];
  // rows by the value of each year's cell: a pair looks only at the rows holding one of its values
  const byLatest = new Map<number, DatedRow[]>();
  const byBefore = new Map<number, DatedRow[]>();
  for (const row of rows) {
    push(byLatest, key(row.latest.figure.value), row);
    push(byBefore, key(row.before.figure.value), row);
  }
  const checks: Check[] = [];
  for (const { now, prior, others } of pairs) {
    // a row that gives both values of one of the sentence's pairs says what the year before's value is of (`C$1,284
    // million …, 24.6% of our total procurement spend of C$5,218 million and up 22.8% from C$1,046 million`: the
    // first figure's, not the total's); a figure that is another row's cell of its year is that row's
    const rowsOf = (map: Map<number, DatedRow[]>, f: DocFigure) => map.get(key(f.figure.value)) ?? [];
    const givesBoth = (n: DocFigure) => rowsOf(byLatest, n).filter((r) => sameAsWritten(prior, r.before));
    if (others.some((n) => givesBoth(n).length > 0)) continue;
    const both = givesBoth(now);
    if (both.length > 0) {
      // (and another row of that thing restating the year before's value with this year's otherwise, `Employees at year end
      // 1,264 | 1,198` beside `Total employees 1,246 | 1,198` and the text's 1,246 and 1,198: it restates this year's wrongly)
      const slipped = both.length === 1 ? rowsOf(byBefore, prior).filter((r) => r !== both[0] && sameAsWritten(prior, r.before) && sameThing(r, both[0]!)) : [];
      const found = slipped.length === 1 ? against(now, slipped, (r) => r.latest) : undefined;
      if (found) checks.push(found);
      continue;
    }
    const found =
      (rowsOf(byBefore, prior).length > 0 ? undefined : against(prior, rowsOf(byLatest, now).filter((r) => anchors(doc, now, r.latest, r, prior)), (r) => r.before)) ??
      (rowsOf(byLatest, now).length > 0 ? undefined : against(now, rowsOf(byBefore, prior).filter((r) => anchors(doc, prior, r.before, r, prior)), (r) => r.latest));
    if (found) checks.push(found);
  }
  return checks;
}

const key = (value: number) => Math.round(value * 1e6);

function push(map: Map<number, DatedRow[]>, k: number, row: DatedRow): void {
  const list = map.get(k);
  if (list) list.push(row);
  else map.set(k, [row]);
}

/** The sentence's pairs of a figure and its value the year before, of one kind: `0.49 (2022: 0.65)`, `to 19 from 24`, `from 24 to 19`. */
function yearPairs(doc: CheckDocument): Array<{ now: DocFigure; prior: DocFigure; others: DocFigure[] }> {
  const { figures, text } = doc;
  const pairs: Array<{ now: DocFigure; prior: DocFigure; others: DocFigure[] }> = [];
  const prior = new Set<number>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const before = figures[i - 1];
    const bracketed = before !== undefined && prior.has(i - 1) && before.sentence.start === f.sentence.start && BRACKET_AFTER.test(text.slice(before.end, f.start));
    const listed = before !== undefined && prior.has(i - 1) && before.sentence.start === f.sentence.start && LISTED_AFTER.test(text.slice(before.end, f.start)) && inPriorYearBracket(text, before);
    if (!bracketed && !listed && !saidAsPrior(text, f) && !inPriorYearBracket(text, f)) continue;
    if (isTableCell(doc, i)) continue;
    prior.add(i);
    const [now, ...others] = nowOf(doc, i, prior).map((k) => ({ doc, figure: figures[k]!, index: k }));
    if (now !== undefined) pairs.push({ now, prior: { doc, figure: f, index: i }, others });
  }
  return pairs;
}

/**
 * This year's value of the year before's at `i`, first: the nearest figure of its kind ahead of it in its sentence, or
 * one said just after it with `to`; then the sentence's other figures of its kind ahead of it, which it may be said of.
 */
function nowOf(doc: CheckDocument, i: number, prior: ReadonlySet<number>): number[] {
  const { figures, text } = doc;
  const f = figures[i]!;
  const kind = dimensionOf(f);
  const found: number[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const other = figures[k]!;
    if (other.start < f.sentence.start || f.start - other.end > PAIR_REACH) break;
    // (not a change said between, `the share rose 6.3% from 31.2%`: the amount it changed by, no level)
    if (!prior.has(k) && dimensionOf(other) === kind && (kind !== 'count' || countedNoun(other.unit) === countedNoun(f.unit)) && !saidAsChange(text, other)) found.push(k);
  }
  // (`4,672 tCO2e (Scope 1: 412 tCO2e; Scope 2: 4,260 tCO2e), up 3.1% from 4,530 tCO2e`: the whole a list ends just ahead of it is this year's)
  const whole = found.length > 0 ? wholeOfLastListedPart(doc, found[0]!) : undefined;
  if (whole && dimensionOf(whole.figure) === kind) found.unshift(whole.index);
  const next = figures[i + 1];
  if (found.length === 0 && next && next.sentence.start === f.sentence.start && dimensionOf(next) === kind && /^\s*(?:in\s+(?:FY\s?)?(?:19|20)\d{2}\s*)?to\s*$/i.test(text.slice(f.end, next.start))) found.push(i + 1);
  return found;
}

/**
 * What a count counts, by its unit's last word (`9 lost-time injuries` and `(2022/23: 11 injuries …)`, `1起` and `2起`):
 * a year-before count pairs with this year's count of it, not with a bare rate said between (`LTIFR of 5.48`).
 */
function countedNoun(unit: string): string {
  const last = /[A-Za-z]+$/.exec(unit)?.[0];
  return last === undefined ? unit : last.toLowerCase().replace(/s$/, '');
}

/**
 * Whether the text figure is the row's cell (`sameValue`, of the same kind or over a bare cell), the year
 * before's said of the row's year before, and — for a short anchor — a word of the row's label said in the
 * sentence.
 */
function anchors(doc: CheckDocument, said: DocFigure, cell: DocFigure, row: DatedRow, prior: DocFigure): boolean {
  if (cell.figure.unit !== '' && dimensionOf(cell.figure) !== dimensionOf(said.figure)) return false;
  if (!sameValue(said, cell)) return false;
  const { text } = doc;
  const around = text.slice(Math.max(prior.figure.sentence.start, prior.figure.start - 30), Math.min(prior.figure.sentence.end, prior.figure.end + 20));
  const years = [...around.matchAll(YEAR)].map((m) => Number(m[0]));
  // the year before said in words (`较上年的`, `上年为`): a year said around it is this year's (`2024年综合能耗为…，较上年的…`)
  const yearSaid = row.beforeYear === undefined ? undefined : LAST_YEAR_IN_WORDS.test(text.slice(prior.figure.sentence.start, prior.figure.start)) ? row.beforeYear + 1 : row.beforeYear;
  if (yearSaid !== undefined && years.length > 0 && !years.includes(yearSaid)) return false;
  if (digitsWritten(said.figure.text) >= SPECIFIC_DIGITS) return true;
  const sentence = new Set(metricTokens(text.slice(said.figure.sentence.start, said.figure.sentence.end)));
  return metricTokens(row.row.label).some((t) => sentence.has(t));
}

/** Whether two rows' labels share a word of what they count (`Total employees`, `Employees at year end`). */
const sameThing = (a: DatedRow, b: DatedRow) => {
  const words = metricTokens(b.row.label);
  return metricTokens(a.row.label).some((t) => words.includes(t));
};

const sameAsWritten = (said: DocFigure, cell: DocFigure) => writtenNumber(said.figure.text) === writtenNumber(cell.figure.text);

/**
 * The text figure is the cell's value, as written or in another scale of its row's unit (`4.862 million m³`
 * of a `10,000 m³` row's 486.2): the same significant digits and the same amount, of one kind.
 */
const sameValue = (said: DocFigure, cell: DocFigure) =>
  sameAsWritten(said, cell) ||
  (cell.figure.unit !== '' && dimensionOf(cell.figure) === dimensionOf(said.figure) && significantOf(said) === significantOf(cell) && Math.abs(said.figure.value - cell.figure.value) <= 1e-9 * Math.abs(cell.figure.value));

const significantOf = (f: DocFigure) => significantDigits(f.figure.text) ?? '';

const nearEnough = (a: number, b: number) => (a > 0 && b > 0 ? Math.max(a, b) / Math.min(a, b) <= MAX_RATIO : a === b);


/** The text figure `checked` against the cell `other` gives of the rows the anchor names: a check when they name one value and it differs. */
function against(checked: DocFigure, rows: DatedRow[], other: (r: DatedRow) => DocFigure): Check | undefined {
  if (rows.length === 0) return undefined;
  const cells = rows.map(other);
  if (new Set(cells.map((c) => c.figure.value)).size !== 1) return undefined;
  const cell = cells[0]!;
  if (cell.figure.unit !== '' && dimensionOf(cell.figure) !== dimensionOf(checked.figure)) return undefined;
  // the cell in the text figure's own unit (a bare cell takes it), each within its rounding
  const stated = intervalOf(checked.figure);
  const restated = intervalOf({ ...cell.figure, unit: checked.figure.unit });
  if (overlaps(stated, restated) || !nearEnough(checked.figure.value, cell.figure.value)) return undefined;
  return restatedCell(checked, cell, rows[0]!.row.label, 'consistency.year-pair-row');
}
