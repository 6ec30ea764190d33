// An English metric that is a greenhouse-gas scope alone (a key table's `Scope 2` row under `Total GHG emissions`, the text's
// `with Scope 1 at 620 tCO2e and Scope 2 at 6,400 tCO2e`): a figure of it in tonnes of CO2e is that scope's emissions, as
// `Scope 2 emissions were 6,400 tCO2e` says. One word (`scope`) tells no metric apart: the scope's own number does.

import { measureOf } from '../readers/dimension';
import { metricTokens } from './metric-tokens';

/** A metric that is a scope and its number alone, perhaps a breakdown's `of which` before it (`of which Scope 1`). */
const SCOPE_ALONE = /^(?:of\s+which:?\s+)?scope\s*([123])$/i;

/** The words of a scope's emissions (`scope`, `emission` and the scope's number as a word of its own), for a figure in CO2e whose metric is its scope alone; else undefined. */
export function scopeEmissionWords(metric: string | undefined, unit: string, scope?: string, bracketBefore = false): string[] | undefined {
  const said = SCOPE_ALONE.exec(metric?.trim() || unnamedScope(metric, scope, bracketBefore));
  return said && measureOf(unit) === 'co2e' ? [...metricTokens('scope emissions'), `scope${said[1]!}`] : undefined;
}

/**
 * The scope a running-text figure of no metric is read of when a bracket stands right before it (`Scope 2 emissions⏎
 * (location-based) 122 tCO2e`: the bracket between the words and the figure leaves it no metric, the scope it is of still
 * read): a scope alone, else nothing.
 */
const unnamedScope = (metric: string | undefined, scope: string | undefined, bracketBefore: boolean) => (metric?.trim() || !bracketBefore ? '' : (scope ?? ''));
