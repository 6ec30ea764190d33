/**
 * A part of the window kept on the figure a save is changing while the selection has already moved
 * on: rendering the next figure takes the renderer's one thread, which the save needs for each of
 * its IndexedDB answers and for the journal's. The hold ends when the save says so, after
 * `limitMs` at the latest (a slow disk must not leave the window behind), and at the auditor's next
 * key or pointer press, so that whatever they do next sees the figure the queue has selected.
 */
import { create, type UseBoundStore, type StoreApi } from 'zustand';

export interface SaveHold {
  /** Hold on `figureId`; the function returned ends this hold (it lasts while any hold is on). */
  hold(figureId: string): () => void;
  /** The figure held now; null when the selection is followed. */
  held(): string | null;
  /** The same, for a component. */
  useHeld: UseBoundStore<StoreApi<{ figureId: string | null }>>;
}

export function createSaveHold(limitMs: number): SaveHold {
  const useHeld = create<{ figureId: string | null }>(() => ({ figureId: null }));
  /** The saves holding now (a hold ended early by a key press is no longer among them). */
  const holds = new Set<symbol>();
  let limit: ReturnType<typeof setTimeout> | undefined;

  function release(): void {
    holds.clear();
    clearTimeout(limit);
    window.removeEventListener('keydown', release, true);
    window.removeEventListener('pointerdown', release, true);
    if (useHeld.getState().figureId !== null) useHeld.setState({ figureId: null });
  }

  return {
    hold(figureId) {
      const hold = Symbol(figureId);
      holds.add(hold);
      clearTimeout(limit);
      limit = setTimeout(release, limitMs);
      // Added while the key that decided is being dispatched to the window: that key does not reach it.
      window.addEventListener('keydown', release, true);
      window.addEventListener('pointerdown', release, true);
      useHeld.setState({ figureId });
      return () => {
        if (holds.delete(hold) && holds.size === 0) release();
      };
    },
    held: () => useHeld.getState().figureId,
    useHeld,
  };
}
