import type { ParsedReport } from '../../shared/domain/report';
import type { Result } from '../../shared/domain/result';
import type { EventName, EventOf, Handlers, ResponseOf } from '../../shared/ipc/contract';
import type { ImportError, ImportProgress, UiLanguage } from '../../shared/ipc/schemas';
import { archiveHandlers } from './archive/archive-handlers';
import { writeFileAtomic } from './files';
import { journalDirIn, openJournal } from './journal/journal';
import { importKeepingOriginal, journalHandlers } from './journal/journal-handlers';
import type { SecretProtector } from './secrets';
import { loadSigningKey } from './trail/signing-key';
import { trailFromJournal } from './trail/trail-from-journal';
import { trailHandlers } from './trail/trail-handlers';
import { saveFailure } from './trail/export-trail';

/** `load` run once, on first call; a failure is not remembered, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

export interface ImportJob {
  jobId: string;
  fileName: string;
  bytes: Uint8Array;
  password?: string;
  /**
   * No report follows on this importer (the command line's last file): the worker ends pdf.js's
   * parser thread once the text is read, so that freeing its memory overlaps extraction.
   */
  last?: boolean;
}

/** Parses reports off the calling thread (worker_threads); see importer.ts. */
export interface Importer {
  importReport(job: ImportJob, onProgress: (progress: ImportProgress) => void): Promise<Result<ParsedReport, ImportError>>;
  /** True when the job was under way and is now being stopped. */
  cancel(jobId: string): boolean;
  close(): Promise<void>;
}

/** Everything the handlers need from their surroundings, so tests, the CLI and both shells supply their own. */
export interface HandlerDeps {
  importer: Importer;
  /** Show a save dialog; null when the auditor cancels it. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Push an event to the renderer. */
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
  appInfo: ResponseOf<'app:info'>;
  /** The app's own folder: the journal, the originals beside it and the signing key. */
  dataDir: string;
  /** How secrets are kept at rest there. */
  secrets: SecretProtector;
  /**
   * True where `chooseSavePath` is a native save dialog that asked before choosing an existing file
   * (Electron). Elsewhere an export never replaces a file: writing to an existing path fails.
   */
  dialogConfirmsOverwrite: boolean;
  /** The renderer switched its language (Electron translates its native menu; elsewhere there is none). */
  onLanguage?(language: UiLanguage): void;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const journal = openJournal(journalDirIn(deps.dataDir));
  const signingKey = once(() => loadSigningKey(deps.dataDir, deps.secrets));
  return {
    'app:info': async () => deps.appInfo,
    'app:setLanguage': async ({ language }) => {
      deps.onLanguage?.(language);
      return {};
    },
    'reports:import': (request) =>
      importKeepingOriginal(journal, request, () =>
        deps.importer.importReport(request, (progress) => deps.emit('reports:progress', progress)),
      ),
    'reports:cancel': async ({ jobId }) => ({ cancelled: deps.importer.cancel(jobId) }),
    'export:saveCsv': async ({ suggestedName, content }) => {
      const path = await deps.chooseSavePath(suggestedName);
      if (path === null) return { status: 'cancelled' };
      try {
        await writeFileAtomic(path, content, { exclusive: !deps.dialogConfirmsOverwrite });
        return { status: 'saved', path };
      } catch (error) {
        return saveFailure(path, error);
      }
    },
    ...journalHandlers(journal, deps),
    ...trailHandlers({
      signingKey,
      trailOf: (engagementId) => trailFromJournal(journal, engagementId),
      chooseSavePath: deps.chooseSavePath,
      dialogConfirmsOverwrite: deps.dialogConfirmsOverwrite,
    }),
    ...archiveHandlers({ journal, signingKey, chooseSavePath: deps.chooseSavePath, dialogConfirmsOverwrite: deps.dialogConfirmsOverwrite }),
  };
}
