import type { ExtractedFigure, PageBox, Span } from './figure';

export const REPORT_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One page of a paged format (PDF), or the whole text of a flowing one, as a range of the text. */
export interface PageRange extends Span {
  /** 1-based page number. */
  number: number;
  /** False for a page with no text layer (a scanned image): its figures cannot be extracted. */
  hasText: boolean;
}

/** A figure located in its report: the extractor's figure plus where it stands on the page. */
export interface LocatedFigure extends ExtractedFigure {
  /** 1-based page, for paged formats only. */
  page?: number;
  /** The figure's glyph boxes on `page`, for paged formats only. */
  boxes?: PageBox[];
}

/** What the backend makes of one imported report file. */
export interface ParsedReport {
  fileName: string;
  format: ReportFormat;
  /** The character encoding the text was decoded from, for text formats (`utf-8`, `gb18030`, …). */
  encoding?: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  byteLength: number;
  /** The report's visible text; every offset in `figures` and `pages` refers to it. */
  text: string;
  pages: PageRange[];
  figures: LocatedFigure[];
  /** Things the auditor should know that did not stop the import (a page with no text layer). */
  warnings: string[];
}
