// The automatic checks' time (issue 11): all checks over the 120-page PDF's figures, over a
// synthetic engagement of 25 000 and 50 000 figures (twice the figures should take about twice
// the time: grouping is not quadratic), and over one report of 22,800 figures alike. Each beside a reference measured in the same run: the
// extraction of the same text. Times are medians; the thread's CPU time is given too, since the
// machine is shared and wall time counts the neighbours' work.
import { readFile } from 'node:fs/promises';
import { runChecks, type CheckDocument } from '../../shared/checks/index';
import { siteLinesReport, syntheticEngagement } from '../../shared/checks/__fixtures__/synthetic-engagement';
import { extractFigures } from '../../shared/extraction/index';
import { describeFigures } from '../../shared/metrics/index';
import { importReport } from '../../electron/backend/import-report';
import { median } from './stats';

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function time(rounds: number, work: () => void): Timing {
  work(); // warm-up
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    work();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

type Raw = { name: string; text: string; figures: ReturnType<typeof extractFigures> };

/** Describing the figures (metric, period, scope) and running every check: what `check` adds to an import. */
const checkAll = (raws: readonly Raw[]) => runChecks(raws.map((r): CheckDocument => ({ name: r.name, text: r.text, figures: describeFigures(r.text, r.figures) })));

const ms = (t: Timing) => `${Math.round(t.wallMs).toLocaleString('en-US')} ms (CPU ${Math.round(t.cpuMs).toLocaleString('en-US')} ms)`;

export async function benchChecks(largePdf: string, rounds = 5): Promise<{ markdown: string }> {
  const imported = await importReport({ jobId: 'bench', fileName: largePdf, bytes: await readFile(largePdf) }, () => {});
  if (!imported.ok) throw new Error(imported.error.message);
  const pdf: Raw = { name: 'large-all-seeds.pdf', text: imported.value.text, figures: imported.value.figures };
  const pdfChecks = time(rounds, () => checkAll([pdf]));
  const pdfExtract = time(rounds, () => extractFigures(pdf.text));
  const checksFound = checkAll([pdf]);

  const rows: string[] = [];
  const synthetic: Record<number, Timing> = {};
  for (const total of [25_000, 50_000]) {
    const raws = syntheticEngagement(5, total / 5).map((d) => ({ ...d, figures: extractFigures(d.text) }));
    const figures = raws.reduce((n, r) => n + r.figures.length, 0);
    const checks = time(Math.max(3, rounds - 2), () => checkAll(raws));
    const extract = time(Math.max(3, rounds - 2), () => raws.forEach((r) => extractFigures(r.text)));
    synthetic[total] = checks;
    rows.push(
      `| synthetic engagement, 5 documents, ${figures.toLocaleString('en-US')} figures | ${ms(checks)} | ${ms(extract)} | ${(checks.wallMs / extract.wallMs).toFixed(2)}× | ${total === 50_000 ? 'under 2 s' : ''} |`,
    );
  }
  // one document of 22,800 figures of one metric (e2e's large queue): a check may hold thousands of them
  const sitesText = siteLinesReport(7_667);
  const sites: Raw = { name: 'group-sites-2023.txt', text: sitesText, figures: extractFigures(sitesText) };
  const sitesChecks = time(Math.max(3, rounds - 2), () => checkAll([sites]));
  const sitesExtract = time(Math.max(3, rounds - 2), () => extractFigures(sites.text));
  rows.push(
    `| one report of 7,667 sentences alike (e2e's large queue), ${sites.figures.length.toLocaleString('en-US')} figures | ${ms(sitesChecks)} | ${ms(sitesExtract)} | ${(sitesChecks.wallMs / sitesExtract.wallMs).toFixed(2)}× | under 3 s |`,
  );
  const growth = synthetic[50_000]!.cpuMs / synthetic[25_000]!.cpuMs;
  const markdown = [
    `Describing every figure (metric, period, scope) and running every check (sum, ratio, change, consistency, bilingual alignment); median of ${rounds} after one warm-up. Reference: extracting the figures of the same text in the same run.`,
    '',
    '| engagement | checks | reference: extraction | ratio | target |',
    '| --- | --- | --- | --- | --- |',
    `| \`large-all-seeds.pdf\`, 120 pages, ${pdf.figures.length.toLocaleString('en-US')} figures (${checksFound.length} checks, ${checksFound.filter((c) => !c.holds).length} mismatches) | ${ms(pdfChecks)} | ${ms(pdfExtract)} | ${(pdfChecks.wallMs / pdfExtract.wallMs).toFixed(2)}× | under 200 ms |`,
    ...rows,
    '',
    `From 25 000 to 50 000 figures the checks' CPU time grows ${growth.toFixed(2)}× (linear: 2×; all pairs: 4×).`,
  ].join('\n');
  return { markdown };
}
