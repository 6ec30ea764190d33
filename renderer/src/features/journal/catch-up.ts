/**
 * Copy to the journal the events IndexedDB holds and the journal does not: those committed when
 * the app stopped before the journal got them, and those recorded before the journal existed.
 * Their entries are built from the records as IndexedDB holds them now; replayed in order, they
 * leave the same records as the entries the actions would have written.
 */
import { Dexie } from 'dexie';
import type { TrailEvent } from '../../../../shared/audit/event';
import type { ChangedRecords } from '../../../../shared/audit/journal-entry';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { MAX_APPEND_ENTRIES, type JournalAppendError, type StoredEntry } from '../../../../shared/ipc/journal-schemas';
import { db } from '../../db/database';
import { appendEntries, keepOriginal } from './journal-client';

/** The records an event is about, as they stand in IndexedDB now. */
async function currentRecords(event: TrailEvent): Promise<ChangedRecords> {
  const records: ChangedRecords = {};
  if (event.action.startsWith('engagement.') || event.action === 'archive.imported') {
    const engagement = await db.engagements.get(event.engagementId);
    if (engagement) records.engagement = engagement;
  }
  if (event.action === 'document.imported' && event.documentId) {
    const document = await db.documents.get(event.documentId);
    if (document) {
      records.document = document;
      records.figures = await db.figures.where('documentId').equals(document.id).toArray();
    }
  } else if (event.figureId) {
    const [figure, verdict] = await Promise.all([db.figures.get(event.figureId), db.verdicts.get(event.figureId)]);
    if (figure) records.figures = [figure];
    if (verdict) records.verdicts = [verdict];
  }
  return records;
}

/** About this many bytes of entries per `journal:append`: a few reports' text and figures. */
const BATCH_BYTES = 8 * 1024 * 1024;

function approximateBytes({ records }: StoredEntry): number {
  return 2_000 + (records.document?.text.length ?? 0) * 3 + ((records.figures?.length ?? 0) + (records.verdicts?.length ?? 0)) * 500;
}

/**
 * Append `engagementId`'s events after `afterSeq` (up to `untilSeq` when given) from IndexedDB to
 * the journal, in batches, each report's original kept first. The number of events copied.
 */
export async function catchUpJournal(engagementId: string, afterSeq: number, untilSeq = Infinity): Promise<Result<number, JournalAppendError>> {
  const events = await db.events
    .where('[engagementId+seq]')
    .between([engagementId, afterSeq + 1], [engagementId, untilSeq === Infinity ? Dexie.maxKey : untilSeq], true, true)
    .toArray();
  let batch: StoredEntry[] = [];
  let batchBytes = 0;
  const flush = async (): Promise<Result<void, JournalAppendError>> => {
    if (batch.length === 0) return ok(undefined);
    const appended = await appendEntries(batch);
    batch = [];
    batchBytes = 0;
    return appended.ok ? ok(undefined) : appended;
  };
  for (const event of events) {
    const entry: StoredEntry = { event, records: await currentRecords(event) };
    if (entry.records.document) {
      const original = await db.originals.get(entry.records.document.id);
      const kept = original ? await keepOriginal(original.bytes as Uint8Array<ArrayBuffer>) : ok('');
      if (!kept.ok) return err({ code: 'write-failed', engagementId, message: kept.error });
    }
    if (batch.length > 0 && (batch.length >= MAX_APPEND_ENTRIES || batchBytes + approximateBytes(entry) > BATCH_BYTES)) {
      const flushed = await flush();
      if (!flushed.ok) return flushed;
    }
    batch.push(entry);
    batchBytes += approximateBytes(entry);
  }
  const flushed = await flush();
  return flushed.ok ? ok(events.length) : flushed;
}
