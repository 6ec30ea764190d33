// One change the document works out twice and says both ways: `We used 169,400 MWh of energy in 2024, 3.7% more than the
// 163,400 MWh of 2023` holds, and the letter's `our energy use fell 3.7% to 169,400 MWh`, over the same two values, does not.
// The rates are the same size, so no comparison of values sees them; their words say two directions (`more than`,
// `fell`), and the same old and new values say which is right. Their clauses may name the change in other words (`our
// energy use`, `We used … of energy`), which `turnedDirections` needs alike: the shared computation ties them instead.

import { changeWay, changedWords } from '../changes/change-directions';
import { saying } from '../sayings';
import { figureId } from '../readers/figure-places';
import { asCheckFigure, asDocFigure, resultOf, roleOf, type Check, type CheckDocument, type DocFigure } from '../types';

const RULE = 'consistency.change-direction';

export function turnedComputations(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  // (rates another rule already sets against each other are said once)
  const paired = new Set(checks.filter((c) => c.kind === 'consistency' && !c.holds).flatMap((c) => c.figures.map((f) => figureId(f.doc, f.start))));
  const groups = new Map<string, Check[]>();
  for (const check of checks) {
    const key = changeKey(check);
    if (key !== undefined) (groups.get(key) ?? groups.set(key, []).get(key)!).push(check);
  }
  const out: Check[] = [];
  const said = new Set<string>();
  for (const group of groups.values()) {
    const held = group.filter((c) => c.holds).map(rateSaid(byName)).filter((r) => r !== undefined);
    for (const missed of group) {
      const wrong = missed.holds ? undefined : rateSaid(byName)(missed);
      const id = wrong && figureId(wrong.at.doc.name, wrong.at.figure.start);
      if (!wrong || !id || said.has(id)) continue;
      const right = held.find((r) => r.at.doc === wrong.at.doc && r.value === wrong.value && r.way !== wrong.way && !(paired.has(id) && paired.has(figureId(r.at.doc.name, r.at.figure.start))));
      if (!right) continue;
      said.add(id);
      out.push(directionCheck(wrong, right));
    }
  }
  return out;
}

/**
 * A change check's document, old and new values and the size of the change they give (a check of a rate said falling
 * gives it negative): one key for the change however its rate is said; undefined for a check across documents.
 */
function changeKey(check: Check): string | undefined {
  const [old, next] = [roleOf(check, 'old'), roleOf(check, 'new')];
  if (check.kind !== 'change' || !old || !next || check.expected === undefined || !Number.isFinite(check.expected) || check.figures.some((f) => f.doc !== old.doc)) return undefined;
  return `${old.doc}\u0000${old.value}\u0000${next.value}\u0000${Math.abs(check.expected).toPrecision(10)}`;
}

interface RateSaid {
  at: DocFigure;
  value: number;
  way: 'up' | 'down';
  verb: number;
  end: number;
}

/** A change check's stated rate in running text, its size and the way its words say it went; undefined for a table cell or a rate said no way. */
const rateSaid =
  (byName: ReadonlyMap<string, CheckDocument>) =>
  (check: Check): RateSaid | undefined => {
    const rate = resultOf(check);
    const at = rate && asDocFigure(byName, rate);
    const read = at && changeWay(at.doc, at.index);
    return at && read ? { at, value: Math.abs(rate.value), way: read.way, verb: read.verb, end: read.end } : undefined;
  };

/** The two rates side by side, in their order in the document, each with its verb. */
function directionCheck(wrong: RateSaid, right: RateSaid): Check {
  const [a, b] = wrong.at.figure.start < right.at.figure.start ? [wrong, right] : [right, wrong];
  const { doc } = wrong.at;
  const verbAndRate = (s: RateSaid) => doc.text.slice(s.verb, s.end).replace(/\s+/g, ' ');
  const metric = changedWords(doc, wrong.at.index, wrong.verb)?.words ?? '';
  return {
    kind: 'consistency',
    holds: false,
    figures: [asCheckFigure(a.at, 'mention'), asCheckFigure(b.at, 'mention')],
    rule: RULE,
    ...saying('same.direction', { metric, a: verbAndRate(a), aDoc: doc.name, b: verbAndRate(b), bDoc: doc.name }),
  };
}
