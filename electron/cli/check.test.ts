import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckRecord } from './check';
import { runCli } from './run-in-test';

const FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures');
const EXCERPT_PDF = join(FIXTURES, 'pdf/alipay-2019-2020-excerpt.pdf');
const EXCERPT_DOCX = join(FIXTURES, 'docx/alipay-2019-2020-excerpt.docx');

const run = runCli;
const records = (jsonl: string) => jsonl.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as CheckRecord);
const byPlace = (jsonl: string) =>
  new Map(jsonl.trim().split('\n').map((line) => JSON.parse(line) as { doc: string; start: number; end: number; value: number }).map((r) => [`${r.doc}@${r.start}`, r] as const));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-check-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('tickmark check', () => {
  it('flags the KPI table\'s 389 million against the text\'s 398 million in the English excerpt PDF, and nothing else', async () => {
    const { code, stdout, stderr } = await run('check', EXCERPT_PDF, '--jsonl');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const checks = records(stdout);
    const mismatches = checks.filter((c) => !c.holds);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ kind: 'consistency', figures: [{ value: 398e6, role: 'mention' }, { value: 389e6, role: 'mention' }] });
    // the shares of the text hold within the precision of figures rounded to millions
    expect(checks.filter((c) => c.kind === 'ratio' && c.holds).length).toBeGreaterThanOrEqual(2);
    for (const c of checks) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['kind', 'holds', 'figures', 'message']));
      for (const f of c.figures) expect(f.doc).toBe('alipay-2019-2020-excerpt.pdf');
    }
  });

  it('gives the offsets extract --jsonl gives: every figure of a check is a figure extract printed', async () => {
    const [checked, extracted] = await Promise.all([run('check', EXCERPT_PDF, '--jsonl'), run('extract', EXCERPT_PDF, '--jsonl')]);
    const figures = byPlace(extracted.stdout);
    for (const c of records(checked.stdout)) for (const f of c.figures) expect(figures.get(`${f.doc}@${f.start}`)).toMatchObject({ end: f.end, value: f.value });
  });

  it('finds the same mismatch in the Word version of the excerpt', async () => {
    const { stdout } = await run('check', EXCERPT_DOCX, '--jsonl');
    expect(records(stdout).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value))).toEqual([[398e6, 389e6]]);
  });

  it('treats its files as one engagement: a figure restated in another file with another value is flagged across them', async () => {
    await writeFile(join(dir, 'report.txt'), 'In 2019, 398 million Internet users ordered takeout online.\n');
    await writeFile(join(dir, 'kpi.txt'), 'Indicator\tValue\tUnit\nUsers who ordered takeout online\t389\tmillion\n');
    const { code, stdout } = await run('check', join(dir, 'report.txt'), join(dir, 'kpi.txt'), '--jsonl');
    expect(code).toBe(0);
    expect(records(stdout)).toMatchObject([{ kind: 'consistency', holds: false, figures: [{ doc: 'report.txt' }, { doc: 'kpi.txt' }] }]);
  });

  it('prints a line per check for people, and names a file it cannot read', async () => {
    const human = await run('check', EXCERPT_PDF);
    expect(human.stdout).toMatch(/^alipay-2019-2020-excerpt\.pdf: \d+ checks, 1 mismatch\n {2}consistency +✗ /);
    const missing = await run('check', join(dir, 'nope.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.pdf');
  });

  it('adds metric and period to extract --jsonl', async () => {
    await writeFile(join(dir, 'period.txt'), 'As of March 2020, the number of Internet users in China had reached 904 million.\n');
    const { stdout } = await run('extract', join(dir, 'period.txt'), '--jsonl');
    expect(records(stdout)[0]).toMatchObject({ value: 904e6, metric: 'Internet users', period: 'As of March 2020' });
  });
});
