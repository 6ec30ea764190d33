// Imports one report end to end through the worker-thread importer, as the app does, and prints
// JSON timings. Run in its own process so its peak memory (maxRSS, worker included) is its own.
// The worker is the bundle Electron ships (dist/electron/import-worker.js, from `npm run build`):
// from source, tsx would spend seconds transforming pdf.js inside the worker, which no user sees.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createImporter } from '../../electron/backend/importer';

const [path, roundsArg] = process.argv.slice(2);
if (!path) throw new Error('usage: import-child.ts FILE [ROUNDS]');
const rounds = Number(roundsArg ?? 3);

const importer = createImporter({ workerUrl: new URL('../../dist/electron/import-worker.js', import.meta.url) });
let coldMs = 0;
const timesMs: number[] = [];
let pages = 0;
let figures = 0;
for (let round = 0; round <= rounds; round++) {
  const started = performance.now();
  const bytes = new Uint8Array(await readFile(path));
  const result = await importer.importReport({ jobId: `bench-${round}`, fileName: basename(path), bytes }, () => {});
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(result.error.message);
  pages = result.value.pages.length;
  figures = result.value.figures.length;
  if (round === 0) coldMs = elapsed; // starts the worker and loads pdf.js
  else timesMs.push(elapsed);
}
await importer.close();
process.stdout.write(
  JSON.stringify({ coldMs, timesMs, pages, figures, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
