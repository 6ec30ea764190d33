import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { LegacyAuditEvent } from '../../../shared/audit/event';
import { documentRole } from '../../../shared/evidence/from-report';
import { describeFigures } from '../../../shared/metrics/index';
import type { AuditEvent, Engagement, Figure, Member, OriginalFile, ReportDocument, Setting, Verdict } from './records';

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
    // as saved survives a crash or power cut. The trail's own transactions may be relaxed while
    // the journal keeps their events (see `relaxTrailTransactions`).
    super(name, { chromeTransactionDurability: 'strict' });
    this.use({
      stack: 'dbcore',
      name: 'trail-durability',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(stores, mode, trailKeptElsewhere && stores.includes('events') ? { ...options, durability: 'relaxed' } : options),
      }),
    });
    this.version(1).stores({
      engagements: 'id, createdAt',
      documents: 'id, engagementId, [engagementId+sha256]',
      originals: 'documentId',
      figures: 'id, engagementId, documentId',
      verdicts: 'figureId, engagementId',
      events: '[engagementId+seq], figureId',
      settings: 'key',
    });
    // Version 2: no index changes; the records of version 1 take the fields roles and secrets need.
    this.version(2).stores({}).upgrade(upgradeToVersion2);
    // Version 3: no index changes; every document says whether it is a report or evidence.
    this.version(3).stores({}).upgrade(upgradeToVersion3);
    // Version 4: no index changes; every figure says what it measures, as imports store it.
    this.version(4).stores({}).upgrade(upgradeToVersion4);
  }
}

/** A document as version 1 stored it: a protected PDF's password in plain text beside it. */
type DocumentV1 = ReportDocument & { password?: string };

/**
 * Drop every stored PDF password, keeping only that the document needs one (the auditor types it
 * again once per session); and give each engagement its members: before roles, everyone who
 * recorded an event in it was its preparer.
 */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table<DocumentV1, string>('documents')
    .toCollection()
    .modify((document) => {
      if (!('password' in document)) return;
      if (document.password) document.passwordProtected = true;
      delete document.password;
    });
  const actors = new Map<string, Set<string>>();
  await tx.table<LegacyAuditEvent, [string, number]>('events').each((event) => {
    const names = actors.get(event.engagementId) ?? new Set<string>();
    actors.set(event.engagementId, names.add(event.actor));
  });
  await tx
    .table<Engagement, string>('engagements')
    .toCollection()
    .modify((engagement) => {
      const members = [...(actors.get(engagement.id) ?? [])].map((name): Member => ({ name, role: 'preparer' }));
      engagement.members ??= members;
    });
}

/**
 * Give every document its role. Before roles, a workbook or CSV file was evidence by its format and
 * everything else a report; the figures of those reports stay queued as they were.
 */
async function upgradeToVersion3(tx: Transaction): Promise<void> {
  await tx
    .table<ReportDocument, string>('documents')
    .toCollection()
    .modify((document) => {
      document.role = documentRole(document);
    });
}

/**
 * Describe every figure (metric, period, scope) as an import does: figures stored before imports
 * described them had none, and the app reads only the stored description. A document at a time,
 * its figures in the order of its text (a share is described after the figure before it).
 */
async function upgradeToVersion4(tx: Transaction): Promise<void> {
  const documents = tx.table<ReportDocument, string>('documents');
  const figures = tx.table<Figure, string>('figures');
  for (const id of await documents.toCollection().primaryKeys()) {
    const document = (await documents.get(id))!;
    const own = (await figures.where('documentId').equals(id).toArray()).sort((a, b) => a.start - b.start);
    await figures.bulkPut(describeFigures(document.text, own));
    if (document.evidenceFigures) await documents.update(id, { evidenceFigures: describeFigures(document.text, document.evidenceFigures) });
  }
}

/**
 * Whether a transaction that writes audit events may skip IndexedDB's flush to disk. Only while
 * the journal fsyncs every event before "Saved" shows: a power cut can then cost IndexedDB its
 * last transactions, and start-up puts them back from the journal (features/journal/reconcile.ts).
 * A flush costs a verdict's save some 20–30 ms of its ~35. Everything else stays strict.
 */
let trailKeptElsewhere = false;

export function relaxTrailTransactions(journalKeepsEvents: boolean): void {
  trailKeptElsewhere = journalKeepsEvents;
}

export const db = new TickmarkDatabase();

/** Ask the browser not to evict the auditor's work under storage pressure. Once, at start. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
