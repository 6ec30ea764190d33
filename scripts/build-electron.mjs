// Bundles every Node-side entry point with esbuild, so that what runs — in Electron, on the command
// line, in the e2e suite — is the same built code. Into dist/electron/, as ES modules that share
// chunks (code two entries use is one file, so the backend the Chromium shell and the CLI run is the
// very file Electron's main.js runs):
// - main.js, Electron's main process; import-worker.js and pdf-parser-thread.js, the threads of an
//   import, which the code that starts them finds beside itself (so chunks sit beside the entries);
// - cli.js, the command line (the package's `tickmark` bin);
// - chromium-shell.js, the Chromium shell (the e2e suite's and `npm run start:chromium`'s), left out
//   of the app's package by package.json's build.files;
// - preload.cjs, one CommonJS file, since a sandboxed preload can require nothing but 'electron'.
// And dist/chromium-shell/start.js, `npm run start:chromium`'s program, which imports the shell from
// dist/electron. npm packages stay external: they are imported from node_modules at run time.
// `node scripts/build-electron.mjs [--out DIR] [--quiet]`: DIR (default dist) gets electron/ and
// chromium-shell/; it must be inside the repository, where the bundles find node_modules.
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  // The CLI runs on the user's Node (package.json's engines); Electron's own Node is newer.
  target: 'node20.19',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

const SHELL = resolve(root, 'electron/chromium-shell/shell');

/** The shell's program imports the shell from the build beside the app's entries, not a second copy. */
const shellFromBuild = {
  name: 'shell-from-build',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\.?\// }, (args) =>
      resolve(args.resolveDir, args.path).replace(/\.ts$/, '') === SHELL ? { path: '../electron/chromium-shell.js', external: true } : undefined,
    );
  },
};

/** Delete what an earlier build left in `dir` (old chunks) that this one did not write. */
async function removeStale(dir, metafiles) {
  const written = new Set(metafiles.flatMap((metafile) => Object.keys(metafile.outputs)).map((path) => resolve(root, path)));
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (!written.has(path)) await rm(path, { recursive: true, force: true });
  }
}

/** Builds both folders under `outRoot`; resolves with their paths and esbuild's metafile of the Node-side entries (what each output imports). */
export async function buildNodeSide(outRoot = join(root, 'dist')) {
  const electronDir = join(outRoot, 'electron');
  const shellDir = join(outRoot, 'chromium-shell');
  const [node, preload, shellStart] = await Promise.all([
    build({
      ...common,
      entryPoints: {
        main: 'electron/main/main.ts',
        'import-worker': 'electron/backend/worker/import-worker.ts',
        'trail-part-thread': 'electron/backend/trail/trail-part-thread.ts',
        'pdf-parser-thread': 'electron/backend/formats/pdf-parser-thread.ts',
        cli: 'electron/cli.ts',
        'chromium-shell': 'electron/chromium-shell/shell.ts',
      },
      outdir: electronDir,
      splitting: true,
      chunkNames: 'chunk-[hash]',
      format: 'esm',
      packages: 'external',
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: join(electronDir, 'preload.cjs'),
      format: 'cjs',
      external: ['electron'],
    }),
    build({
      ...common,
      entryPoints: { start: 'electron/chromium-shell/start.ts' },
      outdir: shellDir,
      format: 'esm',
      packages: 'external',
      plugins: [shellFromBuild],
    }),
  ]);
  await removeStale(electronDir, [node.metafile, preload.metafile]);
  await removeStale(shellDir, [shellStart.metafile]);
  return { electronDir, shellDir, metafile: node.metafile };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, quiet: { type: 'boolean' } } });
  const { electronDir, shellDir } = await buildNodeSide(values.out && resolve(values.out));
  if (!values.quiet) {
    console.log(`Built ${relative(root, electronDir)}/ (main.js, import-worker.js, pdf-parser-thread.js, cli.js, chromium-shell.js, preload.cjs) and ${relative(root, shellDir)}/start.js`);
  }
}
