// `npm run tickmark -- …`: the built command line, dist/electron/cli.js (the package's `tickmark` bin),
// built first when it is missing or older than a source it is built from, so that the repository's
// command runs what `npx tickmark` and the app run, never TypeScript sources.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNodeSide } from './build-electron.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'electron', 'cli.js');
const SOURCES = ['electron', 'shared'];
const BUILD_INPUTS = ['package.json', 'package-lock.json', 'scripts/build-electron.mjs'];

function modified(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time of the TypeScript under `dir` (tests and fixtures, which the build leaves out, excepted). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__fixtures__' && entry.name !== 'node_modules') newest = Math.max(newest, newestSource(path));
    } else if (/\.(ts|mjs|js|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
      newest = Math.max(newest, modified(path) ?? 0);
    }
  }
  return newest;
}

const built = modified(cli);
const stale =
  built === undefined ||
  SOURCES.some((dir) => newestSource(join(root, dir)) > built) ||
  BUILD_INPUTS.some((file) => (modified(join(root, file)) ?? 0) > built);
if (stale) {
  process.stderr.write('Building dist/electron/ first (its sources changed)…\n');
  await buildNodeSide();
}

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
