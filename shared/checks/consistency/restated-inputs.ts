// A recomputation's figures as the report states them again elsewhere in the same document: a revenue
// in the text and in its table's Total row, a headcount in the letter and in the key figures, an
// intensity the letter works out and its section repeats. A check is worked on one of them; the others
// are named beside it as mentions, so whoever opens the check sees every place the figures it stands on
// and gives are said (and a key or a reviewer citing either finds it). A disagreement names its figures' restatements
// the same way: a letter's turned bound against the section's count names the key figures' cell of that count too.

import { periodKey, samePeriodKey, type PeriodKey } from '../../metrics/index';
import { dimensionOf, type Dimension } from '../readers/dimension';
import { saidAsPrior } from '../readers/markers';
import { datedRows, restates as restatesCell, type DatedRow } from '../changes/table-prior-year-changes';
import { digitsWritten, intervalOf } from '../readers/precision';
import { lowerBound } from '../../text/lower-bound';
import { rowsSaidInSentences } from './row-said-in-sentence';
import { atYearEnd } from './consistency-year-end';
import { roleOf, type Check, type CheckDocument, type CheckRole } from '../types';
import type { ExtractedFigure } from '../../domain/figure';

/** The roles of the figures a recomputation stands on and gives (a mention is neither). */
const RECOMPUTED: ReadonlySet<CheckRole> = new Set(['total', 'part', 'numerator', 'denominator', 'result', 'old', 'new']);

/** Fewer significant digits than this said twice is chance (`12`, `8.8`); `5,276` or `1,206.0` is the figure again. */
const MIN_DIGITS = 3;

/**
 * A value said more often than this is a common figure of the document, not one input restated (a revenue said in the
 * letter, its section, two tables' totals and the key figures is one figure said five times).
 */
const MAX_RESTATEMENTS = 4;

/**
 * A value said more often than this in one document, whatever its periods, is looked at no further:
 * a common figure, and a bound on the work (a share said 3,000 times in one check would cost its square).
 */
const MAX_SAID = 4 * (MAX_RESTATEMENTS + 1);

interface Said {
  byStart: Map<number, ExtractedFigure>;
  byValue: Map<number, SaidFigure[]>;
}

/** A figure of enough digits to be restated, with what `restates` compares of it read once: its dimension and its period's key. */
interface SaidFigure {
  figure: ExtractedFigure;
  dimension: Dimension;
  period: PeriodKey | string | undefined;
}

function indexOf(doc: CheckDocument): Said {
  const byStart = new Map<number, ExtractedFigure>();
  const byValue = new Map<number, SaidFigure[]>();
  for (const f of doc.figures) {
    byStart.set(f.start, f);
    if (digitsWritten(f.text) < MIN_DIGITS) continue;
    const period = periodOf(doc.text, f);
    const key = period === undefined ? undefined : (periodKey(period) ?? period);
    // (a figure dated the day the report's year ends, `at 31 January 2025`, is of the year its columns head `2024/25`)
    const said = { figure: f, dimension: dimensionOf(f), period: atYearEnd(doc, key) ? undefined : key };
    const same = byValue.get(f.value);
    if (same) same.push(said);
    else byValue.set(f.value, [said]);
  }
  return { byStart, byValue };
}

/**
 * The period a figure is of: the one it names, but none for the earlier value of a change (`up 8.9% from GBP 112,000
 * thousand`, `较上年的86,000万元`), whose sentence's year is the new value's, not its own: it may restate a table's cell
 * of the year before (`Total  122,000  112,000`).
 */
const periodOf = (text: string, f: ExtractedFigure): string | undefined => (f.period !== undefined && saidAsPrior(text, f) ? undefined : f.period);

/** Dimensions no share is taken between (`comparable`): no figure of one restates a recomputation's input. */
const UNCOMPARABLE: ReadonlySet<Dimension> = new Set(['percent', 'pp', 'times']);

/** The same figure said again: its value and dimension, and no other period where both name one. */
const restates = (input: SaidFigure, other: SaidFigure): boolean =>
  other.figure.start !== input.figure.start && input.dimension === other.dimension && !UNCOMPARABLE.has(input.dimension) && samePeriodKey(input.period, other.period);

/** A holding group larger than this says a common value, not one figure said again (and would cost its square). */
const MAX_ALIKE = 12;

