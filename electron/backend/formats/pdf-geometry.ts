/**
 * The geometry a PDF page's text is laid out in: runs as pdf.js placed them, line fragments,
 * blocks. Coordinates are page units with the origin at the top left (y grows downward).
 */

/** A piece of text pdf.js placed on the page, with its horizontal extent and vertical metrics. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in page units. */
  size: number;
}

/** Runs on one baseline with no wide gap between them: a line of one column, or one table cell. */
export interface Fragment extends Omit<TextRun, 'text'> {
  /** Indices into the page's runs, left to right. */
  runs: number[];
}

/** A paragraph (lines of one fragment each) or a table (lines of several cells). */
export interface Block {
  lines: Fragment[][];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Baselines closer than this (in font sizes) are one row. */
export const SAME_BASELINE = 0.35;

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/** Whether two boxes share more than `share` of the narrower one's width. */
export function overlapsX(a: { x0: number; x1: number }, b: { x0: number; x1: number }, share = 0): boolean {
  const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  return overlap > share * Math.min(a.x1 - a.x0, b.x1 - b.x0) && overlap > 0;
}
