/**
 * The figure the source and verdict panels show. A decision moves the queue's selection on at
 * once, but rendering the next figure in the panels (its source window or page, its evidence,
 * checks and history) takes tens of milliseconds on the renderer's one thread, and the decision's
 * save needs that thread between each of its IndexedDB requests and to take the journal's answer:
 * rendered first, the next figure delayed "Saved" by the whole render. So while the save is in
 * flight the panels keep the decided figure and follow the selection as soon as it is saved.
 *
 * The hold never outlasts HOLD_LIMIT_MS (a slow disk must not leave the panels behind), nor the
 * auditor's next key press or pointer press: whatever they do next sees the panels on the figure
 * the queue has selected.
 */
import { figureById, selectFigure, useWorkspace, type QueueFigure, type WorkspaceState } from '../../state/workspace';
import { createSaveHold } from './save-hold';

/** Past this, the panels show the selected figure whether or not the save has finished. */
export const HOLD_LIMIT_MS = 100;

const panels = createSaveHold(HOLD_LIMIT_MS);

/**
 * Keep the panels on `figureId` while a change to it is saved; the function returned ends this
 * hold (the panels move once every hold has ended, or at once on a key or pointer press).
 */
export const holdPanelsOn = panels.hold;

/** The figure a save holds the panels on; null when they follow the selection. */
export const heldFigureId = panels.held;

/** The figure the panels show: the selected one, unless a save holds them on `heldId`. */
export const selectShownFigure = (state: WorkspaceState, heldId: string | null): QueueFigure | undefined =>
  heldId === null ? selectFigure(state) : figureById(state, heldId);

export function useShownFigure(): QueueFigure | undefined {
  const held = panels.useHeld((hold) => hold.figureId);
  return useWorkspace((state) => selectShownFigure(state, held));
}
