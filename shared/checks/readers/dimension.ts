// What kind of quantity a figure's unit is, so that checks only add, divide or compare like with
// like: a share, an amount of one currency, a physical measure, or a count of things (a count's
// noun varies with the sentence — `5,038名失踪儿童`, `4,960 个儿童` — so counts are one kind).

import type { ExtractedFigure } from '../../domain/figure';
import type { DocFigure } from '../types';
import { CURRENCY_CODES } from '../../extraction/currency-codes';
import { SCALE_WORD_IN_TEXT } from '../../extraction/scales';

export type Dimension = 'percent' | 'pp' | 'times' | `currency:${string}` | `measure:${string}` | 'count';

/** Energy as a unit is written: `kWh`, `GWh`, `度`, `千瓦时`, `兆瓦時`. */
const ENERGY = /^(?:[kmgt]?wh|度|[千兆吉]?瓦[时時])$/i;
/** Volume: `m3`, `m³`, `立方米`, `千立方米`. */
const VOLUME = /^(?:m3|m³|千?立方米)$/i;
/** Troy ounces: `oz`, `koz`, `Moz`. */
const TROY_OUNCES = /^[km]?oz$/i;

const MEASURE_FAMILY: Array<[RegExp, string]> = [
  [/^(?:k|m|g)?t(?:co2e?|co2-e|onnes?)?$/i, 't'],
  // kilograms as tonnes are: `783 kg` of an emissions sentence is the table's `783` under `kg CO2e`
  [/^kg(?:co2e?|co2-e)?$/i, 'kg'],
  [ENERGY, 'wh'],
  [VOLUME, 'm3'],
  // a miner's gold in troy ounces, thousands and millions of them (`589 koz`, `18.6 Moz`)
  [TROY_OUNCES, 'oz'],
];

const byUnit = new Map<string, Dimension>();
let lastUnit: string | undefined;
let lastDimension: Dimension | undefined;

export function dimensionOf(figure: Pick<ExtractedFigure, 'unit'> & { text?: string }): Dimension {
  // every check asks this of every figure: read once per unit as written, a share's without a look-up
  // (and the unit asked last without one: rules ask of one figure, or of two of one unit, in turn)
  const unit = figure.unit;
  if (unit === '%') return 'percent';
  let dimension = unit === lastUnit ? lastDimension : byUnit.get(unit);
  if (dimension === undefined) {
    if (byUnit.size > 10_000) byUnit.clear();
    byUnit.set(unit, (dimension = dimensionOfUnit(unit.trim())));
  }
  lastUnit = unit;
  lastDimension = dimension;
  // `12.6 million times` counts occasions: no multiple is said in millions
  return dimension === 'times' && figure.text !== undefined && SCALE_WORD_IN_TEXT.test(figure.text) ? 'count' : dimension;
}

function dimensionOfUnit(unit: string): Dimension {
  if (unit === '%') return 'percent';
  if (unit === 'pp') return 'pp';
  if (/^(?:times|倍|x)$/i.test(unit)) return 'times';
  if (CURRENCY_CODES.has(unit)) return `currency:${unit}`;
  for (const [pattern, family] of MEASURE_FAMILY) if (pattern.test(unit)) return `measure:${family}`;
  if (/^[a-zA-Z]{1,4}\d?e?$/.test(unit) && !/^(?:users?|men)$/i.test(unit) && !COUNTED_PLURAL.test(unit)) return `measure:${unit.toLowerCase()}`;
  return 'count';
}

/** A short plural noun of things counted (`eggs`, `vans`, `beds`, `kids`), no abbreviated unit: days, hours, years, pounds and the like aside. */
const COUNTED_PLURAL = /^(?!(?:day|hr|yr|lb|kg|min|sec|ton)s$)[a-z]{2,3}s$/;

/** Words of scale a unit is written with (`KRW 100 million`, `万吨`, `1,000 tons`): the measure is what is left. */
const SCALE = /(?<![\p{L}\d])\d[\d,.]*|thousand|million|billion|百万|百萬|千|万|萬|亿|億/giu;
/** What an intensity is per when it is per revenue: the currency (`HK$ million revenue`, `百萬港元收益`). */
const REVENUE_WORDS = /(?:of)?(?:revenue|收益|营业收入|營業收入|营收|營收)$/;
/**
 * Measures whatever their scale: unlike a dimension, a tonne of CO2e is not a tonne of waste, and a kilogram is a
 * tonne's kind (a quotient of table rows reads its power of ten off the columns).
 */
