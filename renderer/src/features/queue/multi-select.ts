/**
 * Many figures selected at once, so one decision can take them all: Shift+j/k (or Shift+click)
 * extends a range from where it began, Ctrl/⌘+click adds or removes one row, `*` or Ctrl+A takes
 * every row the filters show, Esc clears. The cursor (the figure shown in the source and verdict
 * panels) stays the workspace's `selectedId`; this is the set a bulk decision acts on. A change
 * of filter or engagement clears it, so a decision never reaches a figure the auditor cannot see.
 */
import { create } from 'zustand';
import { select, selectQueueView, useWorkspace } from '../../state/workspace';
import { stepSelection, type QueueItem, type QueueView } from './queue-view';

export interface MultiSelection {
  ids: ReadonlySet<string>;
  /** Where the range began: Shift+j/k and Shift+click extend from here. */
  anchor: string | null;
}

export const NO_SELECTION: MultiSelection = { ids: new Set(), anchor: null };

/** The rows from `from` to `to` (either order), both included; none when either is not in the view. */
export function rangeOf(view: QueueView<QueueItem>, from: string, to: string): Set<string> {
  const a = view.indexOf.get(from);
  const b = view.indexOf.get(to);
  if (a === undefined || b === undefined) return new Set();
  return new Set(view.rows.slice(Math.min(a, b), Math.max(a, b) + 1).map((row) => row.id));
}

/** Shift+click on `target`, or Shift+j/k onto it: the range from the anchor (the cursor, when none yet) to it. */
export function extendedTo(view: QueueView<QueueItem>, selection: MultiSelection, cursorId: string | null, target: string): MultiSelection {
  const anchor = selection.anchor ?? cursorId ?? target;
  return { ids: rangeOf(view, anchor, target), anchor };
}

/** Ctrl+click on `id`: in or out of the set; a first Ctrl+click keeps the cursor's row with it. */
export function toggled(selection: MultiSelection, cursorId: string | null, id: string): MultiSelection {
  const ids = new Set(selection.ids.size === 0 && cursorId !== null ? [cursorId] : selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Every row the filters show. */
export const everyRow = (view: QueueView<QueueItem>): MultiSelection => ({ ids: new Set(view.rows.map((row) => row.id)), anchor: view.rows[0]?.id ?? null });

/** The selected figures the view shows, in its order: what a bulk decision acts on. */
export function selectedInView<T extends QueueItem>(view: QueueView<T>, selection: MultiSelection): T[] {
  return view.rows.filter((row) => selection.ids.has(row.id));
}

export const useMultiSelection = create<MultiSelection>(() => NO_SELECTION);

export const clearSelection = () => useMultiSelection.setState(NO_SELECTION, true);

/** Whether a decision now acts on the selected set rather than on the cursor's figure alone. */
export const selectionActive = () => useMultiSelection.getState().ids.size > 0;

/** Shift+j / Shift+k: move the cursor one row and take every row from the anchor to it. */
export function extendSelection(offset: number): void {
  const state = useWorkspace.getState();
  const view = selectQueueView(state);
  const target = stepSelection(view, state.selectedId, offset);
  if (target === null) return;
  useMultiSelection.setState(extendedTo(view, useMultiSelection.getState(), state.selectedId, target), true);
  select(target);
}

/** A click on a row: alone it moves the cursor and clears the set; with Shift it extends, with Ctrl/⌘ it toggles. */
export function clickRow(id: string, modifiers: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): void {
  const state = useWorkspace.getState();
  if (modifiers.shiftKey) {
    useMultiSelection.setState(extendedTo(selectQueueView(state), useMultiSelection.getState(), state.selectedId, id), true);
  } else if (modifiers.ctrlKey || modifiers.metaKey) {
    useMultiSelection.setState(toggled(useMultiSelection.getState(), state.selectedId, id), true);
  } else {
    clearSelection();
  }
  select(id);
}

export function selectAllVisible(): void {
  useMultiSelection.setState(everyRow(selectQueueView(useWorkspace.getState())), true);
}

// Another engagement or other filters: the rows the set was made of are not what the auditor sees.
useWorkspace.subscribe((state, previous) => {
  if (state.engagement?.id !== previous.engagement?.id || state.filter !== previous.filter) clearSelection();
});
