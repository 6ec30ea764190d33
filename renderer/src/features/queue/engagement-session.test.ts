import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../db/records';
import { useImportJobs, type ImportJob } from '../import/import-jobs';
import { useWorkspace } from '../../state/workspace';
import { onWorkspaceChange } from './engagement-session';
import { useMultiSelection } from './multi-select';
import { showQueueNotice, useQueueNotice } from './queue-notice';

const engagement = (id: string): Engagement => ({ id, name: id, createdAt: '2026-11-29T00:00:00Z', members: [] });
const job = (jobId: string, engagementId: string, phase: ImportJob['phase']): ImportJob => ({ jobId, fileName: `${jobId}.txt`, engagementId, phase, done: 0, total: 0 });

describe('switching engagements', () => {
  it('clears the finished import rows, the selection, the notice and a failed save of the engagement left, keeping running imports', () => {
    useImportJobs.setState({ jobs: [job('a-done', 'A', 'imported'), job('a-failed', 'A', 'failed'), job('a-running', 'A', 'parsing'), job('b-done', 'B', 'imported')] });
    useMultiSelection.setState({ ids: new Set(['f1', 'f2']), anchor: 'f1' });
    showQueueNotice({ kind: 'done' });
    const before = { ...useWorkspace.getState(), engagement: engagement('A') };
    const after = { ...before, engagement: engagement('B'), save: { state: 'failed' as const, message: 'Not saved' } };
    useWorkspace.setState({ save: after.save });

    onWorkspaceChange(after, before);

    expect(useImportJobs.getState().jobs.map((j) => j.jobId)).toEqual(['a-running', 'b-done']);
    expect(useMultiSelection.getState().ids.size).toBe(0);
    expect(useQueueNotice.getState().notice).toBeNull();
    expect(useWorkspace.getState().save).toEqual({ state: 'idle' });
  });

  it('keeps all of that while the same engagement stays open', () => {
    useImportJobs.setState({ jobs: [job('a-done', 'A', 'imported')] });
    showQueueNotice({ kind: 'wrapped' });
    const state = { ...useWorkspace.getState(), engagement: engagement('A') };
    onWorkspaceChange({ ...state, selectedId: 'f2' }, state);
    expect(useImportJobs.getState().jobs).toHaveLength(1);
    expect(useQueueNotice.getState().notice).toEqual({ kind: 'wrapped' });
  });
});
