// Starts a TypeScript worker under tsx: the CLI, the tests and the Chromium shell run the backend
// from source. Node 20 does not apply `--import tsx` from a Worker's execArgv to the worker itself
// (nodejs/node#47747), so this plain-JS entry registers tsx's loader, then imports the real entry.
// The Electron build never uses it: there the worker is the bundled import-worker.js.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
