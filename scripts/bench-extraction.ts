// Extraction benchmark: our throughput and memory over the seed reports, and in the same run
// Microsoft Recognizers-Text 1.3.1 (number, percentage, currency and dimension models, Chinese
// and English) for throughput on a sample and precision/recall/F1 on the dev set and on our own
// held-out passages (shared/extraction/__fixtures__/generalisation), scored by the evaluation
// set's own scorer. `npx tsx scripts/bench-extraction.ts` prints the table.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { extractFigures, toGoldLine } from '../shared/extraction/index';
import { median } from './bench/stats';
import { EVAL_SETS } from './eval';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const evalDir = resolve(root, '../shared/eval');
const seedsDir = resolve(root, '../shared/seeds');

export interface Quality {
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionBench {
  ours: {
    chars: number;
    rounds: number;
    medianMs: number;
    charsPerSecond: number;
    peakRssMB: number;
    peakHeapMB: number;
    dev: Quality;
    generalisation: Quality;
  };
  recognizers: {
    version: string;
    sampleChars: number;
    ms: number;
    charsPerSecond: number;
    dev: Quality;
    generalisation: Quality;
  };
  markdown: string;
}

// Models built once per culture, as an application would keep them: the package's convenience
// functions (`recognizeNumber(text, culture)`) rebuild every recognizer on each call.
const RT_MODELS = [Culture.Chinese, Culture.English].flatMap((culture) => {
  const numbers = new NumberRecognizer(culture);
  const units = new NumberWithUnitRecognizer(culture);
  return [numbers.getNumberModel(), numbers.getPercentageModel(), units.getCurrencyModel(), units.getDimensionModel()];
});
// Recognizers-Text runs at a few hundred to a few thousand characters per second on this text,
// so its throughput is measured on a sample.
const RT_SAMPLE_CHARS = 6_000;

function readDir(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function scoreFile(predictions: string, goldDir = join(evalDir, 'dev', 'gold')): Quality {
  const out = execFileSync(process.execPath, [join(evalDir, 'score.mjs'), goldDir, predictions, '--json'], { encoding: 'utf8' });
  const r = JSON.parse(out) as Quality;
  return { precision: r.precision, recall: r.recall, f1: r.f1 };
}

/** Recognizers-Text over one text: all models of both cultures, overlapping results resolved to the longest span. */
function recognize(text: string): Array<{ start: number; end: number; value: number; text: string }> {
  const all: Array<{ start: number; end: number; value: number; text: string }> = [];
  for (const model of RT_MODELS) {
    for (const r of model.parse(text)) {
      const raw = (r.resolution as { value?: unknown } | undefined)?.value;
      const value = typeof raw === 'number' ? raw : Number.parseFloat(String(raw ?? '').replace(/,/g, ''));
      if (Number.isFinite(value)) all.push({ start: r.start, end: r.end + 1, value, text: r.text });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: typeof all = [];
  for (const r of all) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  return kept;
}

export async function benchExtraction(): Promise<ExtractionBench> {
  const seeds = readDir(seedsDir);
  const chars = seeds.reduce((n, s) => n + s.text.length, 0);
  let peakRss = 0;
  let peakHeap = 0;
  const sampleMemory = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };

  // ours: warm-up, then timed rounds over all seeds
  for (let r = 0; r < 5; r++) for (const s of seeds) extractFigures(s.text);
  const times: number[] = [];
  const ROUNDS = 15;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (const s of seeds) extractFigures(s.text);
    times.push(performance.now() - t0);
    sampleMemory();
  }
  const medianMs = median(times);
  const oursPeakRss = peakRss;
  const oursPeakHeap = peakHeap;

  const tmp = join(root, '.eval');
  mkdirSync(tmp, { recursive: true });
  const dev = readDir(join(evalDir, 'dev', 'text'));
  const oursFile = join(tmp, 'bench-ours.jsonl');
  writeFileSync(oursFile, dev.flatMap((d) => extractFigures(d.text).map((f) => toGoldLine(d.name, f))).join('\n') + '\n');
  const oursDev = scoreFile(oursFile);
  const held = readDir(join(EVAL_SETS.generalisation, 'text'));
  const heldGold = join(EVAL_SETS.generalisation, 'gold');
  const oursHeldFile = join(tmp, 'bench-ours-generalisation.jsonl');
  writeFileSync(oursHeldFile, held.flatMap((d) => extractFigures(d.text).map((f) => toGoldLine(d.name, f))).join('\n') + '\n');
  const oursHeld = scoreFile(oursHeldFile, heldGold);

  // Recognizers-Text: warm-up (model construction), a timed sample, then the dev set
  recognize('超过4500万户, more than 10 million users, 80%');
  const per = Math.floor(RT_SAMPLE_CHARS / seeds.length);
  const sample = seeds.map((s) => s.text.slice(0, per));
  const t0 = performance.now();
  for (const s of sample) recognize(s);
  const rtMs = performance.now() - t0;
  sampleMemory();
  const sampleChars = sample.reduce((n, s) => n + s.length, 0);
  const rtFile = join(tmp, 'bench-recognizers.jsonl');
  writeFileSync(
    rtFile,
    dev.flatMap((d) => recognize(d.text).map((r) => JSON.stringify({ doc: d.name, start: r.start, end: r.end, text: r.text, value: r.value }))).join('\n') + '\n',
  );
  const rtDev = scoreFile(rtFile);
  const rtHeldFile = join(tmp, 'bench-recognizers-generalisation.jsonl');
  writeFileSync(
    rtHeldFile,
    held.flatMap((d) => recognize(d.text).map((r) => JSON.stringify({ doc: d.name, start: r.start, end: r.end, text: r.text, value: r.value }))).join('\n') + '\n',
  );
  const rtHeld = scoreFile(rtHeldFile, heldGold);

  const ours = {
    chars,
    rounds: ROUNDS,
    medianMs,
    charsPerSecond: chars / (medianMs / 1000),
    peakRssMB: oursPeakRss / 2 ** 20,
    peakHeapMB: oursPeakHeap / 2 ** 20,
    dev: oursDev,
    generalisation: oursHeld,
  };
  const recognizers = { version: '1.3.1', sampleChars, ms: rtMs, charsPerSecond: sampleChars / (rtMs / 1000), dev: rtDev, generalisation: rtHeld };
  const f = (x: number): string => x.toFixed(3);
  const rate = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(1)} M` : `${Math.round(x).toLocaleString('en-US')}`);
  const prf = (q: Quality): string => `${f(q.precision)} / ${f(q.recall)} / ${f(q.f1)}`;
  const markdown = [
    '| extractor | P / R / F1 (dev) | P / R / F1 (own held-out passages) | chars/s (single thread) | speed, × Recognizers-Text |',
    '| --- | --- | --- | --- | --- |',
    `| Tickmark \`extractFigures\` | ${prf(oursDev)} | ${prf(oursHeld)} | ${rate(ours.charsPerSecond)} (seeds, ${chars.toLocaleString('en-US')} chars, median of ${ROUNDS}) | ${Math.round(ours.charsPerSecond / recognizers.charsPerSecond).toLocaleString('en-US')}× |`,
    `| Recognizers-Text 1.3.1 (number, percentage, currency, dimension; zh + en), the reference | ${prf(rtDev)} | ${prf(rtHeld)} | ${rate(recognizers.charsPerSecond)} (sample of ${sampleChars.toLocaleString('en-US')} chars) | 1× |`,
    '',
    `Peak memory while our extractor ran: RSS ${ours.peakRssMB.toFixed(0)} MB, heap ${ours.peakHeapMB.toFixed(0)} MB (whole run with Recognizers-Text: RSS ${(peakRss / 2 ** 20).toFixed(0)} MB).`,
  ].join('\n');
  return { ours, recognizers, markdown };
}

