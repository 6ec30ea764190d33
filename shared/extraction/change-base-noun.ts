import type { Candidate } from './candidate';
import { clauseEndBetween } from './referred-noun';

// English compares a figure with its earlier level through the rate between them, and leaves the
// noun out of the level: `We employed 421 people at the end of 2024, 2.7% more than the 410 of a year
// earlier`, `212 people, up 7.1% from 198`. The bare number after `N% more than the` or `up N% from` is where the change started; it counts what the
// figure before the rate counted, a claim as much as that figure (read alone the noise rules drop it).

/** What may stand between the rate and the bare number: its comparative and `than`, a determiner at most. */
const RATE_THAN = /^\s+(?:more|less|fewer|higher|lower|above|below)\s+than\s+(?:(?:the|our|its|their)\s+)?$/i;
/** `up 7.1% from 198`: a rate said as a rise or a fall, then the level it started from. */
const RATE_FROM = /^\s+(?:from|on)\s+(?:(?:the|our|its|their)\s+)?$/i;
/** The word saying a rate is a rise or a fall, right before it (`up`, `fell`, `rose by`). */
const CHANGE_WORD_BEFORE = /\b(?:up|down|rose|fell|grew|increased|decreased|declined|dropped|climbed)(?:\s+by)?\s+$/i;
/** A year (`2.5% lower than 2022`): when the rate's comparison is, no level. */
const YEAR = /^(?:19|20)\d{2}$/;
/** How far before the rate the compared figure may end. */
const REACH = 120;

/**
 * Give a bare number after `N% more than (the)` the unit of the figure the rate compares with it: the
 * figure before the rate in its clause (`412 people …, 2.7% more than the 410`).
 */
export function takeChangeBaseNoun(text: string, cand: Candidate, found: readonly Candidate[]): void {
  if (cand.kind !== 'none' || cand.unit !== '' || cand.form.script === 'zh' || cand.reading.range !== 'none' || YEAR.test(text.slice(cand.numStart, cand.numEnd))) return;
  const rate = found[found.length - 1];
  const figure = found[found.length - 2];
  if (!rate || !figure || rate.kind !== 'percent' || rate.end > cand.start || cand.start - rate.end > 24) return;
  const between = text.slice(rate.end, cand.start);
  // (after `from`, a bare number only, which the noise rules would drop: `from 24.5 million` is read as written)
  if (!RATE_THAN.test(between) && !(!cand.reading.scaled && RATE_FROM.test(between) && CHANGE_WORD_BEFORE.test(text.slice(Math.max(0, rate.start - 16), rate.start)))) return;
  if ((figure.kind !== 'noun' && figure.kind !== 'measure') || figure.end > rate.start || rate.start - figure.end > REACH || clauseEndBetween(text, figure.end, rate.start)) return;
  cand.unit = figure.unit;
  cand.kind = figure.kind;
  cand.context.noun = cand.kind === 'noun' ? { spaced: true, capitalized: false } : null;
}
