// Find as the auditor types (issue 13): the 120-page report's text, read by the app's importer,
// indexed once; then 40 queries taken by rule from the report itself (a Chinese run of four
// characters and an English pair of words from every k-th figure's sentence), each typed one
// character at a time, every prefix a timed search with hits and their context. The reference,
// in the same run, is a plain `String.indexOf` scan of the raw text for the same prefix, counting
// every occurrence: what a search with no normalisation would cost.
import { readFileSync } from 'node:fs';
import { importReport } from '../../electron/backend/import-report';
import { extractFigures } from '../../shared/extraction/index';
import { findText, indexText } from '../../shared/find/text-index';
import { median, percentile } from './stats';

const QUERIES = 40;

export interface FindBench {
  markdown: string;
  p95Ms: number;
}

/** Queries from the report's own sentences: both languages, as an auditor would type them. */
export function queriesFrom(text: string): string[] {
  const figures = extractFigures(text);
  const step = Math.max(1, Math.floor(figures.length / QUERIES));
  const queries: string[] = [];
  for (let i = 0; i < figures.length && queries.length < QUERIES; i += step) {
    const { start, end } = figures[i]!.sentence;
    const sentence = text.slice(start, end);
    const chinese = /[\u4e00-\u9fff]{4}/.exec(sentence)?.[0];
    const english = /[A-Za-z]{3,} [A-Za-z]{3,}/.exec(sentence)?.[0];
    const query = queries.length % 2 === 0 ? (chinese ?? english) : (english ?? chinese);
    if (query) queries.push(query);
  }
  return queries;
}

function countIndexOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

const ms = (x: number) => `${x < 10 ? x.toFixed(2) : Math.round(x).toLocaleString('en-US')} ms`;

export async function benchFind(largePdf: string): Promise<FindBench> {
  const read = await importReport({ jobId: 'bench', fileName: largePdf, bytes: new Uint8Array(readFileSync(largePdf)) }, () => {});
  if (!read.ok) throw new Error(`${largePdf}: ${read.error.message}`);
  const text = read.value.text;
  const indexStarted = performance.now();
  const index = indexText('report', text);
  const indexMs = performance.now() - indexStarted;
  const queries = queriesFrom(text);

  const ours: number[] = [];
  const plain: number[] = [];
  let prefixes = 0;
  let hits = 0;
  for (let round = 0; round < 2; round++) {
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const prefix = query.slice(0, length);
        let started = performance.now();
        const found = findText([index], prefix);
        const took = performance.now() - started;
        started = performance.now();
        countIndexOf(text, prefix);
        const reference = performance.now() - started;
        // The first round warms the JIT; the second is measured.
        if (round === 0) continue;
        ours.push(took);
        plain.push(reference);
        prefixes++;
        hits += found.total;
      }
    }
  }
  const p95 = percentile(ours, 95);
  const markdown = [
    `\`large-all-seeds.pdf\` text as the importer reads it (${text.length.toLocaleString('en-US')} characters), indexed once in ${ms(indexMs)}; ` +
      `${queries.length} queries from the report's sentences (${queries.slice(0, 3).map((q) => `\`${q}\``).join(', ')}, …) typed a character at a time: ${prefixes} searches, ${hits.toLocaleString('en-US')} hits in all.`,
    '',
    '| per keystroke | p50 | p95 | max |',
    '| --- | --- | --- | --- |',
    `| Tickmark find (normalised index, first 100 hits with context, count to 10,000) | ${ms(median(ours))} | ${ms(p95)} | ${ms(Math.max(...ours))} |`,
    `| Reference: \`String.indexOf\` scan of the raw text, counting every occurrence | ${ms(median(plain))} | ${ms(percentile(plain, 95))} | ${ms(Math.max(...plain))} |`,
    '',
    `Ratio find / indexOf at p95: **${(p95 / percentile(plain, 95)).toFixed(2)}×**; target p95 under 100 ms: **${p95 < 100 ? 'met' : 'missed'}**.`,
  ].join('\n');
  return { markdown, p95Ms: p95 };
}

/** `npx tsx scripts/bench/find.ts [PDF]`: this section alone. */
if (process.argv[1]?.endsWith('find.ts')) {
  const pdf = process.argv[2] ?? new URL('../../../shared/fixtures/pdf/large-all-seeds.pdf', import.meta.url).pathname;
  benchFind(pdf).then(
    (bench) => console.log(bench.markdown),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
