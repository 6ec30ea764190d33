/**
 * What a CSV cell stands for, so that a trail opened in a spreadsheet and saved again with no edit
 * still verifies. Spreadsheets rewrite numbers as they display them: `4300` may come back as
 * `4,300` or `4.3E+03`, `90%` as `90.00%`, `007` as `7`. The hashed form therefore holds every
 * number-like cell as the number it stands for, and a time as its instant; everything else is text
 * as written. A change that keeps the value (`90%` → `90.0%`) is not a change of what was recorded.
 */

/** A number as spreadsheets write it: sign, digits with optional thousands separators, decimals, exponent, percent. */
const NUMBER_LIKE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
/** An ISO 8601 instant as Tickmark records it (`2026-11-29T14:27:31.123Z`). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An instant exactly as `Date.prototype.toISOString` writes it, which needs no parsing to compare. */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Numbers and times start with a digit, a sign or a decimal point (tested by character code: this runs on every cell of 100 000-row trails). */
function mayBeNumberOrTime(field: string): boolean {
  const code = field.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}

/** Both instant forms have a `-` after the year. */
const mayBeInstant = (field: string): boolean => field.charCodeAt(4) === 0x2d;

export type CellValue = string | number | null;

/** The value a recorded field or a CSV cell stands for; empty and absent are the same. */
export function cellValue(field: string | number | undefined | null): CellValue {
  if (field === undefined || field === null || field === '') return null;
  if (typeof field === 'number') return Number.isFinite(field) ? field : String(field);
  if (!mayBeNumberOrTime(field)) return field; // most cells: names, ids, words
  if (/\d/.test(field) && NUMBER_LIKE.test(field)) {
    const percent = field.endsWith('%');
    const number = Number(field.replace(/[,%]/g, ''));
    if (Number.isFinite(number)) return percent ? `${number}%` : number;
  }
  if (!mayBeInstant(field)) return field; // a hash that starts with a digit, a note that starts with a number
  if (CANONICAL_INSTANT.test(field)) return field; // already as toISOString() writes it
  if (ISO_INSTANT.test(field)) {
    const instant = Date.parse(field);
    if (Number.isFinite(instant)) return new Date(instant).toISOString();
  }
  return field;
}
