// The heading a paragraph of running text stands under: a report's section title on a line of its
// own (`Packaging` over `Packaging revenue rose 7.2% … Adjusted operating profit grew 10.4% to £186.4
// million …`). Its sentences need not name what the heading names, and speak of it all the same.

import { breakBetween } from './paragraphs';

/** How far back from a figure its paragraph's start may stand, in characters. */
const REACH = 1000;
/** A title: a few words, no figure, no sentence mark. */
const HEADING = /^(?=.*\p{L})[^\d.,;:!?。，；：！？]{2,40}$/u;

/** The heading line that opens the paragraph holding `at` (a blank line before it), or '' when it opens with no such line. */
export function paragraphHeading(doc: { readonly text: string }, at: number): string {
  const { text } = doc;
  const from = Math.max(0, at - REACH);
  const blank = breakBetween(doc, from, at);
  if (blank < 0 && from > 0) return '';
  const start = blank < 0 ? 0 : blank + 2;
  const end = text.indexOf('\n', start);
  // the figure's own line is no heading over it
  if (end < 0 || end >= at) return '';
  const line = text.slice(start, end).trim();
  return HEADING.test(line) ? line : '';
}
