import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFigures } from '../shared/extraction/index';
import { hasControlCharacters } from '../shared/text/control-characters';
import { runCli } from './cli/run-in-test';

const REPORT = 'Alipay served over 550 million users; 39% of them in rural areas. RMB 30,000 to 40,000 per village.\n';
const HTML = '<html><head><title>Title 2020</title><script>var x = 12345;</script></head><body><p>Up <b>39%</b></p></body></html>';
const GUIDELINE_FIELDS = ['doc', 'start', 'end', 'text', 'value', 'value_max', 'unit', 'qualifier', 'metric', 'period', 'page'];

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-cli-'));
  await writeFile(path('report.txt'), REPORT);
  await writeFile(path('page.html'), HTML);
  await writeFile(path('figures.xls'), 'not really');
  await writeFile(path('empty.txt'), '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = runCli;

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

  it('reports each failing file on stderr by name and reason, goes on with the rest, and exits 1', async () => {
    const missing = path('missing.pdf');
    const { code, stdout, stderr } = await run('extract', '--jsonl', missing, path('figures.xls'), path('empty.txt'), path('report.txt'), dir);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `Could not import "${missing}": the file does not exist.`,
      `Could not import "${path('figures.xls')}": Tickmark imports .pdf, .docx, .html, .txt and .md files, .png and .jpg images, and .xlsx and .csv files as evidence.`,
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
    expect(stderr).toContain('Usage: tickmark extract FILE… [--jsonl]');
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--jsonl');
  });
});

describe('tickmark extract with hostile names', () => {
  // ESC ] 0 ; … BEL sets the terminal's title; ESC [ 2 J clears the screen; U+202E reverses what follows.
  const TITLE = '\u001b]0;pwned\u0007';
  const CLEAR = '\u001b[2J';

  it('escapes control characters in the file names and messages it prints', async () => {
    const name = `${TITLE}report${CLEAR}.txt`;
    await writeFile(path(name), REPORT);
    const missing = path(`gone\u202e${CLEAR}.txt`);
    const { code, stdout, stderr } = await run('extract', path(name), missing);
    expect(code).toBe(1);
    expect(hasControlCharacters(stdout.replaceAll('\n', ''))).toBe(false);
    expect(hasControlCharacters(stderr.replaceAll('\n', ''))).toBe(false);
    expect(stdout.split('\n')[0]).toBe(`${dir}/\\x1b]0;pwned\\x07report\\x1b[2J.txt: ${extractFigures(REPORT).length} figures (txt, utf-8)`);
    expect(stderr).toBe(`Could not import "${dir}/gone\\u202e\\x1b[2J.txt": the file does not exist.\n`);
  });

  it('escapes them in a usage error too', async () => {
    const { code, stderr } = await run(`extract${CLEAR}`, 'x.txt');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('Unknown command "extract\\x1b[2J".');
  });

  it('--jsonl writes them as JSON escapes, so each line is still JSON and names the file as it is', async () => {
    const name = `c1\u009b31m${TITLE}\u202ereport.txt`;
    await writeFile(path(name), REPORT);
    const { code, stdout } = await run('extract', '--jsonl', path(name));
    expect(code).toBe(0);
    expect(hasControlCharacters(stdout.replaceAll('\n', ''))).toBe(false);
    expect(stdout).toContain('"doc":"c1\\u009b31m\\u001b]0;pwned\\u0007\\u202ereport.txt"');
    expect(records(stdout).map((record) => record.doc)).toEqual(extractFigures(REPORT).map(() => name));
  });
});

describe('the built CLI', () => {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const exec = promisify(execFile);
  let built: string;

  beforeAll(async () => {
    // Built as `npm run build` builds it, into a folder of its own inside the repository (where its
    // imports find node_modules), so that a test never races a build of dist/electron.
    await mkdir(join(root, 'dist'), { recursive: true });
    built = await mkdtemp(join(root, 'dist', '.cli-test-'));
    await exec(process.execPath, [join(root, 'scripts/build-electron.mjs'), '--out', built, '--quiet']);
  }, 60_000);
  afterAll(() => rm(built, { recursive: true, force: true }));

  it('runs with plain node, no TypeScript tooling, also through a link as npm installs a bin', async () => {
    const cli = join(built, 'electron', 'cli.js');
    const { stdout } = await exec(process.execPath, [cli, 'extract', '--jsonl', path('report.txt')]);
    expect(records(stdout).map((record) => record.text)).toEqual(extractFigures(REPORT).map((figure) => figure.text));

    const bin = join(built, 'tickmark');
    await symlink(cli, bin);
    const failed = await exec(process.execPath, [bin, 'extract', path('missing.txt')]).catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: 1, stderr: `Could not import "${path('missing.txt')}": the file does not exist.\n` });
  });

  it('reads a PDF in its bundled import worker, with pdf.js\'s parser thread beside it, adding the 1-based page', async () => {
    const pdf = fileURLToPath(new URL('../../shared/fixtures/pdf/alipay-2019-2020-excerpt.pdf', import.meta.url));
    const { stdout, stderr } = await exec(process.execPath, [join(built, 'electron', 'cli.js'), 'extract', '--jsonl', pdf]);
    expect(stderr).toBe('');
    const pages = records(stdout).map((record) => record.page);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((page) => typeof page === 'number' && page >= 1 && page <= 4)).toBe(true);
    expect(new Set(pages).size).toBeGreaterThan(1);
  });
});
