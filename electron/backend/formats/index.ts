import { extname } from 'node:path';
import type { ReportFormat } from '../../../shared/domain/report';
import { reason } from '../../../shared/ipc/reasons';
import type { FormatReader } from './types';
import { ReportReadError } from './types';

export interface ReportReader {
  format: ReportFormat;
  read: FormatReader;
}

/**
 * A reader whose module, with the library it needs (pdf.js, mammoth, parse5, chardet), is loaded when
 * a file of its format is first read: an import worker starts, and a PDF is read, without the rest.
 */
function loadedWhenUsed<M>(load: () => Promise<M>, reader: (module: M) => FormatReader): FormatReader {
  return async (bytes, options) => reader(await load())(bytes, options);
}

const readPdf = loadedWhenUsed(() => import('./pdf'), (module) => module.readPdf);
const readDocx = loadedWhenUsed(() => import('./docx'), (module) => module.readDocx);
const readHtml = loadedWhenUsed(() => import('./html'), (module) => module.readHtml);
const readText = loadedWhenUsed(() => import('./text'), (module) => module.readText);
const readXlsx = loadedWhenUsed(() => import('./xlsx'), (module) => module.readXlsx);
const readCsv = loadedWhenUsed(() => import('./csv'), (module) => module.readCsv);
const readImage = loadedWhenUsed(() => import('./image'), (module) => module.readImage);

const READERS: ReadonlyMap<string, ReportReader> = new Map<string, ReportReader>([
  ['.pdf', { format: 'pdf', read: readPdf }],
  ['.docx', { format: 'docx', read: readDocx }],
  ['.html', { format: 'html', read: readHtml }],
  ['.htm', { format: 'html', read: readHtml }],
  ['.txt', { format: 'txt', read: readText }],
  ['.md', { format: 'md', read: readText }],
  ['.xlsx', { format: 'xlsx', read: readXlsx }],
  ['.csv', { format: 'csv', read: readCsv }],
  ['.png', { format: 'image', read: readImage }],
  ['.jpg', { format: 'image', read: readImage }],
  ['.jpeg', { format: 'image', read: readImage }],
]);

/** Formats whose text is laid out on pages: their figures carry a page number and boxes. */
export const isPaged = (format: ReportFormat): boolean => format === 'pdf' || format === 'image';

/** The reader for a report file, chosen by its extension (case-insensitive). */
export function readerFor(fileName: string): ReportReader {
  const reader = READERS.get(extname(fileName).toLowerCase());
  if (reader === undefined) {
    throw new ReportReadError('unsupported-format', 'Tickmark imports .pdf, .docx, .html, .txt and .md files, .png and .jpg images, and .xlsx and .csv files as evidence', reason('read.unsupportedFormat'));
  }
  return reader;
}
