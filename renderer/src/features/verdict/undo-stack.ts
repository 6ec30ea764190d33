/**
 * The decisions this session can undo (u, Ctrl+Z), newest last: each a batch of one figure or
 * many, with the action it recorded. Kept in memory for the open engagement only; an undo is a new
 * event per figure (see db/undo.ts), and itself is not undone by a second u, which reaches the
 * decision before.
 */
import type { AuditAction } from '../../../../shared/audit/event';
import type { BatchOutcome } from '../../db/bulk-actions';
import { undoBatch } from '../../db/undo';
import { applyVerdicts, persist, select, useWorkspace } from '../../state/workspace';
import { showQueueNotice } from '../queue/queue-notice';
import { clearDraft } from './draft';
import { returnFocusToQueue } from './focus';

interface Undoable {
  batch: BatchOutcome;
  action: AuditAction;
}

const done: Undoable[] = [];

/** A change just stored: the next undo takes it back. */
export function rememberChange(batch: BatchOutcome, action: AuditAction): void {
  done.push({ batch, action });
}

/** Forget everything (another engagement was opened). */
export function forgetChanges(): void {
  done.length = 0;
}

/** u / Ctrl+Z: undo the last change in the open engagement, and show its first figure. */
export async function undoLast(): Promise<void> {
  const { engagement, userName } = useWorkspace.getState();
  const last = done.at(-1);
  if (!engagement || !userName || !last || last.batch.engagementId !== engagement.id) return showQueueNotice({ kind: 'nothingToUndo' });
  done.pop();
  const result = await persist(() => undoBatch(last.batch, userName));
  if (!result.ok) return showQueueNotice({ kind: 'problem', message: result.error });
  applyVerdicts(result.value);
  clearDraft();
  select(last.batch.changes[0]!.figureId);
  returnFocusToQueue();
  showQueueNotice({ kind: 'undone', action: last.action, count: result.value.length });
}
