/**
 * What the queue says after an action the auditor cannot see finish in one row: the list is done,
 * the cursor went back up to an open figure, a batch was decided (and what it left alone), a
 * change was undone, or why not. Shown under the filters until the next one or a switch of
 * engagement.
 */
import { create } from 'zustand';
import type { AuditAction } from '../../../../shared/audit/event';

export type QueueNotice =
  | { kind: 'done' }
  | { kind: 'wrapped' }
  | { kind: 'batch'; action: AuditAction; count: number; skipped: number; reason?: string }
  | { kind: 'undone'; action: AuditAction; count: number }
  | { kind: 'nothingToUndo' }
  | { kind: 'problem'; message: string };

export const useQueueNotice = create<{ notice: QueueNotice | null }>(() => ({ notice: null }));

export const showQueueNotice = (notice: QueueNotice) => useQueueNotice.setState({ notice });
export const clearQueueNotice = () => useQueueNotice.setState({ notice: null });
