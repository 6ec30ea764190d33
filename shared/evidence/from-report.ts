import type { DocumentRole, ReportDocument } from '../domain/records';
import type { ParsedReport, ReportFormat } from '../domain/report';
import { describeFigures } from '../metrics/index';
import type { EvidenceDocument } from './types';

/**
 * A report, workbook or CSV file as the importer read it, as a document evidence is looked for in;
 * its figures described (shared/metrics), so that what each measures can be compared.
 */
export function evidenceDocument(report: ParsedReport, name = report.fileName): EvidenceDocument {
  return {
    id: report.sha256,
    name,
    text: report.text,
    figures: describeFigures(report.text, report.figures),
    ...(report.cells === undefined ? {} : { cells: report.cells }),
  };
}

/** Formats read only as evidence: a workbook's or CSV file's numbers are sources, never claims to verify. */
export const isEvidenceOnly = (format: ReportFormat): boolean => format === 'xlsx' || format === 'csv';

/** The role a document is imported in: evidence when asked for, or when its format is only ever evidence. */
export const importRole = (format: ReportFormat, asked: DocumentRole): DocumentRole => (isEvidenceOnly(format) ? 'evidence' : asked);

/**
 * A stored document's role. Documents stored before roles (schema version 2, older journals and
 * archives) carry none: their role was their format's.
 */
export const documentRole = (document: Pick<ReportDocument, 'role' | 'format'>): DocumentRole =>
  document.role ?? (isEvidenceOnly(document.format) ? 'evidence' : 'report');
