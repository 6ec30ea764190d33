import type { ReviewStatus } from '../../../../shared/domain/review';

export const REVIEW_LABELS: Record<ReviewStatus, string> = {
  unreviewed: 'Unreviewed',
  signed_off: 'Signed off',
  sent_back: 'Sent back',
};

/** The queue's narrow column shows a mark, its words kept for screen readers and the tooltip. */
const REVIEW_MARKS: Record<Exclude<ReviewStatus, 'unreviewed'>, string> = { signed_off: '✓', sent_back: '↩' };

/** Where a decision stands in review; nothing while it awaits review, which is the usual case. */
export function ReviewBadge({ review, note, compact = false }: { review: ReviewStatus; note?: string; compact?: boolean }) {
  if (review === 'unreviewed') return null;
  const label = REVIEW_LABELS[review];
  return (
    <span className={`review review-${review}${compact ? ' review-compact' : ''}`} title={note ? `${label}: ${note}` : label}>
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
