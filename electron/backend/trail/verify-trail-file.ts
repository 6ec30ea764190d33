import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keyFingerprint, normalizeFingerprint, type TrailSeal } from '../../../shared/audit/seal';
import { readAuditTrailCsv, type TrailReading } from '../../../shared/export/audit-trail-read';
import { decodeUtf8 } from '../../../shared/export/csv-format';
import { trailFailure } from '../../../shared/export/trail-problem';
import { isZip, readArchive } from '../archive/read-archive';
import { nativeSha256Hex } from './native-sha256';
import { partThreads, readTrailInParts } from './read-trail-in-parts';
import { IN_PARTS_MIN_BYTES, MAX_TRAIL_BYTES, readTrailFileBytes } from './trail-file-bytes';
import { SIGNING_KEY_FILE, sealSignatureValid } from './signing-key';

/** What verifying an exported trail (CSV or archive) found: intact and signed by a trusted key, or where and why not. */
export type TrailVerdict =
  | { ok: true; eventCount: number; engagementName: string; signer: string; fingerprint: string; sealedAt: string }
  | { ok: false; row?: number; reason: string; signer?: string; fingerprint?: string };

export { MAX_TRAIL_BYTES } from './trail-file-bytes';

/**
 * Verify an exported trail's bytes: its chain, its count, its seal's signature, and that the key
 * that signed it is one of `trusted` (fingerprints). An untrusted key fails: anybody can re-hash an
 * edited trail and seal it with a key of their own.
 */
export function verifyTrailBytes(bytes: Uint8Array, trusted: ReadonlySet<string>): TrailVerdict {
  if (isZip(bytes)) return verifyArchive(bytes, trusted);
  return verdictOf(readTrailCsv(bytes), trusted);
}

/** A trail CSV's bytes read whole, on this thread. */
function readTrailCsv(bytes: Uint8Array): TrailReading {
  const csv = decodeUtf8(bytes);
  if (csv === null) return trailFailure({ code: 'notUtf8', spreadsheetHint: true });
  return readAuditTrailCsv(csv, nativeSha256Hex);
}

/** The verdict on a trail CSV's reading: intact when its chain holds, its seal's signature is valid and its key trusted. */
function verdictOf(reading: TrailReading, trusted: ReadonlySet<string>): TrailVerdict {
  if (!reading.ok) return reading;
  const { seal, eventCount } = reading;
  const sealRow = eventCount + 2;
  if (!sealSignatureValid(seal)) {
    return { ok: false, row: sealRow, reason: "the seal's signature does not match it: the seal was edited or forged" };
  }
  return trustedSeal(seal, eventCount, trusted, sealRow);
}

/** The verdict on a seal whose signature is valid: intact when its key is one of `trusted`. */
function trustedSeal(seal: TrailSeal, eventCount: number, trusted: ReadonlySet<string>, row?: number): TrailVerdict {
  const fingerprint = keyFingerprint(seal.publicKey);
  if (!trusted.has(normalizeFingerprint(fingerprint))) {
    return {
      ok: false,
      row,
      signer: seal.signer,
      fingerprint,
      reason: `it is sealed with ${seal.signer}'s key ${fingerprint}, which is not a key you trust (if it is theirs, trust it with --trust "${fingerprint}")`,
    };
  }
  return { ok: true, eventCount, engagementName: seal.engagementName, signer: seal.signer, fingerprint, sealedAt: seal.sealedAt };
}

/** A `.tickmark` archive: its parts must agree (see read-archive.ts), and its seal's key be trusted. */
function verifyArchive(bytes: Uint8Array, trusted: ReadonlySet<string>): TrailVerdict {
  const archive = readArchive(bytes);
  if (!archive.ok) return { ok: false, reason: archive.error.message };
  return trustedSeal(archive.value.seal, archive.value.manifest.eventCount, trusted);
}

/** Verify the trail (CSV or archive) at `path`; `reading` is its bytes when their reading was started earlier (the CLI starts it before this code loads). */
export async function verifyTrailFile(path: string, trusted: ReadonlySet<string>, reading = readTrailFileBytes(path)): Promise<TrailVerdict> {
  const { size, bytes } = await reading;
  if (!bytes) return { ok: false, reason: `it is ${Math.round(size / 2 ** 20)} MB, more than the ${MAX_TRAIL_BYTES / 2 ** 20} MB a trail can be` };
  if (bytes.length < IN_PARTS_MIN_BYTES || isZip(bytes)) return verifyTrailBytes(bytes, trusted);
  // A long CSV is read in parts at once, one per core; whole (which names the row and the reason) when that finds anything amiss.
  const threads = partThreads();
  try {
    return verdictOf((await readTrailInParts(bytes, threads.readers)) ?? readTrailCsv(bytes), trusted);
  } finally {
    await threads.stop();
  }
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
