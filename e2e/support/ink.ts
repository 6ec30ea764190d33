/**
 * Does a highlight sit on the figure's rendered glyphs? Measured on the page's canvas pixels, not
 * taken from pdf.js's coordinates (text positions drift on CJK text and full-width punctuation).
 *
 *   const m = await measureHighlightInk(page.getByTestId('pdf-page-canvas'), page.getByTestId('pdf-highlight').first());
 *   expect(sitsOnGlyphs(m).problems).toEqual([]);
 *
 *   highlightRectOnCanvas(canvas, highlight) → PixelRect   the highlight element in canvas pixels
 *   readInk(canvas, rect, reach?)            → InkSample   ink bitmap of `rect` grown by `reach` px
 *   measureInk(sample, rect, options?)       → InkMeasure  pure; what the box covers, what it misses
 *   sitsOnGlyphs(measure, criteria?)         → { ok, problems }
 *   textUnderHighlight(highlight)            → string      the text-layer characters inside the box
 *
 * "Ink" is a pixel darker than `threshold` (luminance 0–255) on pdf.js's white page. The glyph
 * extent is grown from the ink inside the box through adjacent inked rows (columns) only, so the
 * next line or the next word, separated by blank rows (columns), does not count as the figure's.
 */
import type { Locator } from '@playwright/test';

/** A rectangle in canvas backing-store pixels. */
export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Ink flags (1 = ink) for a region of the canvas, row-major. */
export interface InkSample {
  region: PixelRect;
  ink: Uint8Array;
}

export interface InkMeasure {
  /** Fractions (0–1) of the box's rows / columns holding ink inside the box. */
  rowsWithInk: number;
  columnsWithInk: number;
  /** Fractions of a band `margin` px deep just above+below / left+right of the box holding ink. */
  marginRowsWithInk: number;
  marginColumnsWithInk: number;
  /** The glyphs the box touches, grown through adjacent ink; null when the box holds no ink. */
  glyphs: PixelRect | null;
  /** Box edge minus glyph edge in canvas px (negative top = box starts above the ink). */
  drift: { top: number; bottom: number; left: number; right: number } | null;
  /** Share of the glyphs' extent inside the box, per axis: below 1, the box cuts glyphs off. */
  glyphsCovered: { vertical: number; horizontal: number };
  /** Share of the box's extent the glyphs fill, per axis: low, the box sits mostly on paper. */
  boxFilled: { vertical: number; horizontal: number };
}

export interface InkOptions {
  /** Luminance below which a pixel is ink. Default 160. */
  threshold?: number;
  /** Depth of the margin bands in px. Default a quarter of the box height, at least 2. */
  margin?: number;
}

