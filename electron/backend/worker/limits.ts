import { resourceLimits as ownResourceLimits, type ResourceLimits } from 'node:worker_threads';

/**
 * What one import may use before it is ended: a hostile or pathological file (a decompression bomb,
 * text that makes a parser quadratic) must cost the auditor an error message, not the app.
 */
export interface ImportLimits {
  /** The JavaScript heap of each thread reading the file (the import worker, and pdf.js's parser thread). */
  memoryMb: number;
  /** How long reading a file of `byteLength` bytes may take, from the moment a worker has it. */
  timeLimitMs(byteLength: number): number;
  /**
   * How long OCR may take over one page: as OCR starts a page (a scan, an image), the import's
   * deadline moves to at least this far away. A scan's pages are few per megabyte and each takes
   * seconds, so the byte-based limit alone would end a long scan that is making progress.
   */
  ocrPageMs?: number;
}

const MB = 1024 * 1024;

/**
 * The heap a PDF needs grows with its text: the seed PDFs import with 45 MB per thread (4 pages),
 * 73 MB (2 MB, 60 pages) and 85 MB (4 MB, 120 dense pages of CJK), measured by
 * scripts/bench/import-limits.ts. 768 MB holds some 1,800 such dense pages, more than any report,
 * and still ends a bomb while the laptop has memory to spare (a pool of two workers, each with
 * pdf.js's parser thread, stays under about 3 GB). A minute plus 3 s per MB is more than ten times
 * what the 120-page PDF takes on a loaded two-core machine.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  memoryMb: 768,
  timeLimitMs: (byteLength) => 60_000 + Math.ceil(byteLength / MB) * 3_000,
  // A 200 dpi A4 page reads in about 5 s on two cores (BENCHMARKS.md): twelve times that. OCR's own
  // memory is bounded whatever the page: the detector sees at most 1,280 pixels a side, a line at
  // most 2,400 × 48, and an image of more than 64 million pixels is refused (ocr/read-image.ts).
  ocrPageMs: 60_000,
};

/** The `resourceLimits` of a worker bound by `limits`. */
export function workerResourceLimits(limits: ImportLimits): ResourceLimits {
  return { maxOldGenerationSizeMb: limits.memoryMb };
}

/**
 * The limits a thread started from this one gets: this thread's own, so that a thread an import
 * worker starts (pdf.js's parser) is bound as the worker is. The main thread has none to pass on.
 */
export function inheritedResourceLimits(): ResourceLimits | undefined {
  return ownResourceLimits.maxOldGenerationSizeMb === undefined ? undefined : { ...ownResourceLimits };
}

/** Whether a worker's 'error' is Node ending it for reaching its `resourceLimits`. */
export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** Why an import was ended for memory; by default with this thread's own limit. */
export function memoryLimitReason(memoryMb = ownResourceLimits.maxOldGenerationSizeMb): string {
  return memoryMb === undefined ? 'reading it needed more memory than an import may use' : `reading it needed more than ${memoryMb} MB of memory`;
}

export function timeLimitReason(timeLimitMs: number): string {
  return `reading it took longer than ${Math.round(timeLimitMs / 1000)} s`;
}
