// A share's change said as a per cent where its two levels differ by just that many points: `26.9% of treatments, up
// 2.3% from 24.6%`, `the electric share of our ground equipment rose 5.2%` beside a row of 41.6 | 46.8 — percentage
// points written as a per cent, as translations of `提高2.3个百分点` write them. Read as the per cent it says, the change
// is checked over the two levels (24.6 → 26.9 is +9.3%); a rate that is the levels' change as a per cent holds and is
// left to the other rules, as is one that is neither.

import { inTable } from '../consistency/agreement';
import { CHANGE_DOWN, EN_CHANGE_VERB } from '../readers/markers';
import { changeCheck } from './change';
import { isPoints, pointsCheck, shareRows, type ShareRow } from './points-change';
import { restates } from './table-prior-year-changes';
import type { Check, CheckDocument, DocFigure } from '../types';

/** Between a share and its rate in one clause: `of treatments, up`, `, down by`. */
const CLAUSE_RATE = /^\s*(?:of\s[^,;:.\d%]{1,40})?,\s*(up|down)(?:\s+by)?\s*$/i;
/** Between a share and its rate, the share named as the subject of a change, its clause's or the next's: `; the electric share of our ground equipment rose`, `, and their share rose`. */
const SHARE_CHANGED = new RegExp(String.raw`^[^.!?\d%]{0,80}?\b(?:share|proportion|percentage)\b[^,;:.\d%]{0,60}?\b(${EN_CHANGE_VERB}|(?:was|went)\s+(?:up|down))(?:\s+by)?\s*$`, 'i');
/** The most text between a share and its rate that the two patterns above can read. */
const REACH = 200;
/** After the rate, the earlier level it changed from: `from 24.6%`. */
const FROM_LEVEL = /^\s*from\s*$/i;
/** Before a rate said ahead of its levels, its verb: `its share of revenue rose`, `occupancy fell by`. */
const VERB_BEFORE = new RegExp(String.raw`\b(?:${EN_CHANGE_VERB})(?:\s+by)?\s*$`, 'i');
/** Between such a rate and the level it came to: `to`. */
const TO_LEVEL = /^\s*to\s*$/i;
/** Between that level and the earlier one: `from`, `, against`, `, compared with`. */
const THEN_FROM = /^\s*(?:,\s*)?(?:from|against|compared\s+(?:with|to))\s*$/i;

export function pointsSaidAsPercent(doc: CheckDocument): Check[] {
  const checks: Check[] = [...ratesBeforeLevels(doc), ...ratesAfterChineseLevels(doc)];
  const { figures, text } = doc;
  let rows: readonly ShareRow[] | undefined;
  for (let i = 1; i < figures.length; i++) {
    const rate = figures[i]!;
    const level = figures[i - 1]!;
    if (rate.unit !== '%' || level.unit !== '%' || rate.valueMax !== undefined || level.valueMax !== undefined) continue;
    if (rate.start - level.end > REACH || isPoints(rate, text) || isPoints(level, text) || inTable(text, rate)) continue;
    const between = text.slice(level.end, rate.start);
    const said = CLAUSE_RATE.exec(between) ?? SHARE_CHANGED.exec(between);
    if (!said) continue;
    const sign = CHANGE_DOWN.test(said[1]!) || /\bdown$/i.test(said[1]!) ? -1 : 1;
    const next: DocFigure = { doc, figure: level, index: i - 1 };
    const after = figures[i + 1];
    let old: DocFigure | undefined;
    if (after?.unit === '%' && after.sentence.start === rate.sentence.start && FROM_LEVEL.test(text.slice(rate.end, after.start))) old = { doc, figure: after, index: i + 1 };
    else {
      rows ??= shareRows(doc);
      const restating = rows.filter((r) => restates(level, r.latest.figure));
      if (restating.length === 1) old = restating[0]!.before;
    }
    if (!old || old.figure.value <= 0) continue;
    const check = pointsAsPercent(old, next, { doc, figure: rate, index: i }, sign);
    if (check) checks.push(check);
  }
  return checks;
}

/** The change read as the per cent it says, when the rate is the levels' difference in points (and not their change as a per cent) and misses. */
function pointsAsPercent(old: DocFigure, next: DocFigure, stated: DocFigure, sign: 1 | -1): Check | undefined {
  if (!pointsCheck(old, next, stated).holds) return undefined;
  const check = changeCheck(old, next, stated, sign, 'change.points-said-as-percent');
  return check.holds ? undefined : check;
}

/** Between a Chinese share and the year before's: `，较上年的`, `，比上年末`. */
const ZH_AGAINST_LAST_YEAR = /^\s*[，,]?\s*(?:较|較|比|相比)(?:上年|去年|上一年度?|上年度)(?:同期|末|底)?的?\s*$/;
/** Between the year before's share and the rate: its verb, `提高`, `下降了`. */
const ZH_RATE_VERB = /^\s*(提高|提升|上升|增加|增长|下降|降低|减少)了?\s*$/;

/**
 * A Chinese share, the year before's, then a rate in per cent (`占员工总数的68.2%，较上年的66.1%提高2.1%`): the rate is the levels'
 * points (`提高2.1个百分点`) said as a per cent, read as the per cent it says (66.1 → 68.2 is +3.2%).
 */
function ratesAfterChineseLevels(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [level, earlier, rate] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (rate.unit !== '%' || level.unit !== '%' || earlier.unit !== '%' || rate.valueMax !== undefined || earlier.sentence.start !== level.sentence.start || rate.sentence.start !== level.sentence.start) continue;
    if (!ZH_AGAINST_LAST_YEAR.test(text.slice(level.end, earlier.start))) continue;
    const verb = ZH_RATE_VERB.exec(text.slice(earlier.end, rate.start));
    if (!verb || isPoints(rate, text) || inTable(text, rate) || !(earlier.value > 0)) continue;
    const check = pointsAsPercent({ doc, figure: earlier, index: i + 1 }, { doc, figure: level, index: i }, { doc, figure: rate, index: i + 2 }, CHANGE_DOWN.test(verb[1]!) ? -1 : 1);
    if (check) checks.push(check);
  }
  return checks;
}

/**
 * A rate said ahead of the two levels it changed between (`its share of revenue rose 1.5% to 42.9% from 41.4%`, `occupancy rose
 * 4.2% to 66.7%, against 62.5% a year earlier`): the same reading, the levels after the rate.
 */
function ratesBeforeLevels(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [rate, level, earlier] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (rate.unit !== '%' || level.unit !== '%' || earlier.unit !== '%' || rate.valueMax !== undefined || earlier.sentence.start !== rate.sentence.start) continue;
    if (!TO_LEVEL.test(text.slice(rate.end, level.start)) || !THEN_FROM.test(text.slice(level.end, earlier.start))) continue;
    const verb = VERB_BEFORE.exec(text.slice(Math.max(rate.sentence.start, rate.start - 24), rate.start));
    if (!verb || isPoints(rate, text) || inTable(text, rate) || !(earlier.value > 0)) continue;
    const check = pointsAsPercent({ doc, figure: earlier, index: i + 2 }, { doc, figure: level, index: i + 1 }, { doc, figure: rate, index: i }, CHANGE_DOWN.test(verb[0]) ? -1 : 1);
    if (check) checks.push(check);
  }
  return checks;
}
