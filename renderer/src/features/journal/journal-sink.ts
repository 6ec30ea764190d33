/**
 * The journal sink the actions await after each commit (registered with `setJournal` at start-up):
 * their entries are appended on the Node side and fsync'd before "Saved" shows. When the journal
 * lacks events before them (an append that failed earlier, a crash before one), those are copied
 * from IndexedDB first, so one lost append never leaves the journal behind for good.
 */
import type { JournalEntry } from '../../../../shared/audit/journal-entry';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { catchUpJournal } from './catch-up';
import { appendEntries, appendErrorText, journalStatus } from './journal-client';
import { addJournalNotice, setJournalStatus, useJournal } from './journal-state';

export async function appendToJournal(entries: JournalEntry[]): Promise<Result<void, string>> {
  let caughtUp = false;
  for (;;) {
    const answer = await appendEntries(entries);
    if (answer.ok) return ok(undefined);
    const { code, engagementId, journalSeq } = answer.error;
    if (code !== 'gap' || caughtUp || engagementId === undefined || journalSeq === undefined) return failed(appendErrorText(answer.error));
    const before = Math.min(...entries.filter((entry) => entry.event.engagementId === engagementId).map((entry) => entry.event.seq)) - 1;
    const copied = await catchUpJournal(engagementId, journalSeq, before);
    if (!copied.ok) return failed(appendErrorText(copied.error));
    caughtUp = true;
  }
}

/**
 * A failure is also shown under the header (once per message) until the auditor dismisses it, and
 * the storage status is asked again: the Node side lists the failure among the journal's problems.
 */
function failed(message: string): Result<void, string> {
  if (!useJournal.getState().notices.some((notice) => notice.text === message)) addJournalNotice('error', message);
  void journalStatus().then((status) => status.ok && setJournalStatus(status.value));
  return err(message);
}
