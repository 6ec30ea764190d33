// A rate of change said a second time, of the same new level, with no old value beside it:
// `We cut flaring by 16.4% to 2,486 MMSCF` in the CEO's letter, where section 3 says `Flaring fell 14.6%
// to 2,486 MMSCF (2022: 2,912 MMSCF)`; `overall satisfaction rose to 72.4%, up 5.3 points` in the Chair's
// statement, where the survey section says `(72.4%) … up 3.5 percentage points from 68.9%`. The level is
// the same figure, so its change is over the same old value another check read: a rate that does not
// come out of it is a mismatch. Read once the other rules have run.

import { changeCheck } from './change';
import { inTable } from '../consistency/agreement';
import { yearOfPeriod } from '../../metrics/period';
import { pointsCheck } from './points-change';
import { sameChange } from './table-prior-year-changes';
import { changeSign } from '../readers/markers';
import { firstAtOrAfter, roleOf, type Check, type CheckDocument, type DocFigure } from '../types';

/** Between a rate and the level it came to: `by 16.4% to 2,486`. */
const RATE_TO_LEVEL = /^\s*to\s*$/i;
/** Between a level and its rate: `rose to 72.4%, up 5.3 points`. */
const LEVEL_THEN_RATE = /^\s*,\s*(?:up|down)(?:\s+by)?\s*$/i;
/** Just before such a level: `rose to`, `fell to`. */
const CAME_TO = /\bto\s*$/i;

const isPoints = (f: DocFigure['figure']) => f.unit === 'pp' || f.unit === 'points';

export function changesToARestatedLevel(doc: CheckDocument, checks: readonly Check[]): Check[] {
  const { text, figures } = doc;
  let changes: Map<number, Check[]> | undefined;
  let results: Set<number> | undefined;
  const out: Check[] = [];
  for (let i = 0; i < figures.length; i++) {
    const rate = figures[i]!;
    if ((rate.unit !== '%' && !isPoints(rate)) || !(rate.value > 0) || rate.valueMax !== undefined) continue;
    const next = figures[i + 1];
    const previous = figures[i - 1];
    // a char test before any pattern: the level stands right after `to ` or right before `, `
    const after = next && next.sentence.start === rate.sentence.start && next.start - rate.end <= 5 && RATE_TO_LEVEL.test(text.slice(rate.end, next.start));
    const before = !after && previous && previous.sentence.start === rate.sentence.start && text.charCodeAt(previous.end) === 44 && LEVEL_THEN_RATE.test(text.slice(previous.end, rate.start)) && CAME_TO.test(text.slice(Math.max(0, previous.start - 8), previous.start));
    if (!after && !before) continue;
    const level = after ? i + 1 : i - 1;
    if (inTable(text, rate) || saysOwnOld(doc, level, i)) continue;
    if (!changes) [changes, results] = byNewValue(doc, checks);
    if (results!.has(rate.start)) continue;
    const old = oldOfLevel(doc, changes.get(figures[level]!.value) ?? [], figures[level]!, isPoints(rate));
    if (old === undefined) continue;
    const o: DocFigure = { doc, figure: figures[old]!, index: old };
    const l: DocFigure = { doc, figure: figures[level]!, index: level };
    const r: DocFigure = { doc, figure: rate, index: i };
    out.push(isPoints(rate) ? pointsCheck(o, l, r, 'change.points-to-a-restated-level') : changeCheck(o, l, r, l.figure.value >= o.figure.value ? 1 : -1, 'change.to-a-restated-level'));
    // the row's own change cell the level and old value were read with (`Snack and beverage machines  41,260  42,880  +3.8`)
    // says the same change: the text's rate of its size set beside it (`Machine revenue fell 3.8%` against its `+3.8`), whose
    // direction may disagree (a size that differs is the rate-column rule's, `rateColumnRestatements`)
    const cell = isPoints(rate) ? undefined : changeCellOf(doc, changes.get(figures[level]!.value) ?? [], old);
    const said = cell && Math.abs(cell.change.figure.value) === rate.value ? sameChange(r, changeSign(text.slice(Math.max(rate.sentence.start, rate.start - 24), rate.start)), cell.change, cell.label) : undefined;
    // (one that agrees says nothing the row's change column check has not)
    if (said && !said.holds) out.push(said);
  }
  return out;
}

