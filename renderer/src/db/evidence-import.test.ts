import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../shared/audit/event';
import type { ParsedReport, ReportFormat } from '../../../shared/domain/report';
import { ok } from '../../../shared/domain/result';
import { documentRole } from '../../../shared/evidence/from-report';
import { extractFigures } from '../../../shared/extraction/index';
import { JournalEntrySchema, type StoredEntry } from '../../../shared/ipc/journal-schemas';
import { createEngagement, importReport, setJournal, type ActionResult } from './actions';
import { db } from './database';
import { restoreEngagement } from './restore';

// A document imported as evidence is indexed, not verified: its figures stay with it as candidates,
// none reaches the figures under verification; its role survives the journal and a restore from it.

const MEI = 'Mei Chen';

function parsed(fileName: string, format: ReportFormat, text: string): ParsedReport {
  return {
    fileName,
    format,
    sha256: [...fileName].map((c) => c.charCodeAt(0).toString(16)).join('').padEnd(64, '0').slice(0, 64),
    byteLength: text.length,
    text,
    pages: [{ number: 1, start: 0, end: text.length, hasText: true }],
    figures: extractFigures(text).map((figure) => ({ ...figure, page: 1 })),
    warnings: [],
  };
}

const REPORT = parsed('report.txt', 'txt', 'Mobile payment users reached 765 million.\n');
const METER = parsed('meter.txt', 'txt', 'Meter reading, March 2020: 765,000,000 users; 1,200 m³ of water.\n');

function value<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const journaled: StoredEntry[] = [];

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  journaled.length = 0;
  setJournal(async (entries) => {
    journaled.push(...entries.map((entry) => JournalEntrySchema.parse(entry)));
    return ok(undefined);
  });
});
afterEach(() => setJournal(null));

describe('importing evidence', () => {
  it('keeps the figures of a document imported as evidence with it, and queues none of them', async () => {
    const engagement = value(await createEngagement('Alipay FY2020', MEI));
    const report = value(await importReport(engagement.id, REPORT, new Uint8Array([1]), MEI));
    const evidence = value(await importReport(engagement.id, METER, new Uint8Array([2]), MEI, { role: 'evidence' }));

    expect(report.document.role).toBe('report');
    expect(evidence.figures).toEqual([]);
    expect((await db.figures.toArray()).map((figure) => figure.documentId)).toEqual(report.figures.map(() => report.document.id));
    const stored = await db.documents.get(evidence.document.id);
    expect(stored?.role).toBe('evidence');
    expect(stored?.evidenceFigures?.map((figure) => figure.text)).toEqual(['765,000,000', '1,200 m³']);
    expect(journaled.at(-1)?.event.detail).toMatch(/meter\.txt .*: evidence, 2 figures and 0 cells indexed$/);
  });

  it('takes a CSV file as evidence even when imported as a report', async () => {
    const engagement = value(await createEngagement('Alipay FY2020', MEI));
    const book = value(await importReport(engagement.id, parsed('book.csv', 'csv', 'Users\n"765,000,000"\n'), new Uint8Array([3]), MEI));
    expect(book.document.role).toBe('evidence');
    expect(book.figures).toEqual([]);
  });

  it('keeps the role and the figures of evidence through the journal and a restore from it', async () => {
    const engagement = value(await createEngagement('Alipay FY2020', MEI));
    value(await importReport(engagement.id, REPORT, new Uint8Array([1]), MEI));
    value(await importReport(engagement.id, METER, new Uint8Array([2]), MEI, { role: 'evidence' }));
    const before = await db.documents.toArray();
    await Promise.all(db.tables.map((table) => table.clear()));
    const originals = new Map([[REPORT.sha256, new Uint8Array([1])], [METER.sha256, new Uint8Array([2])]]);
    expect(await restoreEngagement(engagement.id, { seq: 0, hash: GENESIS_HASH }, journaled, originals)).toEqual(ok(journaled.length));
    expect(await db.documents.toArray()).toEqual(before);
    expect(await db.figures.count()).toBe(1);
  });

  it('reads a document journaled before roles as its format made it', async () => {
    const engagement = value(await createEngagement('Alipay FY2020', MEI));
    value(await importReport(engagement.id, REPORT, new Uint8Array([1]), MEI));
    const entry = journaled.at(-1)!;
    const { role: _role, ...older } = entry.records.document!;
    const read = JournalEntrySchema.parse({ ...entry, records: { ...entry.records, document: older } });
    expect(read.records.document).not.toHaveProperty('role');
    expect(documentRole(read.records.document!)).toBe('report');
    expect(documentRole({ format: 'xlsx' })).toBe('evidence');
  });
});
