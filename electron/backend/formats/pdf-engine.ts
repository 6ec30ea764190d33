import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MessageChannel, resourceLimits, Worker } from 'node:worker_threads';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { isOutOfMemory, memoryLimitReason } from '../worker/limits';
import { workerStart } from '../worker/start';
import { keepingArrayPush } from './pdfjs-array-push';
import { withoutCanvas } from './pdfjs-without-canvas';
import { reason, type Reason } from '../../../shared/ipc/reasons';
import { ReportReadError } from './types';

type PdfJs = typeof PdfJsModule;
/** pdf.js's handle on its parsing side, passed to `getDocument` as `worker`. */
export type PdfWorker = InstanceType<PdfJs['PDFWorker']>;

let loading: Promise<PdfJs> | undefined;

/** Mozilla pdf.js's API, loaded once in this thread. Its parsing side runs on a thread of its own: `withPdfParser`. */
export function pdfjs(): Promise<PdfJs> {
  loading ??= keepingArrayPush(() => {
    withoutCanvas();
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  });
  return loading;
}

/** The package's own CMaps and standard fonts, read from disk (pdf.js in Node reads file paths). */
export function pdfjsResources(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/** The thread running pdf.js's parsing side, and pdf.js's handle on it. */
interface ParserThread {
  thread: Worker;
  worker: PdfWorker;
  /** Rejects when the thread stops, so that no read waits forever on a reply that will not come. */
  stopped: Promise<never>;
  readers: number;
}

let parser: Promise<ParserThread> | undefined;

/**
 * Runs `read` with the pdf.js worker to pass to `getDocument`: pdf.js's parsing side on a thread of
 * its own (pdf-parser-thread.ts), started when first needed and kept for the next report. The thread
 * holds the process open only while a read is under way. Fails if the thread stops during the read.
 */
export async function withPdfParser<T>(read: (worker: PdfWorker) => Promise<T>): Promise<T> {
  const current = await parserThread();
  current.readers++;
  current.thread.ref();
  try {
    return await Promise.race([read(current.worker), current.stopped]);
  } finally {
    if (--current.readers === 0) current.thread.unref();
  }
}

/**
 * Starts the parser thread ahead of the first read, when a PDF is known to be coming: pdf.js's
 * parsing side then loads while this thread loads the rest of the import's code (import-worker.ts).
 * A thread that fails to start is started again by the first read. Resolves once it has started.
 */
export async function startPdfParser(): Promise<void> {
  try {
    const current = await parserThread();
    if (current.readers === 0) current.thread.unref(); // until a read holds it
  } catch {
    // The read that needs the thread starts it again.
  }
}

/** The parser thread, started if none runs. */
function parserThread(): Promise<ParserThread> {
  if (parser !== undefined) return parser;
  // Until it ends or fails to start, this thread is the one reads get; a thread stopped earlier, ending late, leaves it be.
  const forget = (): void => {
    if (parser === starting) parser = undefined;
  };
  const starting: Promise<ParserThread> = startParser(forget).catch((error: unknown) => {
    forget(); // the next read tries again
    throw error;
  });
  parser = starting;
  return starting;
}

/** Stops the parser thread, if one runs: reads under way fail; the next read, even one starting now, starts a new thread. */
export async function stopPdfParser(): Promise<void> {
  const stopping = parser;
  parser = undefined;
  const current = await stopping?.catch(() => undefined);
  await current?.thread.terminate();
}

/** The parser thread beside this module: the TypeScript source under tsx, the bundled script beside it in the build. */
function parserThreadUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./pdf-parser-thread.ts', import.meta.url)
    : new URL('./pdf-parser-thread.js', import.meta.url);
}

/** This thread's memory limit reached, in English and as a reason (worker/limits.ts says the same). */
function outOfMemory(): ReportReadError {
  const max = resourceLimits.maxOldGenerationSizeMb;
  return new ReportReadError('too-large', memoryLimitReason(), max === undefined ? reason('read.outOfMemoryUnbounded') : reason('read.outOfMemory', { params: { max } }));
}

/** Starts the thread; `forget` is called once when it ends (stopped, failed, out of memory). */
async function startParser(forget: () => void): Promise<ParserThread> {
  const { port1, port2 } = new MessageChannel();
  const { url, options } = workerStart(parserThreadUrl(), { port: port2 }, [port2]);
  // Started before pdf.js's API is loaded here, so that the two halves of pdf.js load at the same time.
  const thread = new Worker(url, options);
  let worker: PdfWorker | undefined = undefined; // created once pdf.js's API has loaded
  let stop!: (error: Error) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {});
  let running = true;
  const ended = (error: ReportReadError): void => {
    if (!running) return;
    running = false;
    forget();
    worker?.destroy();
    port1.close();
    stop(error);
  };
  const stoppedBy = (why: string, detail: Reason) => new ReportReadError('internal', `the PDF reader stopped before it finished (${why})`, detail);
  // The thread has the import worker's memory limit (workerStart): reaching it ends the import as it would the worker.
  thread.on('error', (error) => ended(isOutOfMemory(error) ? outOfMemory() : stoppedBy(error.message, reason('read.pdf.stopped', { detail: error.message }))));
  thread.on('exit', (code) => ended(stoppedBy(`its thread exited with code ${code}`, reason('read.pdf.exited', { params: { exitCode: code } }))));

  let api: PdfJs;
  try {
    api = await pdfjs();
  } catch (error) {
    void thread.terminate();
    throw error;
  }
  // pdf.js's type for a port is the DOM's Worker; a Node MessagePort has the same postMessage and listeners.
  worker = api.PDFWorker.create({
    port: port1 as unknown as NonNullable<Parameters<PdfJs['PDFWorker']['create']>[0]['port']>,
    // Errors only, as readPdf asks of pdf.js: its warnings (an xref rebuilt, a page cancelled) are log noise.
    verbosity: api.VerbosityLevel.ERRORS,
  });
  // The thread, not the port pdf.js listens on, decides whether the process waits for it.
  port1.unref();
  return { thread, worker, stopped, readers: 0 };
}
