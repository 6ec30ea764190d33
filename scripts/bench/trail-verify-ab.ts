// verify-trail as the user runs it, a cold process each time, for two builds of the CLI taking turns
// (A/B on a shared, noisy machine), beside `sha256sum` over the same file in the same round.
// `npx tsx scripts/bench/trail-verify-ab.ts --trail FILE --data-dir DIR --a DIST_A --b DIST_B [--rounds 7]`:
// DIST_* are `node scripts/build-electron.mjs --out` folders (dist/ of a worktree of the old commit, and
// of this one); FILE a trail exported by `scripts/bench/trail-child.ts --keep DIR`, DIR its data folder.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './stats';

const { values } = parseArgs({
  options: { trail: { type: 'string' }, 'data-dir': { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, rounds: { type: 'string', default: '7' } },
});
const { trail, 'data-dir': dataDir, a, b } = values;
if (!trail || !dataDir || !a || !b) throw new Error('usage: --trail FILE --data-dir DIR --a DIST_A --b DIST_B [--rounds N]');

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

/** One cold process under GNU time: wall and CPU time (user + system, all threads) and peak RSS. */
function timed(command: string, args: string[]): Run {
  const format = '%e %U %S %M';
  const child = spawnSync('/usr/bin/time', ['-f', format, command, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const output = child.stderr.toString();
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${output}`);
  const [wall, user, system, rssKb] = output.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
  return { wallMs: wall * 1000, cpuMs: (user + system) * 1000, maxRssMb: rssKb / 1024 };
}

const verify = (dist: string) => timed(process.execPath, [join(dist, 'electron/cli.js'), 'verify-trail', '--data-dir', dataDir, trail]);

const runs: Record<'a' | 'b' | 'sha256sum', Run[]> = { a: [], b: [], sha256sum: [] };
const loadBefore = loadavg()[0]!;
for (let round = 0; round < Number(values.rounds); round++) {
  // The order alternates, so neither build always runs right after the other.
  for (const side of round % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) runs[side].push(verify(side === 'a' ? a : b));
  runs.sha256sum.push(timed('sha256sum', [trail]));
}
const loadAfter = loadavg()[0]!;
const summary = (name: string, xs: Run[]) => ({
  name,
  wallMs: Math.round(median(xs.map((run) => run.wallMs))),
  wallRange: [Math.round(Math.min(...xs.map((run) => run.wallMs))), Math.round(Math.max(...xs.map((run) => run.wallMs)))],
  cpuMs: Math.round(median(xs.map((run) => run.cpuMs))),
  maxRssMb: Math.round(Math.max(...xs.map((run) => run.maxRssMb))),
});
const rows = [summary(`A ${a}`, runs.a), summary(`B ${b}`, runs.b), summary('sha256sum', runs.sha256sum)];
console.log(JSON.stringify({ rounds: Number(values.rounds), loadBefore, loadAfter, rows, bWallOverA: rows[1]!.wallMs / rows[0]!.wallMs, runs }, null, 1));
