// A transport company's passengers said by two verbs: a letter's round bound (`全年安全运送乘客超过4,900万人次`, `发送旅客近1.2亿人次`)
// and the exact count its section or key table gives (`全年出租汽车载客量4,862万人次`, `客运量  万人次  4,862`). Carrying passengers
// is written `运送乘客`, `载客量`, `客运量`, `发送旅客`, `旅客发送量`: the words share no pair of characters, yet in person-times of one
// year they count one thing. A bound on the wrong side of the exact count (`超过` above it, `近` below it), within a rounding's reach,
// is the turned qualifier an auditor looks for. Paired per document through the few passenger counts it states.

import { samePeriodKey } from '../../metrics/index';
import { direction } from './agreement';
import { digitsOf } from '../readers/precision';
import { type Statement } from './consistency-statements';
import { hanOf } from './consistency-words';
import { METRIC_SYNONYMS } from '../readers/metric-synonyms';

/** A metric of passengers carried: `乘客`, `旅客`, `载客`, `客运` (readers/metric-synonyms.ts). */
const PASSENGERS = new RegExp(METRIC_SYNONYMS.passengers.words.join('|'));

/** The measure word of person-times. */
const PERSON_TIMES = '人次';

/** How far apart a round bound and the exact count it turns may be, relatively (`超过4,900万` and 4,862万). */
const REACH = 0.05;

/** The most significant digits a round bound is written with (`4,900万`, `1.2亿`). */
const BOUND_DIGITS = 2;

/** The most passenger counts of one document looked at: a report states a few. */
const MAX_COUNTS = 32;

export function passengerBoundPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const exacts = new Map<string, number[]>();
  const bounds: number[] = [];
  statements.forEach((s, i) => {
    if (!s.zh || s.dimension !== 'count' || s.at.figure.unit !== PERSON_TIMES || s.prior || !PASSENGERS.test(hanOf(s.at.figure.metric))) return;
    if (direction(s.figure.qualifier) !== 'none') {
      if (!s.table && digitsOf(s) <= BOUND_DIGITS) bounds.push(i);
      return;
    }
    const list = exacts.get(s.at.doc.name);
    if (!list) exacts.set(s.at.doc.name, [i]);
    else if (list.length < MAX_COUNTS) list.push(i);
  });
  for (const i of bounds) {
    const bound = statements[i]!;
    const x = bound.figure.value;
    const up = direction(bound.figure.qualifier) === 'up';
    for (const j of exacts.get(bound.at.doc.name) ?? []) {
      const exact = statements[j]!;
      const y = exact.figure.value;
      if (!samePeriodKey(bound.period, exact.period) || (bound.at.figure.scope ?? '') !== (exact.at.figure.scope ?? '') || digitsOf(exact) <= digitsOf(bound)) continue;
      if (Math.abs(x - y) > REACH * x || (up ? y >= x : y <= x)) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(x / y)) || 0 });
    }
  }
}
