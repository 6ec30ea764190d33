import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/**
 * Mozilla pdf.js, loaded once, running in this thread. Its worker module is imported here and handed
 * to pdf.js as the "main-thread worker", so pdf.js never fetches or spawns anything (and bundling
 * cannot break the relative `./pdf.worker.mjs` import it would otherwise make).
 */
export function pdfjs(): Promise<PdfJs> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PdfJs> {
  // The legacy build's core-js replaces Array.prototype.push on Node 20 (over a spec corner, pushing
  // onto a frozen-length array) with a much slower function. Keep the engine's own push.
  const push = Array.prototype.push;
  try {
    const [library, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    (globalThis as { pdfjsWorker?: { WorkerMessageHandler: unknown } }).pdfjsWorker = {
      WorkerMessageHandler: worker.WorkerMessageHandler,
    };
    return library;
  } finally {
    Array.prototype.push = push;
  }
}

/** The package's own CMaps and standard fonts, read from disk (pdf.js in Node reads file paths). */
export function pdfjsResources(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}
