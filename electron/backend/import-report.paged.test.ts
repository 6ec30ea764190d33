// importReport with a paged format: page numbers and boxes come from the reader (mocked here, so the
// test does not depend on the PDF reader).
import { describe, expect, it, vi } from 'vitest';
import { extractFigures } from '../../shared/extraction/index';
import { importReport } from './import-report';
import { reason } from '../../shared/ipc/reasons';
import { ReportReadError, type FormatReader } from './formats/types';

const PAGE_ONE = 'Revenue rose 39% this year.\n';
const PAGE_TWO = 'We served 550 users and 12 cities.';
const TEXT = PAGE_ONE + PAGE_TWO;

const readPaged: FormatReader = async (_bytes, options) => {
  options.onProgress?.(1, 2);
  options.onProgress?.(2, 2);
  return {
    text: TEXT,
    pages: [
      { start: 0, end: PAGE_ONE.length, number: 1, hasText: true },
      { start: PAGE_ONE.length, end: TEXT.length, number: 2, hasText: true },
    ],
    warnings: ['Page 3 has no text layer.'],
    // Boxes known only for figures on page 2, as if page 1's glyphs were missing.
    locate: (start, end) => (start >= PAGE_ONE.length ? { page: 2, boxes: [{ x: start, y: end, width: 10, height: 5 }] } : undefined),
  };
};
const failing: FormatReader = async () => {
  throw new TypeError('boom');
};

vi.mock('./formats/index', () => ({
  isPaged: (format: string) => format === 'pdf',
  readerFor: (fileName: string) => {
    if (fileName.endsWith('.pdf')) return { format: 'pdf', read: fileName.startsWith('broken') ? failing : readPaged };
    if (fileName.endsWith('.docx')) {
      return { format: 'docx', read: async () => { throw new ReportReadError('password-required', 'it is protected by a password', reason('read.pdf.passwordRequired')); } };
    }
    throw new ReportReadError('unsupported-format', 'Tickmark imports .pdf, .docx, .html, .txt and .md files', reason('read.unsupportedFormat'));
  },
}));

describe('importReport, paged formats', () => {
  it('gives every figure its page, and boxes where the reader knows them', async () => {
    const progress: Array<[string, number, number]> = [];
    const result = await importReport({ jobId: 'p', fileName: 'q3.pdf', bytes: new Uint8Array([1]) }, (p) =>
      progress.push([p.phase, p.done, p.total]),
    );
    if (!result.ok) throw new Error(result.error.message);
    const figures = result.value.figures;
    expect(figures.map((f) => f.text)).toEqual(extractFigures(TEXT).map((f) => f.text));
    for (const figure of figures) {
      const onPageTwo = figure.start >= PAGE_ONE.length;
      expect(figure.page).toBe(onPageTwo ? 2 : 1);
      expect(figure.boxes).toEqual(onPageTwo ? [{ x: figure.start, y: figure.end, width: 10, height: 5 }] : undefined);
    }
    expect(result.value.warnings).toEqual(['Page 3 has no text layer.']);
    expect(progress).toContainEqual(['parsing', 2, 2]);
  });

  it('passes a reader\'s refusal on as a value naming the file', async () => {
    const result = await importReport({ jobId: 'd', fileName: 'locked.docx', bytes: new Uint8Array([1]) }, () => {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'password-required',
        fileName: 'locked.docx',
        message: 'Could not import "locked.docx": it is protected by a password.',
        reason: { code: 'read.pdf.passwordRequired' },
      },
    });
  });

  it('turns an unexpected exception into an internal error, never a throw', async () => {
    const result = await importReport({ jobId: 'b', fileName: 'broken.pdf', bytes: new Uint8Array([1]) }, () => {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', fileName: 'broken.pdf' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Could not import "broken.pdf": .*boom/);
    if (!result.ok) expect(result.error.reason).toMatchObject({ code: 'read.unexpected', detail: expect.stringMatching(/boom/) });
  });
});
