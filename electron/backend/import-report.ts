import { createHash } from 'node:crypto';
import type { LocatedFigure, PageRange, ParsedReport } from '../../shared/domain/report';
import { err, ok, type Result } from '../../shared/domain/result';
import { extractFigures } from '../../shared/extraction/index';
import { describeFigures } from '../../shared/metrics/index';
import type { ImportError, ImportProgress } from '../../shared/ipc/schemas';
import { isPaged, readerFor } from './formats/index';
import { stopPdfParser } from './formats/pdf-engine';
import { reason } from '../../shared/ipc/reasons';
import { ReportReadError, type ReportText } from './formats/types';
import type { ImportJob } from './handlers';
import { checkSize } from './report-size';
import { importError } from './worker/protocol';

export { checkSize, importError };

/**
 * Import one report file: check it, hash it, read its text with the reader for its extension and
 * extract its claimed figures, placing each on its page for paged formats. Every failure comes back
 * as an `ImportError` value whose message names the file; this never throws.
 */
export async function importReport(
  job: ImportJob,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<Result<ParsedReport, ImportError>> {
  const { fileName } = job;
  const bytes = plainBytes(job.bytes);
  const progress = (phase: ImportProgress['phase'], done: number, total: number, ocrPage?: number) => {
    try {
      onProgress({ jobId: job.jobId, fileName, phase, done, total, ...(ocrPage === undefined ? {} : { ocrPage }) });
    } catch {
      // A failing progress listener is not a reason to fail the import.
    }
  };
  try {
    const sizeError = checkSize(fileName, bytes.byteLength);
    if (sizeError) return err(sizeError);
    const reader = readerFor(fileName);

    progress('reading', 0, bytes.byteLength);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    progress('reading', bytes.byteLength, bytes.byteLength);
    throwIfCancelled(signal);

    const read = await reader.read(bytes, {
      ...(job.password === undefined ? {} : { password: job.password }),
      ...(signal === undefined ? {} : { signal }),
      onProgress: (done, total) => progress('parsing', done, total),
      onOcrPage: (page, total) => progress('parsing', page - 1, total, page),
    });
    // The last report: pdf.js's parser thread, if one ran, is done; ending it (some 0.2 s of freeing
    // memory on its own thread) overlaps extraction rather than following it.
    if (job.last === true) void stopPdfParser().catch(() => {});
    throwIfCancelled(signal);

    progress('extracting', 0, read.text.length);
    const figures = locateFigures(read, isPaged(reader.format));
    throwIfCancelled(signal);
    progress('done', read.text.length, read.text.length);

    return ok({
      fileName,
      format: reader.format,
      ...(read.encoding === undefined ? {} : { encoding: read.encoding }),
      sha256,
      byteLength: bytes.byteLength,
      text: read.text,
      pages: read.pages,
      figures,
      ...(read.cells === undefined ? {} : { cells: read.cells }),
      warnings: read.warnings,
    });
  } catch (error) {
    return err(errorFor(fileName, error));
  }
}

function errorFor(fileName: string, error: unknown): ImportError {
  if (error instanceof ReportReadError) return importError(error.code, fileName, error.reason, error.detail);
  const detail = error instanceof Error ? error.message : String(error);
  return importError('internal', fileName, `something went wrong while reading it (${detail})`, reason('read.unexpected', { detail }));
}

/**
 * The bytes as a plain Uint8Array over the same memory: a Node Buffer (from fs.readFile) is a
 * Uint8Array whose `slice` shares memory and which some libraries (pdf.js) refuse.
 */
function plainBytes(bytes: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReportReadError('cancelled', 'the import was cancelled', reason('read.cancelled'));
}

/**
 * The figures in the whole text, each with what it measures (metric, period, scope); for paged
 * formats each with its page and, where known, its boxes.
 */
function locateFigures(read: ReportText, paged: boolean): LocatedFigure[] {
  const figures = describeFigures(read.text, extractFigures(read.text));
  if (!paged) return figures;
  return figures.map((figure) => {
    const located = read.locate?.(figure.start, figure.end);
    const page = located?.page ?? pageAt(read.pages, figure.start);
    const confidence = read.confidence?.(figure.start, figure.end);
    return {
      ...figure,
      ...(page === undefined ? {} : { page }),
      ...(located === undefined ? {} : { boxes: located.boxes }),
      ...(confidence === undefined ? {} : { ocr: { confidence } }),
    };
  });
}

/** The number of the last page that starts at or before `offset` (pages are in text order). */
function pageAt(pages: readonly PageRange[], offset: number): number | undefined {
  let low = 0;
  let high = pages.length - 1;
  let found: PageRange | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const page = pages[middle]!;
    if (page.start <= offset) {
      found = page;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found?.number;
}