/** Figures said alike, by document and start: a place is looked up without building its key as a string (asked of every check's figures). */
type AlikeByPlace = Map<string, Map<number, Check['figures']>>;

const alikeAt = (alike: AlikeByPlace, f: { doc: string; start: number }): Check['figures'] | undefined => alike.get(f.doc)?.get(f.start);

/**
 * Where each figure of a holding consistency group is said again with its very value, by the figure's place; and the
 * result of a holding recomputation with the restatements of its very value named beside it (`alikeOfResult`).
 */
function saidAlike(checks: readonly Check[]): AlikeByPlace {
  const alike: AlikeByPlace = new Map();
  for (const check of checks) {
    if (!check.holds) continue;
    const said = check.kind === 'consistency' ? check.figures : alikeOfResult(check);
    if (said.length <= MAX_ALIKE)
      for (const f of said) {
        const again = said.filter((other) => other !== f && other.value === f.value);
        if (again.length === 0) continue;
        let inDoc = alike.get(f.doc);
        if (!inDoc) alike.set(f.doc, (inDoc = new Map()));
        const before = inDoc.get(f.start);
        if (before) before.push(...again);
        else inDoc.set(f.start, again);
      }
  }
  return alike;
}

/**
 * A recomputation's result and the mentions of its very value in its document: one rate said twice alike (the
 * Chairman's `energy use per RMB million of revenue fell to 3.55 tce` beside 2.1's `Energy intensity was 3.55 tce`,
 * which the check of 21,502 tce over RMB6,058 million names), whose wordings may be too unlike for a consistency group.
 */
function alikeOfResult(check: Check): Check['figures'] {
  const result = check.figures.find((f) => f.role === 'result');
  return result ? check.figures.filter((f) => f.doc === result.doc && f.value === result.value && (f === result || f.role === 'mention')) : [];
}

/** A disagreement with every other statement of its figures' very values that a holding group found (the letter's `1.01` beside the section's, against the table's `1.07`) named too; of a recomputation (`recomputedOnly`), those of the figures it stands on and gives. */
function withAlike(check: Check, alike: AlikeByPlace, recomputedOnly = false): Check {
  let mentions: Check['figures'] | undefined;
  for (const figure of check.figures) {
    if (recomputedOnly && !RECOMPUTED.has(figure.role)) continue;
    // (a check's figures and mentions are a few: a place is looked for among them, no set of places built)
    for (const other of alikeAt(alike, figure) ?? []) if (!placedAt(check.figures, other.doc, other.start) && !placedAt(mentions, other.doc, other.start)) (mentions ??= []).push({ ...other, role: 'mention' });
  }
  return mentions === undefined ? check : { ...check, figures: [...check.figures, ...mentions] };
}

/**
 * Every sum, ratio and change with its inputs' restatements in their document added as mentions; every
 * disagreement with its figures' restatements too, and the other statements its figures' holding groups found alike.
 */
