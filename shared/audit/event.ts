import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { FigureValue } from '../domain/figure';
import type { ReviewStatus, Role } from '../domain/review';
import type { FigureStatus } from '../domain/verdict';
import { cellValue } from './cell-value';

export const AUDIT_ACTIONS = [
  'engagement.created',
  'engagement.member_added',
  'engagement.key_trusted',
  'document.imported',
  'figure.added',
  'figure.corrected',
  'figure.confirmed',
  'figure.disputed',
  'figure.reopened',
  'figure.dismissed',
  'figure.signed_off',
  'figure.sent_back',
  'figure.undone',
  'trail.exported',
  'archive.exported',
  'archive.imported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A figure's place in the audit before and after an event: its decision, or its review. */
export type FigureState = FigureStatus | ReviewStatus;

/** The document an event is about, as it was when the event was recorded. */
export interface DocumentSnapshot {
  name: string;
  /** SHA-256 of the original file, hex. */
  sha256: string;
}

/** The figure an event is about, as it stood after the event (a correction records the new value). */
export interface FigureSnapshot extends FigureValue {
  text: string;
  start: number;
  end: number;
  page?: number;
}

/** What happened, as the renderer records it; sealing adds its place in the chain. */
export interface AuditEventInput {
  engagementId: string;
  engagementName: string;
  /** ISO 8601, UTC. */
  at: string;
  actor: string;
  role: Role;
  action: AuditAction;
  documentId?: string;
  document?: DocumentSnapshot;
  figureId?: string;
  figure?: FigureSnapshot;
  fromStatus?: FigureState;
  toStatus?: FigureState;
  /** The auditor's note: why a figure is disputed or dismissed, what the reviewer wants looked at. */
  note?: string;
  /** Where the supporting evidence is: a workpaper reference, a source document, a page. */
  evidence?: string;
  /** A machine-written account of the change: `value 1.2e9 → 1.3e9`, the imported file's name and SHA-256. */
  detail?: string;
}

/**
 * One entry of an engagement's append-only audit trail. Each event carries the hash of the one
 * before it, so changing, removing or reordering any event breaks every hash after it; its hash
 * covers every field the exported CSV shows about it.
 */
export interface AuditEvent extends AuditEventInput {
  /** The version of the hashed form this event was sealed under. */
  form: typeof CURRENT_FORM;
  /** 1-based position in its engagement's trail. */
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * An event sealed before the hashed form had a version (form 1): it covers neither the document,
 * the figure nor the role. Such events still verify under their own form.
 */
export interface LegacyAuditEvent {
  form?: undefined;
  engagementId: string;
  at: string;
  actor: string;
  action: AuditAction;
  documentId?: string;
  figureId?: string;
  fromStatus?: FigureStatus;
  toStatus?: FigureStatus;
  note?: string;
  evidence?: string;
  detail?: string;
  seq: number;
  prevHash: string;
  hash: string;
}

/** Any event an engagement's trail may hold. */
export type TrailEvent = AuditEvent | LegacyAuditEvent;

export const CURRENT_FORM = 2 as const;
export const GENESIS_HASH = '0'.repeat(64);

/** An event before its hash is computed (distributes over the forms, so `form` still narrows). */
type Unsealed<E> = E extends unknown ? Omit<E, 'hash'> : never;

/** Form 1, frozen: the fields in their order, an empty one hashed as absent. */
function canonicalForm1(event: Unsealed<LegacyAuditEvent>): unknown[] {
  return [
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
  ];
}

/**
 * Form 2: every field the CSV shows, each as the value it stands for (see cell-value.ts), led by
 * the form's number. Adding a field to AuditEventInput means a form 3, never an edit here.
 */
function canonicalForm2(event: Unsealed<AuditEvent>): unknown[] {
  const { document, figure } = event;
  return [
    2,
    event.seq,
    event.prevHash,
    event.engagementId,
    event.engagementName,
    event.at,
    event.actor,
    event.role,
    event.action,
    event.documentId,
    document?.name,
    document?.sha256,
    event.figureId,
    figure?.text,
    figure?.start,
    figure?.end,
    figure?.page,
    figure?.value,
    figure?.valueMax,
    figure?.unit,
    figure?.qualifier,
    event.fromStatus,
    event.toStatus,
    event.note,
    event.evidence,
    event.detail,
  ].map(cellValue);
}

/** SHA-256 of a text's UTF-8 bytes, hex. Noble's runs everywhere; the Node side passes its native one for long trails. */
export type Sha256Hex = (text: string) => string;
export const portableSha256Hex: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));

