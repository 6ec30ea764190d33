/**
 * The app packed exactly as an installer would hold it, on a machine that cannot download Electron:
 * electron-builder itself runs its `dir` target for this platform with package.json's configuration
 * (its `files`, `asarUnpack` and smart unpacking, per-platform `files`, the production node_modules it
 * collects), writing app.asar with @electron/asar as it does for every installer. Only the Electron
 * distribution is a stand-in (an empty executable), and the fuses are left out: flipping them rewrites
 * the Electron binary, never app.asar. The archive is then read back with @electron/asar.
 */
import asar from '@electron/asar';
import type { DirectoryRecord, FileRecord } from '@electron/asar';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readBuilderConfig, ROOT } from './builder-config';

export interface PackedApp {
  /** `resources/app.asar`; its unpacked files are in `app.asar.unpacked` beside it. */
  archive: string;
  /** Every file of the archive (`/dist/electron/main.js`), and whether it is unpacked. */
  entries: ReadonlyMap<string, { unpacked: boolean }>;
}

/** Runs electron-builder's `dir` target for this platform and arch into `outDir`; resolves with the app.asar it wrote. */
export async function packApp(outDir: string, root = ROOT): Promise<string> {
  if (process.platform !== 'linux') throw new Error(`packApp stands in for Electron's Linux distribution only, not ${process.platform}'s`);
  const electronDist = join(outDir, 'electron-dist');
  mkdirSync(join(electronDist, 'resources'), { recursive: true });
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  const { electronFuses: _fuses, directories, ...rest } = readBuilderConfig(root);
  const config = { ...rest, electronDist, directories: { ...(directories as object), output: join(outDir, 'release') } };
  const configFile = join(outDir, 'electron-builder.json');
  writeFileSync(configFile, JSON.stringify(config));
  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
  const args = [cli, '--linux', 'dir', `--${process.arch}`, '--config', configFile, '--projectDir', root];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: root, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, CI: 'true' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder --linux dir failed:\n${stdout}\n${stderr}`.trim(), { cause: error });
  }
  const unpackedDir = readdirSync(join(outDir, 'release')).find((name) => name.endsWith('-unpacked'));
  const archive = unpackedDir && join(outDir, 'release', unpackedDir, 'resources', 'app.asar');
  if (!archive || !existsSync(archive)) throw new Error(`electron-builder wrote no app.asar under ${join(outDir, 'release')}`);
  return archive;
}

/** The archive's entries, from its header: every file and whether electron-builder unpacked it. */
export function readArchive(archive: string): PackedApp {
  const entries = new Map<string, { unpacked: boolean }>();
  const walk = (dir: DirectoryRecord, prefix: string) => {
    for (const [name, entry] of Object.entries(dir.files)) {
      const path = `${prefix}/${name}`;
      if ('files' in entry) walk(entry, path);
      else if (!('link' in entry)) entries.set(path, { unpacked: (entry as FileRecord).unpacked === true });
    }
  };
  walk(asar.getRawHeader(archive).header, '');
  return { archive, entries };
}

/** A file's bytes as Electron's fs would give them: from the archive, or from app.asar.unpacked when unpacked. */
export const readEntry = (app: PackedApp, path: string): Buffer => asar.extractFile(app.archive, path.slice(1));

/** Whether `path` is a file or a folder of the archive. */
export const hasPath = (app: PackedApp, path: string): boolean =>
  app.entries.has(path) || [...app.entries.keys()].some((file) => file.startsWith(`${path}/`));
