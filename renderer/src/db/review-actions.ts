/**
 * The reviewer's work: sign a decision off, or send it back to the preparer with a note, for one
 * figure or for every decision of a report awaiting review. One event per figure, all in one
 * transaction: a bulk review happens entirely or not at all.
 */
import type { ReviewIntent, ReviewStatus } from '../../../shared/domain/review';
import { reviewAllowed } from '../domain/refusals';
import { commit, Refusal, type ActionResult } from './commit';
import { db } from './database';
import type { Figure, Verdict } from './records';
import { aboutFigure, documentIdentity, openTrail, withoutUndefined, type DocumentIdentity, type EventDraft } from './trail-writer';
import { i18next } from '../i18n/i18n';

const now = () => new Date().toISOString();

const REVIEW_TABLES = () => [db.engagements, db.documents, db.figures, db.verdicts, db.events];

const reviewOf = (verdict: Verdict | undefined): ReviewStatus => verdict?.review ?? 'unreviewed';

/** A review to store: the verdict it leaves and its event. Refuses when the review rules do not allow it. */
export function reviewed(document: DocumentIdentity, figure: Figure, decision: Verdict | undefined, intent: ReviewIntent, actor: string, at: string) {
  const from = reviewOf(decision);
  const allowed = reviewAllowed(decision?.status ?? 'open', from, intent);
  if (!allowed.ok) throw new Refusal(allowed.reason);
  const note = intent.note?.trim() || undefined;
  // A figure with no verdict is open, and was refused above.
  const verdict: Verdict = withoutUndefined({ ...decision!, review: allowed.to, reviewNote: note, reviewedAt: at, reviewer: actor });
  const event: EventDraft = {
    action: intent.kind === 'sign_off' ? 'figure.signed_off' : 'figure.sent_back',
    ...aboutFigure(document, figure),
    fromStatus: from,
    toStatus: allowed.to,
    note,
  };
  return { verdict, event };
}

/** Sign off or send back the decision on one figure. */
export function reviewFigure(figureId: string, intent: ReviewIntent, actor: string): Promise<ActionResult<Verdict>> {
  return commit(REVIEW_TABLES(), async (written) => {
    const figure = await db.figures.get(figureId);
    const document = figure && (await documentIdentity(figure.documentId));
    if (!figure || !document) throw new Refusal(i18next.t('errors.figureGone'));
    const trail = await openTrail(written, figure.engagementId, actor, 'reviewer');
    const at = now();
    const { verdict, event } = reviewed(document, figure, await db.verdicts.get(figureId), intent, actor, at);
    await db.verdicts.put(verdict);
    await trail.append(at, event, { verdicts: [verdict] });
    return verdict;
  });
}

/**
 * Sign off or send back every decision of `documentId` awaiting review (decided, unreviewed), in
 * the order of the report's text. Open figures, and those already signed off or sent back, are
 * left as they are; a report with nothing awaiting review is refused.
 */
export function reviewDocument(documentId: string, intent: ReviewIntent, actor: string): Promise<ActionResult<Verdict[]>> {
  return commit(REVIEW_TABLES(), async (written) => {
    const document = await documentIdentity(documentId);
    if (!document) throw new Refusal(i18next.t('errors.documentGone'));
    const trail = await openTrail(written, document.engagementId, actor, 'reviewer');
    const figures = await db.figures.where('documentId').equals(documentId).toArray();
    figures.sort((a, b) => a.start - b.start || a.end - b.end);
    const verdicts = await db.verdicts.bulkGet(figures.map((figure) => figure.id));
    const awaiting = figures.flatMap((figure, index) => {
      const verdict = verdicts[index];
      return verdict && verdict.status !== 'open' && reviewOf(verdict) === 'unreviewed' ? [{ figure, verdict }] : [];
    });
    if (awaiting.length === 0) throw new Refusal(i18next.t('errors.nothingAwaitsReview', { fileName: document.fileName }));
    const at = now();
    const reviews = awaiting.map(({ figure, verdict }) => reviewed(document, figure, verdict, intent, actor, at));
    await db.verdicts.bulkPut(reviews.map(({ verdict }) => verdict));
    for (const { verdict, event } of reviews) await trail.append(at, event, { verdicts: [verdict] });
    return reviews.map(({ verdict }) => verdict);
  });
}
