// The command line as a user runs it, `tickmark extract --jsonl FILE` (dist/electron/cli.js with
// plain node: start, import worker, pdf.js's parser thread, output), as a whole process beside
// `pdftotext` on the same file, each under GNU time for its wall time and peak memory. The two take
// turns, round after round, so that a machine whose load changes by the minute weighs on both alike.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { median } from './stats';

const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  wallMs: number;
  maxRssMb: number;
}

export interface CliBench {
  cli: ProcessRun[];
  pdftotext: ProcessRun[];
}

/** Runs `command` under GNU time, its output discarded; its wall time (measured here) and peak RSS. */
function timed(command: string, args: readonly string[]): ProcessRun {
  const started = performance.now();
  // GNU time writes its line last on stderr; the program's own stdout is thrown away.
  const run = spawnSync(GNU_TIME, ['-f', 'maxrss=%M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - started;
  const stderr = run.stderr ?? '';
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status ?? run.signal}): ${stderr.slice(-500)}`);
  const rss = /maxrss=(\d+)\s*$/.exec(stderr);
  if (!rss) throw new Error(`${GNU_TIME} gave no peak memory for ${command}: ${stderr.slice(-200)}`);
  return { wallMs, maxRssMb: Number(rss[1]) / 1024 };
}

export function benchCliWholeProcess(cliJs: string, pdf: string, rounds: number): CliBench {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed for peak memory: apt-get install time`);
  const cli = () => timed(process.execPath, [cliJs, 'extract', '--jsonl', pdf]);
  const pdftotext = () => timed('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
  // One of each first, unmeasured: the file and both programs in the page cache.
  cli();
  pdftotext();
  const result: CliBench = { cli: [], pdftotext: [] };
  for (let round = 0; round < rounds; round++) {
    result.pdftotext.push(pdftotext());
    result.cli.push(cli());
  }
  return result;
}

const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
const mb = (x: number) => `${Math.round(x)} MB`;

export function cliMarkdown(bench: CliBench, pages: number): string {
  const wall = (runs: readonly ProcessRun[]) => median(runs.map((run) => run.wallMs));
  const rss = (runs: readonly ProcessRun[]) => median(runs.map((run) => run.maxRssMb));
  const ratio = wall(bench.cli) / wall(bench.pdftotext);
  const spread = (runs: readonly ProcessRun[]) => {
    const times = runs.map((run) => run.wallMs);
    return `${ms(Math.min(...times))}–${ms(Math.max(...times))}`;
  };
  return [
    `\`tickmark extract --jsonl large-all-seeds.pdf\` (${pages} pages) as a whole process, \`node dist/electron/cli.js\`, and \`pdftotext\` on the same file, taking turns; median of ${bench.cli.length} rounds after one of each unmeasured. Peak memory is the process's maximum RSS (GNU time), all threads included.`,
    '',
    '| | wall time (median) | range | peak memory (median) |',
    '| --- | --- | --- | --- |',
    `| \`tickmark extract --jsonl\` (start, import worker, pdf.js parser thread, output) | ${ms(wall(bench.cli))} | ${spread(bench.cli)} | ${mb(rss(bench.cli))} RSS |`,
    `| \`pdftotext\` (poppler), text only | ${ms(wall(bench.pdftotext))} | ${spread(bench.pdftotext)} | ${mb(rss(bench.pdftotext))} RSS |`,
    '',
    `Ratio tickmark / pdftotext: **${ratio.toFixed(2)}×** (target ≤ 2×; peak memory target under 400 MB).`,
  ].join('\n');
}
