import type { DocumentWarning } from './document-warning';
import type { ExtractedFigure, PageBox, Span } from './figure';

export const REPORT_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx', 'xlsx', 'csv', 'image'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One page of a paged format (PDF), or the whole text of a flowing one, as a range of the text. */
export interface PageRange extends Span {
  /** 1-based page number. */
  number: number;
  /** False for a page with no text layer (a scanned image): its figures cannot be extracted. */
  hasText: boolean;
  /** For a page whose text was read by OCR (a scan, an image): the recogniser's mean confidence, 0–1. */
  ocr?: OcrMark;
  /** An image's size in the units of its figures' boxes (points), to draw the boxes on it; a PDF's pages know their own. */
  size?: { width: number; height: number };
}

/** Text read by OCR, with the recogniser's confidence in it (0–1). */
export interface OcrMark {
  confidence: number;
}

/**
 * One non-empty cell of a workbook or CSV file, as a range of the text the reader laid the sheet out
 * in (a row per line, cells separated by tabs): what evidence points at when it is a table.
 */
export interface SheetCell extends Span {
  /** The sheet's name; empty for a CSV file. */
  sheet: string;
  /** 1-based row and column. */
  row: number;
  column: number;
  /** `B7`. */
  address: string;
  /** For a number: the value stored (a formula's cached result), before any display format. */
  value?: number;
  /** The number is displayed as a percentage (0.495 shown as 49.5%). */
  percent?: boolean;
  /** The nearest text to the left in the row (what the row counts) and above in the column (its header). */
  rowLabel?: string;
  columnHeader?: string;
  /** The merged range this cell heads (`A1:D1`). */
  merged?: string;
}

/** A figure located in its report: the extractor's figure plus where it stands on the page. */
export interface LocatedFigure extends ExtractedFigure {
  /** 1-based page, for paged formats only. */
  page?: number;
  /** The figure's glyph boxes on `page`, for paged formats only. */
  boxes?: PageBox[];
  /** For a figure read by OCR: the confidence of its least certain word. */
  ocr?: OcrMark;
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
  /** For workbooks and CSV files: every non-empty cell, in sheet and row order. */
  cells?: SheetCell[];
  /** Things the auditor should know that did not stop the import (a page with no text layer). */
  warnings: DocumentWarning[];
}
