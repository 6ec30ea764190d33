import { create } from 'zustand';
import { auditTrailCsv } from '../../../../shared/export/audit-trail-csv';
import { recordExport } from '../../db/actions';
import { loadTrail } from '../../db/queries';
import { tickmark } from '../../ipc/tickmark';
import { persist, useWorkspace } from '../../state/workspace';
import { trailFileName, trailRows } from './trail-rows';

export type ExportStatus =
  | { state: 'idle' }
  | { state: 'exporting' }
  | { state: 'saved'; path: string; eventCount: number }
  | { state: 'failed'; message: string };

export const useExportStatus = create<ExportStatus>(() => ({ state: 'idle' }));

/**
 * Write the open engagement's audit trail to a CSV the auditor places with a save dialog, then
 * record the export itself as an event (it is part of the audit too).
 */
export async function exportTrail(): Promise<void> {
  const { engagement, documents, figures, userName } = useWorkspace.getState();
  if (!engagement || !userName || useExportStatus.getState().state === 'exporting') return;
  useExportStatus.setState({ state: 'exporting' });
  try {
    const events = await loadTrail(engagement.id);
    const content = auditTrailCsv(trailRows(engagement, events, documents, figures));
    const answer = await tickmark().invoke('export:saveCsv', { suggestedName: trailFileName(engagement.name, new Date()), content });
    if (answer.status === 'cancelled') return useExportStatus.setState({ state: 'idle' });
    if (answer.status === 'failed') return useExportStatus.setState({ state: 'failed', message: answer.message });
    const recorded = await persist(() => recordExport(engagement.id, answer.path, events.length, userName));
    useExportStatus.setState(
      recorded.ok
        ? { state: 'saved', path: answer.path, eventCount: events.length }
        : { state: 'failed', message: `Saved to ${answer.path}, but the export could not be recorded in the trail: ${recorded.error}` },
    );
  } catch (error) {
    useExportStatus.setState({ state: 'failed', message: `The audit trail was not exported: ${error instanceof Error ? error.message : String(error)}` });
  }
}

export const dismissExportStatus = () => useExportStatus.setState({ state: 'idle' });
