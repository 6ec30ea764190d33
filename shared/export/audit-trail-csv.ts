import Papa from 'papaparse';
import type { AuditEvent } from '../audit/event';
import type { Qualifier } from '../domain/figure';

/** The figure an event is about, as the CSV describes it. */
export interface CsvFigure {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: Qualifier;
  page?: number;
  line?: number;
}

export interface AuditTrailRow {
  event: AuditEvent;
  engagementName: string;
  documentName?: string;
  figure?: CsvFigure;
}

/** Column header → cell, in the order the auditor reads them. */
const COLUMNS: Record<string, (row: AuditTrailRow) => string | number | undefined> = {
  seq: (r) => r.event.seq,
  at: (r) => r.event.at,
  actor: (r) => r.event.actor,
  engagement: (r) => r.engagementName,
  action: (r) => r.event.action,
  from_status: (r) => r.event.fromStatus,
  to_status: (r) => r.event.toStatus,
  note: (r) => r.event.note,
  detail: (r) => r.event.detail,
  document: (r) => r.documentName,
  page: (r) => r.figure?.page,
  line: (r) => r.figure?.line,
  figure_text: (r) => r.figure?.text,
  value: (r) => r.figure?.value,
  value_max: (r) => r.figure?.valueMax,
  unit: (r) => r.figure?.unit,
  qualifier: (r) => r.figure?.qualifier,
  figure_id: (r) => r.event.figureId,
  hash: (r) => r.event.hash,
  prev_hash: (r) => r.event.prevHash,
};
export const AUDIT_TRAIL_COLUMNS = Object.keys(COLUMNS);

/**
 * A spreadsheet would run a text cell starting with one of these as a formula; such cells get a
 * leading apostrophe. Papaparse's `escapeFormulae: true` misses a leading line feed, hence our own.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Excel reads a CSV as UTF-8 (and shows Chinese correctly) only when it starts with a BOM. */
const UTF8_BOM = '\uFEFF';

/** The audit trail as CSV: one row per event, numbers as numbers, text cells safe to open. */
export function auditTrailCsv(rows: readonly AuditTrailRow[]): string {
  const data = rows.map((row) => AUDIT_TRAIL_COLUMNS.map((column) => COLUMNS[column]!(row) ?? ''));
  return (
    UTF8_BOM +
    Papa.unparse({ fields: AUDIT_TRAIL_COLUMNS, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' })
  );
}
