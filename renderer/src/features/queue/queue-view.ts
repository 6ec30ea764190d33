import type { FigureStatus } from '../../../../shared/domain/verdict';

/** The minimum the queue's filters and navigation look at. */
export interface QueueItem {
  id: string;
  documentId: string;
  status: FigureStatus;
}

/** `all` is every figure still under audit: dismissed ones ("not a figure") have their own filter. */
export type StatusFilter = 'all' | FigureStatus;

export interface QueueFilter {
  status: StatusFilter;
  /** null: every document. */
  documentId: string | null;
}

export const ALL_FIGURES: QueueFilter = { status: 'all', documentId: null };

export function matchesFilter(item: QueueItem, filter: QueueFilter): boolean {
  if (filter.documentId !== null && item.documentId !== filter.documentId) return false;
  return filter.status === 'all' ? item.status !== 'dismissed' : item.status === filter.status;
}

/** The rows the queue shows and where each figure stands among them. */
export interface QueueView<T extends QueueItem> {
  rows: readonly T[];
  indexOf: ReadonlyMap<string, number>;
}

/** Build the view once per change of figures or filter; navigation then costs O(1) per keystroke. */
export function queueView<T extends QueueItem>(figures: readonly T[], filter: QueueFilter): QueueView<T> {
  const rows = figures.filter((figure) => matchesFilter(figure, filter));
  return { rows, indexOf: new Map(rows.map((row, index) => [row.id, index])) };
}

export type StatusCounts = Record<FigureStatus, number>;

export function countStatuses(figures: readonly QueueItem[]): StatusCounts {
  const counts: StatusCounts = { open: 0, confirmed: 0, disputed: 0, dismissed: 0 };
  for (const figure of figures) counts[figure.status]++;
  return counts;
}

/** The first open figure at or after `start`, wrapping around, other than those in `skip`; null when none is left. */
export function nextOpen(rows: readonly QueueItem[], start: number, skip: ReadonlySet<string> = new Set()): string | null {
  for (let step = 0; step < rows.length; step++) {
    const row = rows[(start + step) % rows.length]!;
    if (row.status === 'open' && !skip.has(row.id)) return row.id;
  }
  return null;
}

/** The row `offset` away from the selected one, clamped to the list; the first row when nothing is selected. */
export function stepSelection(view: QueueView<QueueItem>, selectedId: string | null, offset: number): string | null {
  if (view.rows.length === 0) return null;
  const current = selectedId === null ? undefined : view.indexOf.get(selectedId);
  if (current === undefined) return view.rows[0]!.id;
  const next = Math.min(view.rows.length - 1, Math.max(0, current + offset));
  return view.rows[next]!.id;
}

/**
 * Where the selection goes when a figure left the view (its new status is filtered out): the row
 * that took its place, so the auditor keeps their place in the list.
 */
export function keepPlace(view: QueueView<QueueItem>, id: string, formerIndex: number): string | null {
  if (view.indexOf.has(id)) return id;
  if (view.rows.length === 0) return null;
  return view.rows[Math.min(formerIndex, view.rows.length - 1)]!.id;
}
