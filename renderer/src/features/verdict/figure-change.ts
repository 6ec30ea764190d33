/**
 * What a decision and a review of the selected figure have in common: who may make it, moving on
 * without waiting for the disk, and showing the stored change (or why it was refused) after.
 */
import type { ActionResult } from '../../db/actions';
import type { Duty } from '../../db/membership';
import { dutyRefusal, persist, select, selectFigure, selectQueueView, useWorkspace, type QueueFigure } from '../../state/workspace';
import { keepPlace } from '../queue/queue-view';
import { holdCursorOn } from '../queue/shown-cursor';
import { clearDraft, editDraft, useVerdictDraft } from './draft';
import { returnFocusToQueue } from './focus';
import { savingFigures } from './saving';
import { holdPanelsOn } from './shown-figure';

/**
 * The selected figure, when the user may do `duty`'s work on it; otherwise shows why not (a
 * reviewer pressed a preparer's key) and gives undefined.
 */
export function selectedFor(duty: Duty): QueueFigure | undefined {
  const state = useWorkspace.getState();
  const figure = selectFigure(state);
  if (!figure) return undefined;
  const refusal = dutyRefusal(state, duty);
  if (refusal) {
    editDraft(figure.id, { problem: refusal });
    return undefined;
  }
  return figure;
}

/**
 * Store a change to `figure` while the auditor moves on to `next` at once (none: they stay), then
 * `show` it once committed; the queue draws the move once the transaction committed, the panels
 * once the save is done. A refused change brings them back to the figure, where the reason is
 * shown. Still on the figure and filtered out by its change, the selection keeps their place.
 */
export async function storeAndMoveOn<T>(
  figure: QueueFigure,
  next: string | null | undefined,
  store: (committed: () => void) => Promise<ActionResult<T>>,
  show: (value: T) => void,
): Promise<void> {
  const formerIndex = selectQueueView(useWorkspace.getState()).indexOf.get(figure.id) ?? 0;
  // Begun before any state changes: React renders those in a microtask queued at the first change,
  // and Dexie opens the transaction in a microtask of its own, which must come first. (The
  // transaction commits long after endCursorHold below is set.)
  const saved = persist(() => store(() => endCursorHold?.()));
  savingFigures.add(figure.id);
  // The selection moves now. The queue draws the move once the transaction committed, while the
  // journal's fsync is under way (shown-cursor.ts); the panels draw the next figure once it is
  // saved (shown-figure.ts).
  const endCursorHold = next ? holdCursorOn(figure.id) : undefined;
  const endHold = next ? holdPanelsOn(figure.id) : undefined;
  if (next) select(next);
  returnFocusToQueue();

  try {
    const result = await saved;
    savingFigures.delete(figure.id);
    if (!result.ok) {
      select(figure.id);
      editDraft(figure.id, { problem: result.error });
      return;
    }
    show(result.value);
    if (useVerdictDraft.getState().figureId === figure.id) clearDraft();
    if (useWorkspace.getState().selectedId === figure.id) select(keepPlace(selectQueueView(useWorkspace.getState()), figure.id, formerIndex));
  } finally {
    endCursorHold?.();
    endHold?.();
  }
}

/** The row after `index` (or before, at the end): where the selection goes when the figure leaves the filtered list. */
export const neighbourOf = (rows: readonly QueueFigure[], index: number): string | undefined => (rows[index + 1] ?? rows[index - 1])?.id;
