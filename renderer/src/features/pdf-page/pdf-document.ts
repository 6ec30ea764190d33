/**
 * Opening PDFs with pdf.js in the renderer, under the app's CSP: the worker is a same-origin file
 * from the build (`pdf-worker.ts`), nothing is evaluated, data files come from `pdf-assets`.
 *
 *   openDocument(documentId, bytes, password?) → Promise<PDFDocumentProxy>, cached by id
 *   preparePage(documentId, bytes, password, pageNumber)  parse a page before it is shown
 *   releaseDocument(documentId)                 destroy one cached document (a report removed)
 *   clearDocumentCache()                        destroy them all
 *   getPage(document, pageNumber)               a page, freeing pages not shown for a while
 *   describeOpenError(error)                    why a PDF did not open, in the auditor's words
 *
 * The cache is keyed by document id (a stored report's bytes never change), so moving between
 * figures of one report parses it once. It keeps the few most recently used documents.
 */
import { PDFWorker, getDocument } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { BundledCMapReaderFactory, BundledStandardFontDataFactory, BundledWasmFactory } from './pdf-assets';

export const DOCUMENT_LOAD_MEASURE = 'tickmark:pdf-document-load';
export const PAGE_PREPARE_MEASURE = 'tickmark:pdf-page-prepare';
const MAX_OPEN_DOCUMENTS = 4;
const KEEP_PAGES = 6;

interface CachedDocument {
  task: PDFDocumentLoadingTask;
  promise: Promise<PDFDocumentProxy>;
}

const documents = new Map<string, CachedDocument>();
const recentPages = new WeakMap<PDFDocumentProxy, number[]>();
const preparedPages = new WeakMap<PDFDocumentProxy, Set<number>>();
let worker: PDFWorker | null = null;

/** One worker thread for every document: each extra one costs a thread and ~1 MB of parsed script. */
function sharedWorker(): PDFWorker {
  worker ??= PDFWorker.create({ port: new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf.js' }) });
  return worker;
}

export function openDocument(documentId: string, bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  const cached = documents.get(documentId);
  if (cached) {
    documents.delete(documentId);
    documents.set(documentId, cached);
    return cached.promise;
  }
  const start = performance.now();
  const task = getDocument({
    // pdf.js transfers the buffer to its worker, which would detach the caller's bytes.
    data: bytes.slice(),
    password,
    worker: sharedWorker(),
    isEvalSupported: false,
    enableXfa: false,
    useWorkerFetch: false,
    CMapReaderFactory: BundledCMapReaderFactory,
    StandardFontDataFactory: BundledStandardFontDataFactory,
    WasmFactory: BundledWasmFactory,
  });
  const promise = task.promise.then((document) => {
    performance.measure(DOCUMENT_LOAD_MEASURE, { start, detail: { documentId, pages: document.numPages } });
    return document;
  });
  const entry = { task, promise };
  promise.catch(() => {
    if (documents.get(documentId) === entry) documents.delete(documentId);
  });
  documents.set(documentId, entry);
  for (const [id, old] of documents) {
    if (documents.size <= MAX_OPEN_DOCUMENTS) break;
    documents.delete(id);
    void old.task.destroy();
  }
  return promise;
}

export async function releaseDocument(documentId: string): Promise<void> {
  const entry = documents.get(documentId);
  if (!entry) return;
  documents.delete(documentId);
  await entry.task.destroy();
}

export async function clearDocumentCache(): Promise<void> {
  await Promise.all([...documents.keys()].map(releaseDocument));
}

/**
 * Page `pageNumber` of `document`. pdf.js keeps every rendered page's operator list and fonts
 * until told otherwise; browsing a 300-page report would keep them all, so pages not among the
 * few most recently shown are cleaned up (re-showing one costs one more parse).
 */
export async function getPage(document: PDFDocumentProxy, pageNumber: number): Promise<PDFPageProxy> {
  const page = await document.getPage(pageNumber);
  const recent = (recentPages.get(document) ?? []).filter((n) => n !== pageNumber);
  recent.push(pageNumber);
  while (recent.length > KEEP_PAGES) {
    const stale = recent.shift()!;
    // cleanup() declines (returns false) while the page is still rendering somewhere.
    void document.getPage(stale).then((old) => old.cleanup(), () => undefined);
  }
  recentPages.set(document, recent);
  return page;
}

/**
 * Parse page `pageNumber` before the auditor asks for it: the worker loads the page's fonts and
 * builds its operator list, so showing it later costs little more than the paint. Fonts are the
 * slow part of a first page (a CJK report has a Type 3 font per character) and stay loaded for
 * the document, so each page is prepared once.
 */
export async function preparePage(documentId: string, bytes: Uint8Array, password: string | undefined, pageNumber: number): Promise<void> {
  const document = await openDocument(documentId, bytes, password);
  const prepared = preparedPages.get(document) ?? new Set<number>();
  preparedPages.set(document, prepared);
  if (prepared.has(pageNumber) || pageNumber < 1 || pageNumber > document.numPages) return;
  prepared.add(pageNumber);
  const start = performance.now();
  const page = await getPage(document, pageNumber);
  await page.getOperatorList();
  performance.measure(PAGE_PREPARE_MEASURE, { start, detail: { documentId, page: pageNumber } });
}

export function describeOpenError(error: Error): string {
  if (error.name === 'PasswordException') return 'it is password-protected and the password is missing or wrong';
  if (error.name === 'InvalidPDFException') return 'it is damaged or not a PDF';
  return error.message;
}
