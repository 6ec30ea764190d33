// The import worker's entry point: under tsx it runs as this file; bundled for Electron it is
// dist/electron/import-worker.js beside main.js (see importer.ts, which starts it). When its first
// file is a PDF it starts pdf.js's parser thread before loading the import's code (extraction and
// the rest, some 0.2 s), so that the parser thread's own start overlaps that loading.
import { parentPort, workerData } from 'node:worker_threads';
import { startPdfParser } from '../formats/pdf-engine';
import type { ImportWorkerData } from './protocol';

if (parentPort === null) throw new Error('import-worker.ts runs as a worker thread, started by importer.ts');
if ((workerData as ImportWorkerData | null)?.pdfFirst === true) void startPdfParser();
// The importer's first request waits on the port until serveImports listens.
const { serveImports } = await import('./serve');
serveImports(parentPort);
