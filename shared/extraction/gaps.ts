import { NORM, isNewlineCode, isSpaceCode } from './normalize';

// What may sit between the parts of one figure (number, scale word, unit) without breaking it:
// whitespace, Markdown emphasis left over from conversion (`7亿**件`), HTML tags and entities.

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
    else if (c === 0x3c) {
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

/** `<tag …>` starting at `i` (a letter, `/` or `!` after `<`): index after `>`, else -1. */
export function tagEnd(text: string, i: number): number {
  const c = text.charCodeAt(i + 1);
  const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f;
  if (!ok) return -1;
  const e = text.indexOf('>', i + 1);
  if (e < 0 || e - i > 4000) return -1;
  return e + 1;
}

function tagStartBack(text: string, gt: number): number {
  const s = text.lastIndexOf('<', gt);
  if (s < 0 || gt - s > 4000) return -1;
  return tagEnd(text, s) === gt + 1 ? s : -1;
}

/** `&name;` or `&#123;` starting at `i`: index after `;`, else -1. */
export function entityEnd(text: string, i: number): number {
  let j = i + 1;
  const n = Math.min(text.length, i + 12);
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 0x3b) return j > i + 1 ? j + 1 : -1;
    const ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x23;
    if (!ok) return -1;
    j++;
  }
  return -1;
}

function entityStartBack(text: string, semi: number): number {
  const s = text.lastIndexOf('&', semi);
  if (s < 0 || semi - s > 11) return -1;
  return entityEnd(text, s) === semi + 1 ? s : -1;
}

/** Index of the start of the line containing `i`. */
export function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

/** Index of the end of the line containing `i` (the newline's index or the text's length). */
export function lineEnd(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e;
}

/** Whether `[from, to)` holds only whitespace and markup. */
export function blank(text: string, from: number, to: number): boolean {
  return skipGap(text, from, 1e9) >= to;
}
