import { GENESIS_HASH, verifyChain, type TrailEvent } from '../../../shared/audit/event';
import { SEAL_FORM } from '../../../shared/audit/seal';
import type { Role } from '../../../shared/domain/review';
import { auditTrailCsvChunks } from '../../../shared/export/audit-trail-csv';
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
  | { status: 'failed'; message: string };

/**
 * Seal an engagement's trail with the installation's key and write it as CSV where the auditor
 * chooses. A chain that does not verify is never sealed: sealing it would vouch for a broken record.
 */
export async function exportTrail(
  trail: TrailExport,
  key: SigningKey,
  path: string | null,
  options: { exclusive?: boolean; now?: () => Date } = {},
): Promise<TrailExportResult> {
  const check = verifyChain(trail.events, nativeSha256Hex);
  if (!check.ok) {
    return { status: 'failed', message: `The trail was not exported: event ${check.seq} does not verify (${check.reason}).` };
  }
  if (trail.events.some((event) => event.engagementId !== trail.engagementId)) {
    return { status: 'failed', message: 'The trail was not exported: it holds events of another engagement.' };
  }
  if (path === null) return { status: 'cancelled' };
  const seal = key.seal({
    form: SEAL_FORM,
    engagementId: trail.engagementId,
    engagementName: trail.engagementName,
    eventCount: trail.events.length,
    headHash: trail.events.at(-1)?.hash ?? GENESIS_HASH,
    sealedAt: (options.now?.() ?? new Date()).toISOString(),
    signer: trail.signer,
    role: trail.role,
  });
  try {
    await writeFileAtomic(path, auditTrailCsvChunks(trail.events, seal, key.fingerprint), { exclusive: options.exclusive });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    const reason = exists ? 'a file of that name is already there, and an export never replaces one' : error instanceof Error ? error.message : String(error);
    return { status: 'failed', message: `Could not save ${path}: ${reason}` };
  }
  return { status: 'saved', path, eventCount: trail.events.length };
}
