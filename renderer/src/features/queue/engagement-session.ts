/**
 * What belongs to the open engagement and must not outlive it: the auditor's place is saved as
 * they move (see resume.ts), and switching engagements clears the other one's leftovers — finished
 * import rows, the last export's or archive's banner, a failed save's message, the selected set,
 * the undo history and the queue's last notice. Imports still running keep their row.
 */
import { useEffect } from 'react';
import { dismissArchiveStatus } from '../archive/archive';
import { dismissExportStatus } from '../export/export-trail';
import { FINISHED, useImportJobs } from '../import/import-jobs';
import { forgetChanges } from '../verdict/undo-stack';
import { useWorkspace, type WorkspaceState } from '../../state/workspace';
import { clearSelection } from './multi-select';
import { clearQueueNotice } from './queue-notice';
import { rememberPlace, windowStorage } from './resume';

/** Clear what the engagement the auditor left showed. */
function leaveEngagement(openedId: string): void {
  useImportJobs.setState(({ jobs }) => ({ jobs: jobs.filter((job) => job.engagementId === openedId || !FINISHED.includes(job.phase)) }));
  dismissExportStatus();
  dismissArchiveStatus();
  if (useWorkspace.getState().save.state === 'failed') useWorkspace.setState({ save: { state: 'idle' } });
  clearSelection();
  forgetChanges();
  clearQueueNotice();
}

/** Save the place as the auditor moves; clear the leftovers when the open engagement changes. */
export function onWorkspaceChange(state: WorkspaceState, previous: WorkspaceState): void {
  const opened = state.engagement?.id;
  if (opened !== previous.engagement?.id) {
    if (opened && previous.engagement) leaveEngagement(opened);
    return;
  }
  if (opened && (state.filter !== previous.filter || state.selectedId !== previous.selectedId)) {
    rememberPlace(windowStorage(), opened, { filter: state.filter, selectedId: state.selectedId });
  }
}

/** Mounted once by the app shell: follows every change of the workspace. */
export function useEngagementSession(): void {
  useEffect(() => useWorkspace.subscribe(onWorkspaceChange), []);
}
