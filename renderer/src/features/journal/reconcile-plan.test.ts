import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../../shared/audit/event';
import type { JournalEngagement } from '../../../../shared/ipc/journal-schemas';
import { planReconcile, type DatabaseHead } from './reconcile-plan';

const hash = (n: number) => String(n).padStart(64, 'a');
const journal = (engagementId: string, headSeq: number, extra: Partial<JournalEngagement> = {}): JournalEngagement => ({
  engagementId,
  name: `Journal ${engagementId}`,
  count: headSeq,
  headSeq,
  headHash: headSeq ? hash(headSeq) : GENESIS_HASH,
  ...extra,
});
const database = (engagementId: string, headSeq: number, extra: Partial<DatabaseHead> = {}): DatabaseHead => ({
  engagementId,
  name: `Database ${engagementId}`,
  headSeq,
  headHash: headSeq ? hash(headSeq) : GENESIS_HASH,
  ...extra,
});

describe('planReconcile', () => {
  it('does nothing where both end on the same event', () => {
    expect(planReconcile([journal('a', 5)], [database('a', 5)])).toEqual({ kind: 'steps', steps: [{ kind: 'in-step', engagementId: 'a', name: 'Database a' }] });
  });

  it('restores what IndexedDB lost, from after its last event', () => {
    expect(planReconcile([journal('a', 9)], [database('a', 6)])).toMatchObject({
      steps: [{ kind: 'restore', afterSeq: 6, afterHash: hash(6), count: 3 }],
    });
  });

  it('restores an engagement IndexedDB lost entirely while it kept others', () => {
    expect(planReconcile([journal('a', 2), journal('b', 4)], [database('a', 2)])).toMatchObject({
      steps: [{ kind: 'in-step', engagementId: 'a' }, { kind: 'restore', engagementId: 'b', name: 'Journal b', afterSeq: 0, afterHash: GENESIS_HASH, count: 4 }],
    });
  });

  it('offers to restore everything when IndexedDB came back with no engagement at all', () => {
    expect(planReconcile([journal('a', 2), journal('b', 0)], [])).toEqual({ kind: 'database-empty', engagements: [journal('a', 2)] });
    expect(planReconcile([], [])).toEqual({ kind: 'steps', steps: [] });
  });

  it('copies to the journal what it lacks, when the two meet at its last event', () => {
    expect(planReconcile([journal('a', 4)], [database('a', 6, { hashAtJournalHead: hash(4) })])).toMatchObject({
      steps: [{ kind: 'copy-to-journal', afterSeq: 4, count: 2 }],
    });
    expect(planReconcile([], [database('a', 3)])).toMatchObject({ steps: [{ kind: 'copy-to-journal', afterSeq: 0, count: 3 }] });
  });

  it('reports chains that differ where both hold an event, and changes neither', () => {
    expect(planReconcile([journal('a', 5, { headHash: hash(99) })], [database('a', 5)])).toMatchObject({ steps: [{ kind: 'chains-differ', seq: 5 }] });
    expect(planReconcile([journal('a', 4)], [database('a', 6, { hashAtJournalHead: hash(98) })])).toMatchObject({
      steps: [{ kind: 'chains-differ', seq: 4 }],
    });
  });

  it('restores nothing from a journal whose own chain is broken', () => {
    const problem = { message: 'its chain breaks at event 3', reason: { code: 'journal.chainBreaks' as const, params: { seq: 3 } } };
    expect(planReconcile([journal('a', 8, { problem })], [database('a', 2)])).toMatchObject({ steps: [{ kind: 'journal-damaged', problem }] });
  });
});
