/**
 * The journal's channels as the renderer calls them: every answer a value, a rejected call (no
 * Node side, a refused request) included, so callers never have to catch.
 */
import type { JournalEntry } from '../../../../shared/audit/journal-entry';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/ipc/contract';
import type { JournalAppendError, JournalStatus, StoredEntry } from '../../../../shared/ipc/journal-schemas';
import { tickmark } from '../../ipc/tickmark';

async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>, string>> {
  try {
    return ok(await tickmark().invoke(channel, request));
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}

export const journalStatus = (): Promise<Result<JournalStatus, string>> => call('journal:status', {});

export async function appendEntries(entries: readonly (JournalEntry | StoredEntry)[]): Promise<Result<{ appended: number }, JournalAppendError>> {
  const answer = await call('journal:append', { entries: [...entries] });
  return answer.ok ? answer.value : err({ code: 'refused', message: answer.error });
}

/** Every entry of an engagement after `afterSeq`, in order, asked for page by page. */
export async function readEntries(engagementId: string, afterSeq: number): Promise<Result<StoredEntry[], string>> {
  const entries: StoredEntry[] = [];
  for (let after = afterSeq; ; ) {
    const page = await call('journal:read', { engagementId, afterSeq: after });
    if (!page.ok) return page;
    if (!page.value.ok) return page.value;
    entries.push(...page.value.value.entries);
    const last = entries.at(-1);
    if (page.value.value.complete || !last || last.event.seq <= after) return ok(entries);
    after = last.event.seq;
  }
}

export async function fetchOriginal(sha256: string): Promise<Result<Uint8Array, string>> {
  const answer = await call('journal:original', { sha256 });
  return answer.ok ? answer.value : answer;
}

export async function keepOriginal(bytes: Uint8Array<ArrayBuffer>): Promise<Result<string, string>> {
  const answer = await call('journal:keepOriginal', { bytes });
  if (!answer.ok) return answer;
  return answer.value.ok ? ok(answer.value.value.sha256) : answer.value;
}
