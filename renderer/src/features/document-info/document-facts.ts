import type { ReportFormat } from '../../../../shared/domain/report';
import type { ReportDocument } from '../../db/records';

const FORMAT_NAMES: Record<ReportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word document (.docx)',
  html: 'HTML',
  txt: 'Plain text',
  md: 'Markdown',
};

/** `1.2 MB (1,234,567 bytes)`: the rounded size to read, the exact one to compare. */
export function describeSize(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} bytes`;
  if (bytes < 1024) return exact;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toFixed(1)} ${unit} (${exact})`;
}

export function describeFormat(document: Pick<ReportDocument, 'format' | 'encoding'>): string {
  const name = FORMAT_NAMES[document.format];
  return document.encoding ? `${name}, ${document.encoding}` : name;
}

/** `4 pages`, `4 pages; page 3 has no text layer`; undefined for flowing formats, which have no pages. */
export function describePages(document: Pick<ReportDocument, 'format' | 'pages'>): string | undefined {
  if (document.format !== 'pdf') return undefined;
  const count = `${document.pages.length} ${document.pages.length === 1 ? 'page' : 'pages'}`;
  const blank = document.pages.filter((page) => !page.hasText).map((page) => page.number);
  if (blank.length === 0) return count;
  return `${count}; ${blank.length === 1 ? 'page' : 'pages'} ${blank.join(', ')} ${blank.length === 1 ? 'has' : 'have'} no text layer`;
}
