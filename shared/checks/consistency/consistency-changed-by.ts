// An English rate of change said after its verb's object (`we cut our total emissions by 6.9%`, `reduced its water use
// by 4.2%`): the change verb stands before the metric, out of reach of the words just before the rate. It is the rate of
// its object alone, and restates a running-text rate of the same words said the usual way, the verb after the metric
// (`Total emissions fell 7.5%`), when the two verbs say the metric went the same way.

import { plausiblySame } from './agreement';
import { metricTokens } from './metric-tokens';
import type { Statement } from './consistency-statements';
import { type DocFigure } from '../types';

/** A change verb, its object (a possessive and up to four words) and `by`, ending just before the rate. */
const VERB_OBJECT_BY = /\b(cut|reduced|lowered|trimmed|raised|increased|grew|boosted)\s+(?:our|its|their|the)\s+((?:[a-z][\w-]*\s+){0,4}?)by\s*$/i;

/** How far before the rate its verb may stand. */
const REACH = 80;

/** Change verbs' tokens (as `metricTokens` stems them) by the way they say the metric went. */
const DOWN = new Set(metricTokens('fell fall falls decreased decrease declined decline dropped drop cut reduced reduce lowered lower shrank trimmed'));
const UP = new Set(metricTokens('rose rise rises increased increase grew grow raised raise climbed climb boosted'));

const DIGITS = /^\d+$/;

export type Way = 'up' | 'down';

/** The way a change verb's token says its metric went, if it is one. */
const wayOf = (token: string): Way | undefined => (DOWN.has(token) ? 'down' : UP.has(token) ? 'up' : undefined);

/** The object a rate is said after and the way its verb changed it (`total emissions`, down, of `we cut our total emissions by 6.9%`), if it is. */
export function changedByAfterObject(text: string, figure: DocFigure['figure']): { tokens: string[]; way: Way } | undefined {
  const m = VERB_OBJECT_BY.exec(text.slice(Math.max(figure.sentence.start, figure.start - REACH), figure.start));
  if (!m) return undefined;
  const tokens = metricTokens(m[2]!);
  const way = wayOf(metricTokens(m[1]!)[0] ?? '');
  return tokens.length > 0 && way ? { tokens, way } : undefined;
}

/**
 * A rate said after its verb's object (`changedBy`) and a running-text English rate of its document said after its metric:
 * one claim when the other's words, its change verb aside, are the object's and that verb says the same way (`Total
 * emissions fell 7.5%` of `we cut our total emissions by 6.9%`).
 */
export function changedByRestates(a: Statement, b: Statement): boolean {
  const [by, other] = a.changedBy ? [a, b] : [b, a];
  if (!by.changedBy || other.changedBy || other.table || other.zh || !other.rate || by.at.doc !== other.at.doc || !plausiblySame(by.figure.value, other.figure.value, false)) return false;
  const ways = other.tokens.map(wayOf).filter((w) => w !== undefined);
  // (a year in the words, `In 2024 water use decreased`, says when, not what)
  const [words, object] = [other.tokens.filter((t) => wayOf(t) === undefined && !DIGITS.test(t)), by.tokens.filter((t) => !DIGITS.test(t))];
  return ways.length === 1 && ways[0] === by.changedBy && words.length === object.length && words.every((t) => object.includes(t));
}
