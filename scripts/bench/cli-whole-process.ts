// The command line as a user runs it, `tickmark extract --jsonl FILE` (dist/electron/cli.js with
// plain node: start, import worker, pdf.js's parser thread, output), as a whole process beside
// `pdftotext` on the same file, each under GNU time for its wall time, CPU time and peak memory. The two take
// turns, round after round, so that a machine whose load changes by the minute weighs on both alike.
import { existsSync } from 'node:fs';
import { median } from './stats';
import { timedProcess, type ProcessRun } from './trail-process';

const GNU_TIME = '/usr/bin/time';

export interface CliBench {
  cli: ProcessRun[];
  pdftotext: ProcessRun[];
}

export function benchCliWholeProcess(cliJs: string, pdf: string, rounds: number): CliBench {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed for peak memory: apt-get install time`);
  const cli = () => timedProcess(process.execPath, [cliJs, 'extract', '--jsonl', pdf]);
  const pdftotext = () => timedProcess('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
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
  const cpu = (runs: readonly ProcessRun[]) => median(runs.map((run) => run.cpuMs));
  const ratio = wall(bench.cli) / wall(bench.pdftotext);
  const spread = (runs: readonly ProcessRun[]) => {
    const times = runs.map((run) => run.wallMs);
    return `${ms(Math.min(...times))}–${ms(Math.max(...times))}`;
  };
  return [
    `\`tickmark extract --jsonl large-all-seeds.pdf\` (${pages} pages) as a whole process, \`node dist/electron/cli.js\`, and \`pdftotext\` on the same file, taking turns; median of ${bench.cli.length} rounds after one of each unmeasured. CPU time and peak memory (the process's maximum RSS) from GNU time, all threads included.`,
    '',
    '| | wall time (median) | range | CPU time, user + system (median) | peak memory (median) |',
    '| --- | --- | --- | --- | --- |',
    `| \`tickmark extract --jsonl\` (start, import worker, pdf.js parser thread, output) | ${ms(wall(bench.cli))} | ${spread(bench.cli)} | ${ms(cpu(bench.cli))} | ${mb(rss(bench.cli))} RSS |`,
    `| \`pdftotext\` (poppler), text only | ${ms(wall(bench.pdftotext))} | ${spread(bench.pdftotext)} | ${ms(cpu(bench.pdftotext))} | ${mb(rss(bench.pdftotext))} RSS |`,
    '',
    `Ratio tickmark / pdftotext: **${ratio.toFixed(2)}×** (target ≤ 2×; peak memory target under 400 MB).`,
  ].join('\n');
}
