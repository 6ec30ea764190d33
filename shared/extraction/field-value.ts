import { codeAt as code, isNewlineCode } from './normalize';
import { lineStartWithin } from './lines';
import { specIn } from './unit-spec-in';
import type { UnitSpec } from './unit-spec';

// Questionnaire answers and data sheets state a figure as the value of a `Label: value` line
// (`Gross global Scope 1 emissions (metric tons CO2e): 48,213`, `% change from previous year: 18`).
// The number ends its line, so the next line is the next field, not its noun; a bare one is still
// stated; a label that opens with `%` makes it a percentage, and one that ends in a unit in
// brackets gives it that unit and scale.

const MAX_LABEL = 160;

/** Whether only a colon (and spaces) stands between the label and the number at `start`. */
export function afterFieldColon(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && code(text, k) === 0x20) k--;
  return code(text, k) === 0x3a || code(text, k) === 0xff1a;
}

/** Whether `[start, end)` is the whole value of a `Label: value` line. */
export function isFieldValue(text: string, start: number, end: number): boolean {
  if (!afterFieldColon(text, start)) return false;
  let k = end;
  while (k < text.length && code(text, k) === 0x20) k++;
  return k >= text.length || isNewlineCode(code(text, k));
}

/** `% change from previous year: 18`: a field whose label opens with a percent sign states a percentage. */
export function percentField(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k > start - MAX_LABEL && !isNewlineCode(code(text, k))) k--;
  let s = k + 1;
  while (code(text, s) === 0x20) s++;
  return code(text, s) === 0x25;
}

/** `Gross global Scope 1 emissions (metric tons CO2e): 12,345`, `Revenue [RMB million]: 86`: the unit a field's label states in brackets at its end. */
export function fieldLabelSpec(text: string, start: number): UnitSpec | null {
  let k = start - 1;
  while (k >= 0 && code(text, k) === 0x20) k--;
  // k: the colon; the label's brackets close just before it
  let close = k - 1;
  while (close >= 0 && code(text, close) === 0x20) close--;
  const closing = code(text, close);
  const opener = closing === 0x29 ? '(' : closing === 0xff09 ? '（' : closing === 0x5d ? '[' : null;
  if (opener === null) return null;
  const from = Math.max(0, close - MAX_BRACKETED);
  const open = text.lastIndexOf(opener, close);
  if (open < from || text.slice(open, close).includes('\n')) return null;
  const inner = text.slice(open + 1, close);
  // `(Gross global combined Scope 1 and 2 emissions, metric tons CO2e)`: the unit after the last comma
  const comma = Math.max(inner.lastIndexOf(','), inner.lastIndexOf('，'));
  return specIn(inner) ?? (comma >= 0 ? specIn(inner.slice(comma + 1)) : null);
}
const MAX_BRACKETED = 80;

/**
 * `Financial highlights (SAR million)` over `- Revenue: 42,618`, `- Capital expenditure: 486`: the spec a
 * heading states in brackets at its end for the bullets of `Label: value` right under it, read from the
 * item holding the number at `start` up through the items above it (MAX_ITEMS at most).
 */
export function listHeadingSpec(text: string, start: number): UnitSpec | null {
  let ls = lineStartWithin(text, start, MAX_LABEL);
  if (ls <= 0 || !LIST_ITEM_TO_VALUE.test(text.slice(ls, start))) return null;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const above = lineStartWithin(text, ls - 1, MAX_LABEL);
    if (above < 0) return null;
    const line = text.slice(above, ls - 1);
    if (!LIST_ITEM_LINE.test(line)) {
      const heading = HEADING_BRACKETS.exec(line);
      return heading ? specIn(heading[1]!) : null;
    }
    if (above === 0) return null;
    ls = above;
  }
  return null;
}
const MAX_ITEMS = 12;
/** A bullet, its label and colon, up to the value. */
const LIST_ITEM_TO_VALUE = /^[ \t]*[-–•·*][ \t]+[^:：\n]{1,80}[:：][ \t]*$/;
/** A line of a bullet's `Label: value`. */
const LIST_ITEM_LINE = /^[ \t]*[-–•·*][ \t]+[^:：\n]{1,80}[:：][ \t]*\S/;
/** A heading's words, then what it states in brackets at its end (a colon after them at most). */
const HEADING_BRACKETS = /^[^\n:：()（）]{1,60}([(（][^()（）\n]{1,30}[)）])[ \t]*[:：]?[ \t]*$/;
