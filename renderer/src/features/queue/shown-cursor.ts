/**
 * The row the queue shows as selected. A decision moves the selection on at once, so the next key
 * acts on the next figure; but drawing the move (rows, scroll, frame) takes the renderer's thread
 * for several milliseconds, and the decision's transaction needs that thread for each answer from
 * IndexedDB. So the queue keeps showing the decided row until the transaction has committed, and
 * draws the move while the journal's fsync, which needs no renderer thread, is under way.
 */
import { useWorkspace } from '../../state/workspace';
import { createSaveHold } from '../verdict/save-hold';

/** Past this, the queue shows the selection whether or not the transaction has committed. */
export const CURSOR_HOLD_LIMIT_MS = 50;

const cursor = createSaveHold(CURSOR_HOLD_LIMIT_MS);

/** Keep the queue's cursor on `figureId` until the function returned is called (or a key, a pointer, the limit). */
export const holdCursorOn = cursor.hold;

/** The figure the queue shows as selected. */
export function useShownCursor(): string | null {
  const held = cursor.useHeld((hold) => hold.figureId);
  return useWorkspace((state) => held ?? state.selectedId);
}
