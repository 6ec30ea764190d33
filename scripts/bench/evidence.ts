// Evidence ranking (issue 12): the corpus of the three seed reports and both evidence workbooks,
// read by the app's readers, indexed once; then candidates ranked for 1,000 of the corpus's own
// figures (every k-th, so both languages and the workbooks' neighbours are in it), each timed
// alone. The reference, in the same run, is what the index spares: the same claims answered by a
// scan of every entry for a value that could support them. Indexing is set beside extracting the
// figures of the same corpus, the step every import already pays.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { importReport } from '../../electron/backend/import-report';
import { buildEvidenceIndex, claimOf, evidenceDocument, rankEvidence, type EvidenceDocument } from '../../shared/evidence/index';
import { supportWindow } from '../../shared/evidence/value-match';
import { extractFigures } from '../../shared/extraction/index';
import { median, percentile } from './stats';

const FIGURES = 1_000;
const ROUNDS = 5;

export interface EvidenceBench {
  markdown: string;
}

async function corpus(shared: string): Promise<EvidenceDocument[]> {
  const files = [
    'seeds/alibaba-2022-esg-report.txt',
    'seeds/alipay-2019-2020-sustainability-report.txt',
    'seeds/ant-financial-2016-sustainability-report.txt',
    'fixtures/evidence/cnnic-2020-03-internet-users.xlsx',
    'fixtures/evidence/alibaba-fy2022-ghg-and-staff.xlsx',
  ].map((file) => resolve(shared, file));
  const documents: EvidenceDocument[] = [];
  for (const file of files) {
    const read = await importReport({ jobId: file, fileName: file, bytes: new Uint8Array(readFileSync(file)) }, () => {});
    if (!read.ok) throw new Error(read.error.message);
    documents.push(evidenceDocument(read.value, basename(file)));
  }
  return documents;
}

const ms = (x: number) => `${x < 10 ? x.toFixed(2) : Math.round(x).toLocaleString('en-US')} ms`;

export async function benchEvidence(shared: string): Promise<EvidenceBench> {
  const documents = await corpus(shared);
  const indexTimes: number[] = [];
  const extractTimes: number[] = [];
  let index = buildEvidenceIndex(documents);
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    index = buildEvidenceIndex(documents);
    indexTimes.push(performance.now() - started);
    started = performance.now();
    for (const document of documents) extractFigures(document.text);
    extractTimes.push(performance.now() - started);
  }

  const all = index.documents.flatMap((prepared) => prepared.source.figures.map((figure) => ({ prepared, figure })));
  // Spread over the whole corpus; figures are taken again in turn when it has fewer than FIGURES.
  const sample = Array.from({ length: FIGURES }, (_, i) => all[Math.floor((i * all.length) / FIGURES) % all.length]!);
  const rankTimes: number[] = [];
  const scanTimes: number[] = [];
  let candidates = 0;
  for (const { prepared, figure } of sample) {
    let started = performance.now();
    const claim = claimOf(index, prepared, figure);
    candidates += rankEvidence(index, claim).length;
    rankTimes.push(performance.now() - started);
    started = performance.now();
    const { low, high } = supportWindow(claim.entry.stated);
    let within = 0;
    for (const entry of index.entries) if (entry.stated.value >= low && entry.stated.value <= high) within++;
    scanTimes.push(performance.now() - started);
    if (within < 0) throw new Error('unreachable: keeps the scan from being optimised away');
  }

  const chars = documents.reduce((sum, d) => sum + d.text.length, 0);
  const p50 = median(rankTimes);
  const p95 = percentile(rankTimes, 95);
  const markdown = [
    `Corpus: the three seed reports and both evidence workbooks, ${chars.toLocaleString('en-US')} characters, ${index.entries.length.toLocaleString('en-US')} entries (figures, cells and the shares of cells within a column). Ranking: ${sample.length} claims spread over the corpus's ${all.length.toLocaleString('en-US')} figures, each prepared and ranked alone (top 10; ${(candidates / sample.length).toFixed(1)} candidates on average). Indexing: median of ${ROUNDS}.`,
    '',
    '| | p50 | p95 | max |',
    '| --- | --- | --- | --- |',
    `| ranking one figure (\`claimOf\` + \`rankEvidence\`) | ${ms(p50)} | ${ms(p95)} | ${ms(Math.max(...rankTimes))} |`,
    `| reference: scanning every entry for a supporting value only | ${ms(median(scanTimes))} | ${ms(percentile(scanTimes, 95))} | ${ms(Math.max(...scanTimes))} |`,
    '',
    `Ratio ranking / scan at p95: **${(p95 / percentile(scanTimes, 95)).toFixed(1)}×** (target: p95 under 20 ms).`,
    '',
    '| | time |',
    '| --- | --- |',
    `| indexing the corpus (\`buildEvidenceIndex\`: words segmented, entries, value order) | ${ms(median(indexTimes))} |`,
    `| reference: \`extractFigures\` over the same corpus | ${ms(median(extractTimes))} |`,
    '',
    `Ratio indexing / extraction: **${(median(indexTimes) / median(extractTimes)).toFixed(1)}×**.`,
  ].join('\n');
  return { markdown };
}
