import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/domain/result';
import { createEngagement, decideFigure, importReport, saveSetting, setJournal } from './actions';
import { db } from './database';
import { extractFigures } from '../../../shared/extraction/index';

// IndexedDB's flush to disk is skipped only for transactions that write audit events, and only
// while the journal keeps every event: what the auditor saw as saved always has one flushed copy.

const MEI = 'Mei Chen';
const TEXT = 'Scope 1 emissions were 4,300 tCO2e.\n';

/**
 * The durability each read-write IndexedDB transaction is opened with from now on, with the stores
 * it spans. Dexie binds IDBDatabase's method when it opens, so the database is opened again.
 */
async function watchTransactions() {
  db.close();
  const opened: Array<{ stores: string[]; durability: string }> = [];
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, stores, mode, options) {
    if (mode === 'readwrite') opened.push({ stores: typeof stores === 'string' ? [stores] : [...stores], durability: options?.durability ?? 'default' });
    return original.call(this, stores, mode, options);
  });
  await db.open();
  return opened;
}

async function openFigure() {
  const engagement = await createEngagement('Durability', MEI);
  if (!engagement.ok) throw new Error(engagement.error);
  const parsed = { fileName: 'd.txt', format: 'txt' as const, sha256: 'd'.repeat(64), byteLength: TEXT.length, text: TEXT, pages: [{ number: 1, start: 0, end: TEXT.length, hasText: true }], figures: extractFigures(TEXT), warnings: [] };
  const imported = await importReport(engagement.value.id, parsed, new TextEncoder().encode(TEXT), MEI);
  if (!imported.ok) throw new Error(imported.error);
  return imported.value.figures[0]!.id;
}

const confirm = (figureId: string) => decideFigure(figureId, { kind: 'confirm' }, MEI);

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  setJournal(null);
  vi.restoreAllMocks();
});

describe('how durably a transaction is written', () => {
  it('skips the flush for a verdict while the journal keeps its events, and for nothing else', async () => {
    setJournal(async () => ok(undefined));
    const figureId = await openFigure();
    const opened = await watchTransactions();
    expect((await confirm(figureId)).ok).toBe(true);
    await saveSetting('lastEngagementId', 'any');

    const verdict = opened.find((t) => t.stores.includes('verdicts'))!;
    expect(verdict).toMatchObject({ durability: 'relaxed' });
    expect(verdict.stores).toContain('events');
    expect(opened.find((t) => t.stores.includes('settings'))).toMatchObject({ durability: 'strict' });
  });

  it('flushes every transaction when there is no journal', async () => {
    const figureId = await openFigure();
    const opened = await watchTransactions();
    expect((await confirm(figureId)).ok).toBe(true);
    expect(opened.map((t) => t.durability)).toEqual(['strict']);
  });

  it('flushes again once the journal failed to keep an entry, and relaxes once it keeps them again', async () => {
    let journalWorks = true;
    setJournal(async () => (journalWorks ? ok(undefined) : err('the disk is full')));
    const figureId = await openFigure();
    const opened = await watchTransactions();
    journalWorks = false;
    expect((await confirm(figureId)).ok).toBe(false); // relaxed, then the journal fails: not "Saved"
    journalWorks = true;
    expect((await decideFigure(figureId, { kind: 'reopen', note: 'again' }, MEI)).ok).toBe(true); // flushed
    expect((await confirm(figureId)).ok).toBe(true);
    expect(opened.filter((t) => t.stores.includes('events')).map((t) => t.durability)).toEqual(['relaxed', 'strict', 'relaxed']);
  });
});
