import { NORM, isNewlineCode, isSpaceCode } from './normalize';
import { NextOccurrence } from './next-occurrence';

// What may sit between the parts of one figure (number, scale word, unit) without breaking it:
// whitespace, Markdown emphasis left over from conversion (`7亿**件`), HTML tags and entities.
// Every look for the other end of a tag or an entity is bounded, so a gap costs no more than its
// own length: extraction stays linear in the text however many candidates it has.

// The gap functions return an index and leave the number of line breaks crossed in
// `lastGapNewlines` (no allocation: they run at every candidate several times).
let newlinesCrossed = 0;

/** Line breaks crossed by the last `skipGap` / `skipGapBack` call. */
export function lastGapNewlines(): number {
  return newlinesCrossed;
}

/** Skip whitespace and markup forwards from `i`, crossing at most `maxNewlines` line breaks; returns the first index after the gap. */
export function skipGap(text: string, i: number, maxNewlines = 0): number {
  const n = text.length;
  let newlines = 0;
  while (i < n) {
    const c = NORM[text.charCodeAt(i)]!;
    if (isSpaceCode(c)) i++;
    else if (isNewlineCode(c)) {
      if (c === 0x0a) {
        if (newlines === maxNewlines) break;
        newlines++;
      }
      i++;
    } else if (c === 0x2a || c === 0x5f) i++; // * _
    else if (c === 0x5d) {
      // the end of a Markdown link around the figure's number (`[400](#)万`)
      const e = linkTargetEnd(text, i);
      if (e < 0) break;
      i = e;
    } else if (c === 0x3c) {
      const e = tagEnd(text, i);
      if (e < 0) break;
      i = e;
    } else if (c === 0x26) {
      const e = entityEnd(text, i);
      if (e < 0) break;
      i = e;
    } else break;
  }
  newlinesCrossed = newlines;
  return i;
}

/** Skip whitespace and markup backwards from just before `i`; returns the gap's first index. */
export function skipGapBack(text: string, i: number, maxNewlines = 0): number {
  let newlines = 0;
  while (i > 0) {
    const c = NORM[text.charCodeAt(i - 1)]!;
    if (isSpaceCode(c)) i--;
    else if (isNewlineCode(c)) {
      if (c === 0x0a) {
        if (newlines === maxNewlines) break;
        newlines++;
      }
      i--;
    } else if (c === 0x2a || c === 0x5f) i--;
    else if (c === 0x5b && linkTargetEnd(text, closingBracket(text, i)) >= 0) i--; // the start of a Markdown link around the number after it
    else if (c === 0x3e) {
      const s = tagStartBack(text, i - 1);
      if (s < 0) break;
      i = s;
    } else if (c === 0x3b) {
      const s = entityStartBack(text, i - 1);
      if (s < 0) break;
      i = s;
    } else break;
  }
  newlinesCrossed = newlines;
  return i;
}

/** The longest tag the gap readers skip: a longer `<…>` is text, and no scan for one goes further. */
const MAX_TAG = 4000;
/** `&name;` or `&#123;` is at most this long, `;` included. */
const MAX_ENTITY = 12;

/** The first `>` at or after a position, kept between calls: a text of `<a` without `>` would otherwise be searched to its end from every `<`. */
const nextGreaterThan = new NextOccurrence((text, from) => text.indexOf('>', from));

/** `<tag …>` starting at `i` (a letter, `/` or `!` after `<`): index after `>`, else -1. */
export function tagEnd(text: string, i: number): number {
  const c = text.charCodeAt(i + 1);
  const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f;
  if (!ok) return -1;
  const e = nextGreaterThan.in(text, i + 1);
  if (e < 0 || e - i > MAX_TAG) return -1;
  return e + 1;
}

/** The tag ending at the `>` at `gt`: its `<`, else -1. Looks back no further than the previous `<` or `>`. */
function tagStartBack(text: string, gt: number): number {
  const stop = Math.max(0, gt - MAX_TAG);
  for (let s = gt - 1; s >= stop; s--) {
    const c = text.charCodeAt(s);
    if (c === 0x3c) return tagEnd(text, s) === gt + 1 ? s : -1;
    if (c === 0x3e) return -1; // the tag would have ended there
  }
  return -1;
}

/** `&name;` or `&#123;` starting at `i`: index after `;`, else -1. */
export function entityEnd(text: string, i: number): number {
  let j = i + 1;
  const n = Math.min(text.length, i + MAX_ENTITY);
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 0x3b) return j > i + 1 ? j + 1 : -1;
    const ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x23;
    if (!ok) return -1;
    j++;
  }
  return -1;
}

/** The entity ending at the `;` at `semi`: its `&`, else -1. Looks back no further than an entity is long. */
function entityStartBack(text: string, semi: number): number {
  const stop = Math.max(0, semi - (MAX_ENTITY - 1));
  for (let s = semi - 1; s >= stop; s--) {
    if (text.charCodeAt(s) === 0x26) return entityEnd(text, s) === semi + 1 ? s : -1;
  }
  return -1;
}

/** A Markdown link's text is short: its `]` is looked for this far after its `[`, its target as far after the `]`. */
const MAX_LINK = 40;

/** The `]` closing a Markdown link's text that starts at `i` (just after its `[`), on the same line; -1 when there is none. */
function closingBracket(text: string, i: number): number {
  for (let k = i; k < text.length && k < i + MAX_LINK; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x5d) return k;
    if (c === 0x5b || c === 0x0a) return -1;
  }
  return -1;
}

/** After a link's `]` at `i`, its `(target)` without spaces (`](#)`, `](https://…)`): the index after the `)`, or -1. */
function linkTargetEnd(text: string, i: number): number {
  if (i < 0 || text.charCodeAt(i + 1) !== 0x28) return -1;
  for (let k = i + 2; k < text.length && k < i + 2 + MAX_LINK; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x29) return k + 1;
    if (c <= 0x20 || c === 0x28 || c === 0x5b || c === 0x5d) return -1;
  }
  return -1;
}
