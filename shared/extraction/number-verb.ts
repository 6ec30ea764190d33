import type { Candidate } from './candidate';
import { wordBefore, type Word } from './context';
import { partOfWhole } from './noise-phrases';

// `number` before a number is mostly a code's word (`Number 7`, `phone number 95188`, `the number 3`),
// but as a verb it states a count: `independent directors now number 7 of our 12 board members`.

/** A plural subject (`directors number`) or an adverb (`now number`) before the verb. */
const SUBJECT_OR_ADVERB = /(?:[a-z]s|ly|now|together|combined)$/;

/**
 * Whether the word `number` (`w`, just before the candidate) is the verb stating a part of a whole:
 * written in lower case after a plural subject or an adverb, the number after it a part counted
 * against a whole (`7 of our 12 board members`). `the number 7 of…`, `phone number 7…`, `Number 7
 * of the 12 principles` stay codes.
 */
export function numberVerbBeforePart(text: string, c: Candidate, w: Word): boolean {
  if (w.word !== 'number' || w.capitalized) return false;
  const before = wordBefore(text, w.start);
  return before !== null && SUBJECT_OR_ADVERB.test(before.word) && partOfWhole(text, c);
}
