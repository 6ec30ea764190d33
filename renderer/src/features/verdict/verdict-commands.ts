import { flushSync } from 'react-dom';
import { transition, type VerdictIntent } from '../../../../shared/domain/verdict';
import { correctFigure, decideFigure } from '../../db/actions';
import {
  applyCorrection,
  applyStatus,
  persist,
  select,
  selectFigure,
  selectQueueView,
  useWorkspace,
} from '../../state/workspace';
import { keepPlace, matchesFilter, nextOpen } from '../queue/queue-view';
import { NOTE_FIELD_ID, clearDraft, draftOf, editDraft, focusNote, useVerdictDraft, type DraftMode } from './draft';
import { fieldsOf, readValueFields } from './value-fields';

/** The User Timing measure from a verdict keystroke (or click) to its committed transaction. */
export const VERDICT_COMMIT_MEASURE = 'tickmark:verdict-commit';

let decisions = 0;
/** Figures whose decision is being stored: the auditor moves on without waiting for the disk. */
const saving = new Set<string>();

/**
 * Apply `intent` to the selected figure. A confirmation moves the selection on to the next open
 * figure at once, and a decision that takes the figure out of the filtered list to the row after
 * it, so a fast auditor is never held up by the disk; the figure's new status shows only once its
 * transaction committed. Called synchronously from the key handler, so the mark
 * below is the keystroke's time.
 */
export async function decide(intent: VerdictIntent): Promise<void> {
  const started = `tickmark:verdict-start:${++decisions}`;
  performance.mark(started);
  const state = useWorkspace.getState();
  const figure = selectFigure(state);
  if (!figure || !state.userName) return;
  const actor = state.userName;
  const allowed = saving.has(figure.id)
    ? { ok: false as const, reason: 'The last decision on this figure is still being saved.' }
    : transition(figure.status, intent);
  if (!allowed.ok) {
    editDraft(figure.id, { problem: allowed.reason });
    return;
  }
  const evidence = draftOf(useVerdictDraft.getState(), figure.id).evidence;
  const view = selectQueueView(state);
  const formerIndex = view.indexOf.get(figure.id) ?? 0;

  saving.add(figure.id);
  // Move on now rather than after the commit, so the next key already applies to the next figure.
  const leavesView = !matchesFilter({ ...figure, status: allowed.to }, state.filter);
  const next =
    intent.kind === 'confirm'
      ? nextOpen(view.rows, formerIndex + 1, saving)
      : leavesView
        ? (view.rows[formerIndex + 1] ?? view.rows[formerIndex - 1])?.id
        : undefined;
  if (next) select(next);
  if (document.activeElement?.id === NOTE_FIELD_ID) (document.activeElement as HTMLElement).blur();

  const result = await persist(() => decideFigure(figure.id, intent, actor, evidence));
  saving.delete(figure.id);
  if (!result.ok) {
    // Back to the figure, where the reason is shown.
    select(figure.id);
    editDraft(figure.id, { problem: result.error });
    return;
  }
  performance.measure(VERDICT_COMMIT_MEASURE, started);
  performance.clearMarks(started);

  applyStatus(figure.id, result.value.status);
  if (useVerdictDraft.getState().figureId === figure.id) clearDraft();
  // Still on the figure, and its new status is filtered out: keep the auditor's place in the list.
  if (useWorkspace.getState().selectedId === figure.id) select(keepPlace(selectQueueView(useWorkspace.getState()), figure.id, formerIndex));
}

/** Dispute and dismiss need words first: show what is asked for and put the cursor in the note. */
export function askForNote(mode: Extract<DraftMode, 'dispute' | 'dismiss'>): void {
  const figure = selectFigure(useWorkspace.getState());
  if (!figure) return;
  const allowed = transition(figure.status, { kind: mode, note: 'x' });
  flushSync(() => editDraft(figure.id, allowed.ok ? { mode } : { problem: allowed.reason }));
  if (allowed.ok) focusNote();
}

export function startCorrection(): void {
  const figure = selectFigure(useWorkspace.getState());
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
    case 'correct': {
      if (!draft.fields) return;
      const value = readValueFields(draft.fields);
      if (!value.ok) return editDraft(figure.id, { problem: value.error });
      const actor = state.userName;
      const result = await persist(() => correctFigure(figure.id, value.value, actor, draft.note));
      if (!result.ok) return editDraft(figure.id, { problem: result.error });
      applyCorrection(result.value);
      editDraft(figure.id, { mode: 'decide', fields: null, note: '' });
      return;
    }
    case 'decide':
      editDraft(figure.id, { problem: 'Leave the note with Esc, then press C to confirm or D to dispute.' });
  }
}
