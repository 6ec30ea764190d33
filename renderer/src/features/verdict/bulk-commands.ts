/**
 * A decision or review taken on every selected figure at once (see queue/multi-select.ts): one
 * transaction, one event per figure, then the queue shows what changed, what the rules left alone,
 * and the set is cleared. The batch is what the next undo takes back.
 */
import type { AuditAction } from '../../../../shared/audit/event';
import type { ReviewIntent } from '../../../../shared/domain/review';
import type { VerdictIntent } from '../../../../shared/domain/verdict';
import { decideFigures, reviewFigures, type BatchOutcome } from '../../db/bulk-actions';
import type { ActionResult } from '../../db/commit';
import type { Duty } from '../../db/membership';
import { applyVerdicts, dutyRefusal, persist, select, selectQueueView, useWorkspace } from '../../state/workspace';
import { clearSelection, selectedInView, useMultiSelection } from '../queue/multi-select';
import { showQueueNotice } from '../queue/queue-notice';
import { keepPlace } from '../queue/queue-view';
import { clearDraft, draftOf, useVerdictDraft } from './draft';
import { returnFocusToQueue } from './focus';
import { rememberChange } from './undo-stack';

/** The event each decision records: what the queue and an undo call it. */
export const DECISION_ACTION: Record<VerdictIntent['kind'], AuditAction> = {
  confirm: 'figure.confirmed',
  dispute: 'figure.disputed',
  reopen: 'figure.reopened',
  dismiss: 'figure.dismissed',
};

async function actOnSelection(duty: Duty, action: AuditAction, store: (ids: string[], actor: string) => Promise<ActionResult<BatchOutcome>>): Promise<void> {
  const state = useWorkspace.getState();
  const refusal = dutyRefusal(state, duty);
  if (refusal || !state.userName) return showQueueNotice({ kind: 'problem', message: refusal ?? '' });
  const actor = state.userName;
  const view = selectQueueView(state);
  const ids = selectedInView(view, useMultiSelection.getState()).map((figure) => figure.id);
  if (ids.length === 0) return clearSelection();
  const cursor = state.selectedId;
  const formerIndex = cursor === null ? 0 : (view.indexOf.get(cursor) ?? 0);
  const result = await persist(() => store(ids, actor));
  if (!result.ok) return showQueueNotice({ kind: 'problem', message: result.error });
  const batch = result.value;
  applyVerdicts(batch.changes.map((change) => change.after));
  rememberChange(batch, action);
  clearSelection();
  clearDraft();
  if (cursor !== null) select(keepPlace(selectQueueView(useWorkspace.getState()), cursor, formerIndex));
  returnFocusToQueue();
  showQueueNotice({ kind: 'batch', action, count: batch.changes.length, skipped: batch.skipped.length, reason: batch.skipped[0]?.reason });
}

/** Confirm, dispute, reopen or dismiss every selected figure, with the note (a dismissal's one reason) written in the panel. */
export function decideSelection(intent: VerdictIntent): Promise<void> {
  const { selectedId } = useWorkspace.getState();
  const evidence = draftOf(useVerdictDraft.getState(), selectedId).evidence;
  return actOnSelection('preparer', DECISION_ACTION[intent.kind], (ids, actor) => decideFigures(ids, intent, actor, { evidence }));
}

/** Sign off or send back the decision on every selected figure. */
export function reviewSelection(intent: ReviewIntent): Promise<void> {
  const action: AuditAction = intent.kind === 'sign_off' ? 'figure.signed_off' : 'figure.sent_back';
  return actOnSelection('reviewer', action, (ids, actor) => reviewFigures(ids, intent, actor));
}
