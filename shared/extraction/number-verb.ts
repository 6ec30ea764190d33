import type { Candidate } from './candidate';
import { codeAt as code, isDigitCode } from './normalize';
import { skipGap } from './gaps';
import { wordBefore, type Word } from './context';
import { partOfWhole } from './noise-phrases';

// `number` before a number is mostly a code's word (`Number 7`, `phone number 95188`, `the number 3`),
// but as a verb it states a count: `independent directors now number 7 of our 12 board members`,
// `Part-time colleagues number 1,946, 26.1% of the total`.

/** A plural subject (`directors number`) or an adverb (`now number`) before the verb; not a possessive or a verb (`its`, `was`). */
const SUBJECT_OR_ADVERB = /^(?!(?:this|thus|plus|minus|does|ours|yours|theirs|hers)$)(?:[a-z]{2,}[^su']s|[a-z]+ly|now|together|combined|currently|still)$/;

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
  if (before === null || !SUBJECT_OR_ADVERB.test(before.word)) return false;
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
