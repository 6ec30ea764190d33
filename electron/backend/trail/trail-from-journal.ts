import type { TrailEvent } from '../../../shared/audit/event';
import { err, ok, type Result } from '../../../shared/domain/result';
import type { StoredEntry } from '../../../shared/ipc/journal-schemas';
import { reason, type Failure } from '../../../shared/ipc/reasons';
import type { Journal } from '../journal/journal';

/** Every journal entry of an engagement, in order, read page by page. */
export async function journalEntries(journal: Journal, engagementId: string): Promise<Result<StoredEntry[], Failure>> {
  const entries: StoredEntry[] = [];
  for (;;) {
    const read = await journal.read(engagementId, entries.at(-1)?.event.seq ?? 0);
    if (!read.ok) return err(read.error);
    entries.push(...read.value.entries);
    if (read.value.complete || read.value.entries.length === 0) return ok(entries);
  }
}

/** An engagement of which the journal holds nothing cannot be exported. */
export const noEvents: Failure = { message: 'the journal holds no events of this engagement.', reason: reason('journal.empty') };

/** The engagement's name as its latest entry that names it says. */
export function latestEngagementName(entries: readonly StoredEntry[]): string {
  let name = '';
  for (const { event, records } of entries) name = records.engagement?.name ?? (event.form === 2 ? event.engagementName : name);
  return name;
}

/** An engagement's whole trail as the journal holds it (events only), with the engagement's latest name. */
export async function trailFromJournal(
  journal: Journal,
  engagementId: string,
): Promise<Result<{ engagementName: string; events: TrailEvent[] }, Failure>> {
  const entries = await journalEntries(journal, engagementId);
  if (!entries.ok) return entries;
  if (entries.value.length === 0) return err(noEvents);
  return ok({ engagementName: latestEngagementName(entries.value), events: entries.value.map((entry) => entry.event) });
}
