// The import worker's deadline with OCR (slow: real OCR of a scan in a real import worker). Ending
// a worker mid-OCR must not take the process with it (ONNX Runtime aborts it if a run is under way):
// were it to, vitest would report this file's fork as exited unexpectedly.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Importer } from '../handlers';
import { createImporter } from '../importer';

const SCAN = new URL('../../../../shared/fixtures/scan/alibaba-esg-2022-excerpt-scan.pdf', import.meta.url);
const job = () => ({ jobId: 'scan', fileName: 'scan.pdf', bytes: new Uint8Array(readFileSync(SCAN)) });

let importer: Importer | undefined;
afterEach(async () => {
  await importer?.close();
  importer = undefined;
});

describe('an import worker reading a scan', () => {
  it('has its deadline moved as OCR starts each page, and finishes', async () => {
    // 12 s is enough to start a worker and reach the first scanned page, not to read four (some 20 s).
    importer = createImporter({ poolSize: 1, limits: { memoryMb: 768, timeLimitMs: () => 12_000, ocrPageMs: 60_000 } });
    const pages: number[] = [];
    const result = await importer.importReport(job(), (progress) => progress.ocrPage !== undefined && pages.push(progress.ocrPage));
    expect(result.ok ? result.value.figures.length : result.error.message).toBeGreaterThan(50);
    expect(pages.sort()).toEqual([1, 2, 3, 4]);
  }, 180_000);

  it('is ended at the byte-based deadline when OCR pages get no time of their own', async () => {
    importer = createImporter({ poolSize: 1, limits: { memoryMb: 768, timeLimitMs: () => 3_000 } });
    const result = await importer.importReport(job(), () => {});
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', message: 'Could not import "scan.pdf": reading it took longer than 3 s.' } });
  }, 60_000);
});
