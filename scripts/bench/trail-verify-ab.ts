// verify-trail as the user runs it, a cold process each time, for two builds of the CLI taking turns
// (A/B on a shared, noisy machine), beside `sha256sum` over the same file in the same round.
// `npx tsx scripts/bench/trail-verify-ab.ts --trail FILE --data-dir DIR --a DIST_A --b DIST_B [--rounds 7]`:
// DIST_* are `node scripts/build-electron.mjs --out` folders (dist/ of a worktree of the old commit, and
// of this one); FILE a trail exported by `scripts/bench/trail-child.ts 100000 --keep DIR` (DIR/trail.csv), DIR/data its data folder.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './stats';
import { timedProcess, timedVerifyTrail, type ProcessRun } from './trail-process';

const { values } = parseArgs({
  options: { trail: { type: 'string' }, 'data-dir': { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, rounds: { type: 'string', default: '7' } },
});
const { trail, 'data-dir': dataDir, a, b } = values;
if (!trail || !dataDir || !a || !b) throw new Error('usage: --trail FILE --data-dir DIR --a DIST_A --b DIST_B [--rounds N]');

const verify = (dist: string) => timedVerifyTrail(join(dist, 'electron/cli.js'), trail, dataDir);

const runs: Record<'a' | 'b' | 'sha256sum', ProcessRun[]> = { a: [], b: [], sha256sum: [] };
const loadBefore = loadavg()[0]!;
for (let round = 0; round < Number(values.rounds); round++) {
  // The order alternates, so neither build always runs right after the other.
  for (const side of round % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) runs[side].push(verify(side === 'a' ? a : b));
  runs.sha256sum.push(timedProcess('sha256sum', [trail]));
}
const loadAfter = loadavg()[0]!;
const summary = (name: string, xs: ProcessRun[]) => ({
  name,
  wallMs: Math.round(median(xs.map((run) => run.wallMs))),
  wallRange: [Math.round(Math.min(...xs.map((run) => run.wallMs))), Math.round(Math.max(...xs.map((run) => run.wallMs)))],
  cpuMs: Math.round(median(xs.map((run) => run.cpuMs))),
  maxRssMb: Math.round(Math.max(...xs.map((run) => run.maxRssMb))),
});
const rows = [summary(`A ${a}`, runs.a), summary(`B ${b}`, runs.b), summary('sha256sum', runs.sha256sum)];
console.log(JSON.stringify({ rounds: Number(values.rounds), loadBefore, loadAfter, rows, bWallOverA: rows[1]!.wallMs / rows[0]!.wallMs, runs }, null, 1));
