/** What the details panel says about a report file, in the UI's language. */
import type { ReportDocument } from '../../db/records';
import { i18next } from '../../i18n/i18n';

/** `1.2 MB (1,234,567 bytes)`: the rounded size to read, the exact one to compare. */
export function describeSize(bytes: number): string {
  const exact = i18next.t('document.bytes', { count: bytes });
  if (bytes < 1024) return exact;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return i18next.t('document.sizeRounded', { size: new Intl.NumberFormat(i18next.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value), unit, exact });
}

export function describeFormat(document: Pick<ReportDocument, 'format' | 'encoding'>): string {
  const name = i18next.t(`document.formatName.${document.format}`);
  return document.encoding ? i18next.t('document.formatWithEncoding', { format: name, encoding: document.encoding }) : name;
}

/** `4 pages`, `4 pages; page 3 has no text layer`; undefined for flowing formats, which have no pages. */
export function describePages(document: Pick<ReportDocument, 'format' | 'pages'>): string | undefined {
  if (document.format !== 'pdf') return undefined;
  const pageCount = i18next.t('document.pageCount', { count: document.pages.length });
  const blank = document.pages.filter((page) => !page.hasText).map((page) => page.number);
  if (blank.length === 0) return pageCount;
  return i18next.t('document.noTextLayer', { count: blank.length, pageCount, pages: blank.join(', ') });
}
