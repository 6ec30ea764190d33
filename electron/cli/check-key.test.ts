// Scores `tickmark check` against Tickmark's own answer key (shared/checks/answer-key): every
// engagement is checked through the real command line, as a user runs it, and the issue's targets
// must be met — mismatch recall at least 0.9, false alarms at most one in five of the mismatches
// reported, at least 0.7 of the sums and shares that hold reported as holding.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGAGEMENTS, KEY } from '../../shared/checks/answer-key/key';
import { score, type ReportedCheck, type Score } from '../../shared/checks/answer-key/score';
import { runCli } from './run-in-test';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let result: Score;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-check-key-'));
  const reported: ReportedCheck[] = [];
  const texts = new Map<string, string>();
  for (const engagement of ENGAGEMENTS) {
    const files: string[] = [];
    for (const [i, file] of engagement.files.entries()) {
      const source = resolve(ROOT, file);
      const plant = i === 0 ? engagement.plant : undefined;
      const target = join(dir, plant ? plant.as : basename(file));
      if (plant) {
        const text = await readFile(source, 'utf8');
        if (!text.includes(plant.replace)) throw new Error(`${file} no longer holds "${plant.replace}"`);
        await writeFile(target, text.replace(plant.replace, plant.by));
      } else await copyFile(source, target);
      if (target.endsWith('.txt')) texts.set(basename(target), await readFile(target, 'utf8'));
      files.push(target);
    }
    const { code, stdout, stderr } = await runCli('check', ...files, '--jsonl');
    if (code !== 0) throw new Error(`check ${files.join(' ')} failed: ${stderr}`);
    reported.push(...stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ReportedCheck));
  }
  result = score(KEY, reported, texts);
  // the measured scores, and what was missed, for the report and BENCHMARKS.md
  console.log(
    JSON.stringify({ mismatchRecall: result.mismatchRecall, falseAlarmRate: result.falseAlarmRate, holdsCoverage: result.holdsCoverage }),
    `\nmissed:\n${result.missed.map((e) => `  ${e.doc}: ${e.why}`).join('\n')}`,
    `\nfalse alarms:\n${result.falseAlarms.map((c) => `  ${JSON.stringify(c)}`).join('\n')}`,
    `\nholds not reported:\n${result.uncoveredHolds.map((e) => `  ${e.doc}: ${e.why}`).join('\n')}`,
  );
}, 300_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('tickmark check against its answer key', () => {
  it('reports at least 0.9 of the annotated mismatches as mismatches', () => {
    expect(result.mismatchRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('raises at most one false alarm in five mismatches reported', () => {
    expect(result.falseAlarmRate).toBeLessThanOrEqual(0.2);
  });

  it('reports at least 0.7 of the annotated sums and shares that hold as holding', () => {
    expect(result.holdsCoverage).toBeGreaterThanOrEqual(0.7);
  });
});
