// Where a document's paragraphs begin and end: at its blank lines (`\n\n`), found once per document and asked by place
// with a binary search. Rules that ask it of many figures (the paragraph a rate's inputs must share, the table that ends
// right above a paragraph, the heading a paragraph opens with) would otherwise search back from each figure
// (`text.lastIndexOf('\n\n', at)`), across a long text without blank lines again and again.

import { lowerBound } from '../../text/lower-bound';

/** What the reader needs of a document: its text (a `CheckDocument`, which keys what is read of it). */
type Texted = { readonly text: string };

const breaksOf = new WeakMap<Texted, number[]>();

/**
 * Every place a blank line break `\n\n` starts in the document's text, ascending: each of a longer run of line breaks
 * too (`\n\n\n` at 10 gives 10 and 11), as `indexOf` and `lastIndexOf` find them. Read once per document.
 */
export function paragraphBreaks(doc: Texted): readonly number[] {
  let breaks = breaksOf.get(doc);
  if (!breaks) {
    breaks = [];
    for (let at = doc.text.indexOf('\n\n'); at >= 0; at = doc.text.indexOf('\n\n', at + 1)) breaks.push(at);
    breaksOf.set(doc, breaks);
  }
  return breaks;
}

/** The last blank line break starting at or before `at` (`text.lastIndexOf('\n\n', at)`, a place before the text its start), -1 when none. */
export function breakAtOrBefore(doc: Texted, at: number): number {
  const breaks = paragraphBreaks(doc);
  return breaks[lowerBound(breaks, Math.max(0, at) + 1) - 1] ?? -1;
}

/** The first blank line break starting at or after `at` (`text.indexOf('\n\n', at)`), -1 when none. */
export function breakAtOrAfter(doc: Texted, at: number): number {
  const breaks = paragraphBreaks(doc);
  return breaks[lowerBound(breaks, at)] ?? -1;
}

/**
 * The last blank line break wholly between `from` and `to` (`text.slice(from, to).lastIndexOf('\n\n')`, as a place in the
 * text), -1 when none.
 */
export function breakBetween(doc: Texted, from: number, to: number): number {
  if (to - 2 < from) return -1;
  const at = breakAtOrBefore(doc, to - 2);
  return at >= from ? at : -1;
}

/** The bounds of the paragraph a place stands in: from after the blank line before it (or the text's start) to the next one (or the text's end). */
export function paragraphOf(doc: Texted, at: number): { start: number; end: number } {
  const before = breakAtOrBefore(doc, at);
  const after = breakAtOrAfter(doc, at);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? doc.text.length : after };
}
