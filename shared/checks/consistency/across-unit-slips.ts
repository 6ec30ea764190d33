// A measure restated in another unit of its kind with its scale slipped (a letter's `about 42.38 million litres of
// water` for the key figures' `Water withdrawn  kilolitres  423,800`, 423.8 million litres; `Our sites used 539.7 GWh of
// energy` for `Energy consumption  MWh  53,970`): compared in the measure's base unit (grams, kWh, litres), the same
// significant digits, four at least, exactly a power of ten apart. Said when the two are named alike, or when the noun the
// measure is `of` or `for` (`litres of water`, `18.46 gigalitres for irrigation`) opens the other's row or key line's label. Figures are bucketed by their measure and
// digits per document, so the work is linear in the figures.

import { samePeriod } from '../../metrics/index';
import { isScaleSlip } from './agreement';
import { isTableFigure } from '../readers/figure-facts';
import { dimensionOf, unitScale } from '../readers/dimension';
import { inForwardClause } from '../readers/markers';
import { significantDigits } from '../readers/precision';
import { figureId, type FigureId } from '../readers/figure-places';
import { labelOf } from './label-said-whole';
import { metricTokens } from './metric-tokens';
import { pairCheck } from './pair-check';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';

/** The fewest significant digits read: fewer are common to many measures. */
const DIGITS = 4;
/** A bucket larger than this is a number too common to say anything about. */
const MAX_BUCKET = 8;

/**
 * Scale slips between two figures of one document in two units of one measure (`L` and `kL`, `GWh` and `MWh`, `m³` and
 * `ML`), neither already in `seen`; `named` says whether two figures are named alike by the restatement rules' reading.
 */
export function acrossUnitSlips(docs: readonly CheckDocument[], seen: Set<FigureId>, named: (a: DocFigure, b: DocFigure) => boolean): Check[] {
  const checks: Check[] = [];
  for (const doc of docs) {
    const buckets = new Map<string, Array<{ at: DocFigure; base: number }>>();
    doc.figures.forEach((figure, index) => {
      if (figure.valueMax !== undefined || !(figure.value > 0) || !dimensionOf(figure).startsWith('measure:')) return;
      const scale = unitScale(figure.unit);
      const digits = significantDigits(figure.text);
      if (!scale || digits === undefined || digits.length < DIGITS || PER_UNIT.test(`${figure.metric ?? ''} ${figure.unit}`) || PER_AFTER.test(doc.text.slice(figure.end, figure.end + 12)) || inForwardClause(doc.text, figure)) return;
      const key = `${scale.measure}\u0000${digits}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      if (bucket.length <= MAX_BUCKET) bucket.push({ at: { doc, figure, index }, base: figure.value * scale.scale });
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > MAX_BUCKET || bucket.every((m) => m.at.figure.unit === bucket[0]!.at.figure.unit)) continue;
      const said = new Set<FigureId>();
      for (let i = 0; i < bucket.length; i++)
        for (let j = i + 1; j < bucket.length; j++) {
          const [a, b] = [bucket[i]!, bucket[j]!];
          const [ia, ib] = [idOf(a.at), idOf(b.at)];
          if (said.has(ia) || said.has(ib) || (seen.has(ia) && seen.has(ib))) continue;
          if (a.at.figure.unit === b.at.figure.unit || (isTableFigure(a.at) && isTableFigure(b.at)) || !isScaleSlip(a.base, b.base) || !samePeriod(a.at.figure.period, b.at.figure.period)) continue;
          if (!named(a.at, b.at) && !ofNounOpensLabel(a.at, b.at) && !ofNounOpensLabel(b.at, a.at)) continue;
          // and every other statement of the value either slipped from (the section's `We withdrew 423,800 kilolitres`)
          const restated = bucket.filter((c) => c !== a && c !== b && !said.has(idOf(c.at)) && (sameBase(c.base, a.base) || sameBase(c.base, b.base)));
          for (const m of [a, b, ...restated]) {
            said.add(idOf(m.at));
            seen.add(idOf(m.at));
          }
          const check = pairCheck(a.at, b.at, 'same.scale');
          checks.push(restated.length === 0 ? check : { ...check, figures: [...check.figures, ...restated.map((c) => asCheckFigure(c.at, 'mention'))] });
        }
    }
  }
  return checks;
}

const idOf = (f: DocFigure) => figureId(f.doc.name, f.figure.start);
const sameBase = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(x, y);

/**
 * A running-text measure `of` a noun (`42.38 million litres of water`, `539.7 GWh of energy`) or `for` it (`18.46 gigalitres for
 * irrigation`, the use it went to) whose noun opens the label of `labelled`, a table row or a key line (`Water withdrawn`,
 * `Energy consumption`, `Irrigation water`).
 */
function ofNounOpensLabel(said: DocFigure, labelled: DocFigure): boolean {
  if (isTableFigure(said)) return false;
  const noun = OF_NOUN.exec(said.doc.text.slice(said.figure.end, said.figure.end + 40))?.[1];
  const label = labelOf(labelled);
  if (noun === undefined || label === undefined) return false;
  const [first] = metricTokens(label);
  return first !== undefined && metricTokens(noun)[0] === first;
}

/**
 * A measure per a unit of something (`Energy per litre of pure alcohol was 16.84 kWh`, `Energy per LPA  kWh  16.84`): an
 * intensity, whose digits meeting a total's (`168,400 MWh` over 10,000 thousand litres) are the quotient's, no slip.
 */
const PER_UNIT = /\bper\b|\bintensity\b|\//i;
/** `per` or a slash just after a figure (`16.84 kWh per litre`, `2.1 kWh/t`). */
const PER_AFTER = /^\s*(?:per\b|\/)/i;

/** The noun a measure is `of` or `for`, just after it (`of water`, `of electricity`, `for irrigation`). */
const OF_NOUN = /^\s+(?:of|for)\s+([A-Za-z]+)/;
