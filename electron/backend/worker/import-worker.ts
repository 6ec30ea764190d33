// The import worker's entry point: under tsx it runs as this file; bundled for Electron it is
// dist/electron/import-worker.js beside main.js (see importer.ts, which starts it).
import { parentPort } from 'node:worker_threads';
import { serveImports } from './serve';

if (parentPort === null) throw new Error('import-worker.ts runs as a worker thread, started by importer.ts');
serveImports(parentPort);
