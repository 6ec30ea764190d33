import type { Candidate } from './candidate';
import { codeAt as code, isDigitCode } from './normalize';
import { skipGap, skipGapBack } from './gaps';
import { textBeforeAcrossWrap, wordAfter, wordBefore, wordBeforeAcrossWrap, type Word } from './context';
import { partOfWhole } from './noise-phrases';

// `number` before a number is mostly a code's word (`Number 7`, `phone number 95188`, `the number 3`),
// but as a verb it states a count: `independent directors now number 7 of our 12 board members`,
// `Part-time colleagues number 1,946, 26.1% of the total`.

/**
 * A plural subject (`directors number`, `women numbered`) or an adverb (`now number`) before the verb; not a possessive or a verb
 * (`its`, `was`).
 */
const SUBJECT_OR_ADVERB = /^(?!(?:this|thus|plus|minus|does|ours|yours|theirs|hers)$)(?:[a-z]{2,}[^su']s|[a-z]+ly|now|together|combined|currently|still|women|men|people|children|staff|personnel|crew)$/;

/**
 * Whether the word `number` (`w`, just before the candidate) is the verb stating a count: written in
 * lower case after a plural subject or an adverb, the number after it a part counted against a
 * whole (`7 of our 12 board members`) or ending its clause (`number 1,946, 26.1% of the total`).
 * `the number 7 of…`, `phone number 7…`, `Number 7 of the 12 principles`, `its number 1 priority`
 * stay codes.
 */
export function numberVerbBeforePart(text: string, c: Candidate, w: Word): boolean {
  if (w.word !== 'number' || w.capitalized) return false;
  const before = wordBefore(text, w.start);
  // `…, sewn and finished, number 843;`: the verb after a clause a comma closes
  const afterClause = code(text, skipGapBack(text, w.start, 0) - 1) === 0x2c;
  if (!afterClause && (before === null || !SUBJECT_OR_ADVERB.test(before.word))) return false;
  if (partOfWhole(text, c)) return true;
  const after = code(text, skipGap(text, c.end, 0));
  return (after === 0x2c || after === 0x2e || after === 0x3b) && !isDigitCode(code(text, skipGap(text, c.end, 0) + 1));
}

/** The figure after such a verb's count and a comma (`number 1,946, 26.1% of the total`): no code list's next code. */
const VERB_COUNT_BEFORE = /\b([a-z]{2,})\s+number\s+\d[\d,.]*\d?,\s*$/;

export function afterNumberVerbCount(text: string, start: number): boolean {
  const m = VERB_COUNT_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && SUBJECT_OR_ADVERB.test(m[1]!);
}

/**
 * `Tier 1 factories, where garments are cut, sewn and finished, number 843;`: the verb after a
 * clause a comma closes, its count ending its own clause; `our stores totalled 212`: a verb of
 * counting after a plural subject; `the other 344 are tier 2 mills`, `the remaining 12 were`: the
 * rest of a whole, its noun elided before the verb. Each a count, bare as it stands.
 */
export function countedBefore(text: string, c: Candidate): boolean {
  if (code(text, c.start - 1) === 0x28 && code(text, c.end) === 0x29) return countOfShareBefore(text, c.start - 1);
  const w = wordBeforeAcrossWrap(text, c.start);
  if (!w) return false;
  if (w.word === 'to') return totalBroughtTo(text, w.start);
  if (w.word === 'number' || TOTAL_VERBS.has(w.word)) {
    if (w.capitalized) return false;
    const after = code(text, skipGap(text, c.end, 0));
    if (w.word === 'number' && !((after === 0x2c || after === 0x2e || after === 0x3b) && !isDigitCode(code(text, skipGap(text, c.end, 0) + 1)))) return false;
    if (code(text, skipGapBack(text, w.start, 0) - 1) === 0x2c) return true;
    const subject = wordBefore(text, w.start);
    return subject !== null && SUBJECT_OR_ADVERB.test(subject.word);
  }
  if (gappedCount(text, c)) return true;
  if (w.word !== 'other' && w.word !== 'remaining') return false;
  return wordBeforeAcrossWrap(text, w.start)?.word === 'the' && PART_VERBS.has(wordAfter(text, c.end)?.word ?? '');
}
const TOTAL_VERBS = new Set(['numbered', 'totalled', 'totaled']);

/**
 * `Production staff numbered 3,862, and tea masters 486, 8.1% of the workforce`: the verb of counting left out of
 * the clause after `and`, its noun before the number; a count as the first is, when the number ends its clause.
 */
function gappedCount(text: string, c: Candidate): boolean {
  const after = code(text, skipGap(text, c.end, 0));
  if (!(after === 0x2c || after === 0x2e || after === 0x3b) || isDigitCode(code(text, skipGap(text, c.end, 0) + 1))) return false;
  return GAPPED.test(textBeforeAcrossWrap(text, c.start, GAPPED_REACH));
}
const GAPPED_REACH = 60;
const GAPPED = /\b(?:numbered|totall?ed)\s+\d[\d,]*,?\s+and\s+(?:[a-z][a-z-]*\s+){1,3}$/;
const PART_VERBS = new Set(['are', 'were', 'is', 'was', 'have', 'had', 'remain', 'remained']);

/**
 * `adding 18 berths to bring the total to⏎126`, `taking the number of dual-fuel vessels in service to 58`:
 * the count a total came to, bare as a sentence states it (`to` before the number already read).
 */
function totalBroughtTo(text: string, toStart: number): boolean {
  return TOTAL_BROUGHT_TO.test(textBeforeAcrossWrap(text, toStart, TOTAL_REACH));
}
const TOTAL_REACH = 80;
const TOTAL_BROUGHT_TO =
  /\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised|increase|increases|increasing|increased|lift|lifts|lifting|lifted)\s+(?:the|our|its|their)\s+(?:total|number|count|tally|fleet|portfolio)\b[^.;:!?()]*$/i;

/**
 * `38.4% of⏎them (432)`, `41.2% of our hires (1,127)`: the count in brackets after a share of
 * something, the share's numerator, a claim as the share is. `open` is the bracket's position.
 */
function countOfShareBefore(text: string, open: number): boolean {
  return SHARE_OF_BEFORE.test(textBeforeAcrossWrap(text, open, SHARE_REACH));
}
const SHARE_REACH = 48;
const SHARE_OF_BEFORE = /\d\s*(?:%|per\s?cent)\s+of\s+(?:them|whom|which|(?:the|our|its|their|all)\s+[a-z-]+(?:\s+[a-z-]+)?)(?:\s+[a-z-]+)?\s*$/i;
