import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFigures } from '../../shared/extraction/index';
import { describeFigures } from '../../shared/metrics/index';
import { ImportErrorSchema, MAX_REPORT_BYTES, type ImportProgress } from '../../shared/ipc/schemas';
import { MAX_CSV_CELLS } from './formats/csv';
import { ParsedReportSchema } from '../../shared/ipc/schemas';
import { withPdfParser, stopPdfParser } from './formats/pdf-engine';
import { checkSize, importError, importReport } from './import-report';

const SHARED = new URL('../../../shared/', import.meta.url);
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, SHARED)));
const EXCERPT = readFileSync(new URL('eval/dev/text/002_9968-16057.txt', SHARED), 'utf8');

const job = (fileName: string, bytes: Uint8Array) => ({ jobId: 'job-1', fileName, bytes });

describe('importReport', () => {
  it('imports a GB18030 text file: hash, text, one page, figures over the whole text', async () => {
    const bytes = fixture('fixtures/text/alibaba-esg-2022-excerpt.gb18030.txt');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const result = await importReport(job('excerpt.txt', bytes), () => {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const report = result.value;
    expect(ParsedReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({ fileName: 'excerpt.txt', format: 'txt', encoding: 'gb18030', sha256, byteLength: bytes.byteLength });
    expect(report.text).toBe(EXCERPT);
    expect(report.pages).toEqual([{ start: 0, end: EXCERPT.length, number: 1, hasText: true }]);
    expect(report.figures).toEqual(describeFigures(EXCERPT, extractFigures(EXCERPT)));
    expect(report.figures.length).toBeGreaterThan(0);
    // each figure says what it measures, as the queue, the checks and the summary CSV show it
    expect(report.figures.find((figure) => figure.text === '1324.9 万吨')).toMatchObject({ metric: expect.stringContaining('排放') });
    expect(report.figures.every((figure) => figure.page === undefined && figure.boxes === undefined)).toBe(true);
  });

  it('accepts a Node Buffer (as fs.readFile gives) like any Uint8Array', async () => {
    const result = await importReport(job('q3.txt', Buffer.from('Up 39%.')), () => {});
    expect(result).toMatchObject({ ok: true, value: { text: 'Up 39%.', byteLength: 7 } });
  });

  it('reports progress through reading, parsing, extracting and done, naming the job', async () => {
    const events: ImportProgress[] = [];
    await importReport(job('notes.md', new TextEncoder().encode('# Notes\n\nOver 550 million users.')), (p) => events.push(p));
    const phases = events.map((event) => event.phase).filter((phase, i, all) => phase !== all[i - 1]);
    expect(phases).toEqual(['reading', 'parsing', 'extracting', 'done']);
    expect(events.every((event) => event.jobId === 'job-1' && event.fileName === 'notes.md' && event.done <= event.total)).toBe(true);
  });

  it('goes on when a progress listener throws', async () => {
    const result = await importReport(job('q3.txt', new TextEncoder().encode('Up 39%.')), () => {
      throw new Error('window closed');
    });
    expect(result.ok).toBe(true);
  });

  it('refuses an empty file', async () => {
    expect(await importReport(job('empty.txt', fixture('fixtures/bad/empty.txt')), () => {})).toEqual({
      ok: false,
      error: { code: 'empty', fileName: 'empty.txt', message: 'Could not import "empty.txt": the file is empty.' },
    });
  });

  it('refuses binary data in a .txt file as not text', async () => {
    const result = await importReport(job('binary-garbage.txt', fixture('fixtures/bad/binary-garbage.txt')), () => {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not-text', fileName: 'binary-garbage.txt' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Could not import "binary-garbage.txt": it does not look like text/);
  });

  it('refuses an unsupported extension, saying which formats it imports', async () => {
    const result = await importReport(job('figures.xls', new Uint8Array([1, 2, 3])), () => {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unsupported-format',
        fileName: 'figures.xls',
        message: 'Could not import "figures.xls": Tickmark imports .pdf, .docx, .html, .txt and .md files, .png and .jpg images, and .xlsx and .csv files as evidence.',
        reason: { code: 'read.unsupportedFormat' },
      },
    });
  });

  it('stops with cancelled when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await importReport(job('q3.txt', new TextEncoder().encode('39%')), () => {}, controller.signal);
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Could not import "q3.txt": the import was cancelled.' } });
  });

  it('imports HTML as its visible text', async () => {
    const html = '<html><head><title>2021</title></head><body><p>Over <b>550 million</b> users</p></body></html>';
    const result = await importReport(job('r.html', new TextEncoder().encode(html)), () => {});
    expect(result).toMatchObject({ ok: true, value: { format: 'html', text: 'Over 550 million users', encoding: 'utf-8' } });
  });
});

describe('the last report of an importer (the command line\'s last file)', () => {
  afterAll(stopPdfParser);

  it("ends pdf.js's parser thread once its text is read, with the same result, and the next PDF gets a new thread", async () => {
    const pdf = fixture('fixtures/pdf/alipay-2019-2020-excerpt.pdf');
    const kept = await importReport(job('alipay.pdf', pdf.slice()), () => {});
    const before = await withPdfParser(async (worker) => worker); // the thread that read it, kept
    const ended = await importReport({ ...job('alipay.pdf', pdf.slice()), last: true }, () => {});
    expect(ended).toEqual(kept);
    expect(await withPdfParser(async (worker) => worker)).not.toBe(before);
    const next = await importReport(job('alipay.pdf', pdf.slice()), () => {});
    expect(next).toEqual(kept);
  });
});

// Broken files as an auditor may import them: each refusal says why as a `read.*` reason the UI
// says in its own language, valid by the IPC contract; import-error-text.test.ts says these very ones.
describe('a reader’s refusal carries its reason as a code with its parameters', () => {
  const refusal = async (fileName: string, bytes: Uint8Array) => {
    const result = await importReport(job(fileName, bytes), () => {});
    if (result.ok) throw new Error(`${fileName} was imported`);
    expect(ImportErrorSchema.parse(result.error)).toEqual(result.error);
    return result.error;
  };

  it('a PDF cut off before its end', async () => {
    expect(await refusal('truncated.pdf', fixture('fixtures/bad/truncated.pdf'))).toEqual({
      code: 'corrupt',
      fileName: 'truncated.pdf',
      message: 'Could not import "truncated.pdf": it is not a valid PDF (the file is incomplete: it was probably cut off).',
      reason: { code: 'read.pdf.cutOff' },
    });
  });

  it('a .docx that is no ZIP archive', async () => {
    expect(await refusal('notes.docx', fixture('fixtures/bad/binary-garbage.txt'))).toEqual({
      code: 'corrupt',
      fileName: 'notes.docx',
      message: 'Could not import "notes.docx": it is not a Word document (.docx files are ZIP archives).',
      reason: { code: 'read.docx.notZip' },
    });
  });

  it('a CSV file of more cells than Tickmark reads, with the limit as a number', async () => {
    const row = `${'1,'.repeat(999)}1\n`;
    const bytes = new TextEncoder().encode(row.repeat(MAX_CSV_CELLS / 1000 + 1));
    expect(await refusal('ledger.csv', bytes)).toEqual({
      code: 'too-large',
      fileName: 'ledger.csv',
      message: 'Could not import "ledger.csv": it holds more than the 500,000 filled cells Tickmark reads in a CSV file.',
      reason: { code: 'read.csv.tooManyCells', params: { max: 500_000 } },
    });
  });

  it('a .txt file of binary data', async () => {
    expect((await refusal('binary-garbage.txt', fixture('fixtures/bad/binary-garbage.txt'))).reason).toEqual({ code: 'read.text.binary' });
  });
});

describe('checkSize', () => {
  it('states the limit in MB for a file that is too large', () => {
    const error = checkSize('huge.pdf', MAX_REPORT_BYTES + 1);
    expect(error).toEqual({
      code: 'too-large',
      fileName: 'huge.pdf',
      message: 'Could not import "huge.pdf": the file is 200.0 MB, and Tickmark imports reports of up to 200 MB.',
      reason: { code: 'read.fileTooLarge', params: { size: '200.0 MB', max: '200 MB' } },
    });
    expect(checkSize('ok.pdf', MAX_REPORT_BYTES)).toBeUndefined();
    expect(checkSize('empty.pdf', 0)?.code).toBe('empty');
  });
});

describe('importError', () => {
  it('ends the reason as a sentence once', () => {
    expect(importError('corrupt', 'a.pdf', 'it is damaged.').message).toBe('Could not import "a.pdf": it is damaged.');
    expect(importError('corrupt', 'a.pdf', 'it is damaged').message).toBe('Could not import "a.pdf": it is damaged.');
  });
});
