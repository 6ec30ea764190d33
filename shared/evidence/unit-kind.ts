import { hasHan } from '../metrics/clause';
import { conceptOf } from './terms';

// What kind of quantity a unit names, so that a claim meets only evidence of the same kind in any
// language: `188亿元` (CNY) and `18.8 billion yuan` (CNY) are one kind; `721 笔` and `721 loans`
// count things, named in two languages; a table cell's bare number can be anything its header says.

export type UnitKind =
  | { kind: 'bare' }
  | { kind: 'percent' }
  | { kind: 'points' }
  | { kind: 'currency'; code: string }
  | { kind: 'measure'; symbol: string }
  | { kind: 'duration'; period: string }
  | { kind: 'count'; noun: string };

const MEASURES = new Set([
  'tCO2e', 'tCO2', 'kgCO2e', 'tce', 't', 'kg', 'g', 'jin', 'kWh', 'MWh', 'GWh', 'TWh', 'kW', 'MW', 'GW', 'GJ', 'MJ', 'TJ',
  'mu', 'ha', 'm2', 'km2', 'm3', 'L', 'mL', 'km', 'm', 'cm',
]);

/** Durations as the extractor writes them in either language, to one name. */
const DURATIONS: ReadonlyMap<string, string> = new Map([
  ['min', 'minute'], ['s', 'second'], ['小时', 'hour'], ['hours', 'hour'], ['hour', 'hour'], ['天', 'day'], ['days', 'day'],
  ['day', 'day'], ['周', 'week'], ['weeks', 'week'], ['week', 'week'], ['月', 'month'], ['months', 'month'], ['month', 'month'],
  ['年', 'year'], ['years', 'year'], ['year', 'year'],
]);

export function unitKind(unit: string): UnitKind {
  if (unit === '') return { kind: 'bare' };
  if (unit === '%' || unit === '‰') return { kind: 'percent' };
  if (unit === 'pp') return { kind: 'points' };
  if (/^[A-Z]{3}$/.test(unit)) return { kind: 'currency', code: unit };
  if (MEASURES.has(unit)) return { kind: 'measure', symbol: unit };
  const period = DURATIONS.get(unit.toLowerCase());
  if (period !== undefined) return { kind: 'duration', period };
  return { kind: 'count', noun: unit.toLowerCase() };
}

/**
 * How well two units agree, 0 when they cannot be the same quantity: 1 for the same unit, 0.9 for
 * the same kind named otherwise (`笔` and `loans`, `t` and `tCO2e`), 0.85 when one side is a bare
 * number (a table cell, a figure whose unit the sentence names elsewhere).
 */
export function unitAgreement(a: UnitKind, b: UnitKind): number {
  if (a.kind === 'bare' || b.kind === 'bare') {
    const other = a.kind === 'bare' ? b : a;
    return other.kind === 'percent' || other.kind === 'points' ? 0 : other.kind === 'bare' ? 0.9 : 0.85;
  }
  if (a.kind !== b.kind) return 0;
  switch (a.kind) {
    case 'currency':
      return a.code === (b as typeof a).code ? 1 : 0;
    case 'measure': {
      const other = (b as typeof a).symbol;
      if (a.symbol === other) return 1;
      return a.symbol.startsWith(other) || other.startsWith(a.symbol) ? 0.9 : 0;
    }
    case 'duration':
      return a.period === (b as typeof a).period ? 1 : 0;
    case 'count':
      return countAgreement(a.noun, (b as typeof a).noun);
    default:
      return 1;
  }
}

/**
 * Two counted nouns: the same noun agrees; two nouns in one language that differ count different
 * things (`pairs` of shoes, `sets` of clothes; `双`, `套`); a noun in each language may be a translation.
 */
function countAgreement(a: string, b: string): number {
  if (conceptOf(a) === conceptOf(b) || a === b || a.startsWith(b) || b.startsWith(a)) return 1;
  return hasHan(a) === hasHan(b) ? 0.5 : 0.9;
}

/** A unit a table's header or label states for its numbers: `排放量（tCO2e）`, `Revenue (RMB)`, `Share (%)`. */
export function unitInLabel(label: string): UnitKind {
  const bracketed = /[（(]\s*([^（()）]{1,20}?)\s*[)）]\s*$/.exec(label)?.[1] ?? '';
  const said = `${bracketed} ${label}`.toLowerCase();
  if (/%|百分比|占比|比例|share|percentage|rate\b/.test(bracketed.toLowerCase())) return { kind: 'percent' };
  if (/tco2e|吨二氧化碳当量|co2e/.test(said)) return { kind: 'measure', symbol: 'tCO2e' };
  if (/\bkwh\b|千瓦时/.test(said)) return { kind: 'measure', symbol: 'kWh' };
  if (/\brmb\b|\bcny\b|人民币|yuan|元/.test(bracketed.toLowerCase())) return { kind: 'currency', code: 'CNY' };
  if (/\busd\b|美元|us\$/.test(bracketed.toLowerCase())) return { kind: 'currency', code: 'USD' };
  return { kind: 'bare' };
}
