// Changes: a stated growth or fall with the old and new values it comes from, `rose from 1,200 to
// 1,500, an increase of 25%`, `由 1.2 万增至 1.5 万，增长 25%`. Only the explicit from–to shape is
// checked: without it the old value is not certain, and a guess would be a false alarm.

import { CHANGE_DOWN, CHANGE_UP } from './markers';
import { comparable } from './dimension';
import { percentCheck } from './percent-check';
import { asWritten, intervalOf, type Interval } from './precision';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from './types';

const FROM_TO = /^\s*(?:\*\*)?\s*(?:to|至|到|增至|增加到|增长到|增长至|降至|下降到|下降至|减少到|减少至|提升至|提升到|上升至|上升到)\s*(?:\*\*)?\s*$/i;
const FROM = /(?:from|由|从)\s*(?:\*\*)?\s*$/i;

export function changeChecks(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const figures = doc.figures;
  for (let i = 0; i + 2 < figures.length; i++) {
    const old = figures[i]!;
    const next = figures[i + 1]!;
    const rate = figures[i + 2]!;
    if (!comparable(old, next) || rate.unit !== '%' || rate.sentence.start !== old.sentence.start) continue;
    if (!FROM.test(doc.text.slice(Math.max(old.sentence.start, old.start - 12), old.start))) continue;
    if (!FROM_TO.test(doc.text.slice(old.end, next.start).replace(/^[\s\w\u4e00-\u9fff]*?(?=to|至|到|增|降|减|提|上)/i, ''))) continue;
    const between = doc.text.slice(next.end, rate.start);
    const up = CHANGE_UP.test(between);
    const down = CHANGE_DOWN.test(between);
    if (up === down) continue;
    checks.push(changeCheck({ doc, figure: old, index: i }, { doc, figure: next, index: i + 1 }, { doc, figure: rate, index: i + 2 }, up ? 1 : -1));
  }
  return checks;
}

function changeCheck(old: DocFigure, next: DocFigure, rate: DocFigure, sign: 1 | -1): Check {
  const o = intervalOf(old.figure);
  const n = intervalOf(next.figure);
  const computed: Interval = {
    lo: (sign * (sign > 0 ? n.lo - o.hi : n.hi - o.lo)) / o.hi * 100,
    hi: (sign * (sign > 0 ? n.hi - o.lo : n.lo - o.hi)) / o.lo * 100,
  };
  return percentCheck({
    kind: 'change',
    rule: 'change.from-to',
    inputs: [asCheckFigure(old, 'old'), asCheckFigure(next, 'new')],
    result: rate,
    computed: { lo: Math.min(computed.lo, computed.hi), hi: Math.max(computed.lo, computed.hi) },
    expected: ((sign * (next.figure.value - old.figure.value)) / old.figure.value) * 100,
    formula: `${asWritten(old.figure)} → ${asWritten(next.figure)}`,
    sign: sign > 0 ? '+' : '−',
  });
}
