import type { ParsedReport } from '../../../shared/domain/report';
import { err, type Result } from '../../../shared/domain/result';
import type { Handlers } from '../../../shared/ipc/contract';
import type { ImportError } from '../../../shared/ipc/schemas';
import type { SecretProtector } from '../secrets';
import type { Journal } from './journal';

type JournalChannel = 'journal:append' | 'journal:status' | 'journal:read' | 'journal:original' | 'journal:keepOriginal';

/** The journal's channels, over one journal in the app's data folder. */
export function journalHandlers(journal: Journal, deps: { dataDir: string; secrets: SecretProtector }): Pick<Handlers, JournalChannel> {
  return {
    'journal:append': ({ entries }) => journal.append(entries),
    'journal:status': async () => ({ ...(await journal.status()), dataDir: deps.dataDir, keyProtection: deps.secrets.protection }),
    'journal:read': ({ engagementId, afterSeq }) => journal.read(engagementId, afterSeq),
    'journal:original': ({ sha256 }) => journal.originals.read(sha256),
    'journal:keepOriginal': async ({ bytes }) => {
      const kept = await journal.originals.keep(bytes);
      return kept.ok ? { ok: true, value: { sha256: kept.value.sha256 } } : kept;
    },
  };
}

/**
 * Import a report only once its original is kept beside the journal: a report in IndexedDB alone
 * would be one copy again. Kept before the import starts, because the importer moves the bytes to
 * its worker thread; forgotten again when the import fails or is cancelled.
 */
export async function importKeepingOriginal(
  journal: Journal,
  { fileName, bytes }: { fileName: string; bytes: Uint8Array },
  importReport: () => Promise<Result<ParsedReport, ImportError>>,
): Promise<Result<ParsedReport, ImportError>> {
  const kept = await journal.originals.keep(bytes);
  if (!kept.ok) return err({ code: 'not-kept', fileName, message: `${fileName} was not imported: ${kept.error.message} Then import it again.`, reason: kept.error.reason });
  const imported = await importReport();
  if (!imported.ok && !kept.value.keptBefore) await journal.originals.forget(kept.value.sha256);
  return imported;
}
