import type { Candidate } from './candidate';
import { codeAt as code, isLetterCode } from './normalize';
import { looksPlural } from './en-nouns';

// English points back to what it has just counted: `Eleven sites, six of them in water-stressed
// regions`, `12,600 young people …, of whom 5,300 went on to jobs`, `14.2 million tonnes of freight, of
// which 9.6 million moved`, `860 million bottles, and retail partners another 140 million`. The second
// count has no noun of its own; it counts what the figure before it in its sentence counted.

/** How far back in the sentence the figure referred to may end. */
const REACH = 200;

/**
 * Give a bare count the unit of the figure `prev` before it when it refers back to that figure's noun
 * (`N of them`, `of which N`, `of whom N`, `another N`) with no sentence's end between.
 */
export function takeReferredNoun(text: string, cand: Candidate, prev: Candidate | undefined): void {
  if (!prev || cand.kind !== 'none' || cand.unit !== '' || cand.reading.range !== 'none' || cand.form.script === 'zh') return;
  if (prev.kind !== 'noun' && prev.kind !== 'measure' && prev.kind !== 'currency') return;
  if (prev.end > cand.start || cand.start - prev.end > REACH || !refersBack(text, cand)) return;
  for (let k = prev.end; k < cand.start; k++) {
    const c = code(text, k);
    // a sentence's end (`. `, a blank line), or a clause of its own between (`;`)
    if (c === 0x3b || ((c === 0x2e || c === 0x21 || c === 0x3f) && !isLetterCode(code(text, k + 1)) && code(text, k + 1) !== -1 && !/\d/.test(text[k + 1]!))) return;
    if (c === 0x0a && code(text, k + 1) === 0x0a) return;
  }
  // `1,627 of them women`: the part's own noun, where it names one
  const own = OWN_NOUN.exec(text.slice(cand.end, cand.end + 24));
  if (own && looksPlural(own[1]!.toLowerCase())) {
    cand.unit = own[1]!;
    cand.kind = 'noun';
  } else {
    cand.unit = prev.unit;
    cand.kind = prev.kind;
  }
  cand.context.noun = cand.kind === 'noun' ? { spaced: true, capitalized: false } : null;
}
const OWN_NOUN = /^\s+of\s+them\s+([a-z]{3,})(?![a-z-])/;

/** `six of them`, `of which 9.6 million`, `of whom 5,300`, `another 140 million`. */
function refersBack(text: string, cand: Candidate): boolean {
  const after = text.slice(cand.end, cand.end + 12);
  if (/^\s+of\s+(?:them|whom|which)\b/.test(after)) return true;
  const before = text.slice(Math.max(0, cand.start - 12), cand.start);
  return /\b(?:of\s+(?:which|whom)|another)\s+$/.test(before);
}
