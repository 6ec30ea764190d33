import { Dexie } from 'dexie';
import { db } from './database';
import type { AuditEvent, Engagement, Figure, ReportDocument, SettingKey, Verdict } from './records';

export async function loadSettings(): Promise<Partial<Record<SettingKey, string>>> {
  const rows = await db.settings.toArray();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

export async function loadEngagements(): Promise<Engagement[]> {
  return db.engagements.orderBy('createdAt').toArray();
}

export interface EngagementContents {
  documents: ReportDocument[];
  figures: Figure[];
  /** Each decided figure's verdict, by figure id; a figure without one is open. */
  verdicts: Map<string, Verdict>;
}

/** Everything the queue and the source view need, read in one consistent snapshot. */
export function loadEngagementContents(engagementId: string): Promise<EngagementContents> {
  return db.transaction('r', [db.documents, db.figures, db.verdicts], async () => {
    const [documents, figures, verdicts] = await Promise.all([
      db.documents.where('engagementId').equals(engagementId).toArray(),
      db.figures.where('engagementId').equals(engagementId).toArray(),
      db.verdicts.where('engagementId').equals(engagementId).toArray(),
    ]);
    documents.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    return { documents, figures, verdicts: new Map(verdicts.map((verdict) => [verdict.figureId, verdict])) };
  });
}

/** The last event of an engagement's trail, if it has one (a Dexie promise: safe inside a transaction). */
export function lastEvent(engagementId: string): Promise<AuditEvent | undefined> {
  return db.events.where('[engagementId+seq]').between([engagementId, Dexie.minKey], [engagementId, Dexie.maxKey]).last();
}

/** An engagement's whole audit trail, in order. */
export function loadTrail(engagementId: string): Promise<AuditEvent[]> {
  return db.events
    .where('[engagementId+seq]')
    .between([engagementId, Dexie.minKey], [engagementId, Dexie.maxKey])
    .toArray();
}

/** The events about one figure, in order. */
export async function loadFigureHistory(figureId: string): Promise<AuditEvent[]> {
  const events = await db.events.where('figureId').equals(figureId).toArray();
  return events.sort((a, b) => a.seq - b.seq);
}
