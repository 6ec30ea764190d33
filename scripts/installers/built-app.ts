/**
 * The installer tests pack what `npm run build` wrote to dist/. `npm test` runs the unit tests before
 * its build step, so in CI (`CI` set) they build first; elsewhere they say what to run instead of
 * packing a stale or half-written dist/ that another build may be rewriting.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './builder-config';

const BUILT = ['dist/electron/main.js', 'dist/renderer/index.html'];

/** null when dist/ holds a build; otherwise why the tests that need one cannot run. */
export function ensureBuilt(root = ROOT): string | null {
  const missing = () => BUILT.filter((file) => !existsSync(join(root, file)));
  if (missing().length === 0) return null;
  if (!process.env.CI) return `no build in dist/ (${missing().join(', ')} missing): run \`npm run build\` first`;
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  if (missing().length > 0) throw new Error(`npm run build left ${missing().join(', ')} missing`);
  return null;
}
