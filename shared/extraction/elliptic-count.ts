import { codeAt as code, isDigitCode, isLetterCode } from './normalize';
import { wordBeforeAcrossWrap } from './context';
import { skipGap } from './gaps';

// English leaves out a noun it has just counted: `We opened 27 stores and closed 14, ending the
// year with 612 stores`. The second number counts the same stores, a claim as much as the first;
// read alone it is a bare number, which the noise rules leave out. It takes the noun the clause
// before counted when it ends its clause right after `and` (or `but`) and one verb: a bound's words
// may stand before the number and an adverb before the verb (`we opened nine shops and now run more than 150`).

/** How far back in the sentence the counted noun may stand. */
const REACH = 80;
/** A small count in words (`nine shops`), as a report writes one. */
const COUNT_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** The last `27 stores` of the text before: a number, then a plural noun, two words before it at most (`146 new stores`). */
const COUNTED = new RegExp(`(?:(?:^|[^\\w.,])\\d[\\d,]*|\\b(?:${COUNT_WORD}))\\s+(?:[a-z]+\\s+){0,2}?([a-z]{3,}s)\\b(?![^.;!?]*\\d)[^.;!?]*$`, 'i');
/** A bound's words before the number (`more than`, `nearly`): the word just before it, and for `than` the one before that. */
const BOUND_WORDS = new Set(['over', 'nearly', 'almost', 'about', 'around', 'approximately', 'some']);
const THAN_BOUNDS = new Set(['more', 'fewer', 'less']);
/** An adverb between `and` and the verb (`and now run`). */
const ADVERBS = new Set(['now', 'also', 'still', 'today']);

/** The noun a bare number at `[start, end)` counts by ellipsis, or null. */
export function ellipticNoun(text: string, start: number, end: number): string | null {
  // cheap first: the clause ends right after the number
  const after = code(text, skipGap(text, end, 0));
  if (isLetterCode(after) || isDigitCode(after) || after === 0x25) return null;
  // `and closed⏎14,`: a PDF may wrap the clause before the number
  let verb = wordBeforeAcrossWrap(text, start);
  if (verb !== null && BOUND_WORDS.has(verb.word)) verb = wordBeforeAcrossWrap(text, verb.start);
  else if (verb?.word === 'than') {
    const bound = wordBeforeAcrossWrap(text, verb.start);
    verb = bound !== null && THAN_BOUNDS.has(bound.word) ? wordBeforeAcrossWrap(text, bound.start) : null;
  }
  if (verb === null || verb.word.length < 3) return null;
  let and = wordBeforeAcrossWrap(text, verb.start);
  if (and !== null && ADVERBS.has(and.word)) and = wordBeforeAcrossWrap(text, and.start);
  if (and === null || (and.word !== 'and' && and.word !== 'but')) return null;
  const m = COUNTED.exec(text.slice(Math.max(0, and.start - REACH), and.start));
  return m ? m[1]! : null;
}
