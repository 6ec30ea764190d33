import type { AuditEvent, TrailEvent } from '../audit/event';
import type { TrailSeal } from '../audit/seal';
import { csvText, UTF8_BOM, type CsvCell } from './csv-format';

/**
 * The audit trail as the engagement file keeps it: one row per event, in order, then one seal row.
 * Every cell of an event row is inside its hash, so the CSV alone can be verified
 * (`tickmark verify-trail`). Hashes, keys and signatures carry a prefix (`sha256:…`, `ed25519:…`)
 * so that no spreadsheet takes them for numbers; the column order is documented in the README.
 */
export const AUDIT_TRAIL_COLUMNS = [
  'seq',
  'at',
  'actor',
  'role',
  'engagement',
  'action',
  'from_status',
  'to_status',
  'note',
  'evidence',
  'detail',
  'document',
  'document_sha256',
  'page',
  'figure_text',
  'figure_start',
  'figure_end',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'engagement_id',
  'document_id',
  'figure_id',
  'form',
  'hash',
  'prev_hash',
  'sealed_events',
  'public_key',
  'signature',
] as const;
export type AuditTrailColumn = (typeof AUDIT_TRAIL_COLUMNS)[number];

/** The `seq` cell of the seal row, and its action. */
export const SEAL_ROW_SEQ = 'seal';
export const SEAL_ACTION = 'trail.sealed';

export const SHA256_PREFIX = 'sha256:';
export const ED25519_PREFIX = 'ed25519:';
const sha = (hex: string | undefined) => (hex === undefined ? undefined : SHA256_PREFIX + hex);
const ed = (hex: string) => ED25519_PREFIX + hex;

/** An event's cells, in the order of AUDIT_TRAIL_COLUMNS (an array, not a record: 100 000 rows are written at a time). */
function eventCells(event: TrailEvent): CsvCell[] {
  const current = event.form === 2 ? (event as AuditEvent) : undefined;
  const figure = current?.figure;
  return [
    event.seq,
    event.at,
    event.actor,
    current?.role,
    current?.engagementName,
    event.action,
    event.fromStatus,
    event.toStatus,
    event.note,
    event.evidence,
    event.detail,
    current?.document?.name,
    sha(current?.document?.sha256),
    figure?.page,
    figure?.text,
    figure?.start,
    figure?.end,
    figure?.value,
    figure?.valueMax,
    figure?.unit,
    figure?.qualifier,
    event.engagementId,
    event.documentId,
    event.figureId,
    event.form ?? 1,
    sha(event.hash),
    sha(event.prevHash),
    undefined, // sealed_events
    undefined, // public_key
    undefined, // signature
  ];
}

function sealCells(seal: TrailSeal, fingerprint: string): CsvCell[] {
  const row: Partial<Record<AuditTrailColumn, CsvCell>> = {
    seq: SEAL_ROW_SEQ,
    at: seal.sealedAt,
    actor: seal.signer,
    role: seal.role,
    engagement: seal.engagementName,
    action: SEAL_ACTION,
    detail: `${seal.eventCount} events sealed, signed with key ${fingerprint}`,
    engagement_id: seal.engagementId,
    form: seal.form,
    hash: sha(seal.headHash),
    sealed_events: seal.eventCount,
    public_key: ed(seal.publicKey),
    signature: ed(seal.signature),
  };
  return AUDIT_TRAIL_COLUMNS.map((column) => row[column]);
}

/**
 * Rows per chunk: a 100 000-event trail is written a chunk at a time, never as one giant string.
 * Small on purpose: papaparse builds each chunk by concatenation, and a chunk of 100 rows stays
 * under V8's large-object size, so its pieces die young; 5 000-row chunks cost twice the CPU.
 */
const CHUNK_ROWS = 100;

/** The trail CSV in pieces to write one after the other: BOM and header first, the seal row last. */
export function* auditTrailCsvChunks(events: readonly TrailEvent[], seal: TrailSeal, fingerprint: string): Generator<string> {
  yield UTF8_BOM + csvText(AUDIT_TRAIL_COLUMNS, []);
  for (let start = 0; start < events.length; start += CHUNK_ROWS) {
    yield csvText(null, events.slice(start, start + CHUNK_ROWS).map(eventCells));
  }
  yield csvText(null, [sealCells(seal, fingerprint)]);
}

/** The whole trail CSV as one string (tests, small trails). */
export const auditTrailCsv = (events: readonly TrailEvent[], seal: TrailSeal, fingerprint: string): string =>
  [...auditTrailCsvChunks(events, seal, fingerprint)].join('');
