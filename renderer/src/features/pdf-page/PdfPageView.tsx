/**
 * PdfPageView: one page of a stored PDF with a figure's boxes highlighted, scrolled into view.
 *
 *   <PdfPageView documentId={report.id} bytes={pdfBytes} page={figure.page} boxes={figure.boxes} />
 *
 * Props
 *   documentId    the report's id; pdf.js documents are cached by it, so it must change with the bytes
 *   bytes         the original PDF (not detached: pdf.js gets a copy)
 *   page          the figure's 1-based page; a new figure (page or boxes) brings the view back to it
 *   boxes         the figure's boxes in pdf.js viewport units at scale 1, origin top left (PageBox)
 *   zoom          initial zoom: a factor (1 = 72 dpi CSS pixels) or 'fit-width' (the default)
 *   onPageChange  called when the auditor moves to another page (buttons, number, PageUp/PageDown)
 *   password      for an encrypted PDF, the password the import used
 *   onPainted     called with the page number each time a page's canvas is painted
 *   textLayer     selectable text over the canvas (default true)
 *
 * DOM hooks for tests: the root has `data-state` (loading | rendered | error), `data-page` and
 * `data-zoom`; the canvas is `[data-testid=pdf-page-canvas]`, each highlight
 * `[data-testid=pdf-highlight]` (exactly the box, the outline is drawn outside it), the text layer
 * `.textLayer` with `data-state=rendered` once its spans are placed. Every finished
 * canvas paint records a User Timing measure `tickmark:pdf-page-render` from the request to the
 * painted canvas (detail: documentId, page, zoom, pixel size), then `tickmark:pdf-text-layer`.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageBox } from '../../../../shared/domain/figure';
import { boxToCssRect, clampPage, clampZoom, fitWidthZoom, scrollToCenter, stepZoom } from './geometry';
import { useDevicePixelRatio, useElementWidth, usePdfDocument } from './hooks';
import { errorText } from '../../i18n/error-text';
import { beginPaint, getPage } from './pdf-document';
import { PageToolbar } from './PageToolbar';
import { PAGE_RENDER_MEASURE, TEXT_LAYER_MEASURE, isCancellation, paintCanvas, paintTextLayer } from './render-page';
import './pdf-page.css';

export type ZoomSetting = number | 'fit-width';

export interface PdfPageViewProps {
  documentId: string;
  bytes: Uint8Array;
  page: number;
  boxes?: readonly PageBox[];
  zoom?: ZoomSetting;
  onPageChange?: (page: number) => void;
  password?: string;
  textLayer?: boolean;
  onPainted?: (page: number) => void;
}

/** Space around the page inside the scroll area, in CSS pixels (matches `pdf-page.css`). */
const GUTTER = 12;
const NO_BOXES: readonly PageBox[] = [];

interface PageLayout {
  page: number;
  zoom: number;
  width: number;
  height: number;
  /** pdf.js's `--total-scale-factor`: zoom × the page's user unit. */
  scaleFactor: number;
}

/** `key` names the request a paint answered, so a canvas of the previous zoom never counts as done. */
type RenderState = { kind: 'loading' } | { kind: 'rendered'; key: string } | { kind: 'error'; message: string };

