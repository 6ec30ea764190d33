import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain, type AuditEvent } from '../../../shared/audit/event';
import type { JournalEntry } from '../../../shared/audit/journal-entry';
import { ok } from '../../../shared/domain/result';
import { extractFigures } from '../../../shared/extraction/index';
import { createEngagement, decideFigure, importReport, joinEngagement, setJournal, type ActionResult } from './actions';
import { decideFigures, reviewFigures } from './bulk-actions';
import { db } from './database';
import { loadTrail } from './queries';
import { undoBatch } from './undo';

// Acting on many selected figures at once, and undoing the last change, on a real IndexedDB
// implementation: one sealed event per figure in one transaction, and an undo that adds events.

const MEI = 'Mei Chen';
const TEXT = '公司拥有三个生产基地和两种主要产品。\nScope 1 emissions were 4,300 tCO2e, water use 1,200 m³, and waste fell 8%.\n';

function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

async function engagementWithFigures() {
  const engagement = unwrap(await createEngagement('Bulk FY2024', MEI));
  const parsed = {
    fileName: 'bulk.txt',
    format: 'txt' as const,
    sha256: 'b'.repeat(64),
    byteLength: TEXT.length,
    text: TEXT,
    pages: [{ number: 1, start: 0, end: TEXT.length, hasText: true }],
    figures: extractFigures(TEXT),
    warnings: [],
  };
  const { figures } = unwrap(await importReport(engagement.id, parsed, new TextEncoder().encode(TEXT), MEI));
  const ids = (...texts: string[]) => texts.map((text) => figures.find((figure) => figure.text === text)!.id);
  return { engagement, ids };
}

const eventsAfter = async (engagementId: string, seq: number) => (await loadTrail(engagementId)).filter((event) => event.seq > seq) as AuditEvent[];

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => setJournal(null));

describe('one decision on many figures', () => {
  it('dismisses every selected figure with the one reason, one chained event per figure, and journals each', async () => {
    const { engagement, ids } = await engagementWithFigures();
    const journaled: JournalEntry[] = [];
    setJournal(async (entries) => (journaled.push(...entries), ok(undefined)));
    const counts = ids('三个', '两种');
    const batch = unwrap(await decideFigures(counts, { kind: 'dismiss', note: 'A count of things, not an ESG figure' }, MEI));

    expect(batch.changes.map((change) => change.after.status)).toEqual(['dismissed', 'dismissed']);
    expect(batch.changes.every((change) => change.before === undefined)).toBe(true);
    const events = await eventsAfter(engagement.id, 2);
    expect(events.map((event) => [event.action, event.figureId, event.note, event.fromStatus, event.toStatus])).toEqual(
      counts.map((id) => ['figure.dismissed', id, 'A count of things, not an ESG figure', 'open', 'dismissed']),
    );
    expect(journaled.map((entry) => entry.event.seq)).toEqual([3, 4]);
    expect(verifyChain(await loadTrail(engagement.id))).toEqual({ ok: true, length: 4 });
  });

  it('leaves a figure the rules do not allow as it stands and says why, deciding the others', async () => {
    const { engagement, ids } = await engagementWithFigures();
    const [confirmed, open] = ids('8%', '4,300 tCO2e');
    unwrap(await decideFigure(confirmed!, { kind: 'confirm' }, MEI));
    const batch = unwrap(await decideFigures([confirmed!, open!], { kind: 'confirm' }, MEI));

    expect(batch.changes.map((change) => change.figureId)).toEqual([open]);
    expect(batch.skipped).toEqual([{ figureId: confirmed, reason: 'A confirmed figure cannot be confirmed again.' }]);
    expect((await eventsAfter(engagement.id, 3)).map((event) => event.figureId)).toEqual([open]);
  });

  it('refuses a batch none of whose figures can take the decision, and writes nothing', async () => {
    const { engagement, ids } = await engagementWithFigures();
    const refused = await decideFigures(ids('三个', '两种'), { kind: 'dismiss', note: '  ' }, MEI);
    expect(refused).toEqual({ ok: false, error: 'None of the 2 figures can take this: Say why this is not a figure.' });
    expect(await loadTrail(engagement.id)).toHaveLength(2);
    expect(await db.verdicts.count()).toBe(0);
  });

  it('signs off many decisions as the reviewer, and refuses the preparer that work', async () => {
    const { engagement, ids } = await engagementWithFigures();
    const decided = ids('8%', '1,200 m³');
    unwrap(await decideFigures(decided, { kind: 'confirm' }, MEI));
    expect(await reviewFigures(decided, { kind: 'sign_off' }, MEI)).toMatchObject({ ok: false, error: expect.stringMatching(/reviewer/) });

    unwrap(await joinEngagement(engagement.id, MEI, 'reviewer'));
    const batch = unwrap(await reviewFigures(decided, { kind: 'sign_off' }, MEI));
    expect(batch.changes.map((change) => [change.before?.review, change.after.review])).toEqual([
      [undefined, 'signed_off'],
      [undefined, 'signed_off'],
    ]);
    const events = await eventsAfter(engagement.id, 5);
    expect(events.map((event) => [event.action, event.role, event.toStatus])).toEqual([
      ['figure.signed_off', 'reviewer', 'signed_off'],
      ['figure.signed_off', 'reviewer', 'signed_off'],
    ]);
  });
});

