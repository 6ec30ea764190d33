import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';
import type { Role } from '../domain/review';
import { cellValue } from './cell-value';

/**
 * The signed end of an exported trail: how many events it holds and the hash of the last one,
 * signed with the exporting installation's Ed25519 key. The hash chain makes every event depend
 * on the ones before it; the seal makes the whole chain depend on a key nobody else holds, so a
 * trail re-hashed after an edit, cut short or extended no longer verifies.
 */
export interface TrailSeal {
  /** The version of the signed form. */
  form: typeof SEAL_FORM;
  engagementId: string;
  engagementName: string;
  eventCount: number;
  /** The hash of the trail's last event, hex (the genesis hash for an empty trail). */
  headHash: string;
  /** ISO 8601, UTC. */
  sealedAt: string;
  /** Who exported the trail, and in which role. */
  signer: string;
  role: Role;
  /** Raw Ed25519 public key, hex. */
  publicKey: string;
  /** Ed25519 signature of `sealPayload`, hex. */
  signature: string;
}

export const SEAL_FORM = 1 as const;

/** The bytes the signature covers: every field of the seal but the signature, as the values they stand for. */
export function sealPayload(seal: Omit<TrailSeal, 'signature'>): Uint8Array {
  const fields = [
    'tickmark-trail-seal',
    seal.form,
    seal.engagementId,
    seal.engagementName,
    seal.eventCount,
    seal.headHash,
    seal.sealedAt,
    seal.signer,
    seal.role,
    seal.publicKey,
  ].map(cellValue);
  return utf8ToBytes(JSON.stringify(fields));
}

/** A key's short name for people: the first 128 bits of its SHA-256, in eight groups (`3f2a 91c0 …`). */
export function keyFingerprint(publicKeyHex: string): string {
  const digest = bytesToHex(sha256(hexToBytes(publicKeyHex))).slice(0, 32);
  return digest.match(/.{4}/g)!.join(' ');
}

/** A fingerprint as a user may type it (any case, with or without spaces or colons), for comparing. */
export function normalizeFingerprint(fingerprint: string): string {
  return fingerprint.toLowerCase().replace(/[^0-9a-f]/g, '').match(/.{1,4}/g)?.join(' ') ?? '';
}
