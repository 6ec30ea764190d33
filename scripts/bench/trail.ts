// The audit trail at engagement scale (issue 9): sealing and writing 100 000 events to CSV, and
// verify-trail reading them back as the user runs it (the built CLI, a cold process), each in a
// process of its own for its peak memory, beside `sha256sum` over the same file (native reading and
// hashing of every byte) from the same run.
import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median } from './stats';
import { privateCliBuild } from './trail-process';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const EVENTS = 100_000;
const ROUNDS = 5;

interface TrailRun {
  count: number;
  bytes: number;
  exportMs: number;
  exportCpuMs: number;
  verifyMs: number;
  verifyCpuMs: number;
  verifyMaxRssMb: number;
  sha256sumMs: number;
  maxRssMb: number;
}

export async function benchTrail(): Promise<{ markdown: string }> {
  const loadBefore = loadavg()[0]!;
  const runs: TrailRun[] = [];
  const build = await privateCliBuild();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const child = ['--import', 'tsx', resolve(root, 'scripts/bench/trail-child.ts'), String(EVENTS), '--cli', build.cliJs];
      const { stdout } = await promisify(execFile)(process.execPath, child, { cwd: root, maxBuffer: 1 << 20 });
      runs.push(JSON.parse(stdout) as TrailRun);
    }
  } finally {
    await build.remove();
  }
  const exportMs = median(runs.map((run) => run.exportMs));
  const verifyMs = median(runs.map((run) => run.verifyMs));
  const reference = median(runs.map((run) => run.sha256sumMs));
  const loadAfter = loadavg()[0]!;
  const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
  const range = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
  return {
    markdown: [
      `${EVENTS.toLocaleString('en-US')} sealed events (${Math.round(runs[0]!.bytes / 2 ** 20)} MB of CSV); median of ${ROUNDS} runs, each in its own process. Command: \`npm run bench -- --trail\` (\`npx tsx scripts/bench/trail-child.ts ${EVENTS}\` alone). Load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end.`,
      '',
      '| | time (median) | range | ratio to sha256sum | peak memory |',
      '| --- | --- | --- | --- | --- |',
      `| Export: verify the chain, seal, write the CSV in chunks, fsync | ${ms(exportMs)} (CPU ${ms(median(runs.map((run) => run.exportCpuMs)))}) | ${range(runs.map((run) => run.exportMs))} | ${(exportMs / reference).toFixed(1)}× | ${Math.round(Math.max(...runs.map((run) => run.maxRssMb)))} MB RSS (whole process, events in memory) |`,
      `| \`verify-trail\` (the CLI, a cold process): read the file in parts, one per core, re-hash every event, check the links and the seal's signature | ${ms(verifyMs)} (CPU ${ms(median(runs.map((run) => run.verifyCpuMs)))}) | ${range(runs.map((run) => run.verifyMs))} | ${(verifyMs / reference).toFixed(1)}× | ${Math.round(Math.max(...runs.map((run) => run.verifyMaxRssMb)))} MB RSS |`,
      `| \`sha256sum\` over the same file (reference) | ${ms(reference)} | ${range(runs.map((run) => run.sha256sumMs))} | 1× | |`,
      '',
      'Target: each under 2 s on this machine.',
    ].join('\n'),
  };
}
