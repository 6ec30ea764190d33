/**
 * Every change to an engagement goes through here. Each action is ONE read-write transaction that
 * writes the change and its sealed audit event together, so neither can exist without the other,
 * and resolves only after the transaction committed (strict durability: on disk). No await inside
 * a transaction may wait on anything but Dexie, or IndexedDB would commit it early.
 *
 * There is deliberately no action that updates or deletes an audit event.
 */
import { Dexie } from 'dexie';
import { sealEvent, type AuditAction, type AuditEventInput } from '../../../shared/audit/event';
import type { Span } from '../../../shared/domain/figure';
import type { ParsedReport } from '../../../shared/domain/report';
import { err, ok, type Result } from '../../../shared/domain/result';
import { transition, type FigureStatus, type VerdictIntent } from '../../../shared/domain/verdict';
import { db } from './database';
import type { AuditEvent, Engagement, Figure, FigureValue, ReportDocument, SettingKey, Verdict } from './records';
import { describeCorrection, describeFigureValue, invalidFigureValue } from '../domain/figure-value';

/** Why an action did not happen, in words the auditor can act on. */
export type ActionResult<T> = Result<T, string>;

/** An expected refusal (a rule, a duplicate): aborts the transaction and is shown as is. */
class Refusal extends Error {}

type EventDraft = Omit<AuditEventInput, 'engagementId' | 'at' | 'actor'>;

const now = () => new Date().toISOString();

/** Seal `draft` after the engagement's last event and add it. Only ever called inside a transaction. */
async function appendEvent(engagementId: string, actor: string, at: string, draft: EventDraft): Promise<AuditEvent> {
  const previous = await db.events
    .where('[engagementId+seq]')
    .between([engagementId, Dexie.minKey], [engagementId, Dexie.maxKey])
    .last();
  const event = sealEvent({ engagementId, at, actor, ...withoutUndefined(draft) }, previous);
  await db.events.add(event);
  return event;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Run `work` in one read-write transaction over `tables`; a refusal or a storage failure becomes an error value. */
async function commit<T>(tables: Dexie.Table[], work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return ok(await db.transaction('rw', tables, work));
  } catch (error) {
    if (error instanceof Refusal) return err(error.message);
    const reason = error instanceof Error ? error.message : String(error);
    return err(`Not saved: the database refused the change (${reason}).`);
  }
}

export function createEngagement(name: string, actor: string): Promise<ActionResult<Engagement>> {
  const trimmed = name.trim();
  if (!trimmed) return Promise.resolve(err('Give the engagement a name.'));
  return commit([db.engagements, db.events], async () => {
    const engagement: Engagement = { id: crypto.randomUUID(), name: trimmed, createdAt: now() };
    await db.engagements.add(engagement);
    await appendEvent(engagement.id, actor, engagement.createdAt, { action: 'engagement.created', detail: trimmed });
    return engagement;
  });
}

export interface ImportedReport {
  document: ReportDocument;
  figures: Figure[];
}

/**
 * Store a parsed report, its original bytes and its figures. A file already in the engagement
 * (same SHA-256) is refused, and a refused or failed import leaves the engagement as it was.
 */
export function importReport(
  engagementId: string,
  report: ParsedReport,
  bytes: Uint8Array,
  actor: string,
  password?: string,
): Promise<ActionResult<ImportedReport>> {
  return commit([db.documents, db.originals, db.figures, db.events], async () => {
    const twin = await db.documents.where('[engagementId+sha256]').equals([engagementId, report.sha256]).first();
    if (twin) {
      throw new Refusal(
        `${report.fileName} was not imported: the same file is already in this engagement` +
          (twin.fileName === report.fileName ? '.' : ` as ${twin.fileName}.`),
      );
    }
    const at = now();
    const { figures: located, ...parsed } = report;
    const document: ReportDocument = withoutUndefined({ ...parsed, id: crypto.randomUUID(), engagementId, importedAt: at, password });
    const figures: Figure[] = located.map((figure) => ({
      ...figure,
      id: crypto.randomUUID(),
      engagementId,
      documentId: document.id,
      origin: 'extracted',
    }));
    await db.documents.add(document);
    await db.originals.add({ documentId: document.id, bytes });
    await db.figures.bulkAdd(figures);
    await appendEvent(engagementId, actor, at, {
      action: 'document.imported',
      documentId: document.id,
      detail: `${report.fileName} (${report.format}, ${report.byteLength} bytes, sha256 ${report.sha256}): ${figures.length} figures`,
    });
    return { document, figures };
  });
}

