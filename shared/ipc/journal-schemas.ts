import { z } from 'zod';
import { AUDIT_ACTIONS, type AuditEvent, type LegacyAuditEvent, type TrailEvent } from '../audit/event';
import type { ChangedRecords, JournalEntry } from '../audit/journal-entry';
import { QUALIFIERS } from '../domain/figure';
import { DOCUMENT_ROLES, type Engagement, type Figure, type ReportDocument, type Verdict } from '../domain/records';
import { REVIEW_STATUSES, ROLES } from '../domain/review';
import { FIGURE_STATUSES } from '../domain/verdict';
import { FailureSchema, ReasonSchema } from './reason-schemas';
import { LocatedFigureSchema, ReportFieldsSchema } from './schemas';

/**
 * The journal's vocabulary on the wire and on disk: one sealed event and the records its
 * transaction wrote. The Node side validates every entry the renderer appends and every line it
 * reads back from disk with these, so a damaged line is found, never replayed into IndexedDB.
 */

/** At most this many entries in one `journal:append` (a start-up catch-up sends them in batches). */
export const MAX_APPEND_ENTRIES = 1_000;
/** A report's text: a 120-page report has ~0.5 M characters; the largest importable file far fewer than this. */
const MAX_TEXT_CHARS = 64 * 1024 * 1024;
/** Figures or verdicts one transaction may write: a whole report's figures at import. */
const MAX_RECORDS = 200_000;
const MAX_NOTE_CHARS = 20_000;

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256, 64 lowercase hex digits');
/** Record ids are `crypto.randomUUID()`s; an engagement's also names its journal file, so no path characters. */
export const RecordId = z.string().min(1).max(128).regex(/^[\w-]+$/, 'an id of letters, digits, - and _');
const Text = z.string().max(MAX_NOTE_CHARS);
const ShortText = z.string().max(1_000);
const Instant = z.string().max(40);
const Seq = z.number().int().positive();

const FigureSnapshotSchema = z
  .object({
    text: Text,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    page: z.number().int().positive().optional(),
    value: z.number(),
    valueMax: z.number().optional(),
    unit: ShortText,
    qualifier: z.enum(QUALIFIERS),
  })
  .strict();

/** The fields both forms of a sealed event share. Strict: a field this schema does not know would be hashed but lost. */
const sealed = {
  seq: Seq,
  prevHash: Sha256,
  hash: Sha256,
  engagementId: RecordId,
  at: Instant,
  actor: ShortText,
  action: z.enum(AUDIT_ACTIONS),
  documentId: RecordId.optional(),
  figureId: RecordId.optional(),
  note: Text.optional(),
  evidence: Text.optional(),
  detail: Text.optional(),
};

const CurrentEventSchema = z
  .object({
    ...sealed,
    form: z.literal(2),
    engagementName: ShortText,
    role: z.enum(ROLES),
    document: z.object({ name: ShortText, sha256: Sha256 }).strict().optional(),
    figure: FigureSnapshotSchema.optional(),
    fromStatus: z.enum([...FIGURE_STATUSES, ...REVIEW_STATUSES]).optional(),
    toStatus: z.enum([...FIGURE_STATUSES, ...REVIEW_STATUSES]).optional(),
  })
  .strict() satisfies z.ZodType<AuditEvent>;

const LegacyEventSchema = z
  .object({
    ...sealed,
    form: z.undefined().optional(),
    fromStatus: z.enum(FIGURE_STATUSES).optional(),
    toStatus: z.enum(FIGURE_STATUSES).optional(),
  })
  .strict() satisfies z.ZodType<LegacyAuditEvent>;

export const TrailEventSchema: z.ZodType<TrailEvent> = z.union([CurrentEventSchema, LegacyEventSchema]);

const EngagementSchema = z.object({
  id: RecordId,
  name: ShortText,
  createdAt: Instant,
  members: z.array(z.object({ name: ShortText, role: z.enum(ROLES) })).max(1_000).optional(),
  trustedKeys: z
    .array(z.object({ fingerprint: ShortText, publicKey: ShortText, owner: ShortText }))
    .max(1_000)
    .optional(),
}) satisfies z.ZodType<Engagement>;

const ReportDocumentSchema = ReportFieldsSchema.extend({
  id: RecordId,
  engagementId: RecordId,
  importedAt: Instant,
  text: z.string().max(MAX_TEXT_CHARS),
  /** A protected PDF: only that it needs a password is stored, never the password. */
  passwordProtected: z.literal(true).optional(),
  /** Absent in journals and archives written before documents had roles (see documentRole). */
  role: z.enum(DOCUMENT_ROLES).optional(),
  evidenceFigures: z.array(LocatedFigureSchema).max(MAX_RECORDS).optional(),
}) satisfies z.ZodType<ReportDocument>;

