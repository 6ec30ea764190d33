// One computation stated twice with two results: two checks of a document over the same inputs (their values, wherever
// they stand) that come to the same expected value, one holding on its stated result and the other not. `14,862 of
// 34,800 services` is 1.1's `42.7%` and Table 1's Ontario share `43.9`; `268.2 -> 286.4` is 1.2's `up 6.8%` and Table
// 2's Change `+8.6`; `27,252 tCO2e over 34,800 services` is the letter's `783 kg` and 2.1's `805 kg`. The holding one
// shows what the other should say: the two stated results disagree, and an auditor sets them side by side.

import { pairCheck } from './pair-check';
import { asWritten, intervalOf, show, type Interval } from '../readers/precision';
import { isScaleSlip } from './agreement';
import { isTableFigure } from '../readers/figure-facts';
import { saying, type CheckSayingKey } from '../sayings';
import { figureId, type FigureId } from '../readers/figure-places';
import { swappedWritten } from './restatements';
import { saidAsPrior } from '../readers/markers';
import { datedRows } from '../changes/table-prior-year-changes';
import { tableBlocks, type Row } from '../readers/table-blocks';
import { asCheckFigure, asDocFigure, resultOf, roleOf, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';

const RULE = 'consistency.same-computation';
/** The roles a computation's inputs play, by kind (the one its stated result plays is `resultOf`'s). */
const INPUTS: Partial<Record<Check['kind'], ReadonlySet<CheckFigure['role']>>> = {
  sum: new Set(['part']),
  ratio: new Set(['numerator', 'denominator']),
  change: new Set(['old', 'new']),
};

export function sameComputations(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const out: Check[] = [];
  for (const group of grouped(checks, computationKey, missedInputs(checks))) {
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
  for (const group of grouped(checks, computationAcrossFiles, missedInputs(checks))) {
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

/** The mismatch each holding saying of a quotient turns into, stated otherwise. */
const MISSTATED: Partial<Record<CheckSayingKey, CheckSayingKey>> = { 'percent.holds': 'percent.mismatch', 'rate.holds': 'rate.mismatch', 'multiple.holds': 'multiple.mismatch' };

/** How far apart a result and its restatement may be and still be one figure misstated, not one of another scale (thousands for units). */
const NEAR = 2;

/**
 * A quotient's result said otherwise: a figure a consistency check finds disagreeing with one a holding quotient gives, in
 * the same document (the letter's `e-bikes accounted for 72.7% of our revenue` against Table 1's E-bikes share `69.5`, which
 * 286,420 of 412,000 gives; 2.1's `14.1 tCO2e per RMB million` against the key figures' `13.8`). Said of the same metric,
 * it is that quotient's result as the other place states it: the quotient is reported over it, a mismatch, its inputs as
 * every holding statement of the same computation gives them. Not for a figure some quotient already reads as its result.
 */
export function misstatedResults(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const byName = new Map(docs.map((d) => [d.name, d]));
  const resulted = new Set<FigureId>();
  const holdingByResult = new Map<FigureId, Check>();
  const holding: Check[] = [];
  for (const check of checks) {
    if (check.kind !== 'ratio') continue;
    const result = resultOf(check);
    if (!result) continue;
    resulted.add(placeOf(result));
    if (!check.holds || inputsOf(check) === undefined || !MISSTATED[check.says.key]) continue;
    if (!holdingByResult.has(placeOf(result))) holdingByResult.set(placeOf(result), check);
    holding.push(check);
  }
  // (grouped by computation only when a disagreement meets a holding quotient's result: most documents never ask)
  let computations: Map<string, Check[]> | undefined;
  const out: Check[] = [];
  const said = new Set<string>();
  for (const check of checks) {
    if (check.kind !== 'consistency' || check.holds) continue;
    for (const right of check.figures) {
      const held = holdingByResult.get(placeOf(right));
      if (!held) continue;
      for (const stated of check.figures) {
        if (stated.doc !== right.doc || stated.value === right.value || resulted.has(placeOf(stated)) || said.has(placeOf(stated))) continue;
        const misstated = overStated(held, stated, (computations ??= groupedBy(holding, computationKey)).get(computationKey(held)!) ?? [held], byName);
        if (!misstated) continue;
        said.add(placeOf(stated));
        out.push(misstated);
      }
    }
  }
  return out;
}

/**
 * A holding quotient whose rate the text says in the sentence of one of its inputs said with its scale slipped (`2024年综合能源消耗2.846万
 * 吨标准煤，单位检测量综合能耗1.57千克标准煤/辆次` beside 表3's 2,846吨, which the rate stands on): worked over the sentence's own
 * figure, the rate does not come out as it says — the same slip, read through the rate. Said once per slipped figure.
 */
export function quotientsOverSlippedInputs(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const slips = checks.filter((c) => c.kind === 'consistency' && !c.holds && c.says.key === 'same.scale');
  if (slips.length === 0) return [];
  const byName = new Map(docs.map((d) => [d.name, d]));
  // the holding rates by the place of each figure they read, inputs and the statements restating them
  const byPlace = new Map<FigureId, Check[]>();
  for (const check of checks) {
    if (check.kind !== 'ratio' || !check.holds || check.says.key !== 'rate.holds' || inputsOf(check) === undefined) continue;
    for (const f of check.figures) {
      const list = byPlace.get(placeOf(f));
      if (list) list.push(check);
      else byPlace.set(placeOf(f), [check]);
    }
  }
  const out: Check[] = [];
  const said = new Set<FigureId>();
  for (const slip of slips)
    for (const slipped of slip.figures)
      for (const right of slip.figures) {
        if (slipped === right || slipped.doc !== right.doc || said.has(placeOf(slipped)) || !isScaleSlip(slipped.value, right.value)) continue;
        const at = asDocFigure(byName, slipped);
        if (!at || isTableFigure(at)) continue;
        for (const held of byPlace.get(placeOf(right)) ?? []) {
          const check = overSlippedInput(held, slipped, right, at, byName);
          if (!check) continue;
          said.add(placeOf(slipped));
          out.push(check);
          break;
        }
      }
  return out;
}

/** `held` worked over `slipped` in place of the input `right` restates, its result the one its text says in `slipped`'s sentence. */
function overSlippedInput(held: Check, slipped: CheckFigure, right: CheckFigure, at: DocFigure, byName: ReadonlyMap<string, CheckDocument>): Check | undefined {
  const [numerator, denominator, result] = [roleOf(held, 'numerator'), roleOf(held, 'denominator'), resultOf(held)];
  if (!numerator || !denominator || !result) return undefined;
  const role = right.value === numerator.value ? 'numerator' : right.value === denominator.value ? 'denominator' : undefined;
  if (!role) return undefined;
  // (the rate as its sentence says it: the held result, or a figure of its value after the slipped one there)
  const { figures } = at.doc;
  let said: CheckFigure | undefined = result.doc === slipped.doc && asDocFigure(byName, result)?.figure.sentence.start === at.figure.sentence.start ? result : undefined;
  for (let k = at.index + 1; !said && k < figures.length && figures[k]!.sentence.start === at.figure.sentence.start; k++)
    if (figures[k]!.value === result.value) said = asCheckFigure({ doc: at.doc, figure: figures[k]!, index: k }, 'result');
  if (!said) return undefined;
  const expected = held.expected! * (role === 'numerator' ? slipped.value / numerator.value : denominator.value / slipped.value);
  const [n, d] = role === 'numerator' ? [{ ...slipped, role: 'numerator' as const }, denominator] : [numerator, { ...slipped, role: 'denominator' as const }];
  const used = new Set([placeOf(n), placeOf(d), placeOf(said)]);
  const mentions = held.figures.filter((f) => !used.has(placeOf(f))).map((f) => ({ ...f, role: 'mention' as const }));
  const stated = asDocFigure(byName, said)!.figure;
  return {
    kind: held.kind,
    holds: false,
    figures: [n, d, { ...said, role: 'result' }, ...mentions],
    expected,
    stated: said.value,
    rule: 'ratio.over-slipped-input',
    ...saying('rate.mismatch', { calc: `${n.text} / ${d.text}`, expected: show(expected, 2), stated: asWritten(stated) }),
  };
}

/**
 * `held` worked over `stated` as its result, the inputs of the other holding statements of its computation named beside it;
 * undefined when `stated` holds, or when neither an input of last year nor a slip of the result's digits explains it: only a
 * quotient that comes out as stated with its numerator or denominator replaced by the year before's cell of its table row
 * (286,420 over 2023's 393,800 is the letter's 72.7%), or with its denominator replaced by a part of it (`partOfGroupGives`), or whose stated result swaps two neighbouring digits of the table's
 * (`Aligned OpEx of EUR 214 million represented 78.4%` against the row's 74.8), is that quotient misstated, and not
 * another measure, a bound or a slip of its own that the figures differ by.
 */
function overStated(held: Check, stated: CheckFigure, same: readonly Check[], byName: ReadonlyMap<string, CheckDocument>): Check | undefined {
  const at = asDocFigure(byName, stated);
  const figure = at?.figure;
  const expected = held.expected!;
  if (!figure || figure.qualifier !== 'exact' || !(stated.value > 0 && expected > 0) || Math.max(stated.value / expected, expected / stated.value) > NEAR) return undefined;
  const { lo, hi } = intervalOf(figure);
  if ((expected >= lo && expected <= hi) || !(lastYearGives(held, { lo, hi }, byName) || partOfGroupGives(held, { lo, hi }, byName) || (lastYearsResult(held, { lo, hi }, byName) && !saidAsPrior(at!.doc.text, figure)) || (swapsHeldResult(held, figure) && (saysNumerator(held, stated, byName) || (held.says.key === 'rate.holds' && saysInputBefore(held, stated, byName)))))) return undefined;
  const inputs = held.figures.filter((f) => f.role !== 'result' && f.role !== 'mention');
  const used = new Set(inputs.map((f) => figureId(f.doc, f.start)));
  const mentions: CheckFigure[] = [];
  for (const other of same)
    for (const f of other.figures)
      if (f.role !== 'result' && f.role !== 'mention' && !used.has(figureId(f.doc, f.start))) {
        used.add(figureId(f.doc, f.start));
        mentions.push({ ...f, role: 'mention' });
      }
  const values = held.says.values;
  return {
    kind: held.kind,
    holds: false,
    figures: [...inputs, { ...stated, role: 'result' }, ...mentions],
    expected,
    stated: stated.value,
    rule: 'ratio.result-stated-otherwise',
    ...saying(MISSTATED[held.says.key]!, { calc: values.calc!, expected: values.expected!, stated: asWritten(figure) }),
  };
}

/**
 * Whether `stated` is the year before's cell of the table row whose latest cell is the holding quotient's result (`单位体检人次
 * 用电量  13.32  13.97` for a section's `单位体检人次用电量13.97千瓦时` of this year): last year's rate said as this year's.
 */
function lastYearsResult(held: Check, stated: Interval, byName: ReadonlyMap<string, CheckDocument>): boolean {
  const result = resultOf(held);
  const doc = result && byName.get(result.doc);
  return doc !== undefined && beforeOf(doc, result!).some((v) => v >= stated.lo && v <= stated.hi);
}

/** Whether `stated`'s own sentence says the holding quotient's numerator before it (`Aligned OpEx of EUR 214 million represented 78.4%`). */
function saysNumerator(held: Check, stated: CheckFigure, byName: ReadonlyMap<string, CheckDocument>): boolean {
  const numerator = roleOf(held, 'numerator');
  const at = asDocFigure(byName, stated);
  if (!numerator || !at) return false;
  const { figures } = at.doc;
  for (let k = at.index - 1; k >= 0 && figures[k]!.sentence.start === at.figure.sentence.start; k--) if (figures[k]!.value === numerator.value) return true;
  return false;
}

/**
 * Whether `stated`'s paragraph says one of the holding rate's inputs before it (`At the end of 2024 we employed 4,600 people
 * … Revenue per employee was RMB393 thousand`): the rate is worked from the figures beside it, not a letter's rate said
 * alone, which may be another measure of the same name.
 */
function saysInputBefore(held: Check, stated: CheckFigure, byName: ReadonlyMap<string, CheckDocument>): boolean {
  const inputs = new Set([roleOf(held, 'numerator')?.value, roleOf(held, 'denominator')?.value]);
  const at = asDocFigure(byName, stated);
  if (!at) return false;
  const { text, figures } = at.doc;
  let upTo = at.figure.start;
  for (let k = at.index - 1; k >= 0 && !text.slice(figures[k]!.end, upTo).includes('\n\n'); k--) {
    if (inputs.has(figures[k]!.value)) return true;
    upTo = figures[k]!.start;
  }
  return false;
}

/** Whether `stated` is the holding quotient's stated result with two neighbouring digits swapped (`78.4%` for Table 1's `74.8`). */
function swapsHeldResult(held: Check, stated: { text: string }): boolean {
  const result = resultOf(held);
  return result !== undefined && swappedWritten(result.text, stated.text);
}

/** Whether the quotient comes out within `stated` with its numerator or its denominator replaced by the cell of the year before of a table row whose latest cell is it. */
function lastYearGives(held: Check, stated: Interval, byName: ReadonlyMap<string, CheckDocument>): boolean {
  const [numerator, denominator] = [roleOf(held, 'numerator'), roleOf(held, 'denominator')];
  const doc = numerator && byName.get(numerator.doc);
  if (!numerator || !denominator || !doc || !(numerator.value > 0 && denominator.value > 0)) return false;
  const factor = held.expected! / (numerator.value / denominator.value);
  const within = (q: number) => q >= stated.lo && q <= stated.hi;
  return (
    beforeOf(doc, numerator).some((n) => within((factor * n) / denominator.value)) ||
    beforeOf(doc, denominator).some((d) => d > 0 && within((factor * numerator.value) / d))
  );
}

/**
 * Whether the quotient comes out within `stated` with its denominator replaced by a part of it: a row of a table whose Total row
 * states the denominator, in the Total's column (`9,840 kL` over the 148,620 dog nights of `Table 2: Pet nights by species`, not
 * all 205,000 pet nights, is 66.2 litres): the rate worked over the wrong group.
 */
function partOfGroupGives(held: Check, stated: Interval, byName: ReadonlyMap<string, CheckDocument>): boolean {
  const [numerator, denominator] = [roleOf(held, 'numerator'), roleOf(held, 'denominator')];
  const doc = numerator && byName.get(numerator.doc);
  if (!numerator || !denominator || !doc || !(numerator.value > 0 && denominator.value > 0)) return false;
  const factor = held.expected! / (numerator.value / denominator.value);
  const within = (q: number) => q >= stated.lo && q <= stated.hi;
  for (const block of tableBlocks(doc)) {
    const total: Row | undefined = block.find((r: Row) => !r.header && TOTAL_ROW.test(r.label) && r.cells.some((c: DocFigure | undefined) => c?.figure.value === denominator.value));
    if (!total) continue;
    const column = total.cells.findIndex((c: DocFigure | undefined) => c?.figure.value === denominator.value);
    for (const row of block) {
      const part = row.cells[column]?.figure.value;
      if (row !== total && !row.header && part !== undefined && part > 0 && part < denominator.value && within((factor * numerator.value) / part)) return true;
    }
  }
  return false;
}

/** A total row's label: `Total`, `合计`. */
const TOTAL_ROW = /^\s*(?:total|合计|合計|总计|總計)\s*$/i;

/** The values of the year before of the table rows whose latest cell is the figure, or states its value. */
function beforeOf(doc: CheckDocument, f: CheckFigure): number[] {
  return datedRows(doc, true)
    .filter((r) => r.latest.figure.start === f.start || r.latest.figure.value === f.value)
    .map((r) => r.before.figure.value);
}

/** A change check of one document by its new value and its rate's size; undefined for any other check. */
function changeKey(check: Check): string | undefined {
  if (check.kind !== 'change') return undefined;
  const [old, next, rate] = [roleOf(check, 'old'), roleOf(check, 'new'), roleOf(check, 'result')];
  if (!old || !next || !rate || check.figures.some((f) => f.doc !== old.doc)) return undefined;
  return `${old.doc}\u0000${next.value}\u0000${Math.abs(rate.value)}`;
}

/**
 * The checks of each key, those of no key left out; given the values of the missed checks' inputs (`missedInputs`), only a check
 * that may join one of them. (The keys and the test are the module's, not closures made on each call: the optimised code of
 * `groupedBy` stays valid for the next engagement.)
 */
const grouped = (checks: readonly Check[], keyOf: (check: Check) => string | undefined, missed?: ReadonlySet<number>): Iterable<Check[]> => groupedBy(checks, keyOf, missed).values();

function groupedBy(checks: readonly Check[], keyOf: (check: Check) => string | undefined, missed?: ReadonlySet<number>): Map<string, Check[]> {
  const groups = new Map<string, Check[]>();
  for (const check of checks) {
    if (missed !== undefined && !besideAMiss(check, missed)) continue;
    const key = keyOf(check);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(check);
    else groups.set(key, [check]);
  }
  return groups;
}

/** A figure's place as an id. (The module's, not a closure made on each call: the optimised code calling it stays valid for the next engagement.) */
const placeOf = (f: CheckFigure) => figureId(f.doc, f.start);

/** The values of the inputs of the checks that do not hold (`besideAMiss`). */
function missedInputs(checks: readonly Check[]): Set<number> {
  const missedValues = new Set<number>();
  for (const check of checks) if (!check.holds) for (const f of inputsOf(check) ?? []) missedValues.add(f.value);
  return missedValues;
}

/**
 * Whether a check may make one computation with a check that does not hold: any that does not hold, and a holding one with
 * a figure of the value of such a check's input. The groups of the others all hold, and no rule reads them: their keys
 * (strings of every input's value) are never built.
 */
function besideAMiss(check: Check, missedValues: ReadonlySet<number>): boolean {
  if (!check.holds) return true;
  for (const f of check.figures) if (missedValues.has(f.value)) return true;
  return false;
}

/** A computation's key without its document (`computationKey`): the same computation in two files of the engagement. */
const computationAcrossFiles = (check: Check) => computationKey(check)?.replace(/^[^\u0000]*\u0000/, '');

/** The computation a check of one document makes as a key, read once for the rules that group by it. */
function computationKey(check: Check): string | undefined {
  if (!keys.has(check)) keys.set(check, keyOfComputation(check));
  return keys.get(check);
}

const keys = new WeakMap<Check, string | undefined>();

/** The computation's kind, its inputs' values and what they give; undefined for any check but a sum, quotient or change of one document. */
function keyOfComputation(check: Check): string | undefined {
  const values = inputsOf(check);
  if (!values) return undefined;
  // a change's old value and new value are not interchangeable; a sum's parts and a quotient's two are kept in role order
  const said = values.map((f) => `${f.role}:${f.value}`).sort();
  return `${check.figures[0]!.doc}\u0000${check.kind}\u0000${said.join(',')}\u0000${check.expected!.toPrecision(10)}`;
}

/** A sum's, quotient's or change's inputs (two or more) where all its figures are of one document; undefined for any other check. */
function inputsOf(check: Check): CheckFigure[] | undefined {
  const inputs = INPUTS[check.kind];
  if (!inputs || check.expected === undefined || !Number.isFinite(check.expected)) return undefined;
  const values = check.figures.filter((f) => inputs.has(f.role));
  const doc = check.figures[0]?.doc;
  return values.length < 2 || check.figures.some((f) => f.doc !== doc) ? undefined : values;
}
