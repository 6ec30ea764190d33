// Where an English figure's clause ends at a line break. The sentence finder joins lines that end
// without a full stop, so a bullet list, a heading or an infographic comes out as one "sentence"
// (`• 1.1 million natural gas customers⏎• 8,214 employees`, `serving 1.2 billion users⏎worldwide⏎
// Through Alipay's technology…`). A line break ends the figure's clause when the next line begins
// a new item (a bullet, a capitalised word, a figure) and the line before it does not visibly go on
// (a comma, a hyphen, a linking word). A lower-case continuation (`the number of mobile payment⏎
// users reached`) and a line ending in `of`, `in`, `and`… (`the number of⏎Internet users`) stay
// one clause.

import { lineEndOf, lineStartOf } from '../text/lines';
import { BULLET_CLASS } from '../text/list-bullets';
import { isSpaceCode } from '../text/space-code';

/** Bullets and list marks that open an item of their own. */
const BULLET = new RegExp(`^${BULLET_CLASS}\\s`);
/** What a line of running text ends with when its sentence goes on on the next line. */
const GOES_ON = /(?:[,;:(/&+–—-]|\b(?:of|in|on|at|to|for|by|with|from|into|than|as|per|and|or|nor|but|the|a|an|its|their|our|his|her|this|that|these|those|over|nearly|almost|about|around|approximately|some|up|across|among|between|within|including|such|is|are|was|were|be|been|has|have|had|reached|totalled|totaled|amounted|served|serving|more|less|fewer|least|most|which|who|whose|where|while|when|worth|via|through|toward|towards|during|after|before|under|above|below|beyond|without|against|since|until|like))\s*$/i;

/** How far back a line's end is read for what leads on. */
const LOOK_BACK = 120;
/** A wrapped line of prose is at least this long… */
const MIN_WRAPPED = 20;
/** …and at least this share of the wider of the lines above and below it. */
const WRAP_RATIO = 0.8;
/** How far past the break blank space is skipped to the next line's first character. */
const LOOK_AHEAD = 8;

/** The first character of the line after the line break at `at`, blank space and blank lines skipped (bounded). */
function nextLineStart(text: string, at: number): number {
  let k = at + 1;
  while (k - at < LOOK_AHEAD && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d)) k++;
  return k;
}

const bulletAt = (text: string, k: number): boolean => BULLET.test(text.slice(k, k + 2)) || /^[•·●▪■◆►▶]/.test(text.charAt(k));

// what opens an item's line, a letter ending a line, a lower-case letter opening one (not inline: tsx and esbuild
// rewrite a `\p{…}` literal to `new RegExp(…)`, built on every call)
const ITEM_OPENS = /^[\p{Lu}\d$€£¥]/u;
const LETTER_LAST = /\p{L}$/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** Whether the line break at `at` (a `\n`) begins a new item: the clause of a figure before it ends there. */
export function newItemBreak(text: string, at: number): boolean {
  const k = nextLineStart(text, at);
  if (bulletAt(text, k)) return true;
  if (!ITEM_OPENS.test(text.charAt(k))) return false;
  // a line of the same item ends with what leads on (the look reaches back over the line's end only)
  const lineStart = lineStartBefore(text, at);
  const before = text.slice(lineStart, at).trim();
  if (before === '' || GOES_ON.test(before)) return false;
  // a line inside a paragraph (its first word lower-case, or the line above leading on to it), ending
  // in a word and as wide as its neighbours, is one the PDF wrapped (`His Zhima⏎Credit score is over
  // 700`, `service providers on Ant Financial⏎Open Platform.`); a short one ends its item
  // (`users⏎worldwide⏎Through Alipay's…`), as a table row, a line of a fact list (`Portfolio occupancy
  // of 97.1% across 64 properties in Singapore, Australia and Japan⏎Aggregate leverage of 38.5%`) do
  if (!LETTER_LAST.test(before) || before.length < MIN_WRAPPED || COLUMN_GAP.test(before)) return true;
  const aboveLine = lineStart > 0 ? text.slice(lineStartBefore(text, lineStart - 1), lineStart - 1).trim() : '';
  if (aboveLine === '' || !(LOWER_FIRST.test(before) || GOES_ON.test(aboveLine))) return true;
  const next = text.slice(k, lineEndAfter(text, k)).trim().length;
  return before.length < WRAP_RATIO * Math.max(aboveLine.length, next);
}

/** A tab or a run of spaces between a table row's cells. */
const COLUMN_GAP = /\t| {3}/;

/** The start of the line ending at `at`, looked for at most LOOK_BACK characters back. */
function lineStartBefore(text: string, at: number): number {
  return Math.max(lineStartOf(text, at), at - LOOK_BACK);
}

/** The end of the line holding `k`, looked for at most LOOK_BACK characters on. */
function lineEndAfter(text: string, k: number): number {
  return Math.min(lineEndOf(text, k), k + LOOK_BACK);
}

/** The first line break in `[from, to)` that begins a new item, else `to`. */
export function itemEnd(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a && newItemBreak(text, k)) return k;
  return to;
}

/**
 * Just after the last line break in `[from, to)` that begins a new item, else `from`; `to` is the
 * figure's start. A figure starting its own line goes on with the line before (`sell agricultural
 * products worth⏎RMB4.7 billion`, `Percentage of employees that are foreign nationals⏎2.8%`) unless a
 * bullet opens it.
 */
export function itemStart(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    if (text.charCodeAt(k) !== 0x0a) continue;
    if (nextLineStart(text, k) >= to ? bulletAt(text, nextLineStart(text, k)) : newItemBreak(text, k)) return pastBullet(text, k + 1, to);
  }
  return from;
}

/** From a line's start `i`, past its blank space and bullet (`- TRIFR of 3.2`: the metric has no dash), not past `to`. */
function pastBullet(text: string, i: number, to: number): number {
  let k = i;
  while (k < to && /\s/.test(text.charAt(k))) k++;
  if (!bulletAt(text, k)) return i;
  k++;
  while (k < to && /\s/.test(text.charAt(k))) k++;
  return k;
}

/** The end of the unit text `unit` when it follows `end` (its words may be parted by any whitespace, a line break too), else `end`. */
export function unitTextEnd(text: string, end: number, unit: string): number {
  if (!unit) return end;
  let k = end;
  while (isSpaceCode(text.charCodeAt(k)) && k - end < 4) k++;
  // by character codes, the case folded only where they differ (asked of every English figure)
  for (const ch of unit) {
    const c = ch.charCodeAt(0);
    if (isSpaceCode(c)) {
      if (!isSpaceCode(text.charCodeAt(k))) return end;
      while (isSpaceCode(text.charCodeAt(k))) k++;
    } else if ((ch.length === 1 && text.charCodeAt(k) === c) || text.charAt(k).toLowerCase() === ch.toLowerCase()) k++;
    else return end;
  }
  return k;
}

