import type { Candidate } from './candidate';
import type { NoiseRule } from './noise';
import { codeAt as code, isDigitCode } from './normalize';
import { skipGap } from './gaps';
import { wordAfter, wordBefore } from './context';
import { MONTHS } from './noise-words';

// English phrases whose number is no claimed figure (GUIDELINES.md, "Exclude"): the length of a
// reporting period, the base of a rate, a whole week or day meaning "always", `zero` naming a goal,
// and `twice` counting how often rather than how much more.

/** `the 12 months to 30 June 2024`, `six months to June`: a reporting period's length. */
function periodUpToDate(text: string, c: Candidate): boolean {
  if (c.kind !== 'duration' && c.kind !== 'year') return false;
  const to = wordAfter(text, c.end);
  if (to?.word !== 'to') return false;
  const g = skipGap(text, to.end, 0);
  if (isDigitCode(code(text, g))) {
    let e = g;
    while (isDigitCode(code(text, e))) e++;
    return e - g <= 2 && MONTHS.has(wordAfter(text, e)?.word ?? '');
  }
  return MONTHS.has(wordAfter(text, g)?.word ?? '');
}

/** `tCO2e per £1m invested`, `injuries per 1,000 employees`: the base a rate is counted over. */
const rateBase = (text: string, c: Candidate): boolean => c.kind !== 'percent' && wordBefore(text, c.start)?.word === 'per';

/** How many of each smaller unit a period holds: `7 days a week` and `24 hours a day` mean always. */
const WHOLE_PERIOD: Record<string, Record<string, number>> = {
  days: { week: 7, year: 365 },
  hours: { day: 24, week: 168, year: 8760 },
  months: { year: 12 },
  weeks: { year: 52 },
};

function wholePeriod(text: string, c: Candidate): boolean {
  const per = WHOLE_PERIOD[c.unit.toLowerCase()];
  if (!per || c.reading.range !== 'none') return false;
  const a = wordAfter(text, c.end);
  if (a?.word !== 'a' && a?.word !== 'per' && a?.word !== 'each') return false;
  return per[wordAfter(text, a.end)?.word ?? ''] === c.value;
}

/** Nouns that `zero` names a goal with (`Zero waste to landfill`, `zero harm`), not a count. */
const GOAL_NOUNS = new Set(['waste', 'harm', 'carbon', 'tolerance', 'deforestation', 'discharge', 'landfill', 'net']);

/**
 * `net zero`, `zero-emission fleet`, `Zero waste to landfill`: `zero` naming a goal. A count of
 * none keeps its plural noun, after any hyphenated modifiers (`zero work-related fatalities`).
 */
function zeroAsName(text: string, c: Candidate): boolean {
  if (c.form.script !== 'en' || c.value !== 0) return false;
  if (wordBefore(text, c.start)?.word === 'net' || code(text, c.end) === 0x2d || code(text, c.start - 1) === 0x2d) return true;
  let w = wordAfter(text, c.end);
  while (w && w.word.includes('-')) w = wordAfter(text, w.end);
  return !w || GOAL_NOUNS.has(w.word) || !w.word.endsWith('s');
}

/** `twice as many`, `twice the average` compare; `twice a year` counts how often. */
function twiceAsFrequency(text: string, c: Candidate): boolean {
  if (c.form.script !== 'en' || c.kind !== 'times' || text.slice(c.numStart, c.numStart + 5).toLowerCase() !== 'twice') return false;
  const next = wordAfter(text, c.end)?.word;
  return next !== 'as' && next !== 'the' && next !== 'that' && next !== 'what';
}

export const PHRASE_NOISE_RULES: NoiseRule[] = [
  { name: 'reporting-period-length', drop: periodUpToDate },
  { name: 'rate-base', drop: rateBase },
  { name: 'whole-period', drop: wholePeriod },
  { name: 'zero-as-name', drop: zeroAsName },
  { name: 'twice-as-frequency', drop: twiceAsFrequency },
];
