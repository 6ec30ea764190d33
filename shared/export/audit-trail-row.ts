import { cellValue } from '../audit/cell-value';
import type { AuditEvent, TrailEvent } from '../audit/event';
import type { SEAL_FORM, TrailSeal } from '../audit/seal';
import { ED25519_PREFIX, SHA256_PREFIX, type AuditTrailColumn } from './audit-trail-csv';
import { unescapeCell } from './csv-format';

/**
 * One row of an exported audit trail read back as the event or the seal it records: every cell as
 * the value it stands for (see cell-value.ts), formula escapes and `sha256:`/`ed25519:` prefixes
 * undone, so that its hash can be computed again. A garbled number reads as NaN and fails its hash.
 */

/** A row's cell by column name. */
export type Row = (column: AuditTrailColumn) => string | undefined;

export const text = (cell: string | undefined): string | undefined => (cell ? unescapeCell(cell) : undefined);

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

export function eventOf(cell: Row): TrailEvent {
  const seq = number(cell('seq')) ?? Number.NaN;
  const prevHash = prefixed(cell('prev_hash'), SHA256_PREFIX) ?? '';
  const hash = prefixed(cell('hash'), SHA256_PREFIX) ?? '';
  const engagementId = text(cell('engagement_id')) ?? '';
  const at = text(cell('at')) ?? '';
  const actor = text(cell('actor')) ?? '';
  const action = text(cell('action')) as AuditEvent['action'];
  const documentId = text(cell('document_id'));
  const figureId = text(cell('figure_id'));
  const fromStatus = text(cell('from_status')) as AuditEvent['fromStatus'];
  const toStatus = text(cell('to_status')) as AuditEvent['toStatus'];
  const note = text(cell('note'));
  const evidence = text(cell('evidence'));
  const detail = text(cell('detail'));
  if (text(cell('form')) !== '2') {
    return { seq, prevHash, hash, engagementId, at, actor, action, documentId, figureId, fromStatus, toStatus, note, evidence, detail } as TrailEvent;
  }
  const documentName = text(cell('document'));
  const documentSha = prefixed(cell('document_sha256'), SHA256_PREFIX);
  const figureText = text(cell('figure_text'));
  return {
    form: 2,
    seq,
    prevHash,
    hash,
    engagementId,
    engagementName: text(cell('engagement')) ?? '',
    at,
    actor,
    role: text(cell('role')) as AuditEvent['role'],
    action,
    documentId,
    document: documentName || documentSha ? { name: documentName ?? '', sha256: documentSha ?? '' } : undefined,
    figureId,
    figure:
      figureText !== undefined || cell('value')
        ? {
            text: figureText ?? '',
            start: number(cell('figure_start')) ?? Number.NaN,
            end: number(cell('figure_end')) ?? Number.NaN,
            page: number(cell('page')),
            value: number(cell('value')) ?? Number.NaN,
            valueMax: number(cell('value_max')),
            unit: text(cell('unit')) ?? '',
            qualifier: text(cell('qualifier')) as NonNullable<AuditEvent['figure']>['qualifier'],
          }
        : undefined,
    fromStatus,
    toStatus,
    note,
    evidence,
    detail,
  };
}

export function sealOf(cell: Row): TrailSeal {
  return {
    form: number(cell('form')) as typeof SEAL_FORM,
    engagementId: text(cell('engagement_id')) ?? '',
    engagementName: text(cell('engagement')) ?? '',
    eventCount: number(cell('sealed_events')) ?? Number.NaN,
    headHash: prefixed(cell('hash'), SHA256_PREFIX) ?? '',
    sealedAt: text(cell('at')) ?? '',
    signer: text(cell('actor')) ?? '',
    role: text(cell('role')) as TrailSeal['role'],
    publicKey: prefixed(cell('public_key'), ED25519_PREFIX) ?? '',
    signature: prefixed(cell('signature'), ED25519_PREFIX) ?? '',
  };
}
