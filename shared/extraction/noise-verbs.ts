import type { Candidate } from './candidate';
import type { NoiseRule } from './noise';
import { codeAt as code, isDigitCode } from './normalize';
import { skipGapBack } from './gaps';
import { wordAfter, wordBefore } from './context';

// Words that are a figure only in one grammatical role: `double` and `triple` count as a multiplier
// when they are the verb (`to double patient reach`, `will triple`) or compare (`double the £1.6bn`),
// not as an adjective (`double materiality`, `double-digit`); and `over N years` after an amount
// frames it (`CHF 250 million over five years`) rather than claiming more than N years.

/** `double materiality`, `a triple bottom line`, `double-check`: the adjective, no multiplier. */
function multiplierNotVerb(text: string, c: Candidate): boolean {
  if (c.form.script !== 'en' || c.kind !== 'times') return false;
  const word = text.slice(c.numStart, c.numEnd).toLowerCase();
  if (word !== 'double' && word !== 'triple') return false;
  if (code(text, c.numEnd) === 0x2d) return true;
  if (VERB_LEADS.has(wordBefore(text, c.start, 1)?.word ?? '')) return false;
  // before a determiner it multiplies what follows (`more than double the £1.6bn held`, `triple that of 2019`)
  return !COMPARED_LEADS.has(wordAfter(text, c.numEnd, 1)?.word ?? '');
}
const VERB_LEADS = new Set(['to', 'will', 'would', 'could', 'can', 'should', 'shall', 'may', 'must']);
const COMPARED_LEADS = new Set(['the', 'that', 'those', 'its', 'our', 'their', 'his', 'her', 'this', 'these', 'what']);

/** `committed CHF 250 million over⏎five years`, `£4.8m over three years`: the period an amount is spread over. */
function periodOfAmountBefore(text: string, c: Candidate): boolean {
  if ((c.kind !== 'year' && c.kind !== 'duration') || c.qualifier !== 'over') return false;
  const over = wordBefore(text, c.start, 1);
  if (over?.word !== 'over') return false;
  // `8.3% a year over 10 years`: the rate of each year named between the amount and `over`
  const before = perYearBefore(text, over.start) ?? over.start;
  const last = code(text, skipGapBack(text, before, 1) - 1);
  if (isDigitCode(last) || last === 0x25) return true;
  const scale = wordBefore(text, before, 1);
  // a scale word after its number (`250 million`, `4.8m`)
  return scale !== null && AMOUNT_ENDS.has(scale.word) && isDigitCode(code(text, skipGapBack(text, scale.start, 0) - 1));
}
/** Where `a year` or `per annum` ending just before `at` starts, else null. */
function perYearBefore(text: string, at: number): number | null {
  const year = wordBefore(text, at, 1);
  if (year?.word !== 'year' && year?.word !== 'annum') return null;
  const per = wordBefore(text, year.start, 1);
  return per?.word === 'a' || per?.word === 'per' ? per.start : null;
}
const AMOUNT_ENDS = new Set(['m', 'mn', 'bn', 'k', 'million', 'billion', 'trillion', 'thousand']);

export const VERB_NOISE_RULES: NoiseRule[] = [
  { name: 'multiplier-not-a-verb', scripts: ['en'], kinds: ['times'], drop: multiplierNotVerb },
  { name: 'period-of-an-amount', kinds: ['year', 'duration'], drop: periodOfAmountBefore },
];

