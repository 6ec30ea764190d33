import { Dexie, type EntityTable } from 'dexie';
import type { AuditEvent, Engagement, Figure, OriginalFile, ReportDocument, Setting, Verdict } from './records';

/**
 * The one place the IndexedDB schema is declared. A new version adds a `.version(n + 1)` block
 * below the last one (with an `.upgrade()` when existing rows change); never edit a shipped one.
 */
export class TickmarkDatabase extends Dexie {
  engagements!: EntityTable<Engagement, 'id'>;
  documents!: EntityTable<ReportDocument, 'id'>;
  originals!: EntityTable<OriginalFile, 'documentId'>;
  figures!: EntityTable<Figure, 'id'>;
  verdicts!: EntityTable<Verdict, 'figureId'>;
  /** Add-only: keyed by [engagementId+seq], so two writers can never give the trail a fork. */
  events!: Dexie.Table<AuditEvent, [string, number]>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'tickmark') {
    // 'strict': a transaction resolves only once its data is flushed to disk, so a verdict shown
    // as saved survives a crash or power cut.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      engagements: 'id, createdAt',
      documents: 'id, engagementId, [engagementId+sha256]',
      originals: 'documentId',
      figures: 'id, engagementId, documentId',
      verdicts: 'figureId, engagementId',
      events: '[engagementId+seq], figureId',
      settings: 'key',
    });
  }
}

export const db = new TickmarkDatabase();

/** Ask the browser not to evict the auditor's work under storage pressure. Once, at start. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
