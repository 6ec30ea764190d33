/**
 * Who does what in an engagement. The preparer decides each figure (confirms, disputes, corrects,
 * adds, dismisses); the reviewer then signs each decision off or sends it back with a note. Every
 * audit event records the actor's role, so the trail shows who performed and who reviewed.
 */
export const ROLES = ['preparer', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** Where a figure's decision stands in review: every decision starts `unreviewed`. */
export const REVIEW_STATUSES = ['unreviewed', 'signed_off', 'sent_back'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ReviewIntent = { kind: 'sign_off'; note?: string } | { kind: 'send_back'; note: string };

/** Why a review was refused, for a UI to say in its own language; `reason` says it in English. */
export type ReviewRefusal = 'open' | 'signed-off' | 'sent-back' | 'note-required';

export type ReviewTransition = { ok: true; to: ReviewStatus } | { ok: false; reason: string; refusal: ReviewRefusal };

/**
 * Whether a reviewer may take `intent` on a figure whose preparer status is `figureStatus` and whose
 * review stands at `from`. Only a decided figure can be reviewed; a sent-back figure waits for the
 * preparer, whose next decision makes it `unreviewed` again.
 */
export function reviewTransition(
  figureStatus: 'open' | 'confirmed' | 'disputed' | 'dismissed',
  from: ReviewStatus,
  intent: ReviewIntent,
): ReviewTransition {
  if (figureStatus === 'open') return { ok: false, reason: 'An open figure has no decision to review yet.', refusal: 'open' };
  if (from === 'signed_off') return { ok: false, reason: 'This decision is already signed off.', refusal: 'signed-off' };
  if (from === 'sent_back') return { ok: false, reason: 'This figure was sent back: the preparer acts next.', refusal: 'sent-back' };
  if (intent.kind === 'send_back' && !intent.note.trim()) {
    return { ok: false, reason: 'Say what the preparer should look at again.', refusal: 'note-required' };
  }
  return { ok: true, to: intent.kind === 'sign_off' ? 'signed_off' : 'sent_back' };
}
