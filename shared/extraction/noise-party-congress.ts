import type { Candidate } from './candidate';
import type { NoiseRule } from './noise';
import { codeAt as code } from './normalize';

// A party congress is named by its number and 大 (`党的二十大`, `十九大以来`, `二十大精神`): the name of
// an event, as `第N届` is (GUIDELINES.md, "Names that contain numbers"), not a count of anything.
// `四大产业`, `十大品牌` count what follows 大; a congress's number is in the tens, written in
// numerals, and the party stands before it or its report, spirit or time after it.

const DA = 0x5927;
/** The party or its congress's ordinal before the number. */
const PARTY_BEFORE = /(?:党的|中共|党的第|中共第|党第)$/;
/** What a congress is said to have: its spirit, report, decisions, delegates, the time since. */
const CONGRESS_AFTER = /^(?:精神|报告|以来|代表|期间|召开|胜利召开|提出|强调|作出|部署|明确|决策)/;

function partyCongress(text: string, c: Candidate): boolean {
  const digits = c.numEnd - c.numStart;
  if (c.form.script !== 'zh' || c.value < 11 || c.value > 30 || digits < 2 || digits > 3) return false;
  if (code(text, c.numEnd) !== DA) return false;
  return PARTY_BEFORE.test(text.slice(Math.max(0, c.numStart - 3), c.numStart)) || CONGRESS_AFTER.test(text.slice(c.numEnd + 1, c.numEnd + 5));
}

export const PARTY_CONGRESS_NOISE_RULES: NoiseRule[] = [{ name: 'party-congress', scripts: ['zh'], drop: partyCongress }];
