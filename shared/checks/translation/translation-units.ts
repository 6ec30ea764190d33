// Units a report's two languages name differently. dimension.ts tells a figure's kind from its unit as
// one language writes it, and across languages the words part: `1777 天` is a count of 天 while
// `1,777 days` is a measure of days, `10 个小时` and `10 hours` two counts of unlike nouns, `50 斤`
// half as many kilos as `50 kilos`. For comparing a figure with its translation, a unit named in this
// table is the measure it names in both languages, in that measure's unit (a 斤 is half a kilogram);
// every other unit is as dimension.ts reads it.

import type { ExtractedFigure } from '../../domain/figure';
import { dimensionOf, type Dimension, unitFactor } from '../readers/dimension';

/** A measure of time, mass, length or area a translation may name in other words; the family a unit slip stays within. */
export type UnitFamily = 'time' | 'mass' | 'length' | 'area';

const UNITS: Array<[RegExp, Dimension, number, UnitFamily]> = [
  [/^(?:天|日|days?)$/i, 'measure:days', 1, 'time'],
  [/^(?:个?小时|個?小時|hours?|hrs?)$/i, 'measure:hours', 1, 'time'],
  [/^(?:分钟|分鐘|minutes?|mins?)$/i, 'measure:minutes', 1, 'time'],
  [/^(?:个?月|個?月|months?)$/i, 'measure:months', 1, 'time'],
  [/^(?:公斤|千克|kg|kgs|kilos?|kilograms?)$/i, 'measure:kg', 1, 'mass'],
  [/^(?:斤|jin)$/i, 'measure:kg', 0.5, 'mass'],
  [/^(?:公里|千米|km|kilometres?|kilometers?)$/i, 'measure:km', 1, 'length'],
  [/^(?:平方米|m2|m²|square met(?:re|er)s?)$/i, 'measure:m2', 1, 'area'],
  [/^(?:公顷|公頃|ha|hectares?)$/i, 'measure:ha', 1, 'area'],
];

type Entry = (typeof UNITS)[number];

/**
 * The unit's entry: the unit as written, or an English unit's last word (`volunteer hours` is hours).
 * Asked two or three times of every figure of a bilingual document: read once per unit as written.
 */
const named = (figure: Pick<ExtractedFigure, 'unit'>): Entry | undefined => {
  let entry = entries.get(figure.unit);
  if (entry === undefined) {
    if (entries.size > 10_000) entries.clear();
    entries.set(figure.unit, (entry = entryOf(figure.unit.trim()) ?? null));
  }
  return entry ?? undefined;
};

/** Each unit's entry as `named` read it (null: none). */
const entries = new Map<string, Entry | null>();

function entryOf(unit: string): Entry | undefined {
  const last = /^[A-Za-z][A-Za-z\s-]*\s([A-Za-z]+)$/.exec(unit)?.[1];
  return UNITS.find(([pattern]) => pattern.test(unit)) ?? (last === undefined ? undefined : UNITS.find(([pattern]) => pattern.test(last)));
}

/** The figure's kind for comparing it with its translation. */
export function translationDimension(figure: Pick<ExtractedFigure, 'unit'> & { text?: string }): Dimension {
  return named(figure)?.[1] ?? dimensionOf(figure);
}

/** How many of its measure's unit one of the figure's unit is, for comparing it with its translation. */
export function translationFactor(figure: Pick<ExtractedFigure, 'unit'>): number {
  return named(figure)?.[2] ?? unitFactor(figure);
}

/** The family of a unit this table names (time, mass, length, area), if it names it. */
export function unitFamily(figure: Pick<ExtractedFigure, 'unit'>): UnitFamily | undefined {
  return named(figure)?.[3];
}
