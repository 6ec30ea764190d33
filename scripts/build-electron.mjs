// Bundles the Node side for Electron into dist/electron/: main.js, import-worker.js and
// pdf-parser-thread.js as ES modules that import their npm dependencies from node_modules at run
// time, and preload.cjs as one CommonJS file, since a sandboxed preload can require nothing but 'electron'.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/electron`;

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

await rm(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...shared,
    entryPoints: {
      main: 'electron/main/main.ts',
      'import-worker': 'electron/backend/worker/import-worker.ts',
      'pdf-parser-thread': 'electron/backend/formats/pdf-parser-thread.ts',
    },
    outdir,
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...shared,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: `${outdir}/preload.cjs`,
    format: 'cjs',
    external: ['electron'],
  }),
]);
console.log('Built dist/electron/ (main.js, import-worker.js, pdf-parser-thread.js, preload.cjs)');
