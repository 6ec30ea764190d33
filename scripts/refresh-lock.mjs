// `npm run lock:refresh`: brings package-lock.json in line with package.json with every platform's
// optional packages recorded, so that `npm ci` installs the same on Linux, macOS and Windows.
// npm run beside an installed node_modules can leave out the optional packages of other platforms
// (npm/cli#4828); run in an empty folder with only package.json and the lock, it records them all,
// and keeps every version the lock already has. node_modules is left alone: `npm ci` afterwards.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'tickmark-lock-'));
try {
  for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
    try {
      copyFileSync(join(root, file), join(scratch, file));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: scratch, stdio: 'inherit' });
  copyFileSync(join(scratch, 'package-lock.json'), join(root, 'package-lock.json'));
  console.log('package-lock.json refreshed with every platform\'s optional packages.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
