import type { GreyImage, Quad } from './types';

/**
 * A text line cut out of the page straightened and scaled to the recogniser's height, by sampling
 * the page along the line's quad (bilinear), so a skewed scan reads as a level line.
 */

/** The recogniser's input height, in pixels (PaddleOCR v4). */
export const LINE_HEIGHT = 48;
/** Lines are cut off at this width (some 60 characters of Latin text per 1,000 pixels). */
export const MAX_LINE_WIDTH = 2400;

/** A straightened line: `width` × LINE_HEIGHT grey pixels. */
export type LineImage = GreyImage;

export function lineImage(page: GreyImage, quad: Quad): LineImage {
  const [tl, tr, , bl] = quad;
  const along = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
  const across = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
  const width = Math.max(1, Math.min(MAX_LINE_WIDTH, Math.round((along / Math.max(across, 1)) * LINE_HEIGHT)));
  const data = new Uint8Array(width * LINE_HEIGHT);
  const [ax, ay] = [(tr[0] - tl[0]) / width, (tr[1] - tl[1]) / width];
  const [dx, dy] = [(bl[0] - tl[0]) / LINE_HEIGHT, (bl[1] - tl[1]) / LINE_HEIGHT];
  for (let row = 0; row < LINE_HEIGHT; row++) {
    for (let column = 0; column < width; column++) {
      const x = tl[0] + (column + 0.5) * ax + (row + 0.5) * dx - 0.5;
      const y = tl[1] + (column + 0.5) * ay + (row + 0.5) * dy - 0.5;
      data[row * width + column] = sample(page, x, y);
    }
  }
  return { data, width, height: LINE_HEIGHT };
}

/** Bilinear lightness at (x, y), the page's edge repeated beyond it. */
function sample(page: GreyImage, x: number, y: number): number {
  const x0 = Math.min(page.width - 1, Math.max(0, Math.floor(x)));
  const y0 = Math.min(page.height - 1, Math.max(0, Math.floor(y)));
  const x1 = Math.min(page.width - 1, x0 + 1);
  const y1 = Math.min(page.height - 1, y0 + 1);
  const fx = Math.min(1, Math.max(0, x - x0));
  const fy = Math.min(1, Math.max(0, y - y0));
  const { data, width } = page;
  const top = data[y0 * width + x0]! * (1 - fx) + data[y0 * width + x1]! * fx;
  const bottom = data[y1 * width + x0]! * (1 - fx) + data[y1 * width + x1]! * fx;
  return Math.round(top * (1 - fy) + bottom * fy);
}

/**
 * The blank stretches of a line (no ink from top to bottom) at least `minWidth` pixels wide, as
 * shares of its width: where the page shows a space between words, whatever the recogniser read.
 */
export function blankStretches(line: LineImage, minWidth: number): { from: number; to: number }[] {
  const { data, width, height } = line;
  let darkest = 255;
  let lightest = 0;
  for (const value of data) {
    if (value < darkest) darkest = value;
    if (value > lightest) lightest = value;
  }
  const ink = (darkest + lightest) / 2;
  const stretches: { from: number; to: number }[] = [];
  let start = -1;
  for (let column = 0; column <= width; column++) {
    let inked = 0;
    if (column < width) for (let row = 0; row < height; row++) if (data[row * width + column]! < ink) inked++;
    // One or two dark pixels in a column are scanner noise, not a stroke.
    const blank = column < width && inked <= 2;
    if (blank && start < 0) start = column;
    if (!blank && start >= 0) {
      if (column - start >= minWidth && start > 0 && column < width) stretches.push({ from: start / width, to: column / width });
      start = -1;
    }
  }
  return stretches;
}
