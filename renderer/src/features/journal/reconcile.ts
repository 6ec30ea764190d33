/**
 * Start-up, before the workspace loads: bring IndexedDB and the journal in step (see
 * reconcile-plan.ts), say what was done and what is wrong, and when IndexedDB came back empty
 * while the journal knows engagements, wait for the auditor to choose before anything opens.
 */
import { GENESIS_HASH } from '../../../../shared/audit/event';
import type { JournalEngagement } from '../../../../shared/ipc/journal-schemas';
import type { Failure } from '../../../../shared/ipc/reasons';
import { db } from '../../db/database';
import { lastEvent } from '../../db/queries';
import { errorText } from '../../i18n/error-text';
import { i18next } from '../../i18n/i18n';
import { failureText } from '../../i18n/reason-text';
import { startWorkspace } from '../../state/workspace';
import { catchUpJournal } from './catch-up';
import { appendErrorText, journalStatus } from './journal-client';
import { addJournalNotice, setJournalStatus, setJournalUnavailable, setStartUp } from './journal-state';
import { planReconcile, type DatabaseHead, type ReconcileStep } from './reconcile-plan';
import { restoreFromJournal } from './restore-from-journal';

export async function startWithJournal(): Promise<void> {
  setStartUp({ phase: 'reconciling' });
  try {
    const status = await journalStatus();
    if (!status.ok) {
      setJournalUnavailable(status.error);
      addJournalNotice('error', i18next.t('journal.notice.unreachable', { reason: status.error }));
      return await finishStartUp();
    }
    setJournalStatus(status.value);
    status.value.problems.forEach((problem) => addJournalNotice('error', failureText(problem)));
    const plan = planReconcile(status.value.engagements, await databaseHeads(status.value.engagements));
    if (plan.kind === 'database-empty') {
      const engagements = plan.engagements.map(({ name, count }) => ({ name, count }));
      return setStartUp({ phase: 'offer-restore', offer: { engagements, journalDir: status.value.journalDir } });
    }
    for (const step of plan.steps) await carryOut(step);
  } catch (error) {
    addJournalNotice('error', i18next.t('journal.notice.checkFailed', { reason: errorText(error) }));
  }
  await finishStartUp();
}

/** The auditor accepted the offer: restore every engagement the journal holds, then open the workspace. */
export async function restoreEverything(): Promise<void> {
  setStartUp({ phase: 'restoring' });
  const status = await journalStatus();
  const engagements = status.ok ? status.value.engagements.filter((engagement) => engagement.count > 0) : [];
  if (!status.ok) addJournalNotice('error', i18next.t('journal.notice.nothingRestored', { reason: status.error }));
  let events = 0;
  let restoredEngagements = 0;
  for (const engagement of engagements) {
    if (engagement.problem) {
      addJournalNotice('error', damagedJournal(engagement.name, engagement.problem));
      continue;
    }
    const restored = await restoreFromJournal(engagement.engagementId, engagement.name, { seq: 0, hash: GENESIS_HASH });
    if (!restored.ok) {
      addJournalNotice('error', restored.error);
      continue;
    }
    events += restored.value.events;
    restoredEngagements++;
    noteMissingOriginals(engagement.name, restored.value.missingOriginals);
  }
  if (restoredEngagements > 0) {
    addJournalNotice('ok', i18next.t('journal.notice.restoredEngagements', { count: restoredEngagements, events: i18next.t('journal.notice.events', { count: events }) }));
  }
  await finishStartUp();
}

/** The auditor declined: open the (empty) workspace; the journal keeps everything. */
export const startWithoutRestoring = () => finishStartUp();

async function finishStartUp(): Promise<void> {
  setStartUp({ phase: 'done' });
  const status = await journalStatus();
  if (status.ok) setJournalStatus(status.value);
  await startWorkspace();
}

async function carryOut(step: ReconcileStep): Promise<void> {
  switch (step.kind) {
    case 'in-step':
      return;
    case 'restore': {
      const restored = await restoreFromJournal(step.engagementId, step.name, { seq: step.afterSeq, hash: step.afterHash });
      if (!restored.ok) return addJournalNotice('error', restored.error);
      addJournalNotice('ok', i18next.t('journal.notice.restoredEvents', { count: restored.value.events, name: step.name }));
      return noteMissingOriginals(step.name, restored.value.missingOriginals);
    }
    case 'copy-to-journal': {
      const copied = await catchUpJournal(step.engagementId, step.afterSeq);
      if (!copied.ok) return addJournalNotice('error', i18next.t('journal.notice.stillLacks', { count: step.count, name: step.name, reason: appendErrorText(copied.error) }));
      return addJournalNotice('ok', i18next.t('journal.notice.copied', { count: copied.value, name: step.name }));
    }
    case 'chains-differ':
      return addJournalNotice('error', i18next.t('journal.notice.chainsDiffer', { name: step.name, seq: step.seq }));
    case 'journal-damaged':
      return addJournalNotice('error', damagedJournal(step.name, step.problem));
  }
}

/** Where each engagement's chain ends in IndexedDB, with its hash at the journal's last event. */
async function databaseHeads(journal: readonly JournalEngagement[]): Promise<DatabaseHead[]> {
  const engagements = await db.engagements.toArray();
  const names = new Map(engagements.map((engagement) => [engagement.id, engagement.name]));
  const journalSeq = new Map(journal.map((engagement) => [engagement.engagementId, engagement.headSeq]));
  const heads: DatabaseHead[] = [];
  for (const engagementId of new Set([...names.keys(), ...journalSeq.keys()])) {
    const last = await lastEvent(engagementId);
    if (!last && !names.has(engagementId)) continue;
    const head: DatabaseHead = { engagementId, name: names.get(engagementId) ?? engagementId, headSeq: last?.seq ?? 0, headHash: last?.hash ?? GENESIS_HASH };
    const seq = journalSeq.get(engagementId);
    if (last && seq && seq <= last.seq) head.hashAtJournalHead = (await db.events.get([engagementId, seq]))?.hash;
    heads.push(head);
  }
  return heads;
}

const damagedJournal = (name: string, problem: Failure) => i18next.t('journal.notice.damaged', { name, problem: failureText(problem) });

function noteMissingOriginals(name: string, fileNames: string[]): void {
  if (fileNames.length === 0) return;
  addJournalNotice('error', i18next.t('journal.notice.missingOriginals', { name, files: fileNames.join(', ') }));
}
