import { Dexie } from 'dexie';
import type { FigureStatus } from '../../../shared/domain/verdict';
import { db } from './database';
import type { AuditEvent, Engagement, Figure, ReportDocument, SettingKey } from './records';

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
  statuses: Map<string, FigureStatus>;
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
    return { documents, figures, statuses: new Map(verdicts.map((v) => [v.figureId, v.status])) };
  });
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
