import Papa from 'papaparse';

/**
 * The CSV dialect of every Tickmark export: UTF-8 with a byte-order mark (Excel shows Chinese only
 * then), CRLF rows, numbers as numbers, and text cells a spreadsheet would run as formulas
 * neutralised with a leading apostrophe.
 */

/** Excel reads a CSV as UTF-8 only when it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';

/**
 * A spreadsheet would run a text cell starting with one of these as a formula; such cells get a
 * leading apostrophe. Papaparse's `escapeFormulae: true` misses a leading line feed, hence our own.
 * A leading apostrophe is escaped too, so reading the file back can undo every escape exactly.
 */
const FORMULA_START = /^[=+\-@\t\r\n']/;

export type CsvCell = string | number | undefined;

/** Rows as CSV text (with the header when `fields` is given first), each row ending in CRLF. */
export function csvText(fields: readonly string[] | null, rows: readonly (readonly CsvCell[])[]): string {
  // Papaparse writes an undefined cell as an empty one.
  const data = rows as CsvCell[][];
  const body = fields
    ? Papa.unparse({ fields: [...fields], data }, { escapeFormulae: FORMULA_START, newline: '\r\n' })
    : Papa.unparse(data, { escapeFormulae: FORMULA_START, newline: '\r\n' });
  return body === '' || body.endsWith('\r\n') ? body : `${body}\r\n`;
}

/** A text cell as it was before it was neutralised. */
export const unescapeCell = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

/** Text decoded from a file that should be a CSV in UTF-8; null when it is not UTF-8 at all. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}
