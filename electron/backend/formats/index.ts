import { extname } from 'node:path';
import type { ReportFormat } from '../../../shared/domain/report';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readPdf } from './pdf';
import { readText } from './text';
import type { FormatReader } from './types';
import { ReportReadError } from './types';

export interface ReportReader {
  format: ReportFormat;
  read: FormatReader;
}

const READERS: ReadonlyMap<string, ReportReader> = new Map<string, ReportReader>([
  ['.pdf', { format: 'pdf', read: readPdf }],
  ['.docx', { format: 'docx', read: readDocx }],
  ['.html', { format: 'html', read: readHtml }],
  ['.htm', { format: 'html', read: readHtml }],
  ['.txt', { format: 'txt', read: readText }],
  ['.md', { format: 'md', read: readText }],
]);

/** Formats whose text is laid out on pages: their figures carry a page number and boxes. */
export const isPaged = (format: ReportFormat): boolean => format === 'pdf';

/** The reader for a report file, chosen by its extension (case-insensitive). */
export function readerFor(fileName: string): ReportReader {
  const reader = READERS.get(extname(fileName).toLowerCase());
  if (reader === undefined) {
    throw new ReportReadError('unsupported-format', 'Tickmark imports .pdf, .docx, .html, .txt and .md files');
  }
  return reader;
}
