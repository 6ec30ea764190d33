// `Total energy consumption was 98.6 GWh, of which … Energy use fell 4.2% from 104.6 GWh in 2021/22.`: a rate said
// from an old value, its new value not in its own sentence but in the sentence just before, of the same paragraph.
// The new value is the one figure of that sentence that the words before it name as the rate's metric (a word of the
// rate's subject, `energy`), of the old value's unit and scale and within half again of it. Precision first: no such
// figure, or two, and nothing is paired. A subject that is a pronoun (`Scope 1 emissions were 18,640 tCO2e, 43.3% of the
// total; they rose 6.0% from 19,820 tCO2e`) names what the sentence before is about: its one figure of the old value's
// unit and scale, within half again of it, is the new value whatever words stand before it. A figure of other scopes than the
// old value's is none (`Scope 2 fell 24.9% from 3,148 tCO2e` after `Scope 2 emissions 2,364 tCO2e, so Scope 1 and 2 came to 4,206`).

import type { ExtractedFigure } from '../../domain/figure';
import { changeCheck } from './change';
import { comparable, unitFactor } from '../readers/dimension';
import { changeSign } from '../readers/markers';
import { metricTokens } from '../consistency/metric-tokens';
import type { Check, CheckDocument } from '../types';

/** A clause's subject, the verb of its change and the rate's place: `Energy use fell `, `Freight revenue grew `, `Scope 2 fell `. */
const SUBJECT_VERB = /(?:^|[,;:]\s+|\b(?:and|while|but)\s+)(?<subject>[A-Za-z][A-Za-z0-9&'’ -]{1,48}?)\s+(?<verb>rose|fell|grew|increased|decreased|declined|dropped|(?:was|were)\s+(?:up|down))(?:\s+by)?\s*$/i;
/** Between the rate and the old value: ` from `. */
const FROM = /^\s*from\s*$/i;
/** Words of a subject that name no metric of their own. */
const PLAIN = new Set(['total', 'our', 'the', 'group', 'overall', 'its', 'their', 'use', 'used']);
/** A subject that names what the sentence before named: `they`, `it`, `these`. */
const PRONOUN = /^(?:they|it|these)$/i;
/** How much text before a figure of the sentence before its naming words are read from. */
const NAMING = 48;

export function changesFromEarlierSentence(doc: CheckDocument): Check[] {
  const { figures, text } = doc;
  const checks: Check[] = [];
  for (let i = 1; i + 1 < figures.length; i++) {
    const [rate, old] = [figures[i]!, figures[i + 1]!];
    if (rate.unit !== '%' || old.unit === '%' || old.sentence.start !== rate.sentence.start || !FROM.test(text.slice(rate.end, old.start))) continue;
    const said = SUBJECT_VERB.exec(text.slice(Math.max(rate.sentence.start, rate.start - 64), rate.start));
    // the sentence has no figure before its rate: its new value stands before it
    if (!said || figures[i - 1]!.sentence.start === rate.sentence.start) continue;
    const pronoun = PRONOUN.test(said.groups!['subject']!.trim());
    const subject = new Set(metricTokens(said.groups!['subject']!).filter((t) => !PLAIN.has(t)));
    if (subject.size === 0 && !pronoun) continue;
    // the sentence just before, of the same paragraph
    const previous = figures[i - 1]!.sentence;
    if (/\n\s*\n/.test(text.slice(previous.end, rate.sentence.start))) continue;
    const k = oneNewValueBefore(doc, i, old, previous.start, NAMING, (words) => pronoun || metricTokens(words).some((t) => subject.has(t)));
    if (k === undefined) continue;
    const verb = said.groups!['verb']!;
    const sign = changeSign(verb);
    if (sign === 0) continue;
    checks.push(changeCheck({ doc, figure: old, index: i + 1 }, { doc, figure: figures[k]!, index: k }, { doc, figure: rate, index: i }, sign, 'change.from-earlier-sentence'));
  }
  return checks;
}

/**
 * The one figure from `from` up to figure `before` (not included) that can be `old`'s new value: of its unit and scale,
 * within half again of it, and named by the words before it (`named`, over at most `naming` characters and none of
 * the figure before); none when there is none or more than one (precision first).
 */
export function oneNewValueBefore(doc: CheckDocument, before: number, old: ExtractedFigure, from: number, naming: number, named: (words: string) => boolean): number | undefined {
  const { figures, text } = doc;
  let found: number | undefined;
  for (let k = before - 1; k >= 0 && figures[k]!.start >= from; k--) {
    const f = figures[k]!;
    if (!comparable(f, old) || unitFactor(f) !== unitFactor(old) || !(f.value > 0 && old.value > 0) || Math.max(f.value, old.value) / Math.min(f.value, old.value) > 1.5) continue;
    // (a figure of other scopes than the old value's is no new value of it: `Scope 2 fell 33.2% from 3,148 tCO2e` after `Scope 2
    // emissions 2,364 tCO2e, so Scope 1 and 2 emissions came to 4,206 tCO2e` is of the 2,364)
    if (f.scope !== undefined && old.scope !== undefined && f.scope !== old.scope) continue;
    if (!named(text.slice(Math.max(from, k > 0 ? figures[k - 1]!.end : 0, f.start - naming), f.start))) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}
