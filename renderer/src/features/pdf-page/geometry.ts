/**
 * Page geometry for the PDF source view, pure and DOM-free.
 *
 * Coordinates: a `PageBox` is in PDF units at scale 1 with the origin at the page's top left, i.e.
 * pdf.js viewport space at scale 1 (`page.getViewport({ scale: 1 })`). At a zoom `z` a CSS pixel
 * rectangle is the box times `z`; the canvas backing store adds the device pixel ratio on top.
 *
 *   boxToCssRect(box, zoom, pad?)       PageBox → CSS pixels on the page element
 *   cssToCanvasRect(rect, scaleX, scaleY) CSS pixels → canvas pixels, rounded outwards
 *   canvasSize(width, height, zoom, dpr, maxPixels?) backing-store size, capped in area
 *   fitWidthZoom, clampZoom, stepZoom   the zoom controls
 *   scrollToCenter, clampPage
 */
import type { PageBox } from '../../../../shared/domain/figure';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 5;
/** The +/− buttons walk these; a zoom in between (fit width) goes to the next one in that direction. */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5] as const;
/**
 * pdf.js's own default cap (PDFViewer `maxCanvasPixels`): beyond it a render gets slow and memory
 * heavy for no visible gain, so the backing store is scaled down and the canvas stretched by CSS.
 */
export const MAX_CANVAS_PIXELS = 2 ** 25;

/** `box` in CSS pixels at `zoom`, grown by `pad` CSS pixels on every side so the outline clears the ink. */
export function boxToCssRect(box: PageBox, zoom: number, pad = 0): Rect {
  return {
    left: box.x * zoom - pad,
    top: box.y * zoom - pad,
    width: box.width * zoom + 2 * pad,
    height: box.height * zoom + 2 * pad,
  };
}

/** A CSS rectangle in canvas backing-store pixels; rounded outwards so it never loses a pixel row. */
export function cssToCanvasRect(rect: Rect, scaleX: number, scaleY: number): Rect {
  const left = Math.floor(rect.left * scaleX);
  const top = Math.floor(rect.top * scaleY);
  const right = Math.ceil((rect.left + rect.width) * scaleX);
  const bottom = Math.ceil((rect.top + rect.height) * scaleY);
  return { left, top, width: right - left, height: bottom - top };
}

export interface CanvasSize {
  /** The page element's size in CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** The canvas backing store in device pixels. */
  pixelWidth: number;
  pixelHeight: number;
  /** Device pixels per CSS pixel actually used on each axis (dpr, or less when capped). */
  scaleX: number;
  scaleY: number;
}

/** The canvas for a page of `width`×`height` PDF units at `zoom` on a screen of `dpr`. */
export function canvasSize(width: number, height: number, zoom: number, dpr: number, maxPixels = MAX_CANVAS_PIXELS): CanvasSize {
  const cssWidth = width * zoom;
  const cssHeight = height * zoom;
  let ratio = dpr > 0 ? dpr : 1;
  const area = cssWidth * cssHeight * ratio * ratio;
  if (area > maxPixels) ratio *= Math.sqrt(maxPixels / area);
  const pixelWidth = Math.max(1, Math.floor(cssWidth * ratio));
  const pixelHeight = Math.max(1, Math.floor(cssHeight * ratio));
  return { cssWidth, cssHeight, pixelWidth, pixelHeight, scaleX: pixelWidth / cssWidth, scaleY: pixelHeight / cssHeight };
}

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The zoom at which a page `pageWidth` units wide fills `containerWidth` CSS pixels less `gutter` on each side. */
export function fitWidthZoom(containerWidth: number, pageWidth: number, gutter = 0): number {
  if (pageWidth <= 0 || containerWidth <= 2 * gutter) return 1;
  return clampZoom((containerWidth - 2 * gutter) / pageWidth);
}

/** The next zoom step from `zoom` in `direction`; stays put at either end. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const epsilon = 1e-6;
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom + epsilon) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - epsilon) ?? MIN_ZOOM;
}

/**
 * The scroll offset that centres `target` (in the scrolled content's coordinates) in a viewport of
 * `viewWidth`×`viewHeight`; never negative (the browser clamps the far end itself).
 */
export function scrollToCenter(target: Rect, viewWidth: number, viewHeight: number): { left: number; top: number } {
  return {
    left: Math.max(0, Math.round(target.left + target.width / 2 - viewWidth / 2)),
    top: Math.max(0, Math.round(target.top + target.height / 2 - viewHeight / 2)),
  };
}

/** A page number the document has: whole, within `[1, pageCount]`. */
export function clampPage(page: number, pageCount: number): number {
  if (!Number.isFinite(page) || pageCount < 1) return 1;
  return Math.min(pageCount, Math.max(1, Math.round(page)));
}
