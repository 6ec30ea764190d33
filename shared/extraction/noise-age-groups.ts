import type { Candidate } from './candidate';
import type { NoiseRule } from './noise';
import { wordBefore } from './context';

// `users over 60`, `people aged 60`, `Population aged over 50`, `elderly residents above 65`: a number after a word for
// people and `over`, `under`, `above`, `below` or `aged`, with no unit of its own, is their age:
// an age group (GUIDELINES.md, "Exclude": ages and category labels), not a count.

/** Words for people an age group is said of. */
const PERSONS = new Set([
  'people', 'persons', 'users', 'elderly', 'seniors', 'residents', 'customers', 'citizens', 'adults', 'those',
  'employees', 'women', 'men', 'individuals', 'consumers', 'patients', 'children', 'farmers', 'workers', 'retirees',
]);
const AGE_LINK = new Set(['over', 'under', 'above', 'below', 'aged']);

function ageOfPersons(text: string, c: Candidate): boolean {
  if (c.form.script === 'zh' || c.reading.scaled || c.reading.currency || c.reading.range !== 'none') return false;
  if ((c.kind !== 'none' && c.kind !== 'noun') || !Number.isInteger(c.value) || c.value < 10 || c.value > 120) return false;
  const link = wordBefore(text, c.start);
  if (!link || !AGE_LINK.has(link.word)) return false;
  const persons = wordBefore(text, link.start);
  // `Population aged over 50`: `aged` before the comparison says it is an age whatever the noun
  return persons !== null && (PERSONS.has(persons.word) || (persons.word === 'aged' && link.word !== 'aged'));
}

export const AGE_GROUP_NOISE_RULES: NoiseRule[] = [{ name: 'age-of-persons', scripts: ['arabic', 'en'], kinds: ['none', 'noun'], drop: ageOfPersons }];
