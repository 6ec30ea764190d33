import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../cli';
import type { CliIo } from './io';
import type { MatchRecord } from './match';

const fixture = (relative: string) => fileURLToPath(new URL(`../../../shared/fixtures/${relative}`, import.meta.url));
const ENGLISH = fixture('pdf/alipay-2019-2020-excerpt.pdf');
const CNNIC = fixture('evidence/cnnic-2020-03-internet-users.xlsx');
const BILINGUAL = fixture('pdf/ant-financial-2016-bilingual-excerpt.pdf');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
const records = (jsonl: string) => jsonl.trim().split('\n').map((line) => JSON.parse(line) as MatchRecord);

describe('tickmark match', () => {
  it('--jsonl prints each figure of the report with its ranked candidates, a workbook cell by sheet and address', async () => {
    const { code, stdout, stderr } = await run('match', ENGLISH, '--evidence', CNNIC, '--jsonl');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = records(stdout);
    expect(lines.length).toBeGreaterThan(40);
    const mobile = lines.find((line) => line.figure.text === '897 million');
    expect(mobile?.figure).toMatchObject({ doc: 'alipay-2019-2020-excerpt.pdf', start: 61, end: 72, value: 897_000_000, page: 1 });
    expect(mobile?.candidates[0]).toMatchObject({ doc: 'cnnic-2020-03-internet-users.xlsx', sheet: 'CNNIC 2020-03', cell: 'B5', reason: ['exact', 'same metric'] });
    expect(mobile?.candidates[0]?.text).toContain('897,000,000');
    expect(lines.find((line) => line.figure.text === '389\tmillion')?.candidates).toEqual([]);
  }, 60_000);

  it('checks a bilingual report against itself without offering a figure as its own evidence', async () => {
    const { code, stdout } = await run('match', BILINGUAL, '--jsonl', '--evidence', BILINGUAL);
    expect(code).toBe(0);
    const lines = records(stdout);
    const loans = lines.find((line) => line.figure.text === '5.3 万');
    expect(loans?.candidates[0]).toMatchObject({ text: '53,000 yuan', page: 2, reason: ['exact'] });
    expect(lines.every((line) => line.candidates.every((c) => c.end <= line.figure.start || c.start >= line.figure.end))).toBe(true);
  }, 60_000);

  it('names an evidence file it cannot read, matches against the rest and exits 1', async () => {
    const missing = fixture('evidence/missing.xlsx');
    const { code, stdout, stderr } = await run('match', ENGLISH, '--evidence', missing, CNNIC);
    expect(code).toBe(1);
    expect(stderr).toBe(`Could not import "${missing}": the file does not exist.\n`);
    expect(stdout).toMatch(/CNNIC 2020-03!B5 {2}"Mobile internet users · Users: 897,000,000" {2}exact, same metric/);
  }, 60_000);

  it('is a usage error without evidence', async () => {
    const { code, stderr } = await run('match', ENGLISH);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^No evidence given/);
  });
});