const FigureSchema = LocatedFigureSchema.extend({
  id: RecordId,
  engagementId: RecordId,
  documentId: RecordId,
  origin: z.enum(['extracted', 'added']),
}) satisfies z.ZodType<Figure>;

const VerdictSchema = z.object({
  figureId: RecordId,
  engagementId: RecordId,
  status: z.enum(FIGURE_STATUSES),
  note: Text.optional(),
  evidence: Text.optional(),
  at: Instant,
  actor: ShortText,
  review: z.enum(REVIEW_STATUSES).optional(),
  reviewNote: Text.optional(),
  reviewedAt: Instant.optional(),
  reviewer: ShortText.optional(),
}) satisfies z.ZodType<Verdict>;

const ChangedRecordsSchema = z
  .object({
    engagement: EngagementSchema.optional(),
    document: ReportDocumentSchema.optional(),
    figures: z.array(FigureSchema).max(MAX_RECORDS).optional(),
    verdicts: z.array(VerdictSchema).max(MAX_RECORDS).optional(),
  })
  .strict() satisfies z.ZodType<ChangedRecords>;

/** The engagements a journal entry's records belong to: all must be its event's. */
function recordEngagements(records: ChangedRecords): string[] {
  return [
    records.engagement?.id,
    records.document?.engagementId,
    ...(records.figures ?? []).map((figure) => figure.engagementId),
    ...(records.verdicts ?? []).map((verdict) => verdict.engagementId),
  ].filter((id): id is string => id !== undefined);
}

/**
 * One line of the journal. Its event may be of form 1 as well: an engagement begun before the
 * hashed form had a version is journaled from its first event like any other.
 */
export const JournalEntrySchema = z
  .object({ event: TrailEventSchema, records: ChangedRecordsSchema })
  .refine((entry) => recordEngagements(entry.records).every((id) => id === entry.event.engagementId), {
    message: "a record of another engagement than its event's",
  });

/** A journal entry as stored; every `JournalEntry` the renderer seals is one. */
export type StoredEntry = z.output<typeof JournalEntrySchema>;
const _everyJournalEntryIsStored = (entry: JournalEntry): StoredEntry => entry;

/** One engagement as the journal holds it. */
export const JournalEngagementSchema = z.object({
  engagementId: RecordId,
  /** The engagement's name as last recorded. */
  name: z.string(),
  /** Entries in its journal file. */
  count: z.number().int().nonnegative(),
  /** The last entry's event: where the next one must follow. */
  headSeq: z.number().int().nonnegative(),
  headHash: Sha256,
  /** Why its journal cannot be trusted as it is (a broken chain, a damaged line); absent when intact. */
  problem: FailureSchema.optional(),
});
export type JournalEngagement = z.infer<typeof JournalEngagementSchema>;

export const JournalStatusSchema = z.object({
  engagements: z.array(JournalEngagementSchema),
  /** What the journal found wrong, in words the auditor can act on. */
  problems: z.array(FailureSchema),
  /** ISO 8601: the last time an entry reached the disk, if ever. */
  lastWriteAt: z.string().nullable(),
  /** The app's data folder, and the journal's folder inside it. */
  dataDir: z.string(),
  journalDir: z.string(),
  /** How the installation's signing key is kept at rest. */
  keyProtection: z.enum(['os-keystore', 'file-permissions']),
});
export type JournalStatus = z.infer<typeof JournalStatusSchema>;

export const JOURNAL_APPEND_ERROR_CODES = ['gap', 'fork', 'refused', 'write-failed'] as const;

/**
 * Why entries were not appended. `gap`: the journal lacks events before them (they are in
 * IndexedDB; append those first). `fork`: an event of that number is in the journal with another
 * hash. `refused`: an entry does not hold together. `write-failed`: the disk said no.
 */
export const JournalAppendErrorSchema = z.object({
  code: z.enum(JOURNAL_APPEND_ERROR_CODES),
  message: z.string(),
  engagementId: z.string().optional(),
  /** With `gap`: the last event the journal has of that engagement. */
  journalSeq: z.number().int().nonnegative().optional(),
  /** `message`'s reason, for the UI to say in its language; absent for a failure the renderer met itself (the call did not go through). */
  reason: ReasonSchema.optional(),
});
export type JournalAppendError = z.infer<typeof JournalAppendErrorSchema>;
