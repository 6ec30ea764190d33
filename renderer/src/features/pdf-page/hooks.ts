/** Small React hooks for the PDF page view: the opened document, an element's width, the screen's pixel ratio. */
import { useEffect, useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { errorText } from '../../i18n/error-text';
import { holdDocument, openDocument } from './pdf-document';

export interface DocumentState {
  document: PDFDocumentProxy | null;
  error: Error | null;
}

/** The pdf.js document for `documentId`, opened once through the cache and held open while shown. */
export function usePdfDocument(documentId: string, bytes: Uint8Array, password?: string): DocumentState {
  const [state, setState] = useState<DocumentState & { documentId: string | null }>({ documentId: null, document: null, error: null });
  useEffect(() => holdDocument(documentId), [documentId]);
  useEffect(() => {
    let current = true;
    openDocument(documentId, bytes, password).then(
      (document) => current && setState({ documentId, document, error: null }),
      (error: unknown) => current && setState({ documentId, document: null, error: error instanceof Error ? error : new Error(errorText(error)) }),
    );
    return () => {
      current = false;
    };
  }, [documentId, bytes, password]);
  // Until the new document is open, the old one must not be shown under the new id.
  return state.documentId === documentId ? state : { document: null, error: null };
}

/**
 * The content width of `ref`'s element, kept up to date. The first size is taken before paint;
 * later ones (a window being dragged wider) settle for `settleMs` so a fit-width page is not
 * re-rendered on every frame.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, settleMs = 120): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setWidth(element.clientWidth), settleMs);
    });
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref, settleMs]);
  return width;
}

/** `window.devicePixelRatio`, updated when the window moves to another screen or the browser zooms. */
export function useDevicePixelRatio(): number {
  const [ratio, setRatio] = useState(() => window.devicePixelRatio || 1);
  useEffect(() => {
    const query = window.matchMedia(`(resolution: ${ratio}dppx)`);
    const update = () => setRatio(window.devicePixelRatio || 1);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [ratio]);
  return ratio;
}
