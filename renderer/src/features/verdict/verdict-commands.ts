import { flushSync } from 'react-dom';
import { transition, type VerdictIntent } from '../../../../shared/domain/verdict';
import { decisionAllowed } from '../../domain/refusals';
import { i18next } from '../../i18n/i18n';
import { correctFigure } from '../../db/actions';
import { decideFigures } from '../../db/bulk-actions';
import { applyCorrection, applyVerdicts, persist, selectFigure, selectQueueView, selectRole, useWorkspace } from '../../state/workspace';
import { selectionActive } from '../queue/multi-select';
import { showQueueNotice } from '../queue/queue-notice';
import { matchesFilter, nextOpen } from '../queue/queue-view';
import { DECISION_ACTION, decideSelection } from './bulk-commands';
import { draftOf, editDraft, focusNote, useVerdictDraft, type DraftMode } from './draft';
import { neighbourOf, selectedFor, storeAndMoveOn } from './figure-change';
import { reviewSelectedDocument, sendBack } from './review-commands';
import { stillSaving, savingFigures } from './saving';
import { returnFocusToQueue } from './focus';
import { rememberChange } from './undo-stack';
import { fieldsOf, readValueFields } from './value-fields';

/** The User Timing measure from a verdict keystroke (or click) to its committed transaction. */
export const VERDICT_COMMIT_MEASURE = 'tickmark:verdict-commit';

let decisions = 0;

/**
 * Apply `intent` to the selected figure. A confirmation moves the selection on to the next open
 * figure at once, and a decision that takes the figure out of the filtered list to the row after
 * it, so a fast auditor is never held up by the disk; the figure's new status shows only once its
 * transaction committed. Called synchronously from the key handler, so the mark
 * below is the keystroke's time.
 */
export async function decide(intent: VerdictIntent): Promise<void> {
  if (selectionActive()) return decideSelection(intent);
  const started = `tickmark:verdict-start:${++decisions}`;
  performance.mark(started);
  const state = useWorkspace.getState();
  const figure = selectedFor('preparer');
  if (!figure || !state.userName) return;
  const actor = state.userName;
  const allowed = savingFigures.has(figure.id) ? { ok: false as const, reason: stillSaving() } : decisionAllowed(figure.status, intent);
  if (!allowed.ok) return editDraft(figure.id, { problem: allowed.reason });
  const evidence = draftOf(useVerdictDraft.getState(), figure.id).evidence;
  const view = selectQueueView(state);
  const index = view.indexOf.get(figure.id) ?? 0;
  // A new decision is unreviewed, whatever the review of the one before.
  const leavesView = !matchesFilter({ ...figure, status: allowed.to, review: 'unreviewed' }, state.filter);
  // Wrapping round, the search would find this very figure, still open until its save commits.
  const next = intent.kind === 'confirm' ? nextOpen(view.rows, index + 1, new Set(savingFigures).add(figure.id)) : leavesView ? neighbourOf(view.rows, index) : undefined;
  // The last open figure confirmed: say the list is done rather than stay (or go back up) silently.
  const ending = intent.kind !== 'confirm' ? null : endOfList(view.indexOf, index, next ?? null);
  await storeAndMoveOn(
    figure,
    next,
    (committed) => decideFigures([figure.id], intent, actor, { evidence, committed }),
    (batch) => {
      performance.measure(VERDICT_COMMIT_MEASURE, started);
      performance.clearMarks(started);
      applyVerdicts(batch.changes.map((change) => change.after));
      rememberChange(batch, DECISION_ACTION[intent.kind]);
      if (ending) showQueueNotice({ kind: ending });
    },
  );
}

/** After a confirmation at `index`: no open figure left ('done'), or the next one is back above ('wrapped'). */
function endOfList(indexOf: ReadonlyMap<string, number>, index: number, next: string | null): 'done' | 'wrapped' | null {
  if (next === null) return 'done';
  return (indexOf.get(next) ?? 0) <= index ? 'wrapped' : null;
}

/** Dispute and dismiss need words first: show what is asked for and put the cursor in the note. */
export function askForNote(mode: Extract<DraftMode, 'dispute' | 'dismiss'>): void {
  const figure = selectedFor('preparer');
  if (!figure) return;
  // For a selection, the rules are applied figure by figure when the note is saved.
  const allowed = selectionActive() ? ({ ok: true } as const) : transition(figure.status, { kind: mode, note: 'x' });
  flushSync(() => editDraft(figure.id, allowed.ok ? { mode } : { problem: allowed.reason }));
  if (allowed.ok) focusNote();
}

export function startCorrection(): void {
  const figure = selectedFor('preparer');
  if (!figure) return;
  // Rendered at once, so the value field exists to take the next key typed.
  flushSync(() => editDraft(figure.id, { mode: 'correct', fields: fieldsOf(figure) }));
  document.getElementById('correct-value')?.focus();
}

export function cancelDraft(): void {
  const figure = selectFigure(useWorkspace.getState());
  if (figure) editDraft(figure.id, { mode: 'decide', fields: null });
}

/** Ctrl+Enter in the verdict panel: do what the draft is waiting for. */
export async function submitDraft(): Promise<void> {
  const state = useWorkspace.getState();
  const figure = selectFigure(state);
  if (!figure || !state.userName) return;
  const draft = draftOf(useVerdictDraft.getState(), figure.id);
  switch (draft.mode) {
    case 'dispute':
    case 'dismiss':
      return decide({ kind: draft.mode, note: draft.note });
    case 'send-back':
      return sendBack(draft.note);
    case 'sign-off-document':
      return reviewSelectedDocument({ kind: 'sign_off', note: draft.note });
    case 'send-back-document':
      return reviewSelectedDocument({ kind: 'send_back', note: draft.note });
    case 'correct': {
      if (!draft.fields) return;
      const value = readValueFields(draft.fields);
      if (!value.ok) return editDraft(figure.id, { problem: value.error });
      const actor = state.userName;
      const result = await persist(() => correctFigure(figure.id, value.value, actor, draft.note));
      if (!result.ok) return editDraft(figure.id, { problem: result.error });
      applyCorrection(result.value.figure, result.value.verdict);
      editDraft(figure.id, { mode: 'decide', fields: null, note: '' });
      return returnFocusToQueue();
    }
    case 'decide':
      editDraft(figure.id, {
        problem:
          selectRole(state) === 'reviewer'
            ? i18next.t('refusal.noteHintReviewer')
            : i18next.t('refusal.noteHintPreparer'),
      });
  }
}
