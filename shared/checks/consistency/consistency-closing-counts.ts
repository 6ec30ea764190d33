// An English count said in its noun alone as what the report closed a year with (`We ended 2024 with 148 shops`, `closed
// the year with 1,212 members`): a count at the year's end, its words no more than its noun, too bare to be grouped by
// them. It is read for the bounds of that noun alone (`we opened nine shops and now run more than 150`: `englishBoundPairs`).

import { ENGLISH_NOUN, sameNoun } from './metric-tokens';
import { type DocFigure } from '../types';

/** Just before a count, the verb that closes a year with it (`ended 2024 with`, `closed the financial year with`). */
const CLOSED_WITH = /\b(?:ended|closed|finished)\s+(?:the\s+(?:financial\s+|fiscal\s+)?year|(?:FY\s?)?(?:19|20)\d{2})\s+with\s+$/i;

/** How many characters before a count its closing verb is read in. */
const CLOSED_WITH_REACH = 48;

/** Whether an exact English count, its metric its noun alone, is the count a year closed with (`CLOSED_WITH`). */
export function closingCount(text: string, figure: DocFigure['figure'], metric: string | undefined): boolean {
  if (figure.qualifier !== 'exact' || !ENGLISH_NOUN.test(figure.unit) || !sameNoun(metric ?? '', figure.unit)) return false;
  return CLOSED_WITH.test(text.slice(Math.max(figure.sentence.start, figure.start - CLOSED_WITH_REACH), figure.start));
}
