// A programme's number said bare in one place and `over` or `nearly` in another: reports repeat a
// headline figure of a named programme in a highlight, a summary table and the body, each with its
// own noun (`「码上公益」…6000名程序员` and `“码上公益”…6,000多名爱心极客`; `over 500 million users of
// Ant Forest` and `Ant Forest enables 500 million people`), so their metrics never meet. The name
// says they are one claim: two figures of the same amount and kind, one bare and one qualified (or
// qualified opposite ways), whose clauses name the same programme, disagree. Counts of people are
// one kind whatever the noun (users, people, 名, 用户); other counts must share their unit.

import { samePeriod } from '../../metrics/index';
import { inForwardSentence } from '../readers/markers';
import { direction } from './agreement';
import { isTableFigure } from '../readers/figure-facts';
import { dimensionOf } from '../readers/dimension';
import { writtenNumber } from '../readers/precision';
import { pairCheck } from './pair-check';
import { figureId, type FigureId } from '../readers/figure-places';
import type { Check, CheckDocument, DocFigure } from '../types';
import { breakBetween } from '../readers/paragraphs';

/** How far before a figure, within its paragraph, the programme it belongs to may be named. */
const LOOK_BACK = 160;
/** A bucket larger than this is a number too common to say anything about. */
const MAX_BUCKET = 8;

const PEOPLE = /^(?:users?|people|persons?|members?|customers?|employees?|volunteers?|participants?|人|名|位|用户|用戶|会员|會員|员工|員工|志愿者|志願者)$/i;
/** Capitalised words that open sentences or name no programme. */
const NOT_A_NAME = new Set(['The', 'This', 'These', 'Our', 'We', 'In', 'As', 'At', 'By', 'For', 'Of', 'On', 'Since', 'With', 'From', 'And', 'It', 'Its', 'To', 'A', 'An']);

export function namedRestatements(docs: readonly CheckDocument[], alreadyFlagged: ReadonlySet<FigureId>): Check[] {
  // bucketed by amount first, cheaply: a clause's names are read only where two statements may disagree
  // (by kind of quantity, then value, each a map; the buckets in the order they were opened)
  const byDimension = new Map<string, Map<number, DocFigure[]>>();
  const buckets: DocFigure[][] = [];
  for (const doc of docs)
    doc.figures.forEach((figure, index) => {
      if (!(figure.value >= 100) || figure.valueMax !== undefined) return;
      const dimension = dimensionOf(figure);
      if (dimension === 'percent' || writtenNumber(figure.text) === undefined) return;
      let byValue = byDimension.get(dimension);
      if (!byValue) byDimension.set(dimension, (byValue = new Map()));
      const bucket = byValue.get(figure.value);
      if (!bucket) {
        const opened = [{ doc, figure, index }];
        byValue.set(figure.value, opened);
        buckets.push(opened);
      } else if (bucket.length <= MAX_BUCKET) bucket.push({ doc, figure, index });
    });
  const checks: Check[] = [];
  const seen = new Set(alreadyFlagged);
  const names = new Map<DocFigure, Set<string>>();
  const namesOf = (at: DocFigure) => {
    let found = names.get(at);
    if (!found) names.set(at, (found = claimNames(at)));
    return found;
  };
  for (const bucket of buckets) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET || new Set(bucket.map((at) => direction(at.figure.qualifier))).size < 2) continue;
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i]!, bucket[j]!];
        const id = [figureId(a.doc.name, a.figure.start), figureId(b.doc.name, b.figure.start)];
        // a mention already flagged (by another rule, or against a third mention) says its claim once
        if (id.some((x) => seen.has(x)) || !qualifiedApart(a, b) || !sameKind(a, b) || !samePeriod(a.figure.period, b.figure.period)) continue;
        const name = [...namesOf(a)].find((n) => namesOf(b).has(n));
        if (name === undefined) continue;
        id.forEach((x) => seen.add(x));
        checks.push(pairCheck(a, b, 'same.qualifier', name));
      }
  }
  return checks;
}

/** The programmes a statement names, or none for a table cell or a target (`到 2025 年…`), which restate no present claim in words. */
function claimNames(at: DocFigure): Set<string> {
  const { doc, figure } = at;
  if (isTableFigure(at) || inForwardSentence(doc.text, figure)) return new Set();
  return namesAround(doc, figure);
}

/** One says the number bare and the other `over` or `nearly`, or they point opposite ways. */
function qualifiedApart(a: DocFigure, b: DocFigure): boolean {
  const da = direction(a.figure.qualifier);
  const db = direction(b.figure.qualifier);
  const bare = (f: DocFigure) => f.figure.qualifier === 'exact';
  return da !== db && ((da === 'none' && bare(a)) || (db === 'none' && bare(b)) || (da !== 'none' && db !== 'none'));
}

function sameKind(a: DocFigure, b: DocFigure): boolean {
  const unit = (f: DocFigure) => f.figure.unit.trim().toLowerCase().replace(/s$/, '');
  return unit(a) === unit(b) || (PEOPLE.test(a.figure.unit.trim()) && PEOPLE.test(b.figure.unit.trim()));
}

/** The programmes named in the figure's sentence and just before it in its paragraph: a quoted Chinese name, or two capitalised English words. */
function namesAround(doc: CheckDocument, f: DocFigure['figure']): Set<string> {
  // from the paragraph's start, but no further back than the look back
  const from = Math.max(0, f.start - LOOK_BACK);
  const paragraph = breakBetween(doc, from, f.start);
  const clause = doc.text.slice(paragraph >= 0 ? paragraph + 2 : from, f.sentence.end);
  const names = new Set<string>();
  for (const m of clause.matchAll(/[“「『"]([^”」』"\n]{2,12})[”」』"]/g)) names.add(m[1]!);
  for (const m of clause.matchAll(/\b[A-Z][a-z]+(?=\s+([A-Z][a-z]+)\b)/g)) if (!NOT_A_NAME.has(m[0])) names.add(`${m[0]} ${m[1]!}`);
  return names;
}
