import { keyFingerprint } from '../../../shared/audit/seal';
import { err, ok } from '../../../shared/domain/result';
import type { Handlers } from '../../../shared/ipc/contract';
import { auditTrailCsvChunks } from '../../../shared/export/audit-trail-csv';
import { writeFileAtomic } from '../files';
import type { Journal } from '../journal/journal';
import { exportFailed, saveFailure, sealVerifiedTrail } from '../trail/export-trail';
import { keyUnopened } from '../trail/trail-handlers';
import type { SigningKey } from '../trail/signing-key';
import { journalEntries, latestEngagementName, noEvents } from '../trail/trail-from-journal';
import type { Manifest } from './archive-format';
import { readArchive } from './read-archive';
import { archiveChunks } from './write-archive';

export interface ArchiveDeps {
  journal: Journal;
  signingKey(): Promise<SigningKey>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
  dialogConfirmsOverwrite: boolean;
}

const NOT_MADE = 'The archive was not made';

export function archiveHandlers(deps: ArchiveDeps): Pick<Handlers, 'archive:export' | 'archive:import'> {
  return {
    'archive:export': async ({ engagementId, suggestedName, signer, role }) => {
      const entries = await journalEntries(deps.journal, engagementId);
      if (!entries.ok) return exportFailed(NOT_MADE, entries.error);
      if (entries.value.length === 0) return exportFailed(NOT_MADE, noEvents);
      let key: SigningKey;
      try {
        key = await deps.signingKey();
      } catch (error) {
        return exportFailed(NOT_MADE, keyUnopened(error));
      }
      const events = entries.value.map((entry) => entry.event);
      const engagementName = latestEngagementName(entries.value);
      const originals = [...new Set(entries.value.flatMap((entry) => (entry.records.document ? [entry.records.document.sha256] : [])))];
      const exportedAt = new Date();
      const seal = sealVerifiedTrail({ engagementId, engagementName, events, signer, role }, key, exportedAt);
      if (!seal.ok) return exportFailed(NOT_MADE, seal.error);
      const { headHash } = seal.value;
      const manifest: Manifest = { format: 'tickmark-archive', version: 1, engagementId, engagementName, exportedAt: exportedAt.toISOString(), exportedBy: signer, eventCount: events.length, headHash, originals };
      const path = await deps.chooseSavePath(suggestedName);
      if (path === null) return { status: 'cancelled' };
      try {
        const original = async (sha256: string) => {
          const bytes = await deps.journal.originals.read(sha256);
          if (!bytes.ok) throw new Error(bytes.error.message);
          return bytes.value;
        };
        const chunks = archiveChunks({ manifest, entries: entries.value, trailCsv: auditTrailCsvChunks(events, seal.value, key.fingerprint), original });
        await writeFileAtomic(path, chunks, { exclusive: !deps.dialogConfirmsOverwrite });
      } catch (error) {
        return saveFailure(path, error);
      }
      return { status: 'saved', path, eventCount: events.length, key: { fingerprint: key.fingerprint, publicKey: key.publicKey, protection: key.protection } };
    },
    'archive:import': async ({ fileName, bytes }) => {
      const archive = readArchive(bytes);
      if (!archive.ok) return err({ message: `${fileName} was not imported: ${archive.error.message}.`, reason: archive.error.reason });
      const { manifest, entries, seal, originals } = archive.value;
      return ok({
        engagementId: manifest.engagementId,
        engagementName: manifest.engagementName,
        entries,
        // fflate unpacks into fresh ArrayBuffers.
        originals: [...originals].map(([sha256, data]) => ({ sha256, bytes: data as Uint8Array<ArrayBuffer> })),
        seal: { signer: seal.signer, role: seal.role, sealedAt: seal.sealedAt, publicKey: seal.publicKey, fingerprint: keyFingerprint(seal.publicKey) },
      });
    },
  };
}
