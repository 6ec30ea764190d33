import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../../../shared/domain/review';

/** The queue's narrow column shows a mark, its words kept for screen readers and the tooltip. */
const REVIEW_MARKS: Record<Exclude<ReviewStatus, 'unreviewed'>, string> = { signed_off: '✓', sent_back: '↩' };

/** Where a decision stands in review; nothing while it awaits review, which is the usual case. */
export function ReviewBadge({ review, note, compact = false }: { review: ReviewStatus; note?: string; compact?: boolean }) {
  const { t } = useTranslation();
  if (review === 'unreviewed') return null;
  const label = t(`review.${review}`);
  return (
    <span className={`review review-${review}${compact ? ' review-compact' : ''}`} title={note ? t('review.withNote', { label, note }) : label}>
      {compact ? (
        <>
          <span aria-hidden="true">{REVIEW_MARKS[review]}</span>
          <span className="visually-hidden">{label}</span>
        </>
      ) : (
        label
      )}
    </span>
  );
}
