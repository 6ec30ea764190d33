/**
 * What start-up does about each engagement, from where its chain ends in IndexedDB and in the
 * journal. Pure: reconcile.ts gathers the heads and carries the plan out.
 *
 * - the same event at the end of both: nothing to do;
 * - the journal further on: IndexedDB lost events, they are restored from the journal;
 * - IndexedDB further on: the app stopped between a commit and its append, or the events predate
 *   the journal; they are copied to it;
 * - the two chains differ where both hold an event: reported, neither is changed.
 */
import { GENESIS_HASH } from '../../../../shared/audit/event';
import type { JournalEngagement } from '../../../../shared/ipc/journal-schemas';
import type { Failure } from '../../../../shared/ipc/reasons';

export interface DatabaseHead {
  engagementId: string;
  name: string;
  headSeq: number;
  headHash: string;
  /** The hash of IndexedDB's event at the journal's last seq, when IndexedDB holds that event. */
  hashAtJournalHead?: string;
}

export type ReconcileStep =
  | { kind: 'in-step'; engagementId: string; name: string }
  | { kind: 'restore'; engagementId: string; name: string; afterSeq: number; afterHash: string; count: number }
  | { kind: 'copy-to-journal'; engagementId: string; name: string; afterSeq: number; count: number }
  | { kind: 'chains-differ'; engagementId: string; name: string; seq: number }
  | { kind: 'journal-damaged'; engagementId: string; name: string; problem: Failure };

export type ReconcilePlan =
  /** IndexedDB holds no engagement at all, the journal does: ask before restoring everything. */
  | { kind: 'database-empty'; engagements: JournalEngagement[] }
  | { kind: 'steps'; steps: ReconcileStep[] };

export function planReconcile(journal: readonly JournalEngagement[], database: readonly DatabaseHead[]): ReconcilePlan {
  const known = journal.filter((engagement) => engagement.count > 0);
  if (database.length === 0 && known.length > 0) return { kind: 'database-empty', engagements: known };
  const inDatabase = new Map(database.map((head) => [head.engagementId, head]));
  const inJournal = new Map(journal.map((engagement) => [engagement.engagementId, engagement]));
  const ids = [...new Set([...inDatabase.keys(), ...inJournal.keys()])];
  return { kind: 'steps', steps: ids.map((id) => stepFor(inJournal.get(id), inDatabase.get(id))) };
}

const NOTHING = { headSeq: 0, headHash: GENESIS_HASH };

function stepFor(journal: JournalEngagement | undefined, database: DatabaseHead | undefined): ReconcileStep {
  const engagementId = (journal?.engagementId ?? database?.engagementId)!;
  const name = database?.name ?? journal?.name ?? engagementId;
  const j = journal ?? NOTHING;
  const d = database ?? NOTHING;
  if (j.headSeq === d.headSeq) {
    return j.headHash === d.headHash ? { kind: 'in-step', engagementId, name } : { kind: 'chains-differ', engagementId, name, seq: j.headSeq };
  }
  if (j.headSeq < d.headSeq) {
    const meets = j.headSeq === 0 || database?.hashAtJournalHead === j.headHash;
    return meets
      ? { kind: 'copy-to-journal', engagementId, name, afterSeq: j.headSeq, count: d.headSeq - j.headSeq }
      : { kind: 'chains-differ', engagementId, name, seq: j.headSeq };
  }
  if (journal?.problem) return { kind: 'journal-damaged', engagementId, name, problem: journal.problem };
  return { kind: 'restore', engagementId, name, afterSeq: d.headSeq, afterHash: d.headHash, count: j.headSeq - d.headSeq };
}
