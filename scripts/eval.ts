// `npm run eval`: extract figures from the dev passages, write predictions as JSON lines and
// score them with the evaluation set's own scorer. `--misses` lists misses and false figures.
// `--set generalisation` scores our own held-out passages instead (tables with their scale in a
// header, contents pages, PDF artefacts: shared/extraction/__fixtures__/generalisation).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractFigures, toGoldLine } from '../shared/extraction/index';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const evalDir = resolve(root, '../shared/eval');

export function writePredictions(textDir: string, outFile: string): number {
  const lines: string[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(textDir, file), 'utf8');
    for (const f of extractFigures(text)) lines.push(toGoldLine(basename(file), f));
  }
  mkdirSync(resolve(outFile, '..'), { recursive: true });
  writeFileSync(outFile, lines.length ? lines.join('\n') + '\n' : '');
  return lines.length;
}

export function score(goldDir: string, predictions: string, extra: string[] = []): string {
  return execFileSync(process.execPath, [join(evalDir, 'score.mjs'), goldDir, predictions, ...extra], { encoding: 'utf8' });
}

/** The passage sets `npm run eval` scores: the evaluation set's dev passages, and our own. */
export const EVAL_SETS = {
  dev: join(evalDir, 'dev'),
  generalisation: join(root, 'shared', 'extraction', '__fixtures__', 'generalisation'),
} as const;

function main(): void {
  const args = process.argv.slice(2);
  const setArg = args.indexOf('--set');
  const name = setArg >= 0 ? args[setArg + 1] : 'dev';
  if (name !== 'dev' && name !== 'generalisation') {
    process.stderr.write(`--set: expected dev or generalisation, got ${String(name)}\n`);
    process.exit(2);
  }
  const dir = EVAL_SETS[name];
  const out = join(root, '.eval', `${name}-predictions.jsonl`);
  writePredictions(join(dir, 'text'), out);
  const flags = args.filter((a) => a === '--misses' || a === '--json');
  process.stdout.write(score(join(dir, 'gold'), out, flags));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
