import type { Candidate } from './candidate';
import type { NoiseRule } from './noise';
import { nextMatch } from './next-occurrence';

// GUIDELINES.md excludes scenario settings: a value a report assumes in order to model something
// (`we assume a carbon price of RMB 200 per tonne by 2030`, `an assumed lifetime of 200,000 km`,
// `假设碳价为每吨200元`) is an input, not a claim. What the model then gives is a claim, so the
// setting reaches only as far as its own clause: a comma, a colon or a sentence's end closes it
// (`Assuming full take-up, the scheme will save 12,000 tonnes` keeps the 12,000).

/** How far back an assumption word is looked for. */
const REACH = 120;
/** The words that open an assumption, at the end of the text before the figure once the clause is cut. */
const ASSUMPTION = /(?:\b(?:we|they|it|which|scenario|scenarios|model|models)\s+assumes?\b|\bassuming\b|\bassumptions?\s+(?:of|that|for)\b|\ban?\s+assumed\b|\b(?:is|are|was|were)\s+assumed\b|假设|假定)/i;
/** What closes a clause: a comma or colon that is no digit separator, a semicolon, a sentence's end, a blank line. */
const CLAUSE_END = /(?:,(?!\d)|(?<!\d),|[:;。；，：]|\.(?:\s|$)|\n\s*\n)/g;

/** Whether an assumption word can be there at all: most figures have none near them, and the clause need not be cut. */
const ANY_ASSUMPTION = /ssum|SSUM|假[设定]/g;
/** The next such word from a position, found once for the figures before it. */
const nextAssumptionWord = nextMatch(ANY_ASSUMPTION);

function assumedSetting(text: string, c: Candidate): boolean {
  const from = Math.max(0, c.start - REACH);
  // the first such word within reach must end before the figure (a later one starts later still)
  const word = nextAssumptionWord.in(text, from);
  if (word < 0 || word + (text.charCodeAt(word) === 0x5047 ? 2 : 4) > c.start) return false;
  const before = text.slice(from, c.start);
  let open = 0;
  for (const m of before.matchAll(CLAUSE_END)) open = m.index + m[0].length;
  return ASSUMPTION.test(before.slice(open));
}

export const ASSUMPTION_NOISE_RULES: NoiseRule[] = [{ name: 'assumed-setting', drop: assumedSetting }];
