import type { TextRun } from '../formats/pdf-geometry';
import type { OcrLine, Point } from './types';

/**
 * Recognised lines as the text runs a PDF's text layer gives (pdf-geometry.ts), in page units with
 * the origin at the top left: the page's layout, reading order, glyph boxes and highlights then
 * work on a scan as on any PDF. One run per word, a blank run between two words.
 */

/** Image pixels to page units: [a, b, c, d, e, f], x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type ImageToPage = readonly [number, number, number, number, number, number];

/** The font size, as a share of a line box's height (the detector's box has some margin around the ink). */
const SIZE_OF_BOX = 0.75;
/** The baseline, as a share of the line box's height from its top. */
const BASELINE_OF_BOX = 0.75;

export interface OcrRuns {
  runs: TextRun[];
  /** Each run's recognition confidence (1 for the blank runs between words). */
  confidences: number[];
}

export function ocrRuns(lines: readonly OcrLine[], toPage: ImageToPage): OcrRuns {
  const runs: TextRun[] = [];
  const confidences: number[] = [];
  const map = ([x, y]: Point): Point => [toPage[0] * x + toPage[2] * y + toPage[4], toPage[1] * x + toPage[3] * y + toPage[5]];
  for (const line of lines) {
    const [tl, tr, br, bl] = line.quad.map(map) as [Point, Point, Point, Point];
    const height = (Math.hypot(bl[0] - tl[0], bl[1] - tl[1]) + Math.hypot(br[0] - tr[0], br[1] - tr[1])) / 2;
    const size = height * SIZE_OF_BOX;
    // One baseline for the line, where it starts: a skewed line stays one row of the layout.
    const baseline = tl[1] + (bl[1] - tl[1]) * BASELINE_OF_BOX;
    const along = (from: Point, to: Point, share: number): Point => [from[0] + (to[0] - from[0]) * share, from[1] + (to[1] - from[1]) * share];
    let previous: TextRun | undefined;
    for (const word of line.words) {
      const corners = [along(tl, tr, word.from), along(tl, tr, word.to), along(bl, br, word.from), along(bl, br, word.to)];
      const xs = corners.map(([x]) => x);
      const ys = corners.map(([, y]) => y);
      const run: TextRun = { text: word.text, x0: Math.min(...xs), x1: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys), baseline, size };
      if (previous !== undefined) {
        runs.push({ ...run, text: ' ', x0: previous.x1, x1: Math.max(previous.x1, run.x0) });
        confidences.push(1);
      }
      runs.push(run);
      confidences.push(word.confidence);
      previous = run;
    }
  }
  return { runs, confidences };
}
