// `2024年温室气体排放总量11,660吨…。温室气体排放总量较上年的12,180吨下降4.5%`: a Chinese rate said from an old value, its
// subject named before `较上年的` and its new value not in its own sentence but in the sentence just before, of the same
// paragraph. The new value is the one figure of that sentence that the words before it name by all of the subject's words,
// of the old value's unit and scale and within half again of it. No such figure, or two, and nothing is paired.

import { changeCheck } from './change';
import { oneNewValueBefore } from './change-from-earlier-sentence';
import { changeSign, ZH_CHANGE_VERB } from '../readers/markers';
import { metricTokens } from '../consistency/metric-tokens';
import type { Check, CheckDocument } from '../types';
import { breakAtOrBefore } from '../readers/paragraphs';

/** The subject and the comparison before an old value, opening its sentence or clause: `温室气体排放总量较上年的`. */
const SUBJECT_THEN_PRIOR = /(?:^|[，,；;：:。\n])\s*(?<subject>[\p{Script=Han}]{2,16}?)\s*(?:较|比|與|与)(?:上年|上一年|去年|\d{4}年)(?:同期)?的?\s*$/u;
/** Between the old value and its rate: the change's verb alone (`下降`, `增长了`). */
const VERB = new RegExp(String.raw`^\s*(?<verb>${ZH_CHANGE_VERB})了?\s*$`);
/** How much text before a figure of the sentence before its naming words are read from. */
const NAMING = 40;

export function chineseChangesFromEarlierSentence(doc: CheckDocument): Check[] {
  const { figures, text } = doc;
  const checks: Check[] = [];
  for (let i = 1; i + 1 < figures.length; i++) {
    const [old, rate] = [figures[i]!, figures[i + 1]!];
    if (rate.unit !== '%' || old.unit === '%' || old.sentence.start !== rate.sentence.start) continue;
    const verb = VERB.exec(text.slice(old.end, rate.start))?.groups!['verb'];
    const said = verb === undefined ? null : SUBJECT_THEN_PRIOR.exec(text.slice(Math.max(old.sentence.start - 1, old.start - 40), old.start));
    // the sentence has a figure before its old value: its new value may stand there
    if (!said || figures[i - 1]!.sentence.start === old.sentence.start) continue;
    const subject = metricTokens(said.groups!['subject']!);
    if (subject.length < 2) continue;
    const from = previousSentenceStart(doc, old.sentence.start);
    const k = oneNewValueBefore(doc, i, old, from, NAMING, (words) => {
      const named = new Set(metricTokens(words));
      return subject.every((t) => named.has(t));
    });
    if (k === undefined) continue;
    const sign = changeSign(verb!);
    if (sign === 0) continue;
    checks.push(changeCheck({ doc, figure: old, index: i }, { doc, figure: figures[k]!, index: k }, { doc, figure: rate, index: i + 1 }, sign, 'change.from-earlier-sentence'));
  }
  return checks;
}

/**
 * Where the sentence before the one at `start` begins: after the full stop before its own (a `；` parts clauses of one
 * sentence, `其中范围一排放1,420吨…；范围二排放10,420吨。`), never across a blank line.
 */
function previousSentenceStart(doc: CheckDocument, start: number): number {
  const { text } = doc;
  // (the previous sentence's own stop, then the stop or the paragraph's start before it)
  let end = start - 1;
  while (end > 0 && /\s/.test(text[end]!)) end--;
  if (/\n[ \t\u3000]*\n/.test(text.slice(end, start))) return start;
  const stop = Math.max(text.lastIndexOf('。', end - 1), text.lastIndexOf('！', end - 1), text.lastIndexOf('？', end - 1), breakAtOrBefore(doc, end - 1));
  return stop + 1;
}
