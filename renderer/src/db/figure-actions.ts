/**
 * The preparer's work on figures: decide (confirm, dispute, reopen, dismiss), correct a value, add
 * a figure the extractor missed. A new decision or a new value on a figure the reviewer signed
 * off or sent back puts its review back to unreviewed: what was reviewed is no longer what stands.
 */
import type { AuditAction } from '../../../shared/audit/event';
import type { Span } from '../../../shared/domain/figure';
import { err } from '../../../shared/domain/result';
import { describeFigure } from '../../../shared/metrics/index';
import type { FigureStatus, VerdictIntent } from '../../../shared/domain/verdict';
import { decisionAllowed } from '../domain/refusals';
import { describeCorrection, describeFigureValue, invalidFigureValue } from '../domain/figure-value';
import { commit, Refusal, type ActionResult } from './commit';
import { db } from './database';
import { figureAdded, reviewUndone } from './detail-shapes';
import type { Figure, FigureValue, Verdict } from './records';
import { aboutFigure, documentIdentity, documentSnapshot, figureSnapshot, openTrail, withoutUndefined, type DocumentIdentity, type EventDraft } from './trail-writer';
import { i18next } from '../i18n/i18n';

const now = () => new Date().toISOString();

const ACTION_OF: Record<VerdictIntent['kind'], AuditAction> = {
  confirm: 'figure.confirmed',
  dispute: 'figure.disputed',
  reopen: 'figure.reopened',
  dismiss: 'figure.dismissed',
};

/** The tables a figure's change reads or writes, its trail included. */
export const FIGURE_TABLES = () => [db.engagements, db.documents, db.figures, db.verdicts, db.events];

async function figureAndDocument(figureId: string): Promise<{ figure: Figure; document: DocumentIdentity }> {
  const figure = await db.figures.get(figureId);
  const document = figure && (await documentIdentity(figure.documentId));
  if (!figure || !document) throw new Refusal(i18next.t('errors.figureGone'));
  return { figure, document };
}

/** The review a change undoes; undefined when there was none to undo. */
function undoneReview(verdict: Verdict | undefined): 'signed_off' | 'sent_back' | undefined {
  if (!verdict?.review || verdict.review === 'unreviewed') return undefined;
  return verdict.review;
}

/** `verdict` without its review: the decision stands, unreviewed. */
function unreviewed({ review: _review, reviewNote: _note, reviewedAt: _at, reviewer: _reviewer, ...decision }: Verdict): Verdict {
  return decision;
}

/**
 * A decision to store: the verdict it leaves and its event. Refuses, with the rule's reason, when
 * the verdict rules do not allow `intent` from where the figure stands (`before`).
 */
export function decided(document: DocumentIdentity, figure: Figure, before: Verdict | undefined, intent: VerdictIntent, actor: string, at: string, evidence?: string) {
  const from: FigureStatus = before?.status ?? 'open';
  const allowed = decisionAllowed(from, intent);
  if (!allowed.ok) throw new Refusal(allowed.reason);
  const note = intent.note?.trim() || undefined;
  const reference = evidence?.trim() || undefined;
  const verdict: Verdict = withoutUndefined({ figureId: figure.id, engagementId: figure.engagementId, status: allowed.to, note, evidence: reference, at, actor });
  const undone = undoneReview(before);
  const event: EventDraft = {
    action: ACTION_OF[intent.kind],
    ...aboutFigure(document, figure),
    fromStatus: from,
    toStatus: allowed.to,
    note,
    evidence: reference,
    detail: undone && reviewUndone.write({ was: undone }),
  };
  return { verdict, event };
}

