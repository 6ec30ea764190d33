import type { DocumentWarning } from '../../../shared/domain/document-warning';
import type { PageBox } from '../../../shared/domain/figure';
import type { PageRange, SheetCell } from '../../../shared/domain/report';
import type { Reason } from '../../../shared/ipc/reasons';
import type { ImportErrorCode } from '../../../shared/ipc/schemas';

/** A report's visible text as one format reader makes it. */
export interface ReportText {
  text: string;
  pages: PageRange[];
  /** For text formats: the encoding the bytes were decoded from. */
  encoding?: string;
  warnings: DocumentWarning[];
  /** For workbooks and CSV files: where each cell stands in `text`. */
  cells?: SheetCell[];
  /** For paged formats: where the characters `[start, end)` stand on the page. */
  locate?: (start: number, end: number) => { page: number; boxes: PageBox[] } | undefined;
  /** For text read by OCR: the recogniser's confidence (0–1) in the characters `[start, end)`; undefined for text that was not. */
  confidence?: (start: number, end: number) => number | undefined;
}

export interface ReadOptions {
  password?: string;
  /** Units done and in all (pages for PDFs). */
  onProgress?: (done: number, total: number) => void;
  /** Called as OCR starts reading page `page` of `total` (a scanned page, or an image). */
  onOcrPage?: (page: number, total: number) => void;
  signal?: AbortSignal;
}

export type FormatReader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReportText>;

/**
 * A file that cannot be read, for a reason the auditor can act on. Readers throw it; the import
 * turns it into an `ImportError` value naming the file, so it never crosses a boundary as an exception.
 * `detail` is the same reason as a code and its parameters (a `read.*` reason), which the UI says
 * in its own language; `reason` is its English words, for the CLI and logs.
 */
export class ReportReadError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** The reason, without the file name: "it is not a PDF", "the password is wrong". */
    readonly reason: string,
    readonly detail: Reason,
  ) {
    super(reason);
    this.name = 'ReportReadError';
  }
}
