// One change said twice with two rates, its values said once in full and once rounded: the letter's `revenue rose 7.4% to
// EUR 108.7 million`, worked over Table 1's 103,820 thousand, against 1.1's `EUR 108.7 million in 2024, 4.7% more than the
// EUR 103.8 million of 2023`, which holds. The same-computation rule pairs changes over the very same values; here one
// value of each pair lies within the other's rounding, and the holding one's rate is what the other's values give: the
// two stated rates disagree, and an auditor sets them side by side.

import { pairCheck } from './pair-check';
import { admits } from '../readers/precision';
import { failingChecks } from '../readers/failing-checks';
import { figureId } from '../readers/figure-places';
import { asDocFigure, resultOf, roleOf, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';

const RULE = 'consistency.change-said-twice';

/** More holding changes than this in one document are not searched for each failing one (a bound on the work). */
const MAX_HELD = 2000;

export function changesSaidTwice(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const held = new Map<string, Check[]>();
  const missed: Check[] = [];
  for (const c of checks) {
    if (c.kind !== 'change' || c.expected === undefined || !resultOf(c) || !roleOf(c, 'old') || !roleOf(c, 'new')) continue;
    if (!c.holds) missed.push(c);
    else {
      const doc = resultOf(c)!.doc;
      const inDoc = held.get(doc);
      if (inDoc) inDoc.push(c);
      else held.set(doc, [c]);
    }
  }
  if (missed.length === 0) return [];
  const failing = failingChecks(checks);
  const out: Check[] = [];
  const said = new Set<string>();
  for (const m of missed) {
    const stated = asDocFigure(byName, resultOf(m)!);
    const [old, next] = [asDocFigure(byName, roleOf(m, 'old')!), asDocFigure(byName, roleOf(m, 'new')!)];
    const candidates = stated ? (held.get(stated.doc.name) ?? []) : [];
    if (!stated || !old || !next || candidates.length > MAX_HELD) continue;
    for (const h of candidates) {
      const right = asDocFigure(byName, resultOf(h)!);
      // (the same size said the other way is the turned-direction rules': `rose 6.0%` against `-6.0`)
      if (!right || Math.abs(right.figure.value) === Math.abs(stated.figure.value)) continue;
      if (!sameValue(old, roleOf(h, 'old')!, byName) || !sameValue(next, roleOf(h, 'new')!, byName) || !admits(right.figure, m.expected!)) continue;
      const key = `${stated.doc.name}\u0000${stated.figure.start}\u0000${right.figure.start}`;
      if (said.has(key) || failing.together(figureId(stated.doc.name, stated.figure.start), figureId(right.doc.name, right.figure.start))) continue;
      said.add(key);
      out.push({ ...pairCheck(stated, right, 'same.differ'), rule: RULE });
    }
  }
  return out;
}


/** Two statements of one value, one within the other's rounding (`EUR 103.8 million` of `103,820` thousand), never the same figure said with another scale. */
function sameValue(a: DocFigure, b: CheckFigure, byName: ReadonlyMap<string, CheckDocument>): boolean {
  const other = asDocFigure(byName, b);
  if (!other || other.doc !== a.doc) return false;
  return admits(a.figure, other.figure.value) || admits(other.figure, a.figure.value);
}
