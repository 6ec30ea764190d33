// A count said as `N of them` names its thing back at the sentence's subject: `Pencils have been made in this
// valley since the 1830s, and in 2024 we made more than 130 million of them` counts pencils.

import { type DocFigure } from '../types';
import { metricTokens } from './metric-tokens';

/** Right after a count, `of them` pointing back. */
const OF_THEM = /^\s+of\s+them\b/i;
/** A sentence opening with a plural noun and its verb (`Pencils have been`, `Ferries are`): its subject. */
const PLURAL_SUBJECT = /^\s*([A-Z][a-z]+s)\s+(?:have|had|are|were)\b/;

/** The plural noun a bare count said as `N of them` counts, when its sentence opens with it as its subject; else undefined. */
export function subjectOfThem(text: string, figure: DocFigure['figure']): string | undefined {
  if (figure.unit !== '' || !OF_THEM.test(text.slice(figure.end, figure.end + 12))) return undefined;
  return PLURAL_SUBJECT.exec(text.slice(figure.sentence.start, figure.start))?.[1]?.toLowerCase();
}

/** A statement's tokens with the subject a bare `N of them` counts, when it names one they lack. */
export function withSubjectOfThem(tokens: string[], text: string, figure: DocFigure['figure']): string[] {
  const noun = subjectOfThem(text, figure);
  const extra = noun === undefined ? [] : metricTokens(noun).filter((t) => !tokens.includes(t));
  return extra.length === 0 ? tokens : [...tokens, ...extra];
}