export function withRestatedInputs(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const said = new Map<string, Said>();
  const saidIn = (name: string): Said | undefined => {
    let index = said.get(name);
    if (!index) {
      const doc = docs.find((d) => d.name === name);
      if (!doc) return undefined;
      said.set(name, (index = indexOf(doc)));
    }
    return index;
  };
  const rows = new Map<string, RowsByLatest>();
  const rowsIn = (name: string): RowsByLatest => {
    let dated = rows.get(name);
    if (!dated) {
      const doc = docs.find((d) => d.name === name);
      rows.set(name, (dated = byLatest(doc ? datedRows(doc, true) : [])));
    }
    return dated;
  };
  const byName = new Map(docs.map((d) => [d.name, d]));
  const restated = checks.map((check) => {
    if (check.kind === 'consistency' && check.holds) return check;
    // a disagreement stands on every figure it sets against another: each is named where its document says it again
    const all = check.kind === 'consistency';
    let mentions: Check['figures'] | undefined;
    // a change whose old and new values a table row gives again as its two years (`from 7.7% in 2023` to `10.4%` and the key
    // figures' `LNG share of fuel | % | 10.4 | 7.7`): that row's cells, however few their digits, or whatever year the text gave them
    if (check.kind === 'change') for (const [doc, latest, before] of rowRestating(check, saidIn, rowsIn)) {
      mentions = mention(check, mentions, doc, latest);
      mentions = mention(check, mentions, doc, before);
    }
    for (const figure of check.figures) {
      if (!all && !RECOMPUTED.has(figure.role)) continue;
      const index = saidIn(figure.doc);
      const input = index?.byStart.get(figure.start);
      const sameValue = input && index?.byValue.get(input.value);
      // most inputs are said once: no figure of their value but themselves (and one of too few digits is in no list)
      const said = sameValue && sameValue.length >= 2 && sameValue.length <= MAX_SAID ? sameValue.find((s) => s.figure === input) : undefined;
      if (!sameValue || !said) continue;
      const again = sameValue.filter((other) => restates(said, other));
      if (again.length > MAX_RESTATEMENTS) continue;
      for (const other of again) mentions = mention(check, mentions, figure.doc, other.figure);
    }
    // a figure a sentence says beside its year before and a table row as its two years (`0.862 tCO2e per tonne (2023: 0.804)`
    // and the key figures' `0.862 | 0.804`): the other side's statement, however few its digits or unlike its unit
    for (const figure of check.figures) {
      if (!RECOMPUTED.has(figure.role)) continue;
      const doc = byName.get(figure.doc);
      for (const other of (doc && rowsSaidInSentences(doc).get(figure.start)) ?? []) mentions = mention(check, mentions, figure.doc, other);
    }
    return mentions ? { ...check, figures: [...check.figures, ...mentions] } : check;
  });
  // (read after the restatements: a holding rate names the other statements of its result among them)
  const alike = saidAlike(restated);
  // and a recomputation with the other statements of the figures it stands on and gives that a holding group found alike: the
  // table's `通行费收入 | 48.36 | 79.8` share worked out, the text's `占营业收入的79.8%` the group pairs with its cell
  return restated.map((check) => (check.kind !== 'consistency' ? withAlike(check, alike, true) : check.holds ? check : withAlike(check, alike)));
}

/** Whether a figure of the list stands at the place (a check's figures and mentions are a few: looked for among them, no set of places built). */
function placedAt(figures: Check['figures'] | undefined, doc: string, start: number): boolean {
  if (figures) for (const f of figures) if (f.doc === doc && f.start === start) return true;
  return false;
}

/** The check's mentions with the other statement at a place none of its figures or mentions stands at added: those given, or a list begun. */
function mention(check: Check, mentions: Check['figures'] | undefined, doc: string, other: ExtractedFigure): Check['figures'] | undefined {
  if (placedAt(check.figures, doc, other.start) || placedAt(mentions, doc, other.start)) return mentions;
  (mentions ??= []).push({ doc, start: other.start, end: other.end, text: other.text, value: other.value, role: 'mention' });
  return mentions;
}

/** A document's dated rows in the order of their latest cells' values, those values beside them to search. */
interface RowsByLatest {
  rows: DatedRow[];
  latest: Float64Array;
}

function byLatest(rows: readonly DatedRow[]): RowsByLatest {
  const sorted = [...rows].sort((a, b) => a.latest.figure.value - b.latest.figure.value);
  return { rows: sorted, latest: Float64Array.from(sorted, (r) => r.latest.figure.value) };
}

/** The table rows of the change's document whose latest cell restates its new value and whose year before's its old (found by value: a change costs a search, not a pass over every row). */
function rowRestating(check: Check, saidIn: (name: string) => Said | undefined, rowsIn: (name: string) => RowsByLatest): Array<[string, ExtractedFigure, ExtractedFigure]> {
  const [old, next] = [roleOf(check, 'old'), roleOf(check, 'new')];
  if (!old || !next || old.doc !== next.doc) return [];
  const index = saidIn(old.doc);
  const [o, n] = [index?.byStart.get(old.start), index?.byStart.get(next.start)];
  if (!o || !n) return [];
  const { rows, latest } = rowsIn(old.doc);
  const { lo, hi } = intervalOf(n);
  const found: Array<[string, ExtractedFigure, ExtractedFigure]> = [];
  for (let k = lowerBound(latest, lo - 1e-9 * Math.abs(lo)); k < rows.length && latest[k]! <= hi + 1e-9 * Math.abs(hi); k++) {
    const row = rows[k]!;
    if (restatesCell(n, row.latest.figure) && restatesCell(o, row.before.figure)) found.push([old.doc, row.latest.figure, row.before.figure]);
  }
  return found;
}
