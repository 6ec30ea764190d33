import { rowIndent, type Row } from './table-blocks';

// The years a table's header row gives its columns (`Product   2024   2023   Change (%)`), as the rules that
// compare a table's years read them.

/** A year a column's heading names: `2023`, `FY2023`, `2023年`. */
const YEAR = /(?:19|20)\d{2}/;

/** The block's header row that heads two columns or more with a year; `year` the pattern a heading's year is found by. */
export const yearHeaderRow = (block: readonly Row[], year: RegExp = YEAR): Row | undefined =>
  block.find((r) => r.header && r.texts.filter((t) => year.test(t)).length >= 2);

/** Each heading's year (the first it names), undefined for a heading of none (`Change (%)`). */
export const headingYears = (texts: readonly string[]): Array<number | undefined> => texts.map((t) => Number(YEAR.exec(t)?.[0] ?? NaN) || undefined);

/** The years heading the block's columns (by cell index), from its header row of years as wide as its rows of `width` cells. */
export function columnYears(block: readonly Row[], width: number): Array<number | undefined> | undefined {
  const header = yearHeaderRow(block);
  if (!header) return undefined;
  const years = headingYears(header.texts);
  // a header without a cell over the labels (`      2023   2022   Change`) sits one to the right
  return years.length === width ? years : years.length === width - 1 ? [undefined, ...years] : undefined;
}

/**
 * Whether a header row leaves its rows' label column blank, its first heading over their first cells: one heading fewer
 * than its rows' `width` cells, its line set in (`                 Unit        2024        2023` over `Revenue   RMB million
 * 1,083.9   999.3`, `            单位     2024年     2023年` over a key performance table's rows).
 */
export const overBlankLabels = (text: string, header: Row, width: number): boolean => header.texts.length === width - 1 && rowIndent(text, header) >= 2;
