// The committed lock must install the same on Linux, macOS and Windows with `npm ci` (as .ci/run does).
// npm, run where some platform's optional packages do not apply, can write a lock without them
// (npm/cli#4828): `npm ci` elsewhere then refuses it as out of sync, or installs a Vite without its
// Rollup binary. Regenerate it with `npm run lock:refresh`, which records every platform's.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  os?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8')) as T;
const lock = read<{ lockfileVersion: number; packages: Record<string, LockEntry> }>('package-lock.json');
const manifest = read<Pick<LockEntry, 'dependencies' | 'devDependencies' | 'optionalDependencies'>>('package.json');
const packages = lock.packages;

/** The lock entry Node would load for `name` required from the package at `from`: its own node_modules, then each one above. */
function resolveFrom(from: string, name: string): string | undefined {
  for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
    if (packages[candidate] !== undefined) return candidate;
    if (base === '') return undefined;
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lock that lists exactly the dependencies package.json declares', () => {
    expect(lock.lockfileVersion).toBe(3);
    const root = packages['']!;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      expect(root[field] ?? {}, field).toEqual(manifest[field] ?? {});
    }
  });

  it('has an entry, with its version and integrity, for every optional package of every platform', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const found = resolveFrom(path, name);
        if (found === undefined) missing.push(`${name} (optional for ${path || 'the project'})`);
        else if (!packages[found]!.link && (!packages[found]!.version || !packages[found]!.integrity)) missing.push(`${found} (no version or integrity)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('records the native builds of esbuild, Rollup and pdf.js\'s canvas for macOS, Windows and Linux', () => {
    const platformsOf = (prefix: string) =>
      new Set(Object.entries(packages).flatMap(([path, entry]) => (path.includes(prefix) ? (entry.os ?? []) : [])));
    for (const prefix of ['node_modules/@esbuild/', 'node_modules/@rollup/rollup-', 'node_modules/@napi-rs/canvas-']) {
      expect([...platformsOf(prefix)], prefix).toEqual(expect.arrayContaining(['darwin', 'win32', 'linux']));
    }
  });

  it.each([
    ['linux', 'x64', '@rollup/rollup-linux-x64-gnu'],
    ['darwin', 'arm64', '@rollup/rollup-darwin-arm64'],
    ['win32', 'x64', '@rollup/rollup-win32-x64-msvc'],
  ])('is accepted by npm ci for %s-%s, which installs %s from it', async (os, cpu, rollupBuild) => {
    // A dry run in a folder of its own with only the two files: npm checks the lock against
    // package.json and plans the install for that platform, downloading nothing.
    const scratch = await mkdtemp(join(tmpdir(), 'tickmark-ci-'));
    try {
      for (const file of ['package.json', 'package-lock.json']) await copyFile(fileURLToPath(new URL(`../${file}`, import.meta.url)), join(scratch, file));
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const args = ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', `--os=${os}`, `--cpu=${cpu}`];
      const { stdout } = await promisify(execFile)(npm, args, { cwd: scratch, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
      expect(stdout).toContain(`add ${rollupBuild} `);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
