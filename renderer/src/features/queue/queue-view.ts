import type { ReviewStatus } from '../../../../shared/domain/review';
import type { FigureStatus } from '../../../../shared/domain/verdict';
import { figureKind, type FigureKind } from './figure-kind';

/** The minimum the queue's filters and navigation look at. */
export interface QueueItem {
  id: string;
  documentId: string;
  status: FigureStatus;
  review: ReviewStatus;
  /** Read by the kind filter only. */
  unit?: string;
  text?: string;
}

/** `all` is every figure still under audit: dismissed ones ("not a figure") have their own filter. */
export type StatusFilter = 'all' | FigureStatus;

/** A review state picks decided figures only: an open figure has nothing to review yet. */
export type ReviewFilter = 'all' | ReviewStatus;

export interface QueueFilter {
  status: StatusFilter;
  review: ReviewFilter;
  /** null: every document. */
  documentId: string | null;
  /** Money, percentages, physical quantities or counts; absent or `all`: every kind. */
  kind?: 'all' | FigureKind;
  /** Only these figures (a figure search's matches, features/find); absent: no such limit. */
  figureIds?: ReadonlySet<string>;
}

export const ALL_FIGURES: QueueFilter = { status: 'all', review: 'all', documentId: null, kind: 'all' };

function matchesStatusAndDocument(item: QueueItem, filter: QueueFilter): boolean {
  if (filter.documentId !== null && item.documentId !== filter.documentId) return false;
  if (filter.figureIds && !filter.figureIds.has(item.id)) return false;
  if (filter.kind && filter.kind !== 'all' && figureKind({ unit: item.unit ?? '', text: item.text ?? '' }) !== filter.kind) return false;
  return filter.status === 'all' ? item.status !== 'dismissed' : item.status === filter.status;
}

/** Where a figure stands in review, once it has a decision to review. */
const reviewState = (item: QueueItem): ReviewStatus | null => (item.status === 'open' ? null : item.review);

export function matchesFilter(item: QueueItem, filter: QueueFilter): boolean {
  return matchesStatusAndDocument(item, filter) && (filter.review === 'all' || reviewState(item) === filter.review);
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

export type ReviewCounts = Record<ReviewFilter, number>;

/** How many rows each review filter would show, the status and document filters staying as they are. */
export function countReviews(figures: readonly QueueItem[], filter: QueueFilter): ReviewCounts {
  const counts: ReviewCounts = { all: 0, unreviewed: 0, signed_off: 0, sent_back: 0 };
  for (const figure of figures) {
    if (!matchesStatusAndDocument(figure, filter)) continue;
    counts.all++;
    const state = reviewState(figure);
    if (state) counts[state]++;
  }
  return counts;
}

export interface AwaitingReview {
  total: number;
  /** By the decision awaiting review. */
  byStatus: Record<Exclude<FigureStatus, 'open'>, number>;
}

/** The decisions of one report that a bulk review would take: decided, not yet reviewed. */
export function awaitingReview(figures: readonly QueueItem[], documentId: string): AwaitingReview {
  const awaiting: AwaitingReview = { total: 0, byStatus: { confirmed: 0, disputed: 0, dismissed: 0 } };
  for (const figure of figures) {
    if (figure.documentId !== documentId || figure.status === 'open' || figure.review !== 'unreviewed') continue;
    awaiting.total++;
    awaiting.byStatus[figure.status]++;
  }
  return awaiting;
}

/** The first decided figure awaiting review at or after `start`, wrapping around, other than those in `skip`. */
export function nextAwaitingReview(rows: readonly QueueItem[], start: number, skip: ReadonlySet<string> = new Set()): string | null {
  return nextMatching(rows, start, (row) => reviewState(row) === 'unreviewed' && !skip.has(row.id));
}

function nextMatching(rows: readonly QueueItem[], start: number, wanted: (row: QueueItem) => boolean): string | null {
  for (let step = 0; step < rows.length; step++) {
    const row = rows[(start + step) % rows.length]!;
    if (wanted(row)) return row.id;
  }
  return null;
}

/** The first open figure at or after `start`, wrapping around, other than those in `skip`; null when none is left. */
export function nextOpen(rows: readonly QueueItem[], start: number, skip: ReadonlySet<string> = new Set()): string | null {
  return nextMatching(rows, start, (row) => row.status === 'open' && !skip.has(row.id));
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
