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
