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
  evidence: (r) => r.event.evidence,
  detail: (r) => r.event.detail,
  document: (r) => r.documentName,
  page: (r) => r.figure?.page,
  line: (r) => r.figure?.line,
  figure_text: (r) => r.figure?.text,
  value: (r) => r.figure?.value,
  value_max: (r) => r.figure?.valueMax,
  unit: (r) => r.figure?.unit,
  qualifier: (r) => r.figure?.qualifier,
  engagement_id: (r) => r.event.engagementId,
  document_id: (r) => r.event.documentId,
  figure_id: (r) => r.event.figureId,
  hash: (r) => r.event.hash,
  prev_hash: (r) => r.event.prevHash,
};
export const AUDIT_TRAIL_COLUMNS = Object.keys(COLUMNS);

/**
 * A spreadsheet would run a text cell starting with one of these as a formula; such cells get a
 * leading apostrophe. Papaparse's `escapeFormulae: true` misses a leading line feed, hence our own.
 * A leading apostrophe is escaped too, so reading the file back can undo every escape exactly.
 */
const FORMULA_START = /^[=+\-@\t\r\n']/;

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

export type ParsedTrail = { ok: true; events: AuditEvent[] } | { ok: false; error: string };

const EVENT_FIELDS = {
  engagementId: 'engagement_id',
  at: 'at',
  actor: 'actor',
  action: 'action',
  documentId: 'document_id',
  figureId: 'figure_id',
  fromStatus: 'from_status',
  toStatus: 'to_status',
  note: 'note',
  evidence: 'evidence',
  detail: 'detail',
  prevHash: 'prev_hash',
  hash: 'hash',
} as const;

/** A text cell as it was before `auditTrailCsv` neutralised it. */
const unescapeCell = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

/**
 * The events of an exported audit trail, read back so their hash chain can be checked by whoever
 * receives the CSV. Only the hashed columns are read; the descriptive ones are for people.
 */
export function parseAuditTrailCsv(csv: string): ParsedTrail {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    return { ok: false, error: `it is not a well-formed CSV (row ${(first.row ?? 0) + 2}: ${first.message})` };
  }
  const missing = ['seq', ...Object.values(EVENT_FIELDS)].filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) return { ok: false, error: `it is not a Tickmark audit trail (no ${missing.join(', ')} column)` };
  const events = parsed.data.map((row) => {
    const event: Record<string, string | number> = { seq: Number(row.seq) };
    for (const [field, column] of Object.entries(EVENT_FIELDS)) {
      const cell = unescapeCell(row[column] ?? '');
      if (cell !== '') event[field] = cell;
    }
    return event as unknown as AuditEvent;
  });
  return { ok: true, events };
}