/** The highlight element's rectangle on the canvas, in canvas pixels, rounded outwards. */
export async function highlightRectOnCanvas(canvas: Locator, highlight: Locator): Promise<PixelRect> {
  const c = await canvas.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const el = element as HTMLCanvasElement;
    return { left: r.left, top: r.top, sx: el.width / r.width, sy: el.height / r.height };
  });
  const h = await highlight.evaluate((element) => {
    const r = element.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  const left = Math.floor((h.left - c.left) * c.sx);
  const top = Math.floor((h.top - c.top) * c.sy);
  return { left, top, width: Math.ceil((h.right - c.left) * c.sx) - left, height: Math.ceil((h.bottom - c.top) * c.sy) - top };
}

/** Ink flags for `rect` grown by `reach` px on each side (default: the box height), clipped to the canvas. */
export async function readInk(canvas: Locator, rect: PixelRect, reach = Math.max(8, rect.height), threshold = 160): Promise<InkSample> {
  const read = await canvas.evaluate(
    (element, { rect, reach, threshold }) => {
      const el = element as HTMLCanvasElement;
      const left = Math.max(0, rect.left - reach);
      const top = Math.max(0, rect.top - reach);
      const right = Math.min(el.width, rect.left + rect.width + reach);
      const bottom = Math.min(el.height, rect.top + rect.height + reach);
      const width = Math.max(0, right - left);
      const height = Math.max(0, bottom - top);
      const context = el.getContext('2d');
      if (!context || width === 0 || height === 0) return { region: { left, top, width: 0, height: 0 }, ink: '' };
      const { data } = context.getImageData(left, top, width, height);
      let ink = '';
      for (let i = 0; i < data.length; i += 4) {
        // Transparent pixels are the page's background.
        const luminance = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
        ink += data[i + 3]! > 127 && luminance < threshold ? '1' : '0';
      }
      return { region: { left, top, width, height }, ink };
    },
    { rect, reach, threshold },
  );
  return { region: read.region, ink: Uint8Array.from(read.ink, (flag) => (flag === '1' ? 1 : 0)) };
}

/** How `rect` sits on the ink in `sample` (which must contain `rect`; see `readInk`). */
export function measureInk(sample: InkSample, rect: PixelRect, options: InkOptions = {}): InkMeasure {
  const { region, ink } = sample;
  const margin = options.margin ?? Math.max(2, Math.round(rect.height / 4));
  // Box edges in sample coordinates, clipped to the sample.
  const x0 = Math.max(0, rect.left - region.left);
  const y0 = Math.max(0, rect.top - region.top);
  const x1 = Math.min(region.width, rect.left + rect.width - region.left);
  const y1 = Math.min(region.height, rect.top + rect.height - region.top);
  const at = (x: number, y: number) => ink[y * region.width + x] === 1;
  const rowHasInk = (y: number, from: number, to: number) => {
    for (let x = Math.max(0, from); x < Math.min(region.width, to); x++) if (at(x, y)) return true;
    return false;
  };
  const columnHasInk = (x: number, from: number, to: number) => {
    for (let y = Math.max(0, from); y < Math.min(region.height, to); y++) if (at(x, y)) return true;
    return false;
  };
  const fraction = (count: number, of: number) => (of > 0 ? count / of : 0);

  const inkedRows: number[] = [];
  for (let y = y0; y < y1; y++) if (rowHasInk(y, x0, x1)) inkedRows.push(y);
  const inkedColumns: number[] = [];
  for (let x = x0; x < x1; x++) if (columnHasInk(x, y0, y1)) inkedColumns.push(x);

  let marginRows = 0;
  let marginRowsInked = 0;
  for (const y of [...range(y0 - margin, y0), ...range(y1, y1 + margin)]) {
    if (y < 0 || y >= region.height) continue;
    marginRows++;
    if (rowHasInk(y, x0, x1)) marginRowsInked++;
  }
  let marginColumns = 0;
  let marginColumnsInked = 0;
  for (const x of [...range(x0 - margin, x0), ...range(x1, x1 + margin)]) {
    if (x < 0 || x >= region.width) continue;
    marginColumns++;
    if (columnHasInk(x, y0, y1)) marginColumnsInked++;
  }

  const base = {
    rowsWithInk: fraction(inkedRows.length, y1 - y0),
    columnsWithInk: fraction(inkedColumns.length, x1 - x0),
    marginRowsWithInk: fraction(marginRowsInked, marginRows),
    marginColumnsWithInk: fraction(marginColumnsInked, marginColumns),
  };
  if (inkedRows.length === 0 || inkedColumns.length === 0) {
    return { ...base, glyphs: null, drift: null, glyphsCovered: { vertical: 0, horizontal: 0 }, boxFilled: { vertical: 0, horizontal: 0 } };
  }
  // Grow the ink found inside the box outwards while the next row (column) still holds ink.
  let top = inkedRows[0]!;
  while (top > 0 && rowHasInk(top - 1, x0, x1)) top--;
  let bottom = inkedRows[inkedRows.length - 1]! + 1;
  while (bottom < region.height && rowHasInk(bottom, x0, x1)) bottom++;
  let left = inkedColumns[0]!;
  while (left > 0 && columnHasInk(left - 1, top, bottom)) left--;
  let right = inkedColumns[inkedColumns.length - 1]! + 1;
  while (right < region.width && columnHasInk(right, top, bottom)) right++;

  const glyphs = { left: left + region.left, top: top + region.top, width: right - left, height: bottom - top };
  const shared = {
    vertical: common(rect.top, rect.top + rect.height, glyphs.top, glyphs.top + glyphs.height),
    horizontal: common(rect.left, rect.left + rect.width, glyphs.left, glyphs.left + glyphs.width),
  };
  return {
    ...base,
    glyphs,
    drift: {
      top: rect.top - glyphs.top,
      bottom: rect.top + rect.height - (glyphs.top + glyphs.height),
      left: rect.left - glyphs.left,
      right: rect.left + rect.width - (glyphs.left + glyphs.width),
    },
    glyphsCovered: { vertical: shared.vertical / glyphs.height, horizontal: shared.horizontal / glyphs.width },
    boxFilled: { vertical: shared.vertical / Math.max(1, rect.height), horizontal: shared.horizontal / Math.max(1, rect.width) },
  };
}

export interface GlyphCriteria {
  minRowsWithInk: number;
  minColumnsWithInk: number;
  /** Per axis: how much of the glyphs the box must hold. */
  minGlyphsCovered: number;
  /** Vertically: how much of the box the glyphs must fill (x-height Latin fills half an em box). */
  minFilledVertically: number;
  minFilledHorizontally: number;
}

/**
 * Calibrated on the fixtures at zoom 1–2: boxes from pdf.js text positions ([baseline − font size,
 * baseline]) pass for CJK, digits and Latin words; a box a line off or half a word off fails.
 * Boxes holding only punctuation (`，`, `“`) fail by nature: their ink is a fraction of the em box.
 */
export const DEFAULT_GLYPH_CRITERIA: GlyphCriteria = {
  minRowsWithInk: 0.4,
  minColumnsWithInk: 0.3,
  minGlyphsCovered: 0.75,
  minFilledVertically: 0.4,
  minFilledHorizontally: 0.6,
};

export function sitsOnGlyphs(measure: InkMeasure, criteria: Partial<GlyphCriteria> = {}): { ok: boolean; problems: string[] } {
  const c = { ...DEFAULT_GLYPH_CRITERIA, ...criteria };
  const problems: string[] = [];
  const check = (value: number, min: number, what: string) => {
    if (!(value >= min)) problems.push(`${what} ${value.toFixed(2)} < ${min}`);
  };
  check(measure.rowsWithInk, c.minRowsWithInk, 'rows with ink');
  check(measure.columnsWithInk, c.minColumnsWithInk, 'columns with ink');
  check(measure.glyphsCovered.vertical, c.minGlyphsCovered, 'glyph height inside the box');
  check(measure.glyphsCovered.horizontal, c.minGlyphsCovered, 'glyph width inside the box');
  check(measure.boxFilled.vertical, c.minFilledVertically, 'box height filled by glyphs');
  check(measure.boxFilled.horizontal, c.minFilledHorizontally, 'box width filled by glyphs');
  return { ok: problems.length === 0, problems };
}

/** `highlightRectOnCanvas` → `readInk` → `measureInk` in one call. */
export async function measureHighlightInk(canvas: Locator, highlight: Locator, options: InkOptions = {}): Promise<InkMeasure> {
  const rect = await highlightRectOnCanvas(canvas, highlight);
  const sample = await readInk(canvas, rect, undefined, options.threshold);
  return measureInk(sample, rect, options);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Length of the overlap of `[a0, a1)` and `[b0, b1)`. */
function common(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * The text-layer characters whose centres lie inside the highlight, in page order: a check that
 * the box is on the figure's own text, not merely on some text. Wait for
 * `.textLayer[data-state=rendered]` first.
 */
export async function textUnderHighlight(highlight: Locator): Promise<string> {
  return highlight.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const layer = element.closest('.tm-pdf-page')?.querySelector('.textLayer');
    if (!layer) return '';
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) text += value[i];
      }
    }
    return text;
  });
}
