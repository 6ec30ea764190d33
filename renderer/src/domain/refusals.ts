/**
 * The verdict and review rules (shared/domain) refuse in English, for the CLI and the tests, and
 * name each refusal with a code; here the renderer says it in the UI's language. The rules are
 * called through these wrappers wherever a refusal can reach the auditor.
 */
import type { ReviewIntent, ReviewRefusal, ReviewStatus, ReviewTransition } from '../../../shared/domain/review';
import { reviewTransition } from '../../../shared/domain/review';
import type { FigureStatus, Transition, VerdictIntent, VerdictRefusal } from '../../../shared/domain/verdict';
import { transition } from '../../../shared/domain/verdict';
import { i18next } from '../i18n/i18n';

export function verdictRefusalText(refusal: VerdictRefusal): string {
  if (refusal.code === 'note-required') return i18next.t(refusal.kind === 'dispute' ? 'refusal.disputeNote' : 'refusal.dismissNote');
  if (refusal.from === refusal.to) return i18next.t(`refusal.again.${refusal.to}`);
  return i18next.t(`refusal.notFrom.${refusal.to}`, { from: i18next.t(`refusal.status.${refusal.from}`) });
}

export const reviewRefusalText = (refusal: ReviewRefusal): string => i18next.t(`refusal.review.${refusal}`);

/** `transition` with its refusal in the UI's language. */
export function decisionAllowed(from: FigureStatus, intent: VerdictIntent): Transition {
  const allowed = transition(from, intent);
  return allowed.ok ? allowed : { ...allowed, reason: verdictRefusalText(allowed.refusal) };
}

/** `reviewTransition` with its refusal in the UI's language. */
export function reviewAllowed(figureStatus: FigureStatus, from: ReviewStatus, intent: ReviewIntent): ReviewTransition {
  const allowed = reviewTransition(figureStatus, from, intent);
  return allowed.ok ? allowed : { ...allowed, reason: reviewRefusalText(allowed.refusal) };
}
