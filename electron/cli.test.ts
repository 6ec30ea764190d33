import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFigures } from '../shared/extraction/index';
import { main } from './cli';
import type { CliIo } from './cli/io';

const REPORT = 'Alipay served over 550 million users; 39% of them in rural areas. RMB 30,000 to 40,000 per village.\n';
const HTML = '<html><head><title>Title 2020</title><script>var x = 12345;</script></head><body><p>Up <b>39%</b></p></body></html>';
const GUIDELINE_FIELDS = ['doc', 'start', 'end', 'text', 'value', 'value_max', 'unit', 'qualifier', 'page'];

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-cli-'));
  await writeFile(path('report.txt'), REPORT);
  await writeFile(path('page.html'), HTML);
  await writeFile(path('figures.xlsx'), 'not really');
  await writeFile(path('empty.txt'), '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const records = (jsonl: string) => jsonl.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('tickmark extract', () => {
  it('--jsonl writes one gold-form record per figure, its text the report\'s [start, end)', async () => {
    const { code, stdout, stderr } = await run('extract', '--jsonl', path('report.txt'));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = records(stdout);
    expect(lines).toHaveLength(extractFigures(REPORT).length);
    for (const record of lines) {
      expect(Object.keys(record).every((key) => GUIDELINE_FIELDS.includes(key))).toBe(true);
      expect(record).toMatchObject({ doc: 'report.txt', text: REPORT.slice(record.start as number, record.end as number) });
      expect(typeof record.value).toBe('number');
      expect(record.page).toBeUndefined(); // text is not paged
    }
  });

  it('reads the visible text of HTML, so attribute values and scripts give no figures', async () => {
    const { code, stdout } = await run('extract', path('page.html'), '--jsonl');
    expect(code).toBe(0);
    expect(records(stdout).map((record) => record.text)).not.toContain('12345');
  });

  it('prints a header and one line per figure for people', async () => {
    const { code, stdout } = await run('extract', path('report.txt'));
    expect(code).toBe(0);
    const [header, ...figures] = stdout.trimEnd().split('\n');
    expect(header).toBe(`${path('report.txt')}: ${extractFigures(REPORT).length} figures (txt, utf-8)`);
    expect(figures).toHaveLength(extractFigures(REPORT).length);
    expect(figures.some((line) => line.includes('"39%"'))).toBe(true);
  });

  it('adds the 1-based page for PDFs', async () => {
    const pdf = fileURLToPath(new URL('../../shared/fixtures/pdf/alipay-2019-2020-excerpt.pdf', import.meta.url));
    const { code, stdout } = await run('extract', '--jsonl', pdf);
    expect(code).toBe(0);
    const pages = records(stdout).map((record) => record.page);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((page) => typeof page === 'number' && page >= 1 && page <= 4)).toBe(true);
    expect(new Set(pages).size).toBeGreaterThan(1);
  });

  it('reports each failing file on stderr by name and reason, goes on with the rest, and exits 1', async () => {
    const missing = path('missing.pdf');
    const { code, stdout, stderr } = await run('extract', '--jsonl', missing, path('figures.xlsx'), path('empty.txt'), path('report.txt'), dir);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `Could not import "${missing}": the file does not exist.`,
      `Could not import "${path('figures.xlsx')}": Tickmark imports .pdf, .docx, .html, .txt and .md files.`,
      `Could not import "${path('empty.txt')}": the file is empty.`,
      `Could not import "${dir}": it is a folder, not a file.`,
    ]);
    expect(records(stdout).every((record) => record.doc === 'report.txt')).toBe(true);
  });

  it('refuses binary data as not text', async () => {
    const garbage = fileURLToPath(new URL('../../shared/fixtures/bad/binary-garbage.txt', import.meta.url));
    const { code, stderr } = await run('extract', garbage);
    expect(code).toBe(1);
    expect(stderr).toMatch(/binary-garbage\.txt": it does not look like text/);
  });

  it.each([[[]], [['extract']], [['frobnicate', 'x.txt']], [['extract', '--bogus', 'x.txt']]])('exits 2 with the usage for %j', async (argv) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: npm run tickmark -- extract FILE… [--jsonl]');
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--jsonl');
  });

  it('runs as a program under tsx', async () => {
    const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [tsxCli, cli, 'extract', '--jsonl', path('report.txt')]);
    expect(records(stdout).map((record) => record.text)).toEqual(extractFigures(REPORT).map((figure) => figure.text));

    const failed = await promisify(execFile)(process.execPath, [tsxCli, cli, 'extract', path('missing.txt')]).catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining(`Could not import "${path('missing.txt')}": the file does not exist.`) });
  });
});
