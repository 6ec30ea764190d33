/**
 * One decision or review taken on many figures at once (the auditor selected them in the queue):
 * one transaction for the batch, one sealed event per figure, chained in the queue's order. A
 * figure the rules do not allow (already confirmed, not yet decided) is left as it stands and
 * named in the answer; a batch where no figure can take the decision is refused whole. Each change
 * keeps the verdict it replaced, so the batch can be undone (see undo.ts).
 */
import { Dexie } from 'dexie';
import type { ReviewIntent } from '../../../shared/domain/review';
import type { VerdictIntent } from '../../../shared/domain/verdict';
import { commit, Refusal, type ActionResult } from './commit';
import { db } from './database';
import { decided, FIGURE_TABLES } from './figure-actions';
import type { Duty } from './membership';
import type { Figure, Verdict } from './records';
import { reviewed } from './review-actions';
import { documentIdentity, openTrail, type DocumentIdentity, type EventDraft } from './trail-writer';
import { i18next } from '../i18n/i18n';

/** A figure's verdict before and after one change: what an undo puts back. */
export interface VerdictChange {
  figureId: string;
  /** None: the figure had never been decided, so it was open. */
  before?: Verdict;
  after: Verdict;
}

/** What a batch did: the changes it stored, and the figures it left alone with the rule that kept them. */
export interface BatchOutcome {
  engagementId: string;
  duty: Duty;
  changes: VerdictChange[];
  skipped: { figureId: string; reason: string }[];
}

type Decide = (document: DocumentIdentity, figure: Figure, before: Verdict | undefined, at: string) => { verdict: Verdict; event: EventDraft };

/** Apply `decide` to every figure of `figureIds` the rules allow, in one transaction, as `actor` in `duty`. */
function applyToFigures(figureIds: readonly string[], actor: string, duty: Duty, decide: Decide, committed?: () => void): Promise<ActionResult<BatchOutcome>> {
  return commit(FIGURE_TABLES(), async (written) => {
    // Reads are asked together, in two rounds: each round trip to IndexedDB waits for the
    // renderer's main thread, busy just then drawing the queue's next selection.
    const ids = [...figureIds];
    const [figures, befores] = await Dexie.Promise.all([db.figures.bulkGet(ids), db.verdicts.bulkGet(ids)]);
    const found = figures.filter((figure): figure is Figure => figure !== undefined);
    if (found.length === 0 || found.length !== figureIds.length) throw new Refusal(i18next.t('errors.figuresGone'));
    const engagementId = found[0]!.engagementId;
    if (found.some((figure) => figure.engagementId !== engagementId)) throw new Refusal(i18next.t('errors.mixedEngagements'));
    const documentIds = [...new Set(found.map((figure) => figure.documentId))];
    const [trail, identities] = await Dexie.Promise.all([openTrail(written, engagementId, actor, duty), Dexie.Promise.all(documentIds.map(documentIdentity))]);
    const documents = new Map<string, DocumentIdentity>();
    identities.forEach((document, index) => {
      if (!document) throw new Refusal(i18next.t('errors.documentGone'));
      documents.set(documentIds[index]!, document);
    });
    const at = new Date().toISOString();
    const outcome: BatchOutcome = { engagementId, duty, changes: [], skipped: [] };
    const stored: { verdict: Verdict; event: EventDraft }[] = [];
    found.forEach((figure, index) => {
      const before = befores[index];
      try {
        const change = decide(documents.get(figure.documentId)!, figure, before, at);
        stored.push(change);
        outcome.changes.push(before ? { figureId: figure.id, before, after: change.verdict } : { figureId: figure.id, after: change.verdict });
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        outcome.skipped.push({ figureId: figure.id, reason: error.message });
      }
    });
    if (stored.length === 0) {
      const reason = outcome.skipped[0]!.reason;
      throw new Refusal(found.length === 1 ? reason : i18next.t('errors.noneCanTake', { count: found.length, reason }));
    }
    // Written without waiting for each other: IndexedDB keeps a transaction's requests in order.
    const appended = stored.map(({ verdict, event }) => trail.append(at, event, { verdicts: [verdict] }));
    await Dexie.Promise.all<unknown>([db.verdicts.bulkPut(stored.map(({ verdict }) => verdict)), ...appended]);
    return outcome;
  }, committed);
}

/** How a batch is stored: the evidence its events cite, and who is told once its transaction has committed (before the journal kept it). */
export interface BatchOptions {
  evidence?: string;
  committed?: () => void;
}

/** Confirm, dispute, reopen or dismiss each of `figureIds` with one note (a dismissal's one reason). */
export function decideFigures(figureIds: readonly string[], intent: VerdictIntent, actor: string, { evidence, committed }: BatchOptions = {}): Promise<ActionResult<BatchOutcome>> {
  return applyToFigures(figureIds, actor, 'preparer', (document, figure, before, at) => decided(document, figure, before, intent, actor, at, evidence), committed);
}

/** Sign off or send back the decision on each of `figureIds`. */
export function reviewFigures(figureIds: readonly string[], intent: ReviewIntent, actor: string, { committed }: Pick<BatchOptions, 'committed'> = {}): Promise<ActionResult<BatchOutcome>> {
  return applyToFigures(figureIds, actor, 'reviewer', (document, figure, before, at) => reviewed(document, figure, before, intent, actor, at), committed);
}
