import { useMemo } from 'react';
import { REVIEW_STATUSES } from '../../../../shared/domain/review';
import { FIGURE_STATUSES } from '../../../../shared/domain/verdict';
import { setFilter, useWorkspace } from '../../state/workspace';
import { REVIEW_LABELS } from './ReviewBadge';
import { STATUS_LABELS } from './StatusBadge';
import { countReviews, type ReviewFilter, type StatusFilter } from './queue-view';

const STATUS_OPTIONS: StatusFilter[] = ['all', ...FIGURE_STATUSES];
const optionLabel = (status: StatusFilter) => (status === 'all' ? 'All figures' : STATUS_LABELS[status]);
const REVIEW_OPTIONS: ReviewFilter[] = ['all', ...REVIEW_STATUSES];
const reviewLabel = (review: ReviewFilter) => (review === 'all' ? 'Any review' : REVIEW_LABELS[review]);

export function QueueFilters() {
  const filter = useWorkspace((state) => state.filter);
  const documents = useWorkspace((state) => state.documents);
  const figures = useWorkspace((state) => state.figures);
  const reviews = useMemo(() => countReviews(figures, filter), [figures, filter]);
  return (
    <div className="queue-filters">
      <label>
        Status
        <select
          value={filter.status}
          onChange={(event) => setFilter({ ...filter, status: event.currentTarget.value as StatusFilter })}
        >
          {STATUS_OPTIONS.map((status) => (
            <option key={status} value={status}>
              {optionLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label title="Decided figures by review; open figures have nothing to review yet">
        Review
        <select value={filter.review} onChange={(event) => setFilter({ ...filter, review: event.currentTarget.value as ReviewFilter })}>
          {REVIEW_OPTIONS.map((review) => (
            <option key={review} value={review}>
              {reviewLabel(review)} ({reviews[review]})
            </option>
          ))}
        </select>
      </label>
      <label>
        Document
        <select
          value={filter.documentId ?? ''}
          onChange={(event) => setFilter({ ...filter, documentId: event.currentTarget.value || null })}
        >
          <option value="">All documents</option>
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.fileName}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
