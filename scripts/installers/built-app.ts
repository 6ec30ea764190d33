/**
 * The installer tests pack what `npm run build` wrote to dist/. `npm test` runs the unit tests before
 * its build step, so in CI (`CI` set) they build first; elsewhere they say what to run instead of
 * packing a stale or half-written dist/ that another build may be rewriting.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './builder-config';

/** What each half of `npm run build` writes, and its script: only a missing half is built, so that a
 * build never rewrites dist/electron under tests running beside this one. */
const BUILT: Record<string, string> = { 'dist/electron/main.js': 'build:electron', 'dist/renderer/index.html': 'build:renderer' };

/** null when dist/ holds a build; otherwise why the tests that need one cannot run. */
export function ensureBuilt(root = ROOT): string | null {
  const missing = () => Object.keys(BUILT).filter((file) => !existsSync(join(root, file)));
  if (missing().length === 0) return null;
  if (!process.env.CI) return `no build in dist/ (${missing().join(', ')} missing): run \`npm run build\` first`;
  for (const file of missing()) execFileSync('npm', ['run', BUILT[file]!], { cwd: root, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  if (missing().length > 0) throw new Error(`npm run build left ${missing().join(', ')} missing`);
  return null;
}
