/**
 * Put back into IndexedDB what the journal holds beyond it: for one engagement, in ONE
 * transaction, each entry's records (as they stood after its event) and the event itself, in seq
 * order, with the originals fetched beforehand. Nothing is sent to the journal: it is the source.
 */
import type { StoredEntry } from '../../../shared/ipc/journal-schemas';
import { commit, Refusal, type ActionResult } from './commit';
import { db } from './database';
import { lastEvent } from './queries';
import { i18next } from '../i18n/i18n';

/** Where IndexedDB's chain ended when the entries were read: the transaction checks it still does. */
export interface RestorePoint {
  seq: number;
  hash: string;
}

export function restoreEngagement(
  engagementId: string,
  from: RestorePoint,
  entries: readonly StoredEntry[],
  originals: ReadonlyMap<string, Uint8Array>,
): Promise<ActionResult<number>> {
  return commit([db.engagements, db.documents, db.originals, db.figures, db.verdicts, db.events], async () => {
    const last = await lastEvent(engagementId);
    if ((last?.seq ?? 0) !== from.seq || (last && last.hash !== from.hash)) {
      throw new Refusal(i18next.t('errors.changedWhileRestoring'));
    }
    for (const { event, records } of entries) {
      if (records.engagement) await db.engagements.put(records.engagement);
      if (records.document) {
        await db.documents.put(records.document);
        const bytes = originals.get(records.document.sha256);
        if (bytes) await db.originals.put({ documentId: records.document.id, bytes });
      }
      if (records.figures?.length) await db.figures.bulkPut(records.figures);
      if (records.verdicts?.length) await db.verdicts.bulkPut(records.verdicts);
      await db.events.add(event);
    }
    return entries.length;
  });
}
