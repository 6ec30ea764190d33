import type { ReviewStatus } from '../../../../shared/domain/review';

export const REVIEW_LABELS: Record<ReviewStatus, string> = {
  unreviewed: 'Unreviewed',
  signed_off: 'Signed off',
  sent_back: 'Sent back',
};

/** Where a decision stands in review; nothing while it awaits review, which is the usual case. */
export function ReviewBadge({ review, note }: { review: ReviewStatus; note?: string }) {
  if (review === 'unreviewed') return null;
  return (
    <span className={`review review-${review}`} title={note ? `${REVIEW_LABELS[review]}: ${note}` : REVIEW_LABELS[review]}>
      {REVIEW_LABELS[review]}
    </span>
  );
}