function hashOf(event: Unsealed<TrailEvent>, digest: Sha256Hex = portableSha256Hex): string {
  const fields = event.form === 2 ? canonicalForm2(event) : canonicalForm1(event);
  return digest(JSON.stringify(fields));
}

/**
 * Give `input` its place after `previous` (undefined for an engagement's first event). Synchronous
 * on purpose: it runs inside an IndexedDB transaction, which would commit early on an await.
 */
export function sealEvent(input: AuditEventInput, previous: Pick<TrailEvent, 'seq' | 'hash'> | undefined): AuditEvent {
  const unsealed = { ...input, form: CURRENT_FORM, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...unsealed, hash: hashOf(unsealed) };
}

/**
 * Why an event breaks its trail, as a code the UI says in its own language (renderer/src/i18n/link-text.ts);
 * linkBreakText gives the English the CLI and the Node side's messages print.
 */
export const LINK_BREAKS = ['outOfOrder', 'notFollowing', 'contentChanged'] as const;
export type LinkBreak = { code: 'outOfOrder'; expected: number; found: number } | { code: 'notFollowing' } | { code: 'contentChanged' };

export function linkBreakText(why: LinkBreak): string {
  switch (why.code) {
    case 'outOfOrder':
      return `expected event ${why.expected} here, found event ${why.found}`;
    case 'notFollowing':
      return 'it does not follow the event before it';
    case 'contentChanged':
      return 'its content was changed after it was recorded';
  }
}

export type ChainCheck = { ok: true; length: number } | { ok: false; seq: number; index: number; reason: string; why: LinkBreak };

/** Why `event` cannot follow `previous` (undefined: it is the first), or null when it does. */
export function linkBreak(previous: Pick<TrailEvent, 'seq' | 'hash'> | undefined, event: TrailEvent, digest: Sha256Hex = portableSha256Hex): LinkBreak | null {
  return placeBreak(previous, event) ?? contentBreak(event, digest);
}

/** Why `event` cannot follow `previous` (undefined: it is the first), its content aside; null when it can. */
export function placeBreak(previous: Pick<TrailEvent, 'seq' | 'hash'> | undefined, event: TrailEvent): LinkBreak | null {
  const expectedSeq = (previous?.seq ?? 0) + 1;
  if (event.seq !== expectedSeq) return { code: 'outOfOrder', expected: expectedSeq, found: event.seq };
  if (event.prevHash !== (previous?.hash ?? GENESIS_HASH)) return { code: 'notFollowing' };
  return null;
}

/**
 * Why `event` no longer hashes to its recorded hash, or null when it does; its place is not looked at.
 * A trail read in parts checks each part's first event this way, and its place once the parts are joined.
 */
export function contentBreak(event: TrailEvent, digest: Sha256Hex = portableSha256Hex): LinkBreak | null {
  // The canonical forms name their fields, so the event's own hash is simply not among them.
  return hashOf(event, digest) === event.hash ? null : { code: 'contentChanged' };
}

/** Check an engagement's whole trail, in `seq` order: every link and every hash. */
export function verifyChain(events: readonly TrailEvent[], digest: Sha256Hex = portableSha256Hex): ChainCheck {
  for (const [index, event] of events.entries()) {
    const why = linkBreak(events[index - 1], event, digest);
    if (why) return { ok: false, seq: event.seq, index, reason: linkBreakText(why), why };
  }
  return { ok: true, length: events.length };
}
