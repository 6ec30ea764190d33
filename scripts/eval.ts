// `npm run eval`: extract figures from the dev passages, write predictions as JSON lines and
// score them with the evaluation set's own scorer. `--misses` lists misses and false figures.
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

function main(): void {
  const out = join(root, '.eval', 'dev-predictions.jsonl');
  writePredictions(join(evalDir, 'dev', 'text'), out);
  const flags = process.argv.slice(2).filter((a) => a === '--misses' || a === '--json');
  process.stdout.write(score(join(evalDir, 'dev', 'gold'), out, flags));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