type Extract = (text: string) => unknown[];

/**
 * This extractor against an older one, alternating rounds in one process so both see the same
 * machine: `--against DIR`, where DIR holds an older `shared/` (`git archive REV shared | tar -x -C DIR`)
 * and a `package.json` of `{"type":"module"}` (without it tsx loads DIR as CommonJS, several times slower).
 */
export async function benchAgainst(dir: string): Promise<string> {
  const older = ((await import(join(resolve(dir), 'shared', 'extraction', 'index.ts'))) as { extractFigures: Extract }).extractFigures;
  const seeds = readDir(seedsDir);
  const chars = seeds.reduce((n, s) => n + s.text.length, 0);
  const run = (extract: Extract): number => {
    const t0 = performance.now();
    for (const s of seeds) extract(s.text);
    return performance.now() - t0;
  };
  for (let r = 0; r < 5; r++) [extractFigures, older].forEach(run);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let r = 0; r < 21; r++) {
    ours.push(run(extractFigures));
    theirs.push(run(older));
  }
  const [a, b] = [median(ours), median(theirs)];
  return `this tree ${a.toFixed(1)} ms (${(chars / a / 1000).toFixed(1)} M chars/s), ${dir} ${b.toFixed(1)} ms, ratio ${(a / b).toFixed(3)} (seeds, median of 21 alternating rounds)`;
}

const against = process.argv.indexOf('--against');
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && against > 0) {
  benchAgainst(process.argv[against + 1] ?? '').then(console.log, (e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchExtraction().then(
    (r) => console.log(r.markdown),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
