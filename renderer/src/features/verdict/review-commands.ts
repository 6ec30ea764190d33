/**
 * The reviewer's keys: sign off the selected figure's decision (s), send it back with a note (b),
 * or do either for every decision of its report awaiting review (Shift+S, Shift+B). Like a
 * confirmation, a sign-off moves on at once to the next decision awaiting review.
 */
import { flushSync } from 'react-dom';
import type { ReviewIntent } from '../../../../shared/domain/review';
import { reviewAllowed } from '../../domain/refusals';
import { i18next } from '../../i18n/i18n';
import { reviewDocument } from '../../db/actions';
import { reviewFigures } from '../../db/bulk-actions';
import { applyVerdicts, persist, select, selectQueueView, useWorkspace } from '../../state/workspace';
import { selectionActive } from '../queue/multi-select';
import { awaitingReview, keepPlace, matchesFilter, nextAwaitingReview } from '../queue/queue-view';
import { clearDraft, draftOf, editDraft, focusNote, useVerdictDraft } from './draft';
import { reviewSelection } from './bulk-commands';
import { neighbourOf, selectedFor, storeAndMoveOn } from './figure-change';
import { returnFocusToQueue } from './focus';
import { stillSaving, savingFigures } from './saving';
import { rememberChange } from './undo-stack';

/** Review the selected figure's decision with `intent`, moving on first as `decide` does. */
async function reviewSelected(intent: ReviewIntent): Promise<void> {
  if (selectionActive()) return reviewSelection(intent);
  const state = useWorkspace.getState();
  const figure = selectedFor('reviewer');
  if (!figure || !state.userName) return;
  const actor = state.userName;
  const allowed = savingFigures.has(figure.id) ? { ok: false as const, reason: stillSaving() } : reviewAllowed(figure.status, figure.review, intent);
  if (!allowed.ok) return editDraft(figure.id, { problem: allowed.reason });
  const view = selectQueueView(state);
  const index = view.indexOf.get(figure.id) ?? 0;
  const leavesView = !matchesFilter({ ...figure, review: allowed.to }, state.filter);
  const next =
    intent.kind === 'sign_off' ? nextAwaitingReview(view.rows, index + 1, savingFigures) : leavesView ? neighbourOf(view.rows, index) : undefined;
  await storeAndMoveOn(
    figure,
    next,
    (committed) => reviewFigures([figure.id], intent, actor, { committed }),
    (batch) => {
      applyVerdicts(batch.changes.map((change) => change.after));
      rememberChange(batch, intent.kind === 'sign_off' ? 'figure.signed_off' : 'figure.sent_back');
    },
  );
}

/** s: sign off the selected figure's decision, with the note written in the panel if any. */
export function signOff(): Promise<void> {
  const figureId = useWorkspace.getState().selectedId;
  return reviewSelected({ kind: 'sign_off', note: draftOf(useVerdictDraft.getState(), figureId).note });
}

/** Ctrl+Enter after b: send the selected figure back with `note`. */
export function sendBack(note: string): Promise<void> {
  return reviewSelected({ kind: 'send_back', note });
}

/** b: sending back needs a note first; Shift+S and Shift+B show how many decisions a whole report's review takes. */
export function askToReview(mode: 'send-back' | 'sign-off-document' | 'send-back-document'): void {
  const figure = selectedFor('reviewer');
  if (!figure) return;
  let problem: string | null = null;
  if (mode === 'send-back' && !selectionActive()) {
    const allowed = reviewAllowed(figure.status, figure.review, { kind: 'send_back', note: 'x' });
    if (!allowed.ok) problem = allowed.reason;
  } else if (awaitingReview(useWorkspace.getState().figures, figure.documentId).total === 0) {
    problem = i18next.t('refusal.nothingAwaitsReview');
  }
  flushSync(() => editDraft(figure.id, problem ? { problem } : { mode }));
  if (!problem) focusNote();
}

/** Ctrl+Enter after Shift+S or Shift+B: review every decision of the selected figure's report awaiting review. */
export async function reviewSelectedDocument(intent: ReviewIntent): Promise<void> {
  const state = useWorkspace.getState();
  const figure = selectedFor('reviewer');
  if (!figure || !state.userName) return;
  const actor = state.userName;
  const formerIndex = selectQueueView(state).indexOf.get(figure.id) ?? 0;
  const result = await persist(() => reviewDocument(figure.documentId, intent, actor));
  if (!result.ok) return editDraft(figure.id, { problem: result.error });
  applyVerdicts(result.value);
  clearDraft();
  returnFocusToQueue();
  if (useWorkspace.getState().selectedId === figure.id) select(keepPlace(selectQueueView(useWorkspace.getState()), figure.id, formerIndex));
}