const MEASURES: Array<[RegExp, string]> = [
  [/^(?:(?:k?g|[km]?t|tons?|tonnes?)-?|吨|噸|公噸|公吨|克|公斤)?(?:co2e?q?|co2-e|二氧化碳当量|二氧化碳當量)$/, 'co2e'],
  [/^(?:k?g|t|tons?|tonnes?|吨|噸|公噸|公吨|克|公斤)$/, 'mass'],
  // energy as coal equivalent, a kilogram the tonne's kind (`千克标准煤/人次` over a row in `吨标准煤`)
  [/^(?:k?g|t|吨|噸|克|公斤)?(?:ce|标准煤|標準煤)$/, 'tce'],
  [ENERGY, 'wh'],
  [/^[kmgt]?j$/, 'j'],
  [VOLUME, 'm3'],
  // litres at any scale (`ML` of water withdrawn, `kL`, `千升` of beer), kept apart from cubic metres: water in m³ per
  // kilolitre of beer is a quotient of two volumes (`volumeKin` lets a row in ML be the m³ of an intensity)
  [/^(?:[kmg]?l|litres?|liters?|升|公升)$/, 'l'],
  [/^(?:m2|平方米)$/, 'm2'],
  // oil as the industry counts it, `MM` its million: a barrel of bitumen is not a barrel of oil equivalent
  [/^(?:mm|m|k)?(?:bbls?|barrels?)$/, 'bbl'],
  [/^(?:mm|m|k)?boe$/, 'boe'],
  [/^(?:hk\$|hkd|港元|港幣|港币)$/, 'hkd'],
  [/^(?:rmb|cny|人民币|人民幣|元)$/, 'cny'],
  [/^(?:s\$|sgd|新元)$/, 'sgd'],
  [/^(?:€|eur|欧元|歐元)$/, 'eur'],
  [/^(?:£|gbp)$/, 'gbp'],
  [/^(?:us\$|usd|美元)$/, 'usd'],
];
const MEASURE_NAMES: ReadonlySet<string> = new Set(MEASURES.map(([, measure]) => measure));
/** Whether a measure is one of the known ones (`mass`, `wh`), not a unit read as itself (`tonnemilled`). */
export const isMeasure = (measure: string): boolean => MEASURE_NAMES.has(measure);
/** The other way of writing a volume, cubic metres for litres and litres for cubic metres, or undefined. */
export const volumeKin = (measure: string): string | undefined => (measure === 'm3' ? 'l' : measure === 'l' ? 'm3' : undefined);
/** The measures that are money. */
export const CURRENCY_MEASURES: ReadonlySet<string> = new Set(['hkd', 'cny', 'sgd', 'eur', 'gbp', 'usd', 'krw']);

/**
 * What a unit as a table writes it measures, its scale set aside: `MWh` and `kWh` both `wh`, `万吨二氧化碳当量` and
 * `kgCO2e` both `co2e`, `KRW billion` `krw`; any other unit itself, bare of scale and spaces.
 */
export function measureOf(unit: string): string {
  const bare = unit.toLowerCase().replace(/²/g, '2').replace(/³/g, '3').replace(SCALE, '').replace(/\s+/g, '').replace(REVENUE_WORDS, '');
  for (const [pattern, measure] of MEASURES) if (pattern.test(bare)) return measure;
  return bare;
}

/** Whether a share (a, b and a / b) can be taken between the two: same dimension, never percentages. */
export const comparable = (a: Pick<ExtractedFigure, 'unit'>, b: Pick<ExtractedFigure, 'unit'>): boolean => {
  const da = dimensionOf(a);
  return da === dimensionOf(b) && da !== 'percent' && da !== 'pp' && da !== 'times';
};

/** SI prefixes as a unit is written, case kept: a table's `ML` is a megalitre, its `Mt` a million tonnes. */
const SI_PREFIX: Readonly<Record<string, number>> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };
/** The same prefixes read from a unit in lower case (`unitFactor`: no milli- is written of tonnes or watt-hours). */
const PREFIX: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(SI_PREFIX).map(([p, f]) => [p.toLowerCase(), f]));

/** A physical unit's measure and how many of the measure's base unit one of it is: grams, kWh, litres. */
export interface UnitScale {
  measure: 'mass' | 'energy' | 'volume';
  scale: number;
}

/** A unit as a table's bracket or a cell writes it, prefixed (`kg`, `Mt`, `GWh`, `TJ`, `ML`) or named (`tonnes`, `m³`). */
const SCALED_UNIT = /^([kMGT]?)(g|t|Wh|J|L)$/;
/** Each base unit's measure and its size in grams, kWh or litres, as times over per (a joule is 1 / 3.6e6 kWh). */
const BASE_UNITS: Readonly<Record<string, { measure: UnitScale['measure']; times: number; per: number }>> = {
  g: { measure: 'mass', times: 1, per: 1 },
  t: { measure: 'mass', times: 1e6, per: 1 },
  Wh: { measure: 'energy', times: 1, per: 1e3 },
  J: { measure: 'energy', times: 1, per: 3.6e6 },
  L: { measure: 'volume', times: 1, per: 1 },
};
const NAMED_SCALES: ReadonlyMap<string, UnitScale> = new Map([
  ['tonne', { measure: 'mass', scale: 1e6 }],
  ['tonnes', { measure: 'mass', scale: 1e6 }],
  ['l', { measure: 'volume', scale: 1 }],
  ['m³', { measure: 'volume', scale: 1e3 }],
  ['m3', { measure: 'volume', scale: 1e3 }],
]);

