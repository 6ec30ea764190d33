import { create } from 'zustand';
import { figuresSummaryCsv } from '../../../../shared/export/figures-summary-csv';
import { engagementFacts } from '../checks/engagement-checks';
import { recordExport } from '../../db/actions';
import { trustKey } from '../../db/key-actions';
import { loadEngagementContents } from '../../db/queries';
import { errorText } from '../../i18n/error-text';
import { i18next } from '../../i18n/i18n';
import { failureText } from '../../i18n/reason-text';
import { tickmark } from '../../ipc/tickmark';
import { applyEngagement, persist, selectRole, useWorkspace } from '../../state/workspace';
import { exportFileName } from './file-names';

export type ExportStatus =
  | { state: 'idle' }
  | { state: 'exporting' }
  | { state: 'saved'; what: string; path: string; detail: string }
  | { state: 'failed'; message: string };

export const useExportStatus = create<ExportStatus>(() => ({ state: 'idle' }));

/** The open engagement and who exports it, or null when there is nothing to export yet. */
function exporter() {
  const state = useWorkspace.getState();
  const role = selectRole(state);
  if (!state.engagement || !state.userName || !role || useExportStatus.getState().state === 'exporting') return null;
  return { engagement: state.engagement, userName: state.userName, role };
}

/**
 * Export the open engagement's audit trail: the Node side seals it with this installation's key and
 * writes it where the auditor chooses. The engagement then trusts that key (first time only), and
 * the export itself is recorded as an event: it is part of the audit too.
 */
export async function exportTrail(): Promise<void> {
  const who = exporter();
  if (!who) return;
  const { engagement, userName, role } = who;
  useExportStatus.setState({ state: 'exporting' });
  try {
    const suggestedName = exportFileName(engagement.name, 'audit trail', new Date());
    const answer = await tickmark().invoke('trail:export', { engagementId: engagement.id, suggestedName, signer: userName, role });
    if (answer.status === 'cancelled') return useExportStatus.setState({ state: 'idle' });
    if (answer.status === 'failed') return useExportStatus.setState({ state: 'failed', message: i18next.t('notices.trailFailed', { reason: failureText(answer) }) });
    const trusted = await persist(() =>
      trustKey(engagement.id, { fingerprint: answer.key.fingerprint, publicKey: answer.key.publicKey, owner: userName }, userName),
    );
    if (trusted.ok) applyEngagement(trusted.value);
    const recorded = await persist(() => recordExport(engagement.id, answer.path, answer.eventCount, userName));
    useExportStatus.setState(
      recorded.ok
        ? {
            state: 'saved',
            what: i18next.t('notices.trailWhat'),
            path: answer.path,
            detail: i18next.t('notices.trailDetail', { count: answer.eventCount, fingerprint: answer.key.fingerprint }),
          }
        : { state: 'failed', message: i18next.t('notices.notRecorded', { path: answer.path, reason: recorded.error }) },
    );
  } catch (error) {
    useExportStatus.setState({ state: 'failed', message: i18next.t('notices.trailFailed', { reason: errorText(error) }) });
  }
}

/** Export one row per figure of the open engagement: where each stands, who prepared and reviewed it. */
export async function exportFiguresSummary(): Promise<void> {
  const who = exporter();
  if (!who) return;
  const { engagement } = who;
  useExportStatus.setState({ state: 'exporting' });
  try {
    const { documents, verdicts } = await loadEngagementContents(engagement.id);
    const { figures } = useWorkspace.getState();
    const content = figuresSummaryCsv({ engagement, documents, figures, verdicts, facts: engagementFacts(documents, figures) });
    const answer = await tickmark().invoke('export:saveCsv', { suggestedName: exportFileName(engagement.name, 'figures', new Date()), content });
    if (answer.status === 'cancelled') return useExportStatus.setState({ state: 'idle' });
    if (answer.status === 'failed') return useExportStatus.setState({ state: 'failed', message: i18next.t('notices.summaryFailed', { reason: failureText(answer) }) });
    useExportStatus.setState({
      state: 'saved',
      what: i18next.t('notices.summaryWhat'),
      path: answer.path,
      detail: i18next.t('notices.summaryDetail', { count: figures.length }),
    });
  } catch (error) {
    useExportStatus.setState({ state: 'failed', message: i18next.t('notices.summaryFailed', { reason: errorText(error) }) });
  }
}

export const dismissExportStatus = () => useExportStatus.setState({ state: 'idle' });