export function PdfPageView({
  documentId,
  bytes,
  page,
  boxes = NO_BOXES,
  zoom: zoomProp = 'fit-width',
  onPageChange,
  password,
  textLayer = true,
  onPainted,
}: PdfPageViewProps) {
  const { document: pdf, error: openError } = usePdfDocument(documentId, bytes, password);
  const pageCount = pdf?.numPages ?? 0;
  const { t } = useTranslation();

  // The auditor may page away from the figure; a new figure (or zoom prop) resets the view to it.
  const figureKey = `${documentId}|${page}|${boxes.map((b) => `${b.x},${b.y},${b.width},${b.height}`).join(';')}`;
  const [view, setView] = useState({ figureKey, page, zoomProp, zoom: zoomProp });
  let shownPage = view.page;
  let zoomSetting = view.zoom;
  if (view.figureKey !== figureKey || view.zoomProp !== zoomProp) {
    shownPage = view.figureKey !== figureKey ? page : view.page;
    zoomSetting = view.zoomProp !== zoomProp ? zoomProp : view.zoom;
    setView({ figureKey, page: shownPage, zoomProp, zoom: zoomSetting });
  }

  const scrollRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasHostRef = useRef<HTMLDivElement>(null);
  const textLayerRef = useRef<HTMLDivElement>(null);
  const containerWidth = useElementWidth(scrollRef);
  const dpr = useDevicePixelRatio();
  const [layout, setLayout] = useState<PageLayout | null>(null);
  const [renderState, setRenderState] = useState<RenderState>({ kind: 'loading' });
  // Read when a paint finishes, so that a new callback does not repaint the page.
  const onPaintedRef = useRef(onPainted);
  useLayoutEffect(() => {
    onPaintedRef.current = onPainted;
  });

  const fitWidth = zoomSetting === 'fit-width';
  const widthForFit = fitWidth ? containerWidth : 0;
  const requestKey = `${documentId}|${shownPage}|${zoomSetting}|${widthForFit}|${dpr}|${pdf ? 'open' : 'opening'}`;
  useEffect(() => {
    if (!pdf) {
      // Another document is opening: the old one's page must not stand in for it.
      canvasHostRef.current?.replaceChildren();
      textLayerRef.current?.replaceChildren();
      setLayout(null);
      return;
    }
    if (fitWidth && widthForFit === 0) return;
    const controller = new AbortController();
    const { signal } = controller;
    const start = performance.now();
    const pageNumber = clampPage(shownPage, pdf.numPages);
    setRenderState({ kind: 'loading' });
    const endPaint = beginPaint(pdf, pageNumber);
    (async () => {
      const pdfPage = await getPage(pdf, pageNumber);
      signal.throwIfAborted();
      const base = pdfPage.getViewport({ scale: 1 });
      const zoom = typeof zoomSetting === 'number' ? clampZoom(zoomSetting) : fitWidthZoom(widthForFit, base.width, GUTTER);
      // The page takes its new size at once; the previous canvas stretches until the new one is painted.
      setLayout({ page: pageNumber, zoom, width: base.width * zoom, height: base.height * zoom, scaleFactor: zoom * base.userUnit });
      const painted = await paintCanvas(pdfPage, zoom, dpr, signal);
      painted.canvas.className = 'tm-pdf-page__canvas';
      painted.canvas.dataset.testid = 'pdf-page-canvas';
      canvasHostRef.current?.replaceChildren(painted.canvas);
      performance.measure(PAGE_RENDER_MEASURE, {
        start,
        detail: { documentId, page: pageNumber, zoom, pixels: [painted.size.pixelWidth, painted.size.pixelHeight] },
      });
      setRenderState({ kind: 'rendered', key: requestKey });
      onPaintedRef.current?.(pageNumber);
      if (!textLayer || !textLayerRef.current) return;
      const textStart = performance.now();
      await paintTextLayer(pdfPage, zoom, textLayerRef.current, signal);
      performance.measure(TEXT_LAYER_MEASURE, { start: textStart, detail: { documentId, page: pageNumber } });
    })()
      .catch((error: unknown) => {
        if (signal.aborted || isCancellation(error)) return;
        setRenderState({ kind: 'error', message: errorText(error) });
      })
      .finally(endPaint);
    return () => controller.abort();
  }, [pdf, documentId, shownPage, fitWidth, widthForFit, zoomSetting, dpr, textLayer, requestKey]);

  const highlights = useMemo(
    () => (layout && layout.page === page ? boxes.map((box) => boxToCssRect(box, layout.zoom)) : []),
    [layout, page, boxes],
  );

  // Scroll once per figure and zoom to the figure's first box, once per other page to its top.
  const scrolledFor = useRef('');
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const pageElement = pageRef.current;
    if (!layout || !scroller || !pageElement) return;
    const target = highlights[0];
    const key = target ? `${figureKey}@${layout.zoom}` : `page ${layout.page}`;
    if (scrolledFor.current === key) return;
    scrolledFor.current = key;
    if (!target) {
      scroller.scrollTo({ top: 0 });
      return;
    }
    const inContent = { ...target, left: target.left + pageElement.offsetLeft, top: target.top + pageElement.offsetTop };
    scroller.scrollTo(scrollToCenter(inContent, scroller.clientWidth, scroller.clientHeight));
  }, [layout, highlights, figureKey]);

  const goToPage = useCallback(
    (next: number) => {
      if (pageCount === 0) return;
      const target = clampPage(next, pageCount);
      if (target === shownPage) return;
      setView((current) => ({ ...current, page: target }));
      onPageChange?.(target);
    },
    [pageCount, shownPage, onPageChange],
  );
  const stepZoomBy = useCallback(
    (direction: 1 | -1) => {
      const current = layout?.zoom ?? (typeof zoomSetting === 'number' ? zoomSetting : 1);
      setView((state) => ({ ...state, zoom: stepZoom(current, direction) }));
    },
    [layout, zoomSetting],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const inInput = event.target instanceof HTMLInputElement;
    if (event.key === 'PageUp') goToPage(shownPage - 1);
    else if (event.key === 'PageDown') goToPage(shownPage + 1);
    else if (!inInput && (event.key === '+' || event.key === '=')) stepZoomBy(1);
    else if (!inInput && event.key === '-') stepZoomBy(-1);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const error = openError
    ? t('pdf.openError', { reason: errorText(openError) })
    : renderState.kind === 'error'
      ? t('pdf.pageError', { reason: renderState.message })
      : null;
  const state = error ? 'error' : renderState.kind === 'rendered' && renderState.key === requestKey ? 'rendered' : 'loading';
  const pageStyle = layout
    ? ({ width: `${layout.width}px`, height: `${layout.height}px`, '--total-scale-factor': layout.scaleFactor } as CSSProperties)
    : undefined;

  return (
    <div className="tm-pdf-view" data-state={state} data-page={shownPage} data-zoom={layout?.zoom} onKeyDown={onKeyDown}>
      <PageToolbar
        page={shownPage}
        pageCount={pageCount}
        zoom={layout?.zoom ?? 1}
        fitWidth={fitWidth}
        onPage={goToPage}
        onZoomStep={stepZoomBy}
        onFitWidth={() => setView((current) => ({ ...current, zoom: 'fit-width' }))}
      />
      {error && (
        <p className="tm-pdf-view__error" role="alert">
          {error}
        </p>
      )}
      <div ref={scrollRef} className="tm-pdf-view__scroll" tabIndex={0} aria-label={t('pdf.pageLabel', { page: shownPage, count: pageCount })}>
        <div ref={pageRef} className="tm-pdf-page" style={pageStyle}>
          <div ref={canvasHostRef} className="tm-pdf-page__canvas-host" />
          {highlights.map((rect, index) => (
            <div
              key={index}
              className="tm-pdf-page__highlight"
              data-testid="pdf-highlight"
              style={{ left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` }}
            />
          ))}
          {textLayer && <div ref={textLayerRef} className="textLayer tm-pdf-page__text" />}
        </div>
      </div>
    </div>
  );
}
