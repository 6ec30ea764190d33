// Starts a TypeScript worker under tsx, where the backend runs from source: the unit tests and
// scripts run with tsx. Node 20 does not apply `--import tsx` from a Worker's execArgv to the worker itself
// (nodejs/node#47747), so this plain-JS entry registers tsx's loader, then imports the real entry.
// The builds never use it: the app, the CLI and the Chromium shell start the bundled import-worker.js.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
