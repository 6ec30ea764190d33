import { GENESIS_HASH, verifyChain, type TrailEvent } from '../../../shared/audit/event';
import { SEAL_FORM, type TrailSeal } from '../../../shared/audit/seal';
import { err, ok, type Result } from '../../../shared/domain/result';
import type { Role } from '../../../shared/domain/review';
import { auditTrailCsvChunks } from '../../../shared/export/audit-trail-csv';
import { reason, type Failure } from '../../../shared/ipc/reasons';
import { fileProblemEnglish, fileSystemProblem } from '../file-system-reason';
import { writeFileAtomic } from '../files';
import { nativeSha256Hex } from './native-sha256';
import type { SigningKey } from './signing-key';

export interface TrailExport {
  engagementId: string;
  engagementName: string;
  /** The engagement's whole trail, in order. */
  events: readonly TrailEvent[];
  /** Who exports it, and in which role: the seal names them. */
  signer: string;
  role: Role;
}

export type TrailExportResult =
  | { status: 'saved'; path: string; eventCount: number }
  | { status: 'cancelled' }
  | ({ status: 'failed' } & Failure);

/** A failed export: what failed, in English, and why (`reason` says it in any language). */
export const exportFailed = (what: string, failure: Failure): { status: 'failed' } & Failure => ({
  status: 'failed',
  message: `${what}: ${failure.message}`,
  reason: failure.reason,
});

/**
 * The seal of `trail` by `key`, or why it is not sealed: a chain that does not verify is never
 * sealed, since the seal would vouch for a broken record.
 */
export function sealVerifiedTrail(trail: TrailExport, key: SigningKey, sealedAt: Date): Result<TrailSeal, Failure> {
  const check = verifyChain(trail.events, nativeSha256Hex);
  if (!check.ok) return err({ message: `event ${check.seq} does not verify (${check.reason}).`, reason: reason('trail.unverified', { params: { seq: check.seq }, detail: check.reason, link: check.why }) });
  if (trail.events.some((event) => event.engagementId !== trail.engagementId)) {
    return err({ message: 'it holds events of another engagement.', reason: reason('trail.foreign') });
  }
  return ok(
    key.seal({
      form: SEAL_FORM,
      engagementId: trail.engagementId,
      engagementName: trail.engagementName,
      eventCount: trail.events.length,
      headHash: trail.events.at(-1)?.hash ?? GENESIS_HASH,
      sealedAt: sealedAt.toISOString(),
      signer: trail.signer,
      role: trail.role,
    }),
  );
}

/** Why writing an export to `path` failed, in words the auditor can act on. */
export function saveFailure(path: string, error: unknown): { status: 'failed' } & Failure {
  const file = fileSystemProblem(error);
  if (file.code === 'exists') {
    return { status: 'failed', message: `Could not save ${path}: a file of that name is already there, and an export never replaces one`, reason: reason('save.exists', { params: { path } }) };
  }
  return { status: 'failed', message: `Could not save ${path}: ${fileProblemEnglish(file)}`, reason: reason('save.failed', { params: { path }, file }) };
}

/** Bytes per write: the CSV comes in small chunks (see auditTrailCsvChunks), written about a megabyte at a time. */
const WRITE_BYTES = 1 << 20;

/** Text pieces as UTF-8 buffers of about `size` bytes each, so a long export is a few hundred writes, not thousands. */
export async function* utf8Batches(pieces: Iterable<string>, size = WRITE_BYTES): AsyncGenerator<Uint8Array> {
  let batch: Buffer[] = [];
  let bytes = 0;
  for (const piece of pieces) {
    const encoded = Buffer.from(piece, 'utf8');
    batch.push(encoded);
    bytes += encoded.length;
    if (bytes >= size) {
      yield Buffer.concat(batch, bytes);
      batch = [];
      bytes = 0;
    }
  }
  if (bytes > 0) yield Buffer.concat(batch, bytes);
}

/** Seal an engagement's trail with the installation's key and write it as CSV where the auditor chooses. */
export async function exportTrail(
  trail: TrailExport,
  key: SigningKey,
  path: string | null,
  options: { exclusive?: boolean; now?: () => Date } = {},
): Promise<TrailExportResult> {
  const seal = sealVerifiedTrail(trail, key, options.now?.() ?? new Date());
  if (!seal.ok) return exportFailed('The trail was not exported', seal.error);
  if (path === null) return { status: 'cancelled' };
  try {
    await writeFileAtomic(path, utf8Batches(auditTrailCsvChunks(trail.events, seal.value, key.fingerprint)), { exclusive: options.exclusive });
  } catch (error) {
    return saveFailure(path, error);
  }
  return { status: 'saved', path, eventCount: trail.events.length };
}
