import Papa from 'papaparse';
import { cellValue } from '../audit/cell-value';
import { brokenLink, GENESIS_HASH, portableSha256Hex, type AuditEvent, type Sha256Hex, type TrailEvent } from '../audit/event';
import { SEAL_FORM, type TrailSeal } from '../audit/seal';
import { AUDIT_TRAIL_COLUMNS, ED25519_PREFIX, SEAL_ROW_SEQ, SHA256_PREFIX, type AuditTrailColumn } from './audit-trail-csv';
import { unescapeCell } from './csv-format';

/**
 * Reading an exported audit trail back and checking everything that needs no key: every event's
 * hash and link, that the seal row comes last, covers exactly the events above it and names the
 * last one. The seal's signature and whose key made it are checked by the Node side (verify-trail).
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
export type TrailReading =
  | { ok: true; eventCount: number; engagementId: string; seal: TrailSeal }
  | { ok: false; row?: number; reason: string };

type CsvRecord = Partial<Record<AuditTrailColumn, string>>;

/** A row's cells by column name, given where each column stands in the header. */
function recordOf(cells: readonly string[], columns: ReadonlyMap<AuditTrailColumn, number>): CsvRecord {
  const record: CsvRecord = {};
  for (const [column, index] of columns) record[column] = cells[index];
  return record;
}

const text = (cell: string | undefined): string | undefined => (cell ? unescapeCell(cell) : undefined);

/** A number cell as the number it stands for; NaN for anything else, so a garbled cell fails its hash. */
function number(cell: string | undefined): number | undefined {
  const value = cellValue(text(cell));
  if (value === null) return undefined;
  return typeof value === 'number' ? value : Number.NaN;
}

function prefixed(cell: string | undefined, prefix: string): string | undefined {
  const value = text(cell);
  return value?.startsWith(prefix) ? value.slice(prefix.length) : value;
}

function eventOf(record: CsvRecord): TrailEvent {
  const seq = number(record.seq) ?? Number.NaN;
  const prevHash = prefixed(record.prev_hash, SHA256_PREFIX) ?? '';
  const hash = prefixed(record.hash, SHA256_PREFIX) ?? '';
  const engagementId = text(record.engagement_id) ?? '';
  const at = text(record.at) ?? '';
  const actor = text(record.actor) ?? '';
  const action = text(record.action) as AuditEvent['action'];
  const documentId = text(record.document_id);
  const figureId = text(record.figure_id);
  const fromStatus = text(record.from_status) as AuditEvent['fromStatus'];
  const toStatus = text(record.to_status) as AuditEvent['toStatus'];
  const note = text(record.note);
  const evidence = text(record.evidence);
  const detail = text(record.detail);
  if (text(record.form) !== '2') {
    return { seq, prevHash, hash, engagementId, at, actor, action, documentId, figureId, fromStatus, toStatus, note, evidence, detail } as TrailEvent;
  }
  const documentName = text(record.document);
  const documentSha = prefixed(record.document_sha256, SHA256_PREFIX);
  const figureText = text(record.figure_text);
  return {
    form: 2,
    seq,
    prevHash,
    hash,
    engagementId,
    engagementName: text(record.engagement) ?? '',
    at,
    actor,
    role: text(record.role) as AuditEvent['role'],
    action,
    documentId,
    document: documentName || documentSha ? { name: documentName ?? '', sha256: documentSha ?? '' } : undefined,
    figureId,
    figure:
      figureText !== undefined || record.value
        ? {
            text: figureText ?? '',
            start: number(record.figure_start) ?? Number.NaN,
            end: number(record.figure_end) ?? Number.NaN,
            page: number(record.page),
            value: number(record.value) ?? Number.NaN,
            valueMax: number(record.value_max),
            unit: text(record.unit) ?? '',
            qualifier: text(record.qualifier) as NonNullable<AuditEvent['figure']>['qualifier'],
          }
        : undefined,
    fromStatus,
    toStatus,
    note,
    evidence,
    detail,
  };
}

function sealOf(record: CsvRecord): TrailSeal {
  return {
    form: number(record.form) as typeof SEAL_FORM,
    engagementId: text(record.engagement_id) ?? '',
    engagementName: text(record.engagement) ?? '',
    eventCount: number(record.sealed_events) ?? Number.NaN,
    headHash: prefixed(record.hash, SHA256_PREFIX) ?? '',
    sealedAt: text(record.at) ?? '',
    signer: text(record.actor) ?? '',
    role: text(record.role) as TrailSeal['role'],
    publicKey: prefixed(record.public_key, ED25519_PREFIX) ?? '',
    signature: prefixed(record.signature, ED25519_PREFIX) ?? '',
  };
}

export function readAuditTrailCsv(csv: string, digest: Sha256Hex = portableSha256Hex): TrailReading {
  let failure: TrailReading | undefined;
  let previous: TrailEvent | undefined;
  let eventCount = 0;
  let engagementId: string | undefined;
  let seal: TrailSeal | undefined;
  let row = 1;
  const fail = (reason: string, at = row): void => {
    failure = { ok: false, row: at, reason };
  };

  let columns: Map<AuditTrailColumn, number> | undefined;
  let width = 0;
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const cells = result.data;
      if (!columns) {
        const missing = AUDIT_TRAIL_COLUMNS.filter((column) => !cells.includes(column));
        if (missing.length > 0) {
          failure = { ok: false, reason: `it is not an audit trail exported by this version of Tickmark (no ${missing.join(', ')} column)` };
          return parser.abort();
        }
        columns = new Map(AUDIT_TRAIL_COLUMNS.map((column) => [column, cells.indexOf(column)]));
        width = cells.length;
        return;
      }
      row++;
      const error = result.errors[0];
      if (error || cells.length !== width) {
        fail(`the row is malformed (${error?.message ?? `${cells.length} cells where the header has ${width}`}): the file was cut or edited`);
        return parser.abort();
      }
      const record = recordOf(cells, columns);
      if (seal) {
        fail('a row comes after the seal: rows were added after the trail was sealed');
        return parser.abort();
      }
      if (text(record.seq) === SEAL_ROW_SEQ) {
        seal = sealOf(record);
        return;
      }
      const event = eventOf(record);
      engagementId ??= event.engagementId;
      const broken =
        event.engagementId !== engagementId ? 'it belongs to another engagement than the rows above it' : brokenLink(previous, event, digest);
      if (broken) {
        fail(`event ${Number.isNaN(event.seq) ? '?' : event.seq}: ${broken}`);
        return parser.abort();
      }
      previous = event;
      eventCount++;
    },
  });
  if (failure) return failure;
  if (!seal) {
    if (eventCount === 0) return { ok: false, reason: 'it holds no events, only a header' };
    return { ok: false, row: row + 1, reason: 'it has no seal after its last event: the file was cut short, or the seal row removed' };
  }
  const sealRow = row;
  if (seal.form !== SEAL_FORM) return { ok: false, row: sealRow, reason: `its seal is of form ${seal.form}, which this Tickmark cannot check` };
  if (seal.eventCount !== eventCount) {
    return { ok: false, row: sealRow, reason: `the seal covers ${seal.eventCount} events but the file holds ${eventCount}: rows were removed or added` };
  }
  if (eventCount > 0 && seal.engagementId !== engagementId) return { ok: false, row: sealRow, reason: 'the seal is for another engagement' };
  if (seal.headHash !== (previous?.hash ?? GENESIS_HASH)) {
    return { ok: false, row: sealRow, reason: 'the seal was made for another last event: the trail was changed after it was sealed' };
  }
  return { ok: true, eventCount, engagementId: seal.engagementId, seal };
}
