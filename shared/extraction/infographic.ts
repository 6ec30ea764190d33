import type { Qualifier } from '../domain/figure';
import { lineEndWithin, lineStartWithin } from './lines';
import { lineAbove, lineBelow, type Line } from './cell-lines';
import { QUALIFIER_INFIX, QUALIFIER_SUFFIX } from './qualifiers';
import { ZH_UNIT_TABLE } from './units';
import { currencyForward } from './currency-prefix';
import type { Unit } from './units';

// A designed highlights page sets a figure's parts in lines of their own, and PDF extraction keeps
// them apart: `RMB⏎⏎2.35⏎⏎billion`, `95%⏎⏎以上`, `3,600⏎余家`. A figure alone on its line takes a currency
// standing alone on the line above it and a qualifier standing alone on the line below it (the
// qualifier before it is read in tail.ts, the scale below it in orphan-scale.ts).

const MAX_LINE = 40;

/**
 * `以上`, `+`, `左右` alone on the line after a figure alone on its own: its trailing qualifier; and
 * `余家`, `多户`: the qualifier with the measure word it opens.
 */
export function qualifierLineBelow(text: string, start: number, end: number): { qualifier: Qualifier; unit?: Unit } | null {
  if (!aloneOnLine(text, start, end)) return null;
  const below = trimmed(text, lineBelow(text, lineEndWithin(text, end, MAX_LINE), MAX_LINE));
  if (!below) return null;
  // `3,600⏎余家`, `4,000⏎多户`: 余 or 多 opening the measure word's line
  const infix = QUALIFIER_INFIX.matchForward(below, 0);
  const measure = infix && infix.end < below.length ? ZH_UNIT_TABLE.matchForward(below, infix.end) : null;
  if (infix && measure?.end === below.length) return { qualifier: infix.value, unit: measure.value };
  const m = QUALIFIER_SUFFIX.matchForward(below, 0);
  return m && m.end === below.length && (m.value === 'over' || m.value === 'about') ? { qualifier: m.value } : null;
}

/**
 * `650,000+⏎⏎people`, `1.3 billion⏎⏎annual active consumers across our`: a tile's label on the line
 * below a figure alone on its own, opening with a word in lower case: where that line starts, else -1.
 */
export function labelLineBelow(text: string, start: number, end: number): number {
  if (!aloneOnLine(text, start, end)) return -1;
  // a tile stands apart: a line directly above is the label of a column's cell (`Employees⏎2,000`)
  const ls = lineStartWithin(text, start, MAX_LINE);
  if (ls > 0 && !blankLineEndsAt(text, ls - 1)) return -1;
  const line = lineBelow(text, lineEndWithin(text, end, MAX_LINE), MAX_LINE);
  if (!line) return -1;
  let k = line.start;
  while (k < line.end && isBlank(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  // a line ending a sentence (`evaluations.`) is prose another column left there, no label
  let e = line.end;
  while (e > k && isBlank(text.charCodeAt(e - 1))) e--;
  return c >= 0x61 && c <= 0x7a && text.charCodeAt(e - 1) !== 0x2e ? k : -1;
}

/** `RMB`, `US$`, `人民币` alone on the line before a figure alone on its own: its currency's ISO code. */
export function currencyLineAbove(text: string, start: number, end: number): string | null {
  if (!aloneOnLine(text, start, end)) return null;
  const above = trimmed(text, lineAbove(text, lineStartWithin(text, start, MAX_LINE), MAX_LINE));
  if (!above) return null;
  const m = currencyForward(above, 0);
  return m && m.end === above.length ? m.value : null;
}

/** Whether the line ending at the line break `nl` is blank. */
function blankLineEndsAt(text: string, nl: number): boolean {
  let k = nl - 1;
  while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
  return k < 0 || lineEnds(text.charCodeAt(k));
}

/** The text's end or a line break: NaN is what `charCodeAt` gives past the end. */
const lineEnds = (c: number): boolean => Number.isNaN(c) || c === 0x0a || c === 0x0d;

/** White space within a line, as `trim` takes it off. */
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0xfeff;

function aloneOnLine(text: string, start: number, end: number): boolean {
  // most figures share their line: a glance at the characters either side settles it
  let a = end;
  while (a < end + MAX_LINE && isBlank(text.charCodeAt(a))) a++;
  let b = start;
  while (b > start - MAX_LINE && isBlank(text.charCodeAt(b - 1))) b--;
  if (!lineEnds(text.charCodeAt(a)) || !(b === 0 || lineEnds(text.charCodeAt(b - 1)))) return false;
  const ls = lineStartWithin(text, start, MAX_LINE);
  const le = ls < 0 ? -1 : lineEndWithin(text, end, MAX_LINE);
  return le >= 0 && text.slice(ls, start).trim() === '' && text.slice(end, le).trim() === '';
}

/** The trimmed text of the nearest non-blank line below or above (`cell-lines.ts`), one blank line skipped at most. */
function trimmed(text: string, line: Line | null): string | null {
  return line ? text.slice(line.start, line.end).trim() : null;
}
