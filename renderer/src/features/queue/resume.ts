/**
 * The auditor's place in each engagement's queue (its filters and the figure under the cursor),
 * kept in this window's localStorage, so the app reopens where they left off; the engagement
 * itself is the `lastEngagementId` setting. A saved place that no longer fits (a document removed,
 * a figure gone, a filter from another version) falls back, field by field, to the whole list.
 */
import { FIGURE_STATUSES } from '../../../../shared/domain/verdict';
import { REVIEW_STATUSES } from '../../../../shared/domain/review';
import { FIGURE_KINDS, type FigureKind } from './figure-kind';
import { ALL_FIGURES, queueView, type QueueFilter, type QueueItem } from './queue-view';

export interface QueuePlace {
  filter: QueueFilter;
  selectedId: string | null;
}

/** Where places are kept: localStorage in the app, a Map's twin in tests. */
export type PlaceStorage = Pick<Storage, 'getItem' | 'setItem'>;

const keyOf = (engagementId: string) => `tickmark:queue-place:${engagementId}`;

/** This window's storage, when there is one (not in unit tests of the store). */
export const windowStorage = (): PlaceStorage | null => (typeof localStorage === 'undefined' ? null : localStorage);

export function rememberPlace(storage: PlaceStorage | null, engagementId: string, place: QueuePlace): void {
  try {
    storage?.setItem(keyOf(engagementId), JSON.stringify(place));
  } catch {
    // A full or disabled storage costs the auditor their place next time, nothing more.
  }
}

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** The saved filter, each field kept only when it still means something here. */
function filterFrom(saved: Partial<QueueFilter>, documentIds: ReadonlySet<string>): QueueFilter {
  return {
    status: oneOf(['all', ...FIGURE_STATUSES], saved.status, ALL_FIGURES.status),
    review: oneOf(['all', ...REVIEW_STATUSES], saved.review, ALL_FIGURES.review),
    documentId: typeof saved.documentId === 'string' && documentIds.has(saved.documentId) ? saved.documentId : null,
    kind: oneOf<'all' | FigureKind>(['all', ...FIGURE_KINDS], saved.kind, 'all'),
  };
}

/**
 * Where to open `engagementId`'s queue: its saved filter and figure when they still fit `figures`,
 * else the whole list from its first figure.
 */
export function resumePlace(storage: PlaceStorage | null, engagementId: string, figures: readonly QueueItem[], documentIds: ReadonlySet<string>): QueuePlace {
  let saved: Partial<QueuePlace> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(keyOf(engagementId)) ?? '{}');
    if (parsed && typeof parsed === 'object') saved = parsed as Partial<QueuePlace>;
  } catch {
    // Unreadable: start from the top.
  }
  const filter = filterFrom(saved.filter && typeof saved.filter === 'object' ? saved.filter : {}, documentIds);
  const view = queueView(figures, filter);
  const selectedId = typeof saved.selectedId === 'string' && view.indexOf.has(saved.selectedId) ? saved.selectedId : (view.rows[0]?.id ?? null);
  return { filter, selectedId };
}
