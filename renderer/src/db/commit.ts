/**
 * How an action stores a change: ONE read-write transaction that writes the records and their
 * sealed audit events together, so neither exists without the other; then, once it committed,
 * the journal on the Node side gets the same entries and fsyncs them, and the action resolves only
 * when the journal kept them too. While it does, the transaction need not wait for IndexedDB's own
 * flush to disk (database.ts: `relaxTrailTransactions`); when it does not, it waits for it. No await inside a transaction may wait on anything
 * but Dexie, or IndexedDB would commit it early: the journal is written after, never during. And
 * Dexie follows its transaction across a native await only one async call deep: a helper called
 * inside one returns Dexie's promise, or is awaited last (see TrailWriter.append).
 */
import type { Dexie } from 'dexie';
import type { JournalEntry } from '../../../shared/audit/journal-entry';
import { err, ok, type Result } from '../../../shared/domain/result';
import { errorText } from '../i18n/error-text';
import { i18next } from '../i18n/i18n';
import { db, relaxTrailTransactions } from './database';

/** Why an action did not happen, in words the auditor can act on. */
export type ActionResult<T> = Result<T, string>;

/** Keeps the entries of a committed transaction in the Node side's journal, or says why it could not. */
export type JournalSink = (entries: JournalEntry[]) => Promise<Result<void, string>>;

let journal: JournalSink | null = null;

/**
 * Where committed entries go from now on (registered once at start-up; null: nowhere, as in tests
 * and where there is no Node side).
 */
export function setJournal(sink: JournalSink | null): void {
  journal = sink;
  relaxTrailTransactions(sink !== null);
}

/** User Timing measures of each commit's two halves: the IndexedDB transaction, then the journal's append. */
export const COMMIT_TRANSACTION_MEASURE = 'tickmark:commit-transaction';
export const COMMIT_JOURNAL_MEASURE = 'tickmark:commit-journal';

/** An expected refusal (a rule, a duplicate, a role): aborts the transaction and is shown as is. */
export class Refusal extends Error {}

/**
 * Run `work` in one read-write transaction over `tables`. `work` pushes onto `written` the journal
 * entry of each event it seals; they reach the journal only if the transaction committed, and
 * `onCommitted` is told before they go. A refusal or a storage failure becomes an error value, and so
 * does a journal that failed.
 */
export async function commit<T>(
  tables: Dexie.Table[],
  work: (written: JournalEntry[]) => Promise<T>,
  onCommitted?: () => void,
): Promise<ActionResult<T>> {
  const written: JournalEntry[] = [];
  let value: T;
  const started = performance.now();
  try {
    value = await db.transaction('rw', tables, () => work(written));
  } catch (error) {
    if (error instanceof Refusal) return err(error.message);
    return err(i18next.t('errors.databaseRefused', { reason: errorText(error) }));
  }
  const committed = performance.now();
  performance.measure(COMMIT_TRANSACTION_MEASURE, { start: started, end: committed });
  onCommitted?.();
  const sink = journal;
  if (sink && written.length > 0) {
    const kept = await sink(written).catch((error: unknown) => err(errorText(error)));
    performance.measure(COMMIT_JOURNAL_MEASURE, { start: committed, end: performance.now() });
    // Until the journal keeps entries again, IndexedDB is the only copy: flush every transaction.
    relaxTrailTransactions(kept.ok);
    if (!kept.ok) return err(i18next.t('errors.notJournaled', { reason: kept.error }));
  }
  return ok(value);
}
