import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_STATUSES } from '../../../../shared/domain/review';
import { FIGURE_STATUSES } from '../../../../shared/domain/verdict';
import { setFilter, useWorkspace } from '../../state/workspace';
import { FIGURE_KINDS, type FigureKind } from './figure-kind';
import { QUEUE_LIST_ID } from './ClaimsQueue';
import { countReviews, type QueueFilter, type ReviewFilter, type StatusFilter } from './queue-view';

const STATUS_OPTIONS: StatusFilter[] = ['all', ...FIGURE_STATUSES];
const REVIEW_OPTIONS: ReviewFilter[] = ['all', ...REVIEW_STATUSES];
const KIND_OPTIONS: Array<'all' | FigureKind> = ['all', ...FIGURE_KINDS];

/** A filter applied hands the keys back to the queue, so j/k move through what it now shows. */
function applyFilter(filter: QueueFilter): void {
  setFilter(filter);
  document.querySelector<HTMLElement>(`#${QUEUE_LIST_ID}`)?.focus();
}

export function QueueFilters() {
  const filter = useWorkspace((state) => state.filter);
  const documents = useWorkspace((state) => state.documents);
  const figures = useWorkspace((state) => state.figures);
  const reviews = useMemo(() => countReviews(figures, filter), [figures, filter]);
  const { t } = useTranslation();
  const statusLabel = (status: StatusFilter) => (status === 'all' ? t('queue.filter.allFigures') : t(`status.${status}`));
  const reviewLabel = (review: ReviewFilter) => (review === 'all' ? t('queue.filter.anyReview') : t(`review.${review}`));
  return (
    <div className="queue-filters">
      <label>
        {t('queue.filter.status')}
        <select
          value={filter.status}
          onChange={(event) => applyFilter({ ...filter, status: event.currentTarget.value as StatusFilter })}
        >
          {STATUS_OPTIONS.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label title={t('queue.filter.reviewTitle')}>
        {t('queue.filter.review')}
        <select value={filter.review} onChange={(event) => applyFilter({ ...filter, review: event.currentTarget.value as ReviewFilter })}>
          {REVIEW_OPTIONS.map((review) => (
            <option key={review} value={review}>
              {t('queue.filter.option', { label: reviewLabel(review), count: reviews[review] })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.filter.kind')}
        <select value={filter.kind ?? 'all'} onChange={(event) => applyFilter({ ...filter, kind: event.currentTarget.value as 'all' | FigureKind })}>
          {KIND_OPTIONS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`queue.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.filter.document')}
        <select
          value={filter.documentId ?? ''}
          onChange={(event) => applyFilter({ ...filter, documentId: event.currentTarget.value || null })}
        >
          <option value="">{t('queue.filter.allDocuments')}</option>
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