describe('undoing the last change', () => {
  it('puts every figure of a batch back where it stood with one new event each, deleting none', async () => {
    const { engagement, ids } = await engagementWithFigures();
    const [disputed, open] = ids('8%', '1,200 m³');
    unwrap(await decideFigure(disputed!, { kind: 'dispute', note: 'The KPI table says 9%' }, MEI, 'WP 4'));
    const disputedVerdict = await db.verdicts.get(disputed!);
    const batch = unwrap(await decideFigures([disputed!, open!], { kind: 'confirm' }, MEI));
    const before = await loadTrail(engagement.id);

    const restored = unwrap(await undoBatch(batch, MEI));
    expect(restored.map((verdict) => verdict.status)).toEqual(['disputed', 'open']);
    expect(await db.verdicts.get(disputed!)).toEqual(disputedVerdict);
    expect(await db.verdicts.get(open!)).toMatchObject({ status: 'open' });

    const after = await loadTrail(engagement.id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect((after.slice(before.length) as AuditEvent[]).map((event) => [event.action, event.figureId, event.fromStatus, event.toStatus])).toEqual([
      ['figure.undone', disputed, 'confirmed', 'disputed'],
      ['figure.undone', open, 'confirmed', 'open'],
    ]);
    expect(verifyChain(after)).toEqual({ ok: true, length: before.length + 2 });
  });

  it('undoes a review back to unreviewed, as the reviewer', async () => {
    const { engagement, ids } = await engagementWithFigures();
    const decided = ids('8%');
    unwrap(await decideFigures(decided, { kind: 'confirm' }, MEI));
    unwrap(await joinEngagement(engagement.id, MEI, 'reviewer'));
    const review = unwrap(await reviewFigures(decided, { kind: 'sign_off' }, MEI));
    unwrap(await undoBatch(review, MEI));
    expect(await db.verdicts.get(decided[0]!)).toMatchObject({ status: 'confirmed' });
    expect((await db.verdicts.get(decided[0]!))?.review).toBeUndefined();
    expect((await loadTrail(engagement.id)).at(-1)).toMatchObject({ action: 'figure.undone', role: 'reviewer', fromStatus: 'signed_off', toStatus: 'unreviewed' });
  });

  it('refuses to undo a batch one of whose figures changed since, and writes nothing', async () => {
    const { engagement, ids } = await engagementWithFigures();
    const [first, second] = ids('8%', '1,200 m³');
    const batch = unwrap(await decideFigures([first!, second!], { kind: 'confirm' }, MEI));
    unwrap(await decideFigure(second!, { kind: 'reopen' }, MEI));
    const trail = await loadTrail(engagement.id);

    expect(await undoBatch(batch, MEI)).toEqual({ ok: false, error: 'Nothing was undone: a figure of that decision was changed since.' });
    expect(await loadTrail(engagement.id)).toEqual(trail);
    expect(await db.verdicts.get(first!)).toMatchObject({ status: 'confirmed' });
  });
});
