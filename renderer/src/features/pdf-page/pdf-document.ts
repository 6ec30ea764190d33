/**
 * Opening PDFs with pdf.js in the renderer, under the app's CSP: the worker is a same-origin file
 * from the build (`pdf-worker.ts`), nothing is evaluated, data files come from `pdf-assets`.
 *
 *   openDocument(documentId, bytes, password?) → Promise<PDFDocumentProxy>, cached by id
 *   holdDocument(documentId) → release          keep a document open while it is on screen
 *   preparePage(documentId, original, password, pageNumber)  parse a page before it is shown
 *   releaseDocumentsExcept(documentIds)         close the documents of another engagement
 *   getPage(document, pageNumber)               a page, freeing pages not shown for a while
 *   beginPaint(document, pageNumber) → end      a page is being painted: preparing waits for it
 *
 * The cache is keyed by document id (a stored report's bytes never change), so moving between
 * figures of one report parses it once. It keeps the most recently used documents, and never
 * closes one that is held.
 */
import { PDFWorker, getDocument } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { BundledCMapReaderFactory, BundledStandardFontDataFactory, BundledWasmFactory } from './pdf-assets';
import { HeldLru } from './held-lru';

export const DOCUMENT_LOAD_MEASURE = 'tickmark:pdf-document-load';
export const PAGE_PREPARE_MEASURE = 'tickmark:pdf-page-prepare';
/** A CJK report's document with its fonts loaded takes 10–30 MB; a few reports' worth stays open. */
export const MAX_OPEN_DOCUMENTS = 6;
const KEEP_PAGES = 6;

interface CachedDocument {
  task: PDFDocumentLoadingTask;
  promise: Promise<PDFDocumentProxy>;
}

const documents = new HeldLru<CachedDocument>(MAX_OPEN_DOCUMENTS, (entry) => void entry.task.destroy());
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
  if (cached) return cached.promise;
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
  promise.catch(() => documents.forget(documentId, entry));
  documents.set(documentId, entry);
  return promise;
}

/**
 * Keep `documentId` open until the returned function is called: a page on screen must not have
 * its document destroyed under it by other documents being opened (a batch import, preparing).
 */
export function holdDocument(documentId: string): () => void {
  return documents.hold(documentId);
}

/** Destroy the open documents whose ids are not in `keep` and not held (another engagement's). */
export function releaseDocumentsExcept(keep: ReadonlySet<string>): void {
  documents.retainOnly(keep);
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

let painting = 0;
let waitingForPaints: (() => void)[] = [];

/**
 * Say that page `pageNumber` of `document` is being painted, until the returned function is
 * called. The page then counts as prepared; and as one pdf.js worker serves every document, no
 * other page is prepared meanwhile, which would delay the page the auditor asked for.
 */
export function beginPaint(document: PDFDocumentProxy, pageNumber: number): () => void {
  preparedPagesOf(document).add(pageNumber);
  painting++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    painting--;
    if (painting > 0) return;
    const waiting = waitingForPaints;
    waitingForPaints = [];
    for (const resume of waiting) resume();
  };
}

/** Resolves when the renderer is idle (a page just asked for has begun painting) and no page is being painted. */
async function backgroundTurn(): Promise<void> {
  for (;;) {
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1_000 }));
    if (painting === 0) return;
    await new Promise<void>((resume) => waitingForPaints.push(resume));
  }
}

function preparedPagesOf(document: PDFDocumentProxy): Set<number> {
  let prepared = preparedPages.get(document);
  if (!prepared) preparedPages.set(document, (prepared = new Set()));
  return prepared;
}

/**
 * Parse page `pageNumber` before the auditor asks for it, in the background: once the renderer is
 * idle and no page is being painted. The worker loads the page's fonts and builds its operator
 * list. Fonts are the slow part of a first page (a CJK report printed by Chromium has a Type 3
 * font per character); most are shared by the document's pages and stay loaded with it, so
 * preparing any page of a report makes its other pages quicker too. A page is prepared once, and
 * not at all once it has been painted.
 */
export async function preparePage(
  documentId: string,
  original: () => Promise<Uint8Array | null>,
  password: string | undefined,
  pageNumber: number,
): Promise<void> {
  // The original is read (from IndexedDB) only when the document is not open already.
  let document = await documents.get(documentId)?.promise;
  if (!document) {
    const bytes = await original();
    if (!bytes) return;
    document = await openDocument(documentId, bytes, password);
  }
  const prepared = preparedPagesOf(document);
  if (prepared.has(pageNumber) || pageNumber < 1 || pageNumber > document.numPages) return;
  await backgroundTurn();
  if (prepared.has(pageNumber)) return;
  prepared.add(pageNumber);
  const start = performance.now();
  const page = await getPage(document, pageNumber);
  // A render that runs none of the page's operations: the operator list it builds is the one a
  // later render of the page reuses (getOperatorList() would build one of its own), and a render
  // asked for meanwhile waits for it instead of building another.
  await page.render({ canvas: window.document.createElement('canvas'), viewport: page.getViewport({ scale: 1 }), operationsFilter: () => false }).promise;
  performance.measure(PAGE_PREPARE_MEASURE, { start, detail: { documentId, page: pageNumber } });
}

