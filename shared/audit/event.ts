import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { FigureStatus } from '../domain/verdict';

export const AUDIT_ACTIONS = [
  'engagement.created',
  'document.imported',
  'figure.added',
  'figure.corrected',
  'figure.confirmed',
  'figure.disputed',
  'figure.reopened',
  'figure.dismissed',
  'trail.exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What happened, as the renderer records it; sealing adds its place in the chain. */
export interface AuditEventInput {
  engagementId: string;
  /** ISO 8601, UTC. */
  at: string;
  /** The auditor's name, asked for once at first run. */
  actor: string;
  action: AuditAction;
  documentId?: string;
  figureId?: string;
  fromStatus?: FigureStatus;
  toStatus?: FigureStatus;
  /** The auditor's note: why a figure is disputed or dismissed, what was checked. */
  note?: string;
  /** Where the supporting evidence is: a workpaper reference, a source document, a page. */
  evidence?: string;
  /** A machine-written account of the change: `value 1.2e9 → 1.3e9`, the imported file's name and SHA-256. */
  detail?: string;
}

/**
 * One entry of an engagement's append-only audit trail. Each event carries the hash of the one
 * before it, so changing, removing or reordering any event breaks every hash after it.
 */
export interface AuditEvent extends AuditEventInput {
  /** 1-based position in its engagement's trail. */
  seq: number;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hashed fields, in a fixed order: adding a field to AuditEventInput means adding it here. An
 * empty optional field hashes as an absent one, so the trail verifies the same after a CSV round trip.
 */
function canonical(event: Omit<AuditEvent, 'hash'>): string {
  return JSON.stringify([
    event.seq,
    event.prevHash,
    event.engagementId,
    event.at,
    event.actor,
    event.action,
    event.documentId || null,
    event.figureId || null,
    event.fromStatus || null,
    event.toStatus || null,
    event.note || null,
    event.evidence || null,
    event.detail || null,
  ]);
}

function hashOf(event: Omit<AuditEvent, 'hash'>): string {
  return bytesToHex(sha256(utf8ToBytes(canonical(event))));
}

/**
 * Give `input` its place after `previous` (undefined for an engagement's first event). Synchronous
 * on purpose: it runs inside an IndexedDB transaction, which would commit early on an await.
 */
export function sealEvent(input: AuditEventInput, previous: Pick<AuditEvent, 'seq' | 'hash'> | undefined): AuditEvent {
  const unsealed = { ...input, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...unsealed, hash: hashOf(unsealed) };
}

export type ChainCheck = { ok: true; length: number } | { ok: false; seq: number; reason: string };

/** Check an engagement's whole trail, in `seq` order: every link and every hash. */
export function verifyChain(events: readonly AuditEvent[]): ChainCheck {
  let previous: AuditEvent | undefined;
  for (const event of events) {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (event.seq !== expectedSeq) return { ok: false, seq: event.seq, reason: `expected event ${expectedSeq} here` };
    if (event.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
      return { ok: false, seq: event.seq, reason: 'it does not follow the event before it' };
    }
    const { hash, ...unsealed } = event;
    if (hashOf(unsealed) !== hash) return { ok: false, seq: event.seq, reason: 'its content was changed after it was recorded' };
    previous = event;
  }
  return { ok: true, length: events.length };
}
