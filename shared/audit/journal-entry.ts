import type { Engagement, Figure, ReportDocument, Verdict } from '../domain/records';
import type { TrailEvent } from './event';

/**
 * One line of the Node side's journal: a sealed event and the records its transaction wrote, as
 * they stood after it. Replaying an engagement's entries in `seq` order, putting each record,
 * rebuilds what IndexedDB held: the journal is the second copy of the auditor's work.
 * Originals are not inlined: they are kept beside the journal, named by their SHA-256.
 */
export interface JournalEntry {
  event: TrailEvent;
  records: ChangedRecords;
}

export interface ChangedRecords {
  engagement?: Engagement;
  document?: ReportDocument;
  figures?: Figure[];
  verdicts?: Verdict[];
}
