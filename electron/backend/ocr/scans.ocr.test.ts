// Real OCR on the real scans (slow: some 20 s a scan on two cores, so kept in a file of its own).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../../shared/domain/report';
import type { ImportProgress } from '../../../shared/ipc/schemas';
import { readPdf } from '../formats/pdf';
import { reason } from '../../../shared/ipc/reasons';
import { ReportReadError } from '../formats/types';
import { importReport } from '../import-report';
import { goldValues, scoreValues } from './value-score';

const shared = resolve(fileURLToPath(import.meta.url), '../../../../../shared');
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const OCR_TIMEOUT = 180_000;

async function imported(path: string, onProgress: (progress: ImportProgress) => void = () => {}): Promise<ParsedReport> {
  const result = await importReport({ jobId: 'ocr', fileName: path.split('/').at(-1)!, bytes: bytesOf(path) }, onProgress);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function scoreAgainstGold(report: ParsedReport, gold: string) {
  return scoreValues(goldValues(readFileSync(resolve(shared, 'eval/dev/gold', gold), 'utf8')), report.figures.map((figure) => figure.value));
}

describe('scanned PDFs, read by OCR', () => {
  it(
    'reads the English scan\'s figures as its source passage\'s gold has them, page by page, each placed and marked with its confidence',
    async () => {
      const progress: ImportProgress[] = [];
      const report = await imported(resolve(shared, 'fixtures/scan/alipay-2019-2020-excerpt-scan.pdf'), (update) => progress.push(update));
      const score = scoreAgainstGold(report, '001_9944-20073.jsonl');
      expect(score.recall, `missed ${score.missed.join(', ')}`).toBeGreaterThanOrEqual(0.85);
      expect(score.precision, `extra ${score.extra.join(', ')}`).toBeGreaterThanOrEqual(0.8);

      // Each page once, as OCR starts it (pages are decoded four at a time, so their order may vary).
      expect(progress.flatMap((update) => (update.ocrPage === undefined ? [] : [update.ocrPage])).sort()).toEqual([1, 2, 3, 4]);
      expect(report.pages.map((page) => page.ocr?.confidence)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)]);
      expect(report.warnings[0]).toMatchObject({ code: 'pageOcr', params: { page: 1 }, text: expect.stringMatching(/^Page 1 has no text layer: its text was read by OCR \(mean confidence \d+%\)/) });

      // "897 million" opens the left column of page 1: its box is there, in the page's points.
      const figure = report.figures.find((candidate) => candidate.value === 897_000_000)!;
      expect(report.text.slice(figure.start, figure.end)).toBe('897 million');
      expect(figure.page).toBe(1);
      expect(figure.ocr?.confidence).toBeGreaterThan(0.8);
      const [box] = figure.boxes!;
      expect(box!.x).toBeGreaterThan(60);
      expect(box!.x + box!.width).toBeLessThan(297);
      expect(box!.y).toBeGreaterThan(100);
      expect(box!.y + box!.height).toBeLessThan(160);
    },
    OCR_TIMEOUT,
  );

  it(
    'reads the Chinese scan\'s figures as its source passage\'s gold has them, column by column',
    async () => {
      const report = await imported(resolve(shared, 'fixtures/scan/alibaba-esg-2022-excerpt-scan.pdf'));
      const score = scoreAgainstGold(report, '002_9968-16057.jsonl');
      expect(score.recall, `missed ${score.missed.join(', ')}`).toBeGreaterThanOrEqual(0.85);
      expect(score.precision, `extra ${score.extra.join(', ')}`).toBeGreaterThanOrEqual(0.8);
      expect(report.figures.every((figure) => figure.ocr !== undefined && figure.boxes !== undefined)).toBe(true);
    },
    OCR_TIMEOUT,
  );

  it(
    'stops reading when the import is cancelled during OCR',
    async () => {
      const controller = new AbortController();
      const started = performance.now();
      const reading = readPdf(bytesOf(resolve(shared, 'fixtures/scan/alipay-2019-2020-excerpt-scan.pdf')), {
        signal: controller.signal,
        onOcrPage: (page) => page === 1 && controller.abort(),
      });
      await expect(reading).rejects.toEqual(new ReportReadError('cancelled', 'the import was cancelled', reason('read.cancelled')));
      // It stops within a page's reading, not after all four.
      expect(performance.now() - started).toBeLessThan(60_000);
    },
    OCR_TIMEOUT,
  );
});

describe('images, read by OCR', () => {
  it.each(['alipay-scan-excerpt.png', 'alipay-scan-excerpt.jpg'])(
    'imports %s as one page with its figures placed on it',
    async (name) => {
      const report = await imported(resolve(fileURLToPath(import.meta.url), '../__fixtures__', name));
      expect(report.format).toBe('image');
      expect(report.pages).toEqual([{ start: 0, end: report.text.length, number: 1, hasText: true, ocr: { confidence: expect.any(Number) }, size: expect.any(Object) }]);
      // The page's size is the image's (740 × 520 pixels) in the boxes' units, so that they can be drawn on it.
      const { width, height } = report.pages[0]!.size!;
      expect(width / height).toBeCloseTo(740 / 520, 2);
      for (const box of report.figures.flatMap((figure) => figure.boxes ?? [])) {
        expect(box.x + box.width).toBeLessThanOrEqual(width + 1);
        expect(box.y + box.height).toBeLessThanOrEqual(height + 1);
      }
      expect(report.text).toContain('among whom 897 million are mobile Internet');
      const values = report.figures.map((figure) => figure.value);
      for (const value of [897e6, 99.3, 694e6, 76.8, 768e6, 85, 765e6, 85.3, 398e6, 44, 710e6, 78.6]) expect(values).toContain(value);
      expect(report.figures.every((figure) => figure.page === 1 && figure.boxes?.length && figure.ocr)).toBe(true);
    },
    OCR_TIMEOUT,
  );

  it('refuses a file named .png that is not an image, naming the reason', async () => {
    const result = await importReport({ jobId: 'bad', fileName: 'photo.png', bytes: new TextEncoder().encode('not an image') }, () => {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'corrupt',
        fileName: 'photo.png',
        message: 'Could not import "photo.png": it is not a PNG or JPEG image (its first bytes are not an image signature).',
        reason: { code: 'read.image.noSignature' },
      },
    });
  });
});
