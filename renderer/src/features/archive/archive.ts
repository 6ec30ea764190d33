/**
 * The engagement archive from the renderer's side: exporting asks the Node side to write the whole
 * engagement from its journal; importing asks it to read and check an archive, then takes in only
 * what continues the trail here (shared/audit/merge-plan.ts), into IndexedDB and the journal alike.
 */
import { create } from 'zustand';
import { GENESIS_HASH } from '../../../../shared/audit/event';
import { planMerge } from '../../../../shared/audit/merge-plan';
import type { CheckedArchiveInfo } from '../../../../shared/ipc/archive-schemas';
import { recordArchive } from '../../db/archive-actions';
import { archiveImported, eventsExported } from '../../db/detail-shapes';
import { trustKey } from '../../db/key-actions';
import { loadEngagements, loadTrail } from '../../db/queries';
import { restoreEngagement } from '../../db/restore';
import { errorText } from '../../i18n/error-text';
import { i18next } from '../../i18n/i18n';
import { failureText } from '../../i18n/reason-text';
import { tickmark } from '../../ipc/tickmark';
import { applyEngagement, openEngagement, persist, selectRole, useWorkspace } from '../../state/workspace';
import { exportFileName } from '../export/file-names';
import { fileNameOf, readFileBytes } from '../import/read-file';
import { appendEntries, appendErrorText, keepOriginal } from '../journal/journal-client';

/** The hidden file input behind "Import engagement archive…" (the menu command clicks it). */
export const ARCHIVE_INPUT_ID = 'archive-import-input';

export type ArchiveStatus =
  | { state: 'idle' }
  | { state: 'working'; what: string }
  | { state: 'done'; message: string; path?: string; untrustedKey?: { engagementId: string; owner: string; fingerprint: string; publicKey: string } }
  | { state: 'failed'; message: string };

export const useArchiveStatus = create<ArchiveStatus>(() => ({ state: 'idle' }));
const status = (next: ArchiveStatus) => useArchiveStatus.setState(next, true);
export const dismissArchiveStatus = () => status({ state: 'idle' });

export async function exportArchive(): Promise<void> {
  const state = useWorkspace.getState();
  const role = selectRole(state);
  const { engagement, userName } = state;
  if (!engagement || !userName || !role) return;
  status({ state: 'working', what: i18next.t('archive.writing', { name: engagement.name }) });
  try {
    const suggestedName = exportFileName(engagement.name, 'archive', new Date(), 'tickmark');
    const answer = await tickmark().invoke('archive:export', { engagementId: engagement.id, suggestedName, signer: userName, role });
    if (answer.status === 'cancelled') return status({ state: 'idle' });
    if (answer.status === 'failed') return status({ state: 'failed', message: i18next.t('archive.notWritten', { reason: failureText(answer) }) });
    const trusted = await persist(() => trustKey(engagement.id, { fingerprint: answer.key.fingerprint, publicKey: answer.key.publicKey, owner: userName }, userName));
    if (trusted.ok) applyEngagement(trusted.value);
    await persist(() => recordArchive(engagement.id, 'archive.exported', eventsExported.write({ count: answer.eventCount, path: answer.path }), userName));
    status({ state: 'done', message: i18next.t('archive.saved', { name: engagement.name, count: answer.eventCount }), path: answer.path });
  } catch (error) {
    status({ state: 'failed', message: i18next.t('archive.notWritten', { reason: errorText(error) }) });
  }
}

export async function importArchive(file: File): Promise<void> {
  const fileName = fileNameOf(file);
  status({ state: 'working', what: i18next.t('archive.reading', { fileName }) });
  try {
    const bytes = await readFileBytes(file);
    if (!bytes.ok) return status({ state: 'failed', message: bytes.error });
    const answer = await tickmark().invoke('archive:import', { fileName, bytes: bytes.value });
    if (!answer.ok) return status({ state: 'failed', message: i18next.t('archive.notImported', { fileName, reason: failureText(answer.error) }) });
    status(await merge(fileName, answer.value));
  } catch (error) {
    status({ state: 'failed', message: i18next.t('archive.notImported', { fileName, reason: errorText(error) }) });
  }
}

/** Take in what `archive` adds to the engagement here, if anything, and say what happened. */
async function merge(fileName: string, archive: CheckedArchiveInfo): Promise<ArchiveStatus> {
  const { engagementId, engagementName, entries, seal } = archive;
  const local = await loadTrail(engagementId);
  const plan = planMerge(local, entries.map((entry) => entry.event));
  if (plan.kind === 'diverged') {
    return {
      state: 'failed',
      message: i18next.t('archive.diverged', { fileName, name: engagementName, seq: plan.seq }),
    };
  }
  if (plan.kind === 'contained') {
    const message = plan.localAhead
      ? i18next.t('archive.addsNothingAhead', { fileName, name: engagementName, count: plan.localAhead })
      : i18next.t('archive.addsNothing', { fileName, name: engagementName });
    return { state: 'done', message };
  }
  const after = plan.kind === 'new' ? 0 : plan.after;
  const added = entries.slice(after);
  const from = local.at(-1) ?? { seq: 0, hash: GENESIS_HASH };
  const originals = new Map(archive.originals.map(({ sha256, bytes }) => [sha256, bytes]));
  const restored = await persist(() => restoreEngagement(engagementId, { seq: from.seq, hash: from.hash }, added, originals));
  if (!restored.ok) return { state: 'failed', message: i18next.t('archive.notImported', { fileName, reason: restored.error }) };

  // The journal keeps its own copy of what came in, originals first.
  const journalProblems: string[] = [];
  for (const { bytes } of archive.originals) {
    const kept = await keepOriginal(bytes);
    if (!kept.ok) journalProblems.push(kept.error);
  }
  const appended = await appendEntries(added);
  if (!appended.ok) journalProblems.push(appendErrorText(appended.error));

  const engagements = await loadEngagements();
  useWorkspace.setState({ engagements });
  const engagement = engagements.find((candidate) => candidate.id === engagementId);
  if (engagement) await openEngagement(engagement);
  const { userName } = useWorkspace.getState();
  if (engagement && userName && selectRole(useWorkspace.getState())) {
    await persist(() => recordArchive(engagementId, 'archive.imported', archiveImported.write({ count: added.length, file: fileName, signer: seal.signer, fingerprint: seal.fingerprint }), userName));
  }
  const trusted = engagement?.trustedKeys?.some((key) => key.fingerprint === seal.fingerprint) ?? false;
  return {
    state: 'done',
    message:
      i18next.t('archive.imported', { count: added.length, name: engagementName, fileName, signer: seal.signer }) +
      (journalProblems.length ? i18next.t('archive.journalNoCopy', { reason: journalProblems.join('; ') }) : ''),
    untrustedKey: trusted ? undefined : { engagementId, owner: seal.signer, fingerprint: seal.fingerprint, publicKey: seal.publicKey },
  };
}

/** The auditor vouches for the key an imported archive was sealed with. */
export async function trustArchiveKey(): Promise<void> {
  const current = useArchiveStatus.getState();
  const { userName } = useWorkspace.getState();
  if (current.state !== 'done' || !current.untrustedKey || !userName) return;
  const { engagementId, owner, fingerprint, publicKey } = current.untrustedKey;
  const trusted = await persist(() => trustKey(engagementId, { owner, fingerprint, publicKey }, userName));
  if (!trusted.ok) return status({ state: 'failed', message: trusted.error });
  applyEngagement(trusted.value);
  status({ state: 'done', message: i18next.t('archive.trusted', { owner, fingerprint }) });
}
