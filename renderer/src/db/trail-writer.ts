/**
 * Writing an engagement's audit trail inside an action's transaction: each event is sealed after
 * the last one, says what it is about (the engagement by name, the document and figure as they
 * stand after it, the actor with their role), and is noted with the records it changed for the
 * journal. Only ever used inside a transaction opened by `commit`.
 */
import { Dexie } from 'dexie';
import { sealEvent, type AuditEvent, type AuditEventInput, type DocumentSnapshot, type FigureSnapshot, type TrailEvent } from '../../../shared/audit/event';
import type { ChangedRecords, JournalEntry } from '../../../shared/audit/journal-entry';
import { Refusal } from './commit';
import { db } from './database';
import { actingMember, type Duty } from './membership';
import { lastEvent } from './queries';
import type { Engagement, Figure, Member, ReportDocument } from './records';
import { i18next } from '../i18n/i18n';

/** What an action says about its event; the trail adds who, when and in which engagement. */
export type EventDraft = Omit<AuditEventInput, 'engagementId' | 'engagementName' | 'actor' | 'role' | 'at'>;

export class TrailWriter {
  constructor(
    private readonly engagement: Engagement,
    private readonly actor: Member,
    private readonly written: JournalEntry[],
    /**
     * The trail's last event (undefined: the trail is empty), or null until it is read: a bulk
     * action seals many events after one read.
     */
    private last: Pick<TrailEvent, 'seq' | 'hash'> | undefined | null = null,
  ) {}

  /**
   * Seal `draft` after the trail's last event and add it. Returns Dexie's own promise, not an async
   * function's: Dexie keeps its transaction across an await of a native promise only one call deep.
   * Once the last event is known, the event is sealed at the call, so several appends may be asked
   * for without waiting for each other.
   */
  append(at: string, draft: EventDraft, records: ChangedRecords): Promise<AuditEvent> {
    if (this.last === null) {
      return lastEvent(this.engagement.id).then((last) => {
        this.last = last;
        return this.sealAndAdd(at, draft, records);
      });
    }
    return this.sealAndAdd(at, draft, records);
  }

  private sealAndAdd(at: string, draft: EventDraft, records: ChangedRecords): Promise<AuditEvent> {
    const { engagement, actor } = this;
    const event = sealEvent(
      withoutUndefined({ engagementId: engagement.id, engagementName: engagement.name, at, actor: actor.name, role: actor.role, ...draft }),
      this.last ?? undefined,
    );
    this.last = event;
    this.written.push({ event, records });
    return db.events.add(event).then(() => event);
  }
}

/**
 * The trail of `engagementId` for `actor`, who must hold the role `duty` needs. Refuses, with a
 * message the auditor can act on, when the engagement is gone or the role does not fit.
 */
export async function openTrail(written: JournalEntry[], engagementId: string, actor: string, duty: Duty): Promise<TrailWriter> {
  // Both asked at once: every round trip to IndexedDB waits for the renderer's main thread.
  const [engagement, last] = await Dexie.Promise.all([db.engagements.get(engagementId), lastEvent(engagementId)]);
  if (!engagement) throw new Refusal(i18next.t('errors.engagementGone'));
  const member = actingMember(engagement, actor, duty);
  if (!member.ok) throw new Refusal(member.error);
  return new TrailWriter(engagement, member.value, written, last);
}

/** What an event needs of a document: which one, in which engagement, its name and its original's hash. */
export type DocumentIdentity = Pick<ReportDocument, 'id' | 'engagementId' | 'fileName' | 'sha256'>;

/**
 * Documents' identities, read once a session. A document record holds the report's whole text
 * (hundreds of KB, which Chromium keeps as a blob on disk): reading it in every verdict's
 * transaction cost ~30 ms of a ~50 ms save. None of these fields changes after import.
 */
const identities = new Map<string, DocumentIdentity>();

function remember({ id, engagementId, fileName, sha256 }: DocumentIdentity): DocumentIdentity {
  const identity = { id, engagementId, fileName, sha256 };
  identities.set(id, identity);
  return identity;
}

/**
 * The identity of document `documentId`, or undefined when it is not in the database. Inside a
 * transaction: Dexie's own promise, read from the database only the first time.
 */
export function documentIdentity(documentId: string): Promise<DocumentIdentity | undefined> {
  const known = identities.get(documentId);
  if (known) return Dexie.Promise.resolve(known);
  return db.documents.get(documentId).then((document) => document && remember(document));
}

export const documentSnapshot = (document: DocumentIdentity): DocumentSnapshot => ({ name: document.fileName, sha256: document.sha256 });

/** The figure as the event leaves it: a correction's event carries the new value. */
export const figureSnapshot = ({ text, start, end, page, value, valueMax, unit, qualifier }: Figure): FigureSnapshot =>
  withoutUndefined({ text, start, end, page, value, valueMax, unit, qualifier });

/** What every event about one figure says first: the document and the figure it concerns. */
export const aboutFigure = (document: DocumentIdentity, figure: Figure) => ({
  documentId: document.id,
  document: documentSnapshot(document),
  figureId: figure.id,
  figure: figureSnapshot(figure),
});

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
