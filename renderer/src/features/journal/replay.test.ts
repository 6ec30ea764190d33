import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, verifyChain } from '../../../../shared/audit/event';
import { ok } from '../../../../shared/domain/result';
import type { ParsedReport } from '../../../../shared/domain/report';
import { extractFigures } from '../../../../shared/extraction/index';
import { channels } from '../../../../shared/ipc/contract';
import { JournalEntrySchema, type StoredEntry } from '../../../../shared/ipc/journal-schemas';
import { createEngagement, decideFigure, correctFigure, importReport, joinEngagement, reviewFigure, setJournal, type ActionResult } from '../../db/actions';
import { db } from '../../db/database';
import { restoreEngagement } from '../../db/restore';
import { catchUpJournal } from './catch-up';

// The journal is a second copy only if replaying it rebuilds IndexedDB: the entries the actions
// journal as they commit, and those start-up builds from IndexedDB for events the journal missed,
// each put back in seq order by restore.ts, must leave every record as it was.

const TEXT = 'In 2023 the group used 1,200 m³ of water.\nEmissions fell to 29591.48 tCO2e, and waste by 8%.\n';
const BYTES = new TextEncoder().encode(TEXT);
const REPORT: ParsedReport = {
  fileName: 'water.txt',
  format: 'txt',
  sha256: 'ab'.repeat(32),
  byteLength: BYTES.length,
  text: TEXT,
  pages: [{ number: 1, start: 0, end: TEXT.length, hasText: true }],
  figures: extractFigures(TEXT).map((figure) => ({ ...figure, page: 1 })),
  warnings: [],
};

function value<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** An engagement worked on by a preparer and a reviewer: every kind of record changed at least once. */
async function dayOfWork(): Promise<string> {
  const engagement = value(await createEngagement('Alipay FY2020', 'Mei Chen'));
  const { figures } = value(await importReport(engagement.id, REPORT, BYTES, 'Mei Chen'));
  const figure = (text: string) => figures.find((candidate) => candidate.text === text)!.id;
  value(await decideFigure(figure('8%'), { kind: 'confirm' }, 'Mei Chen', 'WP A-1'));
  value(await decideFigure(figure('1,200 m³'), { kind: 'dispute', note: 'Meter readings say 1,260' }, 'Mei Chen'));
  value(await correctFigure(figure('29591.48 tCO2e'), { value: 29591.5, unit: 'tCO2e', qualifier: 'exact' }, 'Mei Chen', 'rounded in the KPI table'));
  value(await joinEngagement(engagement.id, 'Wang Fang', 'reviewer'));
  value(await reviewFigure(figure('8%'), { kind: 'sign_off' }, 'Wang Fang'));
  return engagement.id;
}

/** The tables the journal keeps a copy of, as IndexedDB holds them. */
async function records() {
  return {
    engagements: await db.engagements.toArray(),
    documents: await db.documents.toArray(),
    originals: await db.originals.toArray(),
    figures: await db.figures.toArray(),
    verdicts: await db.verdicts.toArray(),
    events: await db.events.toArray(),
  };
}

async function emptyDatabase(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}

const journaled: StoredEntry[] = [];

beforeEach(async () => {
  await db.open();
  await emptyDatabase();
  journaled.length = 0;
});
afterEach(() => {
  setJournal(null);
  delete (globalThis as { window?: unknown }).window;
});

describe('replaying the journal', () => {
  it('rebuilds every record from the entries the actions journaled', async () => {
    setJournal(async (entries) => {
      journaled.push(...entries.map((entry) => JournalEntrySchema.parse(entry)));
      return ok(undefined);
    });
    const engagementId = await dayOfWork();
    const before = await records();
    expect(verifyChain(journaled.map((entry) => entry.event))).toEqual({ ok: true, length: before.events.length });

    await emptyDatabase();
    const restored = await restoreEngagement(engagementId, { seq: 0, hash: GENESIS_HASH }, journaled, new Map([[REPORT.sha256, BYTES]]));
    expect(restored).toEqual(ok(journaled.length));
    expect(await records()).toEqual(before);
  });

  it('rebuilds every record from the entries start-up builds out of IndexedDB for a journal that missed them', async () => {
    const engagementId = await dayOfWork();
    const before = await records();
    const kept = new Map<string, Uint8Array>();
    // The Node side, as far as catch-up needs it: every request validated as the dispatcher does.
    (globalThis as { window?: unknown }).window = {
      tickmark: {
        invoke: async (channel: 'journal:append' | 'journal:keepOriginal', request: unknown) => {
          if (channel === 'journal:keepOriginal') {
            kept.set(REPORT.sha256, channels[channel].request.parse(request).bytes);
            return ok({ sha256: REPORT.sha256 });
          }
          const { entries } = channels['journal:append'].request.parse(request);
          journaled.push(...entries);
          return ok({ appended: entries.length });
        },
      },
    };
    expect(await catchUpJournal(engagementId, 0)).toEqual(ok(before.events.length));
    expect(kept.get(REPORT.sha256)).toEqual(BYTES);

    await emptyDatabase();
    expect(await restoreEngagement(engagementId, { seq: 0, hash: GENESIS_HASH }, journaled, kept)).toMatchObject({ ok: true });
    expect(await records()).toEqual(before);
  });

  it('restores after the events IndexedDB kept, and refuses if its trail moved on meanwhile', async () => {
    setJournal(async (entries) => {
      journaled.push(...entries);
      return ok(undefined);
    });
    const engagementId = await dayOfWork();
    const before = await records();
    await emptyDatabase();
    const originals = new Map([[REPORT.sha256, BYTES]]);
    const [first, second] = journaled;
    expect(await restoreEngagement(engagementId, { seq: 0, hash: GENESIS_HASH }, [first!, second!], originals)).toEqual(ok(2));

    const kept = await records();
    const stale = await restoreEngagement(engagementId, { seq: 1, hash: first!.event.hash }, journaled.slice(1), originals);
    expect(stale).toEqual({ ok: false, error: expect.stringContaining('changed while it was being restored') });
    expect(await records()).toEqual(kept);

    expect(await restoreEngagement(engagementId, { seq: 2, hash: second!.event.hash }, journaled.slice(2), originals)).toMatchObject({ ok: true });
    expect(await records()).toEqual(before);
  });
});
