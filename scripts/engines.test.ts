// Every package `npm ci` installs here must accept the Node that runs the project (CI's, Node 20):
// an engines mismatch is a package that may use what this Node lacks, and `npm ci` prints EBADENGINE
// for it. The only exceptions are the packages that build installers on a connected machine, which
// the README says needs Node >= 22.12: no supported Electron release and no electron-builder native
// rebuilder accepts Node 20. The list is exact: an exception that stops applying must be removed.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  dev?: boolean;
  engines?: Record<string, string> | string[];
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, LockEntry> };

/**
 * Packages of `npm run dist` alone, by name, and why each asks a newer Node than the project's: none is
 * loaded by the app, the CLI, the tests or `npm run build`, and none is packaged (all are dev).
 */
const INSTALLER_TOOLCHAIN: Record<string, string> = {
  electron: "its install script downloads the Electron binary (CI skips it); Electron 41.7.2 and later, every supported release, ask Node >= 22.12",
  '@electron/get': "electron's downloader, run by that install script",
  '@electron-internal/extract-zip': "electron's unzipper, run by that install script",
  '@electron/rebuild': "electron-builder's native-module rebuilder, not run (build.npmRebuild is false); every 4.x asks Node >= 22.12, and 3.x installs a dependency from GitHub",
  'node-abi': "@electron/rebuild's table of Electron ABIs",
};

/** Whether npm installs an entry on this machine: optional packages of other platforms are recorded but skipped. */
function installedHere(entry: LockEntry): boolean {
  const accepts = (list: string[] | undefined, value: string) =>
    list === undefined || ((list.includes(value) || list.every((it) => it.startsWith('!'))) && !list.includes(`!${value}`));
  const glibc = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime !== undefined;
  return accepts(entry.os, process.platform) && accepts(entry.cpu, process.arch) && accepts(entry.libc, glibc ? 'glibc' : 'musl');
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Installed packages whose engines.node rejects the running Node: `path@version requires range`. */
function rejecting(): { path: string; line: string; dev: boolean }[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && installedHere(entry))
    .flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (range === undefined || semver.satisfies(process.version, range, { includePrerelease: true })) return [];
      return [{ path, line: `${nameOf(path)}@${entry.version} requires Node ${range}`, dev: entry.dev === true }];
    });
}

describe('installed packages accept the running Node', () => {
  const found = rejecting();

  it(`every installed package's engines.node accepts Node ${process.version}, but the installer toolchain's`, () => {
    expect(found.filter((it) => !(nameOf(it.path) in INSTALLER_TOOLCHAIN)).map((it) => it.line)).toEqual([]);
  });

  it('keeps the installer toolchain exceptions exact: on a Node they reject each still applies, and none is packaged', () => {
    const applying = new Set(found.map((it) => nameOf(it.path)));
    if (semver.lt(process.version, '22.12.0')) expect(Object.keys(INSTALLER_TOOLCHAIN).filter((name) => !applying.has(name))).toEqual([]);
    expect(found.filter((it) => nameOf(it.path) in INSTALLER_TOOLCHAIN && !it.dev).map((it) => it.line)).toEqual([]);
  });

  it('reads engines ranges as npm does', () => {
    expect(semver.satisfies('v20.20.2', '>=20.19')).toBe(true);
    expect(semver.satisfies('v20.20.2', '>= 22.12.0')).toBe(false);
    expect(semver.satisfies('v20.20.2', '^18.17.0 || ^20.3.0 || >=21.0.0')).toBe(true);
  });
});
