// pdf.js's parsing side (its "worker": fonts, content streams, text extraction) on a thread of its
// own, so that parsing the next pages overlaps with laying out the last ones (pdf-engine.ts starts it).
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { keepingArrayPush } from './pdfjs-array-push';
import { packingTextContent } from './pdf-text-packing';

const { port } = workerData as { port: MessagePort };

// Node's DecompressionStream, which pdf.js prefers for content streams, goes through web streams and
// an asynchronous zlib handle per stream: on a report's thousands of small streams pdf.js's own
// synchronous inflate is faster (measured in BENCHMARKS.md). Without the global pdf.js uses its own.
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;

const { WorkerMessageHandler } = await keepingArrayPush(() => import('pdfjs-dist/legacy/build/pdf.worker.mjs'));
WorkerMessageHandler.initializeFromPort(packingTextContent(port));
