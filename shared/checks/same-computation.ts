// One computation stated twice with two results: two checks of a document over the same inputs (their values, wherever
// they stand) that come to the same expected value, one holding on its stated result and the other not. `14,862 of
// 34,800 services` is 1.1's `42.7%` and Table 1's Ontario share `43.9`; `268.2 -> 286.4` is 1.2's `up 6.8%` and Table
// 2's Change `+8.6`; `27,252 tCO2e over 34,800 services` is the letter's `783 kg` and 2.1's `805 kg`. The holding one
// shows what the other should say: the two stated results disagree, and an auditor sets them side by side.

import { pairCheck } from './pair-check';
import { firstAtOrAfter, type Check, type CheckDocument, type CheckFigure, type DocFigure } from './types';

const RULE = 'consistency.same-computation';
/** The roles a computation's inputs play, and the one its stated result plays, by kind. */
const INPUTS: Partial<Record<Check['kind'], ReadonlySet<CheckFigure['role']>>> = {
  sum: new Set(['part']),
  ratio: new Set(['numerator', 'denominator']),
  change: new Set(['old', 'new']),
};
const RESULT: Partial<Record<Check['kind'], CheckFigure['role']>> = { sum: 'total', ratio: 'result', change: 'result' };

export function sameComputations(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const out: Check[] = [];
  for (const group of grouped(checks, computationKey)) {
    const holding = group.filter((c) => c.holds);
    if (holding.length === 0 || holding.length === group.length) continue;
    for (const missed of group.filter((c) => !c.holds)) {
      const stated = resultOf(missed);
      // the holding results of one value are one statement made again (the CEO's `up 9.6%` and the table's 9.6): said once
      const paired = new Set<number>();
      for (const held of holding) {
        const right = resultOf(held);
        if (!stated || !right || right.doc !== stated.doc || right.value === stated.value || paired.has(right.value)) continue;
        paired.add(right.value);
        const [a, b] = [asDocFigure(byName, stated), asDocFigure(byName, right)];
        if (a && b) out.push({ ...pairCheck(a, b, 'same.differ'), rule: RULE });
      }
    }
  }
  return out;
}

/**
 * One computation stated in two files of the engagement with two results (a report and its translation): the English
 * Table 2's Baoshan `9,700 | 10,800 | +10.2` against the Chinese 一（二）'s `较上年的9,700亩增长11.3%` and 表2's `+11.3`.
 * Where the other file states the result twice alike (its text and its table), both holding, it shows what the first
 * should say: one check names the result that does not hold and those of the other file.
 */
export function sameComputationsAcrossFiles(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  if (docs.length < 2) return [];
  const byName = new Map(docs.map((d) => [d.name, d]));
  const out: Check[] = [];
  for (const group of grouped(checks, (c) => computationKey(c)?.replace(/^[^\u0000]*\u0000/, ''))) {
    for (const missed of group.filter((c) => !c.holds)) {
      const stated = resultOf(missed);
      if (!stated) continue;
      // the holding results of each other file, by file and value, each figure once
      const rights = new Map<string, Map<number, CheckFigure>>();
      for (const held of group) {
        const right = held.holds ? resultOf(held) : undefined;
        // (a rate of the same size said the other way is the turned-direction rules': `rose 6.0%` against `-6.0`)
        if (!right || right.doc === stated.doc || Math.abs(right.value) === Math.abs(stated.value)) continue;
        const key = `${right.doc}\u0000${right.value}`;
        (rights.get(key) ?? rights.set(key, new Map()).get(key)!).set(right.start, right);
      }
      for (const said of rights.values()) {
        // (said once in the other file, it is one figure against one: its translation's checks set them side by side)
        if (said.size < 2) continue;
        const [first, ...more] = [...said.values()];
        const [a, b] = [asDocFigure(byName, stated), asDocFigure(byName, first!)];
        if (!a || !b) continue;
        const check = pairCheck(a, b, 'same.differ');
        out.push({ ...check, figures: [...check.figures, ...more.map((r) => ({ ...r, role: 'mention' as const }))], rule: 'consistency.same-computation-across' });
      }
    }
  }
  return out;
}

/**
 * One change stated twice on two bases: two change checks of a document with the same new value and the same stated
 * rate, one holding on its old value and one not (`Revenue was EUR 146,200 thousand, 8.2% more than the EUR 135,140
 * thousand of 2022/23` beside Table 2's Total `146,200 | 135,410 | +8.2`): the base that does not give the rate
 * disagrees with the one that does.
 */
export function sameChangeBases(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const out: Check[] = [];
  for (const group of grouped(checks, changeKey)) {
    const held = group.find((c) => c.holds);
    if (!held) continue;
    const base = roleOf(held, 'old')!;
    const paired = new Set<number>();
    for (const missed of group) {
      const other = roleOf(missed, 'old')!;
      if (missed.holds || other.value === base.value || paired.has(other.value)) continue;
      paired.add(other.value);
      const [a, b] = [asDocFigure(byName, other), asDocFigure(byName, base)];
      if (a && b) out.push({ ...pairCheck(a, b, 'same.differ'), rule: 'consistency.change-base' });
    }
  }
  return out;
}

const roleOf = (check: Check, role: CheckFigure['role']): CheckFigure | undefined => check.figures.find((f) => f.role === role);

/** A change check of one document by its new value and its rate's size; undefined for any other check. */
function changeKey(check: Check): string | undefined {
  if (check.kind !== 'change') return undefined;
  const [old, next, rate] = [roleOf(check, 'old'), roleOf(check, 'new'), roleOf(check, 'result')];
  if (!old || !next || !rate || check.figures.some((f) => f.doc !== old.doc)) return undefined;
  return `${old.doc}\u0000${next.value}\u0000${Math.abs(rate.value)}`;
}

/** The checks of each key, those of no key left out. */
function grouped(checks: readonly Check[], keyOf: (check: Check) => string | undefined): Iterable<Check[]> {
  const groups = new Map<string, Check[]>();
  for (const check of checks) {
    const key = keyOf(check);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(check);
    else groups.set(key, [check]);
  }
  return groups.values();
}

/** The computation a check of one document makes: its kind, its inputs' values and what they give; undefined for any other check. */
function computationKey(check: Check): string | undefined {
  const inputs = INPUTS[check.kind];
  if (!inputs || check.expected === undefined || !Number.isFinite(check.expected)) return undefined;
  const values = check.figures.filter((f) => inputs.has(f.role));
  const doc = check.figures[0]?.doc;
  if (values.length < 2 || check.figures.some((f) => f.doc !== doc)) return undefined;
  // a change's old value and new value are not interchangeable; a sum's parts and a quotient's two are kept in role order
  const said = values.map((f) => `${f.role}:${f.value}`).sort();
  return `${doc}\u0000${check.kind}\u0000${said.join(',')}\u0000${check.expected.toPrecision(10)}`;
}

const resultOf = (check: Check): CheckFigure | undefined => check.figures.find((f) => f.role === RESULT[check.kind]);

function asDocFigure(docs: ReadonlyMap<string, CheckDocument>, f: CheckFigure): DocFigure | undefined {
  const doc = docs.get(f.doc);
  if (!doc) return undefined;
  const index = firstAtOrAfter(doc, f.start);
  const figure = doc.figures[index];
  return figure?.start === f.start ? { doc, figure, index } : undefined;
}
