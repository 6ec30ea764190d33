import { z } from 'zod';
import {
  FileName,
  ImportErrorSchema,
  ImportProgressSchema,
  JobId,
  MAX_EXPORT_CHARS,
  MAX_REPORT_BYTES,
  MenuCommandSchema,
  ParsedReportSchema,
  resultSchema,
  SigningKeySchema,
  UI_LANGUAGES,
} from './schemas';
import {
  JournalAppendErrorSchema,
  JournalEntrySchema,
  JournalStatusSchema,
  MAX_APPEND_ENTRIES,
  RecordId,
  Sha256,
} from './journal-schemas';
import { CheckedArchiveSchema, MAX_ARCHIVE_BYTES, sealedExportRequest, TrailExportResponseSchema } from './archive-schemas';
import type { Channel, EventName } from './names';
import { FailureSchema, ReasonSchema } from './reason-schemas';

export { API_GLOBAL, CHANNEL_NAMES, EVENT_NAMES, isChannel, isEventName, type Channel, type EventName } from './names';

/**
 * The one IPC contract between the renderer and the Node side. Every channel is declared here
 * once, named `domain:verb`, with the schema of its request and of its response. The preload,
 * main's IPC binding and the Chromium shell's bridge are all built from this object, so a channel
 * cannot exist in one of them and not the others. Requests are validated on the Node side.
 */
export const channels = {
  /** What the renderer is running in, for the about box and the title bar. */
  'app:info': {
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), shell: z.enum(['electron', 'chromium']) }),
  },
  /** The UI's language, at start and on every switch, so the native menu speaks it too. */
  'app:setLanguage': {
    request: z.object({ language: z.enum(UI_LANGUAGES) }).strict(),
    response: z.object({}).strict(),
  },
  /**
   * Parse a report file the auditor chose or dropped and extract its claimed figures, off the
   * main thread. Progress arrives as `reports:progress` events under the same `jobId`.
   */
  'reports:import': {
    request: z
      .object({
        jobId: JobId,
        fileName: FileName,
        bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_REPORT_BYTES, 'file too large'),
        /** For a password-protected PDF, after the auditor typed it. */
        password: z.string().max(1024).optional(),
      })
      .strict(),
    response: resultSchema(ParsedReportSchema, ImportErrorSchema),
  },
  /** Stop an import under way; its `reports:import` then answers with the error code `cancelled`. */
  'reports:cancel': {
    request: z.object({ jobId: JobId }).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
  /** Ask the auditor where to save a CSV (a save dialog) and write it there atomically. */
  'export:saveCsv': {
    request: z
      .object({
        suggestedName: FileName.refine((n) => n.toLowerCase().endsWith('.csv'), 'a .csv file name'),
        content: z.string().max(MAX_EXPORT_CHARS),
      })
      .strict(),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string() }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('failed'), message: z.string(), reason: ReasonSchema }),
    ]),
  },
  /**
   * Append entries to the journal, the second copy of the auditor's work, in order, and fsync them
   * before answering: the renderer shows "Saved" only after this answered ok.
   */
  'journal:append': {
    request: z.object({ entries: z.array(JournalEntrySchema).min(1).max(MAX_APPEND_ENTRIES) }).strict(),
    response: resultSchema(z.object({ appended: z.number().int().nonnegative() }), JournalAppendErrorSchema),
  },
  /** Each engagement's place in the journal, what is wrong with it, where it is kept. */
  'journal:status': {
    request: z.object({}).strict(),
    response: JournalStatusSchema,
  },
  /** An engagement's entries after `afterSeq`, in order; `complete` is false when more follow (ask again after the last). */
  'journal:read': {
    request: z.object({ engagementId: RecordId, afterSeq: z.number().int().nonnegative() }).strict(),
    response: resultSchema(z.object({ entries: z.array(JournalEntrySchema), complete: z.boolean() }), FailureSchema),
  },
  /** A report's original bytes, kept beside the journal under their SHA-256. */
  'journal:original': {
    request: z.object({ sha256: Sha256 }).strict(),
    response: resultSchema(z.instanceof(Uint8Array), FailureSchema),
  },
  /** Keep an original beside the journal: one imported before the journal existed, copied from IndexedDB. */
  'journal:keepOriginal': {
    request: z
      .object({ bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_REPORT_BYTES, 'file too large') })
      .strict(),
    response: resultSchema(z.object({ sha256: Sha256 }), FailureSchema),
  },
  /**
   * Seal the engagement's trail, as the journal holds it, with the installation's signing key and
   * write it as CSV where the auditor chooses (a save dialog). The key never leaves the Node side.
   */
  'trail:export': {
    request: sealedExportRequest('.csv'),
    response: TrailExportResponseSchema,
  },
  /** The installation's signing key: its public half, fingerprint and how it is kept at rest. */
  'trail:signingKey': {
    request: z.object({}).strict(),
    response: resultSchema(SigningKeySchema, z.string()),
  },
  /**
   * Write the whole engagement (journal entries, originals, the sealed trail) to one `.tickmark`
   * archive where the auditor chooses, to carry to another laptop or keep in the engagement file.
   */
  'archive:export': {
    request: sealedExportRequest('.tickmark'),
    response: TrailExportResponseSchema,
  },
  /** Read and check a `.tickmark` archive the auditor chose; the renderer decides what to merge. */
  'archive:import': {
    request: z
      .object({ fileName: FileName, bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_ARCHIVE_BYTES, 'archive too large') })
      .strict(),
    response: resultSchema(CheckedArchiveSchema, FailureSchema),
  },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

/** Messages the Node side pushes to the renderer. */
export const events = {
  'reports:progress': ImportProgressSchema,
  /** A command chosen in the application menu (Electron only). */
  'menu:command': MenuCommandSchema,
} as const satisfies Record<EventName, z.ZodType>;

// No channel or event beyond the names in names.ts (`satisfies` above ensures none is missing).
type Exactly<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const _channelsMatchNames: Exactly<keyof typeof channels, Channel> = true;
const _eventsMatchNames: Exactly<keyof typeof events, EventName> = true;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;
export type EventOf<E extends EventName> = z.output<(typeof events)[E]>;

/** The API the preload (or the Chromium shell) puts on `window.tickmark`. */
export interface TickmarkApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Subscribe to a pushed event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void;
}

/** Node-side implementations of every channel: what main and the Chromium shell both bind. */
export type Handlers = {
  [C in Channel]: (request: z.output<(typeof channels)[C]['request']>) => Promise<ResponseOf<C>>;
};