/** The change cell of a table row whose change column check read the old value at `old`, and the row's label (its latest cell's metric), or undefined. */
function changeCellOf(doc: CheckDocument, changes: readonly Check[], old: number): { change: DocFigure; label: string } | undefined {
  for (const c of changes) {
    const [o, next, result] = [roleOf(c, 'old'), roleOf(c, 'new'), roleOf(c, 'result')];
    if (c.rule !== 'change.year-on-year-column' || !o || !next || !result || indexAt(doc, o.start) !== old) continue;
    const at = indexAt(doc, result.start);
    return at === undefined ? undefined : { change: { doc, figure: doc.figures[at]!, index: at }, label: doc.figures[indexAt(doc, next.start) ?? at]!.metric ?? '' };
  }
  return undefined;
}

/** How near the level a figure of its unit is its own old value (`to 1,842 kilotonnes from 2,006 kilotonnes`, `to L (2022: O)`). */
const OWN_OLD_REACH = 40;

/** Whether the level has a figure of its unit beside it in its sentence (`fell 8.2% to 1,842 kilotonnes from 2,006 kilotonnes`), other than the rate: its own old value. */
function saysOwnOld(doc: CheckDocument, level: number, rate: number): boolean {
  const { figures } = doc;
  const l = figures[level]!;
  for (let k = level - 1; k >= 0 && l.start - figures[k]!.end <= OWN_OLD_REACH; k--) if (k !== rate && figures[k]!.sentence.start === l.sentence.start && figures[k]!.unit === l.unit) return true;
  for (let k = level + 1; k < figures.length && figures[k]!.start - l.end <= OWN_OLD_REACH; k++) if (k !== rate && figures[k]!.sentence.start === l.sentence.start && figures[k]!.unit === l.unit) return true;
  return false;
}

/** The document's changes with an old value, by the value of their new figure, and the rates they read (once per document, when a rate needs them). */
function byNewValue(doc: CheckDocument, checks: readonly Check[]): [Map<number, Check[]>, Set<number>] {
  const byValue = new Map<number, Check[]>();
  const results = new Set<number>();
  for (const c of checks) {
    if (c.kind !== 'change' || c.figures[0]?.doc !== doc.name) continue;
    const next = roleOf(c, 'new');
    for (const f of c.figures) if (f.role === 'result') results.add(f.start);
    if (!next || !c.figures.some((f) => f.role === 'old')) continue;
    const list = byValue.get(next.value);
    if (list) list.push(c);
    else byValue.set(next.value, [c]);
  }
  return [byValue, results];
}

/** The old value of the one change other checks read to another statement of this level (its value and unit), in points or in percent as the rate is. */
function oldOfLevel(doc: CheckDocument, changes: readonly Check[], level: DocFigure['figure'], points: boolean): number | undefined {
  const olds: number[] = [];
  for (const c of changes) {
    const next = roleOf(c, 'new');
    const old = roleOf(c, 'old');
    const result = roleOf(c, 'result');
    if (!next || !old || !result || next.start === level.start || next.value !== level.value) continue;
    const at = indexAt(doc, next.start);
    const o = indexAt(doc, old.start);
    if (at === undefined || o === undefined || doc.figures[at]!.unit !== level.unit || isPoints(doc.figures[indexAt(doc, result.start) ?? at]!) !== points) continue;
    olds.push(o);
  }
  // a change over several years (`fell 8.2% to 1,842 from 2,006 in 2021`) beside one from the year before (`(2022: 1,962)`): the latest base is the year before's
  const yearOf = (o: number) => yearOfPeriod(doc.figures[o]!.period) ?? -Infinity;
  const latest = Math.max(...olds.map(yearOf));
  const based = olds.filter((o) => yearOf(o) === latest);
  return based.length > 0 && based.every((o) => doc.figures[o]!.value === doc.figures[based[0]!]!.value) ? based[0] : undefined;
}

/** The index of the figure starting at `start`. */
function indexAt(doc: CheckDocument, start: number): number | undefined {
  const at = firstAtOrAfter(doc, start);
  return doc.figures[at]?.start === start ? at : undefined;
}