const ACTION_OF: Record<VerdictIntent['kind'], AuditAction> = {
  confirm: 'figure.confirmed',
  dispute: 'figure.disputed',
  reopen: 'figure.reopened',
  dismiss: 'figure.dismissed',
};

/** Confirm, dispute, reopen or dismiss a figure, if the verdict rules allow it from where it stands now. */
export function decideFigure(
  figureId: string,
  intent: VerdictIntent,
  actor: string,
  evidence?: string,
): Promise<ActionResult<Verdict>> {
  return commit([db.figures, db.verdicts, db.events], async () => {
    const figure = await db.figures.get(figureId);
    if (!figure) throw new Refusal('That figure is no longer in the engagement.');
    const from: FigureStatus = (await db.verdicts.get(figureId))?.status ?? 'open';
    const allowed = transition(from, intent);
    if (!allowed.ok) throw new Refusal(allowed.reason);
    const at = now();
    const note = intent.note?.trim() || undefined;
    const reference = evidence?.trim() || undefined;
    const verdict: Verdict = withoutUndefined({
      figureId,
      engagementId: figure.engagementId,
      status: allowed.to,
      note,
      evidence: reference,
      at,
      actor,
    });
    await db.verdicts.put(verdict);
    await appendEvent(figure.engagementId, actor, at, {
      action: ACTION_OF[intent.kind],
      documentId: figure.documentId,
      figureId,
      fromStatus: from,
      toStatus: allowed.to,
      note,
      evidence: reference,
    });
    return verdict;
  });
}

/** Replace a mis-extracted value; the event records the old value and the new. */
export function correctFigure(
  figureId: string,
  value: FigureValue,
  actor: string,
  note?: string,
): Promise<ActionResult<Figure>> {
  const invalid = invalidFigureValue(value);
  if (invalid) return Promise.resolve(err(invalid));
  return commit([db.figures, db.events], async () => {
    const figure = await db.figures.get(figureId);
    if (!figure) throw new Refusal('That figure is no longer in the engagement.');
    const detail = describeCorrection(figure, value);
    if (!detail) throw new Refusal('The value is unchanged.');
    const corrected: Figure = { ...figure, ...value };
    if (value.valueMax === undefined) delete corrected.valueMax;
    await db.figures.put(corrected);
    await appendEvent(figure.engagementId, actor, now(), {
      action: 'figure.corrected',
      documentId: figure.documentId,
      figureId,
      note: note?.trim() || undefined,
      detail,
    });
    return corrected;
  });
}

/** Add a figure the extractor missed, at `span` of the document's text. It starts open. */
export function addFigure(
  documentId: string,
  span: Span,
  value: FigureValue,
  actor: string,
  note?: string,
): Promise<ActionResult<Figure>> {
  const invalid = invalidFigureValue(value);
  if (invalid) return Promise.resolve(err(invalid));
  return commit([db.documents, db.figures, db.events], async () => {
    const document = await db.documents.get(documentId);
    if (!document) throw new Refusal('That document is no longer in the engagement.');
    if (!(span.start >= 0 && span.start < span.end && span.end <= document.text.length)) {
      throw new Refusal('Select the figure in the source text first.');
    }
    const figure: Figure = withoutUndefined({
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
    await db.figures.add(figure);
    await appendEvent(document.engagementId, actor, now(), {
      action: 'figure.added',
      documentId,
      figureId: figure.id,
      toStatus: 'open',
      note: note?.trim() || undefined,
      detail: `"${figure.text}" at ${span.start}–${span.end}: ${describeFigureValue(value)}`,
    });
    return figure;
  });
}

/** Record that the trail was exported, and where to; the export itself happened on the Node side. */
export function recordExport(engagementId: string, path: string, eventCount: number, actor: string) {
  return commit([db.events], () =>
    appendEvent(engagementId, actor, now(), { action: 'trail.exported', detail: `${eventCount} events to ${path}` }),
  );
}

export function saveSetting(key: SettingKey, value: string): Promise<ActionResult<void>> {
  return commit([db.settings], async () => {
    await db.settings.put({ key, value });
  });
}

/** The line a span stands on: the context of a figure the auditor added by hand. */
function lineAround(text: string, span: Span): Span {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  return { start, end: newline === -1 ? text.length : newline };
}
