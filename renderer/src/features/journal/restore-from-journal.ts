/**
 * Restore one engagement from the journal: read its entries after IndexedDB's last event, check
 * that together they make one unbroken chain, fetch the originals they name, then write them all
 * in one transaction (db/restore.ts). A chain that does not hold is reported; nothing is written.
 */
import { Dexie } from 'dexie';
import { verifyChain } from '../../../../shared/audit/event';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { db } from '../../db/database';
import { restoreEngagement, type RestorePoint } from '../../db/restore';
import { i18next } from '../../i18n/i18n';
import { linkText } from '../../i18n/link-text';
import { fetchOriginal, readEntries } from './journal-client';

export interface Restored {
  events: number;
  /** Reports whose original the journal's folder did not have: restored without their pages. */
  missingOriginals: string[];
}

export async function restoreFromJournal(engagementId: string, name: string, from: RestorePoint): Promise<Result<Restored, string>> {
  const read = await readEntries(engagementId, from.seq);
  if (!read.ok) return err(i18next.t('journal.notice.notRestored', { name, reason: read.error }));
  const entries = read.value;
  if (entries.length === 0) return ok({ events: 0, missingOriginals: [] });

  const kept = await db.events.where('[engagementId+seq]').between([engagementId, Dexie.minKey], [engagementId, from.seq], true, true).toArray();
  const chain = verifyChain([...kept, ...entries.map((entry) => entry.event)]);
  if (!chain.ok) {
    return err(i18next.t('journal.notice.notContinued', { name, seq: chain.seq, reason: linkText(chain.why) }));
  }

  const originals = new Map<string, Uint8Array>();
  const missingOriginals: string[] = [];
  for (const { records } of entries) {
    const document = records.document;
    if (!document || originals.has(document.sha256)) continue;
    const bytes = await fetchOriginal(document.sha256);
    if (bytes.ok) originals.set(document.sha256, bytes.value);
    else missingOriginals.push(document.fileName);
  }
  const restored = await restoreEngagement(engagementId, from, entries, originals);
  return restored.ok ? ok({ events: restored.value, missingOriginals }) : err(i18next.t('journal.notice.notRestored', { name, reason: restored.error }));
}
