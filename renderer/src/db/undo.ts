/**
 * Undoing the auditor's last decision (or last batch, or review): a new event per figure that puts
 * back the verdict the change replaced. Nothing is deleted: the trail keeps the decision and its
 * undoing, both sealed. A figure changed since (by anyone) is not undone behind their back: the
 * whole undo is refused.
 */
import type { FigureState } from '../../../shared/audit/event';
import { commit, Refusal, type ActionResult } from './commit';
import { db } from './database';
import { decisionUndone, reviewUndoneBy } from './detail-shapes';
import type { BatchOutcome, VerdictChange } from './bulk-actions';
import { FIGURE_TABLES } from './figure-actions';
import type { Verdict } from './records';
import { aboutFigure, documentIdentity, openTrail } from './trail-writer';
import { i18next } from '../i18n/i18n';

/** Whether two verdicts are the same record, field for field. */
function sameVerdict(a: Verdict | undefined, b: Verdict): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key as keyof Verdict] === b[key as keyof Verdict]);
}

/** Where a verdict leaves its figure in the duty's terms: the decision for a preparer, the review for a reviewer. */
const stateOf = (verdict: Verdict | undefined, duty: BatchOutcome['duty']): FigureState =>
  duty === 'reviewer' ? (verdict?.review ?? 'unreviewed') : (verdict?.status ?? 'open');

/** What the figure goes back to: the verdict before, or an open one where it had never been decided. */
function restored(change: VerdictChange, engagementId: string, actor: string, at: string): Verdict {
  return change.before ?? { figureId: change.figureId, engagementId, status: 'open', at, actor };
}

/** The event's account of what it undoes: which change, by whom, when. */
function undoneChange(after: Verdict, duty: BatchOutcome['duty']): string {
  return duty === 'reviewer'
    ? reviewUndoneBy.write({ review: after.review ?? 'unreviewed', reviewer: after.reviewer, at: after.reviewedAt ?? after.at })
    : decisionUndone.write({ status: after.status, actor: after.actor, at: after.at });
}

/** Undo `batch` as `actor` (who must hold the role that made it): one `figure.undone` event per figure. */
export function undoBatch(batch: BatchOutcome, actor: string): Promise<ActionResult<Verdict[]>> {
  return commit(FIGURE_TABLES(), async (written) => {
    const trail = await openTrail(written, batch.engagementId, actor, batch.duty);
    const current = await db.verdicts.bulkGet(batch.changes.map((change) => change.figureId));
    if (batch.changes.some((change, index) => !sameVerdict(current[index], change.after))) {
      throw new Refusal(i18next.t('errors.changedSince'));
    }
    const figures = await db.figures.bulkGet(batch.changes.map((change) => change.figureId));
    const at = new Date().toISOString();
    const verdicts: Verdict[] = [];
    for (const [index, change] of batch.changes.entries()) {
      const figure = figures[index];
      const document = figure && (await documentIdentity(figure.documentId));
      if (!figure || !document) throw new Refusal(i18next.t('errors.figureGone'));
      const verdict = restored(change, batch.engagementId, actor, at);
      await db.verdicts.put(verdict);
      verdicts.push(verdict);
      await trail.append(
        at,
        {
          action: 'figure.undone',
          ...aboutFigure(document, figure),
          fromStatus: stateOf(change.after, batch.duty),
          toStatus: stateOf(change.before, batch.duty),
          detail: undoneChange(change.after, batch.duty),
        },
        { verdicts: [verdict] },
      );
    }
    return verdicts;
  });
}
