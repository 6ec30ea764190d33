// What the trail bench needs to run verify-trail as the user does, a cold process each time: a build
// of the CLI of its own (so no other build of dist/ can change under it), and each process timed
// under GNU time for its wall time, its CPU time over all threads and its peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

export interface ProcessRun {
  wallMs: number;
  /** User and system time of all its threads. */
  cpuMs: number;
  maxRssMb: number;
}

/** Runs `command` to its end under GNU time, its output discarded; fails unless it exits with 0. */
export function timedProcess(command: string, args: readonly string[]): ProcessRun {
  const run = spawnSync('/usr/bin/time', ['-f', 'time=%e %U %S %M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const stderr = run.stderr ?? '';
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status ?? run.signal}): ${stderr.slice(-500)}`);
  const line = /time=(\S+) (\S+) (\S+) (\d+)\s*$/.exec(stderr);
  if (!line) throw new Error(`GNU time (/usr/bin/time, apt-get install time) gave no times for ${command}: ${stderr.slice(-200)}`);
  const [wall, user, system, rssKb] = line.slice(1).map(Number) as [number, number, number, number];
  return { wallMs: wall * 1000, cpuMs: (user + system) * 1000, maxRssMb: rssKb / 1024 };
}

/** The Node side built into a folder of its own (node_modules linked beside it); its cli.js, and how to remove it. */
export async function privateCliBuild(): Promise<{ cliJs: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tickmark-cli-'));
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-electron.mjs'), '--out', dir, '--quiet'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the CLI failed: ${build.stderr}`);
  return { cliJs: join(dir, 'electron/cli.js'), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** `verify-trail` over `trail` as the user runs it, trusting the key in `dataDir`. */
export const timedVerifyTrail = (cliJs: string, trail: string, dataDir: string): ProcessRun =>
  timedProcess(process.execPath, [cliJs, 'verify-trail', '--data-dir', dataDir, trail]);