/**
 * A unit of mass, energy or volume in grams, kWh or litres, for dividing one measure by another (an intensity's
 * `g/t` over cells in `kg` and `'000 t`). Case matters, as a table writes it: `ML` a megalitre, `Mt` a million tonnes.
 */
export function unitScale(written: string): UnitScale | undefined {
  const unit = written.trim();
  const named = NAMED_SCALES.get(unit);
  if (named) return named;
  const prefixed = SCALED_UNIT.exec(unit);
  if (!prefixed) return undefined;
  const base = BASE_UNITS[prefixed[2]!]!;
  return { measure: base.measure, scale: (SI_PREFIX[prefixed[1]!]! * base.times) / base.per };
}

/**
 * How many of its family's smallest unit one of the figure's unit is: a GWh is 10⁶ kWh, a kt
 * 10³ t. Figures of one measure written with different prefixes (`2,836 百萬度` read as kWh,
 * `2,836 GWh`) are compared in these terms; 1 for every other unit.
 */
export function unitFactor(figure: Pick<ExtractedFigure, 'unit'>): number {
  const unit = figure.unit;
  if (unit === lastFactorUnit) return lastFactor;
  let factor = factorByUnit.get(unit);
  if (factor === undefined) {
    if (factorByUnit.size > 10_000) factorByUnit.clear();
    factorByUnit.set(unit, (factor = factorOfUnit(unit)));
  }
  lastFactorUnit = unit;
  lastFactor = factor;
  return factor;
}

// (the unit asked last without a look-up, as in `dimensionOf`)
let lastFactorUnit: string | undefined;
let lastFactor = 1;

// asked of every figure by the checks that scale: read once per unit as written
const factorByUnit = new Map<string, number>();

function factorOfUnit(written: string): number {
  const unit = written.trim().toLowerCase();
  const named = ENERGY_NAMES.get(unit);
  if (named !== undefined) return named;
  const energy = /^([kmgt]?)wh$/.exec(unit);
  if (energy) return PREFIX[energy[1]!]! / 1e3;
  const mass = /^([kmg]?)t(?:co2e?|co2-e|onnes?)?$/.exec(unit) ?? /^([km]?)oz$/.exec(unit);
  return mass ? PREFIX[mass[1]!]! : 1;
}

/**
 * Energy units named in Chinese, in kWh (extraction writes `萬度` as kWh with the 萬 in the value;
 * these are the names a unit may still carry from a caption or a cell: 度 is one kWh).
 */
const ENERGY_NAMES = new Map([
  ['度', 1],
  ['瓦时', 1e-3],
  ['瓦時', 1e-3],
  ['千瓦时', 1],
  ['千瓦時', 1],
  ['兆瓦时', 1e3],
  ['兆瓦時', 1e3],
  ['吉瓦时', 1e6],
  ['吉瓦時', 1e6],
]);

/**
 * The figure in its measure's base unit (4.6 MtCO2e as 4,600,000 tCO2e, 40,512 MWh as 40,512,000
 * kWh), for comparing values and the intervals their words allow (`intervalOf` scales with the
 * value); `factor` for a figure whose unit is written elsewhere (a table row's label). The figure
 * itself when nothing is to scale.
 */
export function inBaseUnit<F extends Pick<ExtractedFigure, 'unit' | 'value' | 'valueMax'>>(figure: F, factor = unitFactor(figure)): F {
  if (factor === 1) return figure;
  const scale = (v: number) => Number((v * factor).toPrecision(12));
  // (not spread: V8 gives objects built by spreading maps of their own, slow to read, and these are read by every consistency pair)
  const scaled = Object.assign({}, figure);
  scaled.value = scale(figure.value);
  if (figure.valueMax !== undefined) scaled.valueMax = scale(figure.valueMax);
  return scaled;
}

/** A score (`满意度95.6分`, `86.2 points`): a count of nothing, no share's part or whole (its translation is still the figure again). */
export const isScore = (figure: Pick<ExtractedFigure, 'unit'>): boolean => SCORE.test(figure.unit);

const SCORE = /^(?:分|points?)$/i;

/** A figure of a positive amount, no percentage (a table's cell of an amount a share or sum is of). */
export const isAmount = (f: DocFigure | undefined): f is DocFigure => f !== undefined && dimensionOf(f.figure) !== 'percent' && f.figure.value > 0;
/** A figure of a percentage. */
export const isPercent = (f: DocFigure | undefined): f is DocFigure => f !== undefined && dimensionOf(f.figure) === 'percent';
