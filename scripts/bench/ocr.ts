// OCR of the scanned excerpts (issue 12): `tickmark extract --jsonl` on each 4-page scan as a user
// runs it (node dist/electron/cli.js, a whole process: start, model load, OCR in the import worker),
// beside the same command on the text PDF the scan was made from; and the figures read, scored as
// values against the passage's gold, beside the figures extracted from the passage's own text.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFigures } from '../../shared/extraction/index';
import { goldValues, scoreValues, type ValueScore } from '../../electron/backend/ocr/value-score';
import { median } from './stats';

const SCANS = [
  { name: 'English', scan: 'scan/alipay-2019-2020-excerpt-scan.pdf', pdf: 'pdf/alipay-2019-2020-excerpt.pdf', passage: '001_9944-20073' },
  { name: 'Chinese', scan: 'scan/alibaba-esg-2022-excerpt-scan.pdf', pdf: 'pdf/alibaba-esg-2022-excerpt.pdf', passage: '002_9968-16057' },
];

interface Run {
  ms: number;
  /** CPU time of the whole process, all threads (user + system): what the load of other programs changes least. */
  cpuMs: number;
  values: number[];
}

/** The command under GNU time (as cli-whole-process.ts), for its CPU time beside its wall time. */
function extract(cli: string, file: string): Run {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'cpu=%U+%S', process.execPath, cli, 'extract', '--jsonl', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`extract ${file} failed: ${run.stderr}`);
  const [, user, system] = /cpu=([\d.]+)\+([\d.]+)/.exec(run.stderr) ?? [];
  const values = run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { value: number }).value);
  return { ms, cpuMs: (Number(user) + Number(system)) * 1000, values };
}

const percent = (score: ValueScore) => `${score.recall.toFixed(3)} / ${score.precision.toFixed(3)}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `rounds` runs of each scan, taking turns with its text PDF. */
export function benchOcr(root: string, rounds = 3): { markdown: string; slowestScanMs: number } {
  const cli = resolve(root, 'dist/electron/cli.js');
  const shared = resolve(root, '../shared');
  const rows: string[] = [];
  let slowestScanMs = 0;
  for (const { name, scan, pdf, passage } of SCANS) {
    const scanRuns: Run[] = [];
    const pdfRuns: Run[] = [];
    for (let round = 0; round < rounds; round++) {
      scanRuns.push(extract(cli, resolve(shared, 'fixtures', scan)));
      pdfRuns.push(extract(cli, resolve(shared, 'fixtures', pdf)));
    }
    const gold = goldValues(readFileSync(resolve(shared, 'eval/dev/gold', `${passage}.jsonl`), 'utf8'));
    const scanScore = scoreValues(gold, scanRuns[0]!.values);
    const textScore = scoreValues(gold, extractFigures(readFileSync(resolve(shared, 'eval/dev/text', `${passage}.txt`), 'utf8')).map((figure) => figure.value));
    const scanMs = median(scanRuns.map((run) => run.ms));
    const pdfMs = median(pdfRuns.map((run) => run.ms));
    slowestScanMs = Math.max(slowestScanMs, scanMs);
    const cpuMs = median(scanRuns.map((run) => run.cpuMs));
    rows.push(
      `| ${name} scan, 4 pages | ${seconds(scanMs)} (${scanRuns.map((run) => seconds(run.ms)).join(', ')}); CPU ${seconds(cpuMs)} | ${seconds(pdfMs)} | ${(scanMs / pdfMs).toFixed(1)}× | ${percent(scanScore)} (${scanScore.matched} of ${scanScore.gold}; ${scanScore.read} read) | ${percent(textScore)} | ${(scanScore.recall / textScore.recall).toFixed(2)} / ${(scanScore.precision / textScore.precision).toFixed(2)} |`,
    );
  }
  const markdown = [
    `\`node dist/electron/cli.js extract --jsonl\`, a whole process each under GNU time, median of ${rounds} taking turns with the text PDF of the same passage; values scored against the passage's gold (recall / precision), beside \`extractFigures\` on the passage's text.`,
    '',
    '| document | scan: wall time, median (runs); CPU time, all threads | text PDF: wall time | ratio | scan: value recall / precision | passage text: recall / precision | ratio |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  return { markdown, slowestScanMs };
}
