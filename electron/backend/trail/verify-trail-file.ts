import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { normalizeFingerprint, keyFingerprint } from '../../../shared/audit/seal';
import { readAuditTrailCsv } from '../../../shared/export/audit-trail-read';
import { decodeUtf8 } from '../../../shared/export/csv-format';
import { nativeSha256Hex } from './native-sha256';
import { SIGNING_KEY_FILE, sealSignatureValid } from './signing-key';

/** What verifying an exported trail found: intact and signed by a trusted key, or where and why not. */
export type TrailVerdict =
  | { ok: true; eventCount: number; engagementName: string; signer: string; fingerprint: string; sealedAt: string }
  | { ok: false; row?: number; reason: string; signer?: string; fingerprint?: string };

/** The largest trail file read: a million events is about 600 MB. */
export const MAX_TRAIL_BYTES = 1024 * 1024 * 1024;

/**
 * Verify an exported trail's bytes: its chain, its count, its seal's signature, and that the key
 * that signed it is one of `trusted` (fingerprints). An untrusted key fails: anybody can re-hash an
 * edited trail and seal it with a key of their own.
 */
export function verifyTrailBytes(bytes: Uint8Array, trusted: ReadonlySet<string>): TrailVerdict {
  const csv = decodeUtf8(bytes);
  if (csv === null) return { ok: false, reason: 'it is not UTF-8 text (in a spreadsheet, save it as "CSV UTF-8")' };
  const reading = readAuditTrailCsv(csv, nativeSha256Hex);
  if (!reading.ok) return reading;
  const { seal, eventCount } = reading;
  const sealRow = eventCount + 2;
  if (!sealSignatureValid(seal)) {
    return { ok: false, row: sealRow, reason: "the seal's signature does not match it: the seal was edited or forged" };
  }
  const fingerprint = keyFingerprint(seal.publicKey);
  if (!trusted.has(normalizeFingerprint(fingerprint))) {
    return {
      ok: false,
      row: sealRow,
      signer: seal.signer,
      fingerprint,
      reason: `it is sealed with ${seal.signer}'s key ${fingerprint}, which is not a key you trust (if it is theirs, trust it with --trust "${fingerprint}")`,
    };
  }
  return { ok: true, eventCount, engagementName: seal.engagementName, signer: seal.signer, fingerprint, sealedAt: seal.sealedAt };
}

export async function verifyTrailFile(path: string, trusted: ReadonlySet<string>): Promise<TrailVerdict> {
  const size = (await stat(path)).size;
  if (size > MAX_TRAIL_BYTES) return { ok: false, reason: `it is ${Math.round(size / 2 ** 20)} MB, more than the 1024 MB a trail can be` };
  return verifyTrailBytes(await readFile(path), trusted);
}

/** The fingerprint of the installation's own key in `dataDir`, if it has one: it is trusted without saying so. */
export async function installationFingerprint(dataDir: string): Promise<string | null> {
  try {
    const file = JSON.parse(await readFile(join(dataDir, SIGNING_KEY_FILE), 'utf8')) as { publicKey?: unknown };
    return typeof file.publicKey === 'string' && /^[0-9a-f]{64}$/.test(file.publicKey) ? keyFingerprint(file.publicKey) : null;
  } catch {
    return null;
  }
}
