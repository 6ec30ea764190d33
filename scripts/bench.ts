// `npm run bench`: every figure BENCHMARKS.md records, each beside its reference from the same run.
// Prints markdown; `--quick` skips the slow Recognizers-Text comparison, `--cli` runs only the
// command line's section, `--adversarial` only extraction on adversarial text, `--trail` only the
// audit trail's, `--review` only the review latencies in Chromium, `--evidence` only evidence ranking, `--checks` only the automatic checks, `--find` only find as you type,
// `--ocr` only OCR of the scanned excerpts.
import { execFile, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { benchExtraction } from './bench-extraction';
import { benchChecks } from './bench/checks';
import { benchCliWholeProcess, cliMarkdown } from './bench/cli-whole-process';
import { benchEvidence } from './bench/evidence';
import { benchFind } from './bench/find';
import { benchExtractionScaling } from './bench/extraction-scaling';
import { benchReviewLatency } from './bench/review-latency';
import { benchOcr } from './bench/ocr';
import { benchTrail } from './bench/trail';
import { median } from './bench/stats';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const largePdf = resolve(root, '../shared/fixtures/pdf/large-all-seeds.pdf');
const run = promisify(execFile);
const quick = process.argv.includes('--quick');
const cliOnly = process.argv.includes('--cli');
const adversarialOnly = process.argv.includes('--adversarial');
const trailOnly = process.argv.includes('--trail');
const reviewOnly = process.argv.includes('--review');
const ocrOnly = process.argv.includes('--ocr');
const OCR_SECTION = '## OCR of scanned pages (issue 12)';
const evidenceOnly = process.argv.includes('--evidence');
const findOnly = process.argv.includes('--find');
const checksOnly = process.argv.includes('--checks');
const CHECKS_SECTION = '## Automatic checks (issue 11)';
const ADVERSARIAL_SECTION = '## Extraction on adversarial text of 1, 2 and 4 MB (issue 10)';
const TRAIL_SECTION = '## The audit trail: export and verify-trail (issue 9)';
const REVIEW_SECTION = '## Reviewing figures in the app (issues 2 and 4)';
const EVIDENCE_SECTION = '## Ranking evidence for a figure (issue 12)';
const FIND_SECTION = '## Find as you type in a 120-page report (issue 13)';
const shared = resolve(root, '../shared');

interface ImportRun {
  coldMs: number;
  timesMs: number[];
  pages: number;
  figures: number;
  maxRssMb: number;
}

/** The app's import path (worker thread, pdf.js, extraction) in a process of its own, for its peak memory. */
async function importLargePdf(): Promise<ImportRun> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/bench/import-child.ts'), largePdf, '5'], {
    cwd: root,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as ImportRun;
}

function timePdftotext(rounds: number): number[] {
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const started = performance.now();
    execFileSync('pdftotext', ['-enc', 'UTF-8', largePdf, '-'], { maxBuffer: 64 << 20 });
    if (round > 0) times.push(performance.now() - started);
  }
  return times;
}

const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;

async function main() {
  if (checksOnly) {
    const machine = `Machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`;
    console.log([machine, CHECKS_SECTION, (await benchChecks(largePdf)).markdown].join('\n\n'));
    return;
  }
  // The bundled worker and the renderer are what is measured: build them as the app ships.
  if (!adversarialOnly && !trailOnly && !evidenceOnly && !findOnly) execFileSync('npm', ['run', cliOnly || ocrOnly ? 'build:electron' : 'build'], { cwd: root, stdio: 'ignore' });
  const sections: string[] = [`Machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`];

  if (cliOnly) {
    sections.push('## The command line on a 120-page PDF (issue 10)', cliMarkdown(benchCliWholeProcess(resolve(root, 'dist/electron/cli.js'), largePdf, 7), 120));
    console.log(sections.join('\n\n'));
    return;
  }

  if (trailOnly) {
    console.log([...sections, TRAIL_SECTION, (await benchTrail()).markdown].join('\n\n'));
    return;
  }

  if (findOnly) {
    console.log([...sections, FIND_SECTION, (await benchFind(largePdf)).markdown].join('\n\n'));
    return;
  }

  if (evidenceOnly) {
    console.log([...sections, EVIDENCE_SECTION, (await benchEvidence(shared)).markdown].join('\n\n'));
    return;
  }

  if (ocrOnly) {
    console.log([...sections, OCR_SECTION, benchOcr(root).markdown].join('\n\n'));
    return;
  }
  if (reviewOnly) {
    console.log([...sections, REVIEW_SECTION, (await benchReviewLatency()).markdown].join('\n\n'));
    return;
  }

  if (adversarialOnly) {
    console.log([...sections, ADVERSARIAL_SECTION, benchExtractionScaling().markdown].join('\n\n'));
    return;
  }

  if (!quick) {
    const extraction = await benchExtraction();
    sections.push('## Figure extraction (issue 3)', extraction.markdown);
  }
  sections.push(ADVERSARIAL_SECTION, benchExtractionScaling().markdown);

  const imported = await importLargePdf();
  const pdftotext = timePdftotext(5);
  const ours = median(imported.timesMs);
  sections.push(
    '## Importing a 120-page PDF (issue 4)',
    [
      `\`large-all-seeds.pdf\`, ${imported.pages} pages, ${imported.figures.toLocaleString('en-US')} figures; median of 5 after one warm-up.`,
      '',
      '| | time | peak memory |',
      '| --- | --- | --- |',
      `| Tickmark import (bundled worker thread: pdf.js text, reading order, extraction, boxes) | ${ms(ours)} (cold, worker start included: ${ms(imported.coldMs)}) | ${Math.round(imported.maxRssMb)} MB RSS |`,
      `| \`pdftotext\` (poppler), text only | ${ms(median(pdftotext))} | |`,
      '',
      `Ratio Tickmark / pdftotext: **${(ours / median(pdftotext)).toFixed(2)}×** (target ≤ 2×, under 5 s, under 1 GB).`,
    ].join('\n'),
  );

  const cli = benchCliWholeProcess(resolve(root, 'dist/electron/cli.js'), largePdf, 7);
  sections.push('## The command line on a 120-page PDF (issue 10)', cliMarkdown(cli, imported.pages));

  const trail = await benchTrail();
  sections.push(TRAIL_SECTION, trail.markdown);

  sections.push(EVIDENCE_SECTION, (await benchEvidence(shared)).markdown);

  sections.push(FIND_SECTION, (await benchFind(largePdf)).markdown);

  sections.push(CHECKS_SECTION, (await benchChecks(largePdf)).markdown);

  const review = await benchReviewLatency();
  sections.push(REVIEW_SECTION, review.markdown);
  sections.push(OCR_SECTION, benchOcr(root).markdown);

  console.log(sections.join('\n\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
