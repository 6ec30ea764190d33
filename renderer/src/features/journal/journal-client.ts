/**
 * The journal's channels as the renderer calls them: every answer a value, a rejected call (no
 * Node side, a refused request) included, so callers never have to catch.
 */
import type { JournalEntry } from '../../../../shared/audit/journal-entry';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/ipc/contract';
import type { JournalAppendError, JournalStatus, StoredEntry } from '../../../../shared/ipc/journal-schemas';
import type { Failure } from '../../../../shared/ipc/reasons';
import { errorText } from '../../i18n/error-text';
import { failureText, reasonText } from '../../i18n/reason-text';
import { tickmark } from '../../ipc/tickmark';

async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>, string>> {
  try {
    return ok(await tickmark().invoke(channel, request));
  } catch (error) {
    return err(errorText(error));
  }
}

export const journalStatus = (): Promise<Result<JournalStatus, string>> => call('journal:status', {});

/** Why entries were not appended, in the UI's language where the Node side gave its reason. */
export const appendErrorText = ({ reason, message }: JournalAppendError): string => (reason ? reasonText(reason, message) : message);

export async function appendEntries(entries: readonly (JournalEntry | StoredEntry)[]): Promise<Result<{ appended: number }, JournalAppendError>> {
  const answer = await call('journal:append', { entries: [...entries] });
  return answer.ok ? answer.value : err({ code: 'refused', message: answer.error });
}

/** Every entry of an engagement after `afterSeq`, in order, asked for page by page. */
/** The Node side's failure in the UI's language. */
const said = (answer: { ok: false; error: Failure }) => err(failureText(answer.error));

export async function readEntries(engagementId: string, afterSeq: number): Promise<Result<StoredEntry[], string>> {
  const entries: StoredEntry[] = [];
  for (let after = afterSeq; ; ) {
    const page = await call('journal:read', { engagementId, afterSeq: after });
    if (!page.ok) return page;
    if (!page.value.ok) return said(page.value);
    entries.push(...page.value.value.entries);
    const last = entries.at(-1);
    if (page.value.value.complete || !last || last.event.seq <= after) return ok(entries);
    after = last.event.seq;
  }
}

export async function fetchOriginal(sha256: string): Promise<Result<Uint8Array, string>> {
  const answer = await call('journal:original', { sha256 });
  if (!answer.ok) return answer;
  return answer.value.ok ? answer.value : said(answer.value);
}

export async function keepOriginal(bytes: Uint8Array<ArrayBuffer>): Promise<Result<string, string>> {
  const answer = await call('journal:keepOriginal', { bytes });
  if (!answer.ok) return answer;
  return answer.value.ok ? ok(answer.value.value.sha256) : said(answer.value);
}
