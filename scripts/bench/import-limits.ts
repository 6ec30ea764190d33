// The least heap per thread (the `memoryMb` of ImportLimits) an import of FILE succeeds with, found by
// bisection over fresh pools of the bundled worker (dist/electron/import-worker.js, `npm run build`).
// `npx tsx scripts/bench/import-limits.ts FILE`: what DEFAULT_IMPORT_LIMITS in electron/backend/worker/limits.ts rests on.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createImporter } from '../../electron/backend/importer';

const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: import-limits.ts FILE');
const workerUrl = new URL('../../dist/electron/import-worker.js', import.meta.url);

async function importsWithin(memoryMb: number): Promise<boolean> {
  const importer = createImporter({ poolSize: 1, workerUrl, limits: { memoryMb, timeLimitMs: () => 600_000 } });
  try {
    const bytes = new Uint8Array(await readFile(path!));
    const result = await importer.importReport({ jobId: `limits-${memoryMb}`, fileName: basename(path!), bytes }, () => {});
    if (!result.ok && result.error.code !== 'too-large') throw new Error(result.error.message);
    return result.ok;
  } finally {
    await importer.close();
  }
}

let low = 8; // fails: too little to load pdf.js
let high = 1024;
if (!(await importsWithin(high))) throw new Error(`${path} does not import within ${high} MB per thread`);
while (high - low > 2) {
  const middle = Math.floor((low + high) / 2);
  if (await importsWithin(middle)) high = middle;
  else low = middle;
}
console.log(`${basename(path)}: imports with ${high} MB of heap per thread, not with ${low} MB`);
