/**
 * Painting one page, outside React: the canvas at the device pixel ratio, then pdf.js's text layer
 * (transparent spans over the glyphs, for selecting and copying). Both stop when `signal` aborts.
 * Each render paints a fresh canvas that the caller swaps in when done, so a zoom or a page change
 * never shows a cleared canvas.
 */
import { TextLayer } from 'pdfjs-dist';
import type { PDFPageProxy } from 'pdfjs-dist';
import { canvasSize } from './geometry';
import { mergeTextRuns } from './text-runs';
import type { CanvasSize } from './geometry';

export const PAGE_RENDER_MEASURE = 'tickmark:pdf-page-render';
export const TEXT_LAYER_MEASURE = 'tickmark:pdf-text-layer';

export interface PaintedPage {
  canvas: HTMLCanvasElement;
  size: CanvasSize;
}

/** Paint `page` at `zoom` into a new canvas (not yet in the document). Rejects when aborted. */
export async function paintCanvas(page: PDFPageProxy, zoom: number, dpr: number, signal: AbortSignal): Promise<PaintedPage> {
  const unscaled = page.getViewport({ scale: 1 });
  const size = canvasSize(unscaled.width, unscaled.height, zoom, dpr);
  const canvas = document.createElement('canvas');
  canvas.width = size.pixelWidth;
  canvas.height = size.pixelHeight;
  const task = page.render({
    canvas,
    viewport: page.getViewport({ scale: zoom }),
    transform: [size.scaleX, 0, 0, size.scaleY, 0, 0],
  });
  const cancel = () => task.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    await task.promise;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  signal.throwIfAborted();
  return { canvas, size };
}

/**
 * Fill `container` with the page's text layer; `data-state` on it says when it is complete. The
 * container must carry `--total-scale-factor` (zoom × user unit) for pdf.js's CSS; see `pdf-page.css`.
 */
export async function paintTextLayer(page: PDFPageProxy, zoom: number, container: HTMLElement, signal: AbortSignal): Promise<void> {
  container.replaceChildren();
  container.dataset.state = 'loading';
  const content = await page.getTextContent({ disableNormalization: true });
  signal.throwIfAborted();
  const items = mergeTextRuns(content.items.filter((item) => 'str' in item), content.styles);
  const layer = new TextLayer({
    textContentSource: { ...content, items },
    container,
    viewport: page.getViewport({ scale: zoom }),
  });
  const cancel = () => layer.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    await layer.render();
    container.dataset.state = 'rendered';
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  keepSelectionsLocal(container, signal);
}

/**
 * pdf.js's viewer trick, simplified: while the mouse is down, an element covering the layer
 * under the spans catches drags through the gaps between lines, so a selection does not jump to
 * the start of the page's text. Listeners go when `signal` aborts (the next paint or unmount).
 */
function keepSelectionsLocal(container: HTMLElement, signal: AbortSignal): void {
  const end = document.createElement('div');
  end.className = 'endOfContent';
  container.append(end);
  container.addEventListener('pointerdown', () => container.classList.add('selecting'), { signal });
  const stop = () => container.classList.remove('selecting');
  document.addEventListener('pointerup', stop, { signal });
  window.addEventListener('blur', stop, { signal });
}

/** Whether `error` is pdf.js (or us) giving up on a render on purpose rather than failing. */
export function isCancellation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'RenderingCancelledException' || error.name === 'AbortException' || error.name === 'AbortError';
}