/** Confirm, dispute, reopen or dismiss a figure, if the verdict rules allow it from where it stands now. */
export function decideFigure(figureId: string, intent: VerdictIntent, actor: string, evidence?: string): Promise<ActionResult<Verdict>> {
  return commit(FIGURE_TABLES(), async (written) => {
    const { figure, document } = await figureAndDocument(figureId);
    const trail = await openTrail(written, figure.engagementId, actor, 'preparer');
    const at = now();
    const { verdict, event } = decided(document, figure, await db.verdicts.get(figureId), intent, actor, at, evidence);
    await db.verdicts.put(verdict);
    await trail.append(at, event, { verdicts: [verdict] });
    return verdict;
  });
}

export interface CorrectedFigure {
  figure: Figure;
  /** The figure's verdict when the correction put its review back to unreviewed. */
  verdict?: Verdict;
}

/** Replace a mis-extracted value; the event records the new value, and its detail the old. */
export function correctFigure(figureId: string, value: FigureValue, actor: string, note?: string): Promise<ActionResult<CorrectedFigure>> {
  const invalid = invalidFigureValue(value);
  if (invalid) return Promise.resolve(err(invalid));
  return commit(FIGURE_TABLES(), async (written) => {
    const { figure, document } = await figureAndDocument(figureId);
    const trail = await openTrail(written, figure.engagementId, actor, 'preparer');
    const detail = describeCorrection(figure, value);
    if (!detail) throw new Refusal(i18next.t('errors.valueUnchanged'));
    const corrected: Figure = { ...figure, ...value };
    if (value.valueMax === undefined) delete corrected.valueMax;
    await db.figures.put(corrected);
    const before = await db.verdicts.get(figureId);
    const undone = undoneReview(before);
    const verdict = undone && before ? unreviewed(before) : undefined;
    if (verdict) await db.verdicts.put(verdict);
    await trail.append(
      now(),
      {
        action: 'figure.corrected',
        documentId: document.id,
        document: documentSnapshot(document),
        figureId,
        figure: figureSnapshot(corrected),
        note: note?.trim() || undefined,
        detail: undone ? reviewUndone.write({ before: detail, was: undone }) : detail,
      },
      verdict ? { figures: [corrected], verdicts: [verdict] } : { figures: [corrected] },
    );
    return verdict ? { figure: corrected, verdict } : { figure: corrected };
  });
}

/** Add a figure the extractor missed, at `span` of the document's text. It starts open. */
export function addFigure(documentId: string, span: Span, value: FigureValue, actor: string, note?: string): Promise<ActionResult<Figure>> {
  const invalid = invalidFigureValue(value);
  if (invalid) return Promise.resolve(err(invalid));
  return commit([db.engagements, db.documents, db.figures, db.events], async (written) => {
    const document = await db.documents.get(documentId);
    if (!document) throw new Refusal(i18next.t('errors.documentGone'));
    const trail = await openTrail(written, document.engagementId, actor, 'preparer');
    if (!(span.start >= 0 && span.start < span.end && span.end <= document.text.length)) {
      throw new Refusal(i18next.t('errors.selectInSource'));
    }
    const added: Figure = withoutUndefined({
      ...value,
      ...span,
      id: crypto.randomUUID(),
      engagementId: document.engagementId,
      documentId,
      origin: 'added' as const,
      text: document.text.slice(span.start, span.end),
      sentence: lineAround(document.text, span),
      page: document.pages.find((page) => page.start <= span.start && span.start < page.end)?.number,
    });
    // Described as an import describes its figures: the checks and evidence read what is stored.
    const figure = { ...added, ...describeFigure(document.text, added) };
    await db.figures.add(figure);
    await trail.append(
      now(),
      {
        action: 'figure.added',
        documentId,
        document: documentSnapshot(document),
        figureId: figure.id,
        figure: figureSnapshot(figure),
        toStatus: 'open',
        note: note?.trim() || undefined,
        detail: figureAdded.write({ text: figure.text, ...span, value: describeFigureValue(value) }),
      },
      { figures: [figure] },
    );
    return figure;
  });
}

/** The line a span stands on: the context of a figure the auditor added by hand. */
function lineAround(text: string, span: Span): Span {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  return { start, end: newline === -1 ? text.length : newline };
}
