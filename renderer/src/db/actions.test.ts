import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyChain, type AuditEvent } from '../../../shared/audit/event';
import type { JournalEntry } from '../../../shared/audit/journal-entry';
import type { ParsedReport } from '../../../shared/domain/report';
import { err, ok } from '../../../shared/domain/result';
import { extractFigures } from '../../../shared/extraction/index';
import {
  addFigure,
  correctFigure,
  createEngagement,
  decideFigure,
  importReport,
  joinEngagement,
  recordExport,
  reviewDocument,
  reviewFigure,
  setJournal,
  type ActionResult,
} from './actions';
import { db } from './database';
import { describeFigures } from '../../../shared/metrics/index';
import { loadTrail } from './queries';
import type { Engagement, Figure } from './records';

// The audit write path under a real IndexedDB implementation: each action writes its change and
// its event in one transaction, a refusal writes nothing, the chain holds across actions, and the
// journal gets exactly what was committed.

const MEI = 'Mei Chen';
const WANG = 'Wang Fang';

function report(fileName: string, text: string): ParsedReport {
  const figures = extractFigures(text).map((figure) => ({ ...figure, page: 1 }));
  return {
    fileName,
    format: 'txt',
    sha256: [...fileName].map((c) => c.charCodeAt(0).toString(16)).join('').padEnd(64, '0'),
    byteLength: text.length,
    text,
    pages: [{ number: 1, start: 0, end: text.length, hasText: true }],
    figures,
    warnings: [],
  };
}

const WATER = report('water.txt', 'In 2023 the group used 1,200 m³ of water.\nEmissions fell to 29591.48 tCO2e, and waste by 8%.\n');
const LOCKED = report('locked.pdf', 'Scope 1: 4,300 tCO2e.\n');

function value<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Every table's rows, to compare before and after a refusal. */
async function everything() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

async function engagementWithReport(role: 'preparer' | 'reviewer' = 'preparer') {
  const engagement = value(await createEngagement('Alipay FY2020', MEI, role));
  const imported = value(await importReport(engagement.id, WATER, new TextEncoder().encode(WATER.text), MEI));
  const figure = (text: string) => imported.figures.find((candidate) => candidate.text === text)!;
  return { engagement, document: imported.document, figures: imported.figures, figure };
}

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => setJournal(null));

describe('events say what they are about', () => {
  it('names the engagement and the actor’s role on every event, and the document and figure where they concern one', async () => {
    const { engagement, document, figure } = await engagementWithReport();
    value(await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI, 'WP A-1'));
    const [created, imported, confirmed] = (await loadTrail(engagement.id)) as AuditEvent[];

    expect(engagement.members).toEqual([{ name: MEI, role: 'preparer' }]);
    expect(created).toMatchObject({ form: 2, action: 'engagement.created', engagementName: 'Alipay FY2020', actor: MEI, role: 'preparer' });
    expect(imported).toMatchObject({ action: 'document.imported', documentId: document.id, document: { name: 'water.txt', sha256: WATER.sha256 } });
    expect(confirmed).toMatchObject({
      action: 'figure.confirmed',
      document: { name: 'water.txt' },
      figure: { text: '8%', value: 8, unit: '%', qualifier: 'exact', page: 1 },
      fromStatus: 'open',
      toStatus: 'confirmed',
      evidence: 'WP A-1',
      role: 'preparer',
    });
  });

  it('records a correction with the value it leaves, the old one in its detail', async () => {
    const { engagement, figure } = await engagementWithReport();
    const corrected = value(await correctFigure(figure('8%').id, { value: 11, unit: '%', qualifier: 'exact' }, MEI, 'KPI table'));
    expect(corrected.figure.value).toBe(11);
    expect(await db.figures.get(figure('8%').id)).toMatchObject({ value: 11 });
    const event = (await loadTrail(engagement.id)).at(-1) as AuditEvent;
    expect(event).toMatchObject({ action: 'figure.corrected', figure: { value: 11, text: '8%' }, note: 'KPI table' });
    expect(event.detail).toMatch(/8.*→.*11/);
  });

  it('stores that a protected PDF needs a password, never the password', async () => {
    const engagement = value(await createEngagement('Locked', MEI));
    const imported = value(await importReport(engagement.id, LOCKED, new Uint8Array([1, 2, 3]), MEI, { passwordProtected: true }));
    const stored = await db.documents.get(imported.document.id);
    expect(stored?.passwordProtected).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/password"\s*:\s*"/);
  });
});

describe('a verdict reads little', () => {
  it('reads a document record (the whole report text) once, not in every decision and review on its figures', async () => {
    const { figure, document } = await engagementWithReport();
    const reads = vi.spyOn(db.documents, 'get');
    try {
      value(await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI));
      value(await decideFigure(figure('1,200 m³').id, { kind: 'confirm' }, MEI));
      value(await correctFigure(figure('29591.48 tCO2e').id, { value: 29591, unit: 'tCO2e', qualifier: 'exact' }, MEI));
      expect(reads.mock.calls.filter(([key]) => (key as unknown) === document.id).length).toBeLessThanOrEqual(1);
    } finally {
      reads.mockRestore();
    }
  });
});

describe('one transaction per action', () => {
  it('writes neither the change nor its event when the event cannot be written', async () => {
    const { figure } = await engagementWithReport();
    const before = await everything();
    const failing = () => {
      throw new Error('disk full');
    };
    db.events.hook('creating', failing);
    try {
      const decided = await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI);
      expect(decided).toEqual({ ok: false, error: expect.stringMatching(/Not saved: .*disk full/) });
    } finally {
      db.events.hook('creating').unsubscribe(failing);
    }
    expect(await everything()).toEqual(before);
  });

  it('reviews a whole report in one transaction: one event per decision, or none at all', async () => {
    const { engagement, document, figure } = await engagementWithReport();
    value(await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI));
    value(await decideFigure(figure('1,200 m³').id, { kind: 'dispute', note: 'meter reading says 1,250' }, MEI));
    value(await joinEngagement(engagement.id, MEI, 'reviewer'));
    const before = await everything();
    let events = 0;
    const failOnSecond = () => {
      if (++events === 2) throw new Error('disk full');
    };
    db.events.hook('creating', failOnSecond);
    try {
      expect((await reviewDocument(document.id, { kind: 'sign_off' }, MEI)).ok).toBe(false);
    } finally {
      db.events.hook('creating').unsubscribe(failOnSecond);
    }
    expect(await everything()).toEqual(before);

    const reviewed = value(await reviewDocument(document.id, { kind: 'sign_off', note: 'agreed to the KPI table' }, MEI));
    expect(reviewed.map((verdict) => verdict.figureId)).toEqual([figure('1,200 m³').id, figure('8%').id]);
    const trail = (await loadTrail(engagement.id)).slice(-2) as AuditEvent[];
    expect(trail.map((event) => [event.action, event.figure?.text, event.fromStatus, event.toStatus, event.role])).toEqual([
      ['figure.signed_off', '1,200 m³', 'unreviewed', 'signed_off', 'reviewer'],
      ['figure.signed_off', '8%', 'unreviewed', 'signed_off', 'reviewer'],
    ]);
    expect(await db.verdicts.get(figure('8%').id)).toMatchObject({ status: 'confirmed', review: 'signed_off', reviewer: MEI, reviewNote: 'agreed to the KPI table' });
    expect(await db.verdicts.get(figure('29591.48 tCO2e').id)).toBeUndefined();
  });
});

describe('refusals leave nothing written', () => {
  const refusals: [string, (setup: Awaited<ReturnType<typeof engagementWithReport>>) => Promise<ActionResult<unknown>>, RegExp][] = [
    ['a file already in the engagement', ({ engagement }) => importReport(engagement.id, WATER, new Uint8Array([1]), MEI), /already in this engagement/],
    ['confirming a confirmed figure', ({ figure }) => decideFigure(figure('29591.48 tCO2e').id, { kind: 'confirm' }, MEI), /cannot be confirmed again/],
    ['a dispute without a note', ({ figure }) => decideFigure(figure('8%').id, { kind: 'dispute', note: '  ' }, MEI), /needs a note/],
    ['a preparer signing off', ({ figure }) => reviewFigure(figure('29591.48 tCO2e').id, { kind: 'sign_off' }, MEI), /reviewer's work/],
    ['someone with no role', ({ figure }) => decideFigure(figure('8%').id, { kind: 'confirm' }, WANG), /Wang Fang has no role/],
    ['an unchanged correction', ({ figure }) => correctFigure(figure('8%').id, { value: 8, unit: '%', qualifier: 'exact' }, MEI), /unchanged/],
    ['a figure outside the text', ({ document }) => addFigure(document.id, { start: 5, end: 500 }, { value: 1, unit: '', qualifier: 'exact' }, MEI), /Select the figure/],
  ];

  for (const [what, attempt, reason] of refusals) {
    it(`refuses ${what}`, async () => {
      const setup = await engagementWithReport();
      value(await decideFigure(setup.figure('29591.48 tCO2e').id, { kind: 'confirm' }, MEI));
      const before = await everything();
      const result = await attempt(setup);
      expect(result).toEqual({ ok: false, error: expect.stringMatching(reason) });
      expect(await everything()).toEqual(before);
    });
  }

  it('refuses the reviewer the preparer’s work, and sending back without a note', async () => {
    const { engagement, figure } = await engagementWithReport();
    value(await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI));
    value(await joinEngagement(engagement.id, MEI, 'reviewer'));
    const before = await everything();
    expect(await decideFigure(figure('1,200 m³').id, { kind: 'confirm' }, MEI)).toEqual(err(expect.stringMatching(/preparer's work/)));
    expect(await correctFigure(figure('8%').id, { value: 9, unit: '%', qualifier: 'exact' }, MEI)).toMatchObject({ ok: false });
    expect(await reviewFigure(figure('8%').id, { kind: 'send_back', note: ' ' }, MEI)).toEqual(err('Say what the preparer should look at again.'));
    expect(await reviewFigure(figure('1,200 m³').id, { kind: 'sign_off' }, MEI)).toEqual(err(expect.stringMatching(/no decision to review/)));
    expect(await joinEngagement(engagement.id, MEI, 'reviewer')).toEqual(err(expect.stringMatching(/already/)));
    expect(await everything()).toEqual(before);
  });
});

describe('preparer and reviewer', () => {
  it('records a role switch, and a preparer’s new decision puts a reviewed figure back to unreviewed', async () => {
    const { engagement, figure } = await engagementWithReport();
    const eight = figure('8%').id;
    value(await decideFigure(eight, { kind: 'confirm' }, MEI));
    const asReviewer = value(await joinEngagement(engagement.id, MEI, 'reviewer'));
    expect(asReviewer.members).toEqual([{ name: MEI, role: 'reviewer' }]);
    expect(value(await reviewFigure(eight, { kind: 'send_back', note: 'tie to the KPI table' }, MEI))).toMatchObject({ review: 'sent_back', reviewNote: 'tie to the KPI table' });

    value(await joinEngagement(engagement.id, MEI, 'preparer'));
    const redecided = value(await decideFigure(eight, { kind: 'dispute', note: 'KPI table says 11%' }, MEI));
    expect(redecided.review).toBeUndefined();
    expect(await db.verdicts.get(eight)).not.toHaveProperty('reviewer');

    const trail = (await loadTrail(engagement.id)) as AuditEvent[];
    expect(trail.filter((event) => event.action === 'engagement.member_added').map((event) => [event.role, event.detail])).toEqual([
      ['reviewer', 'Preparer until now'],
      ['preparer', 'Reviewer until now'],
    ]);
    expect(trail.at(-1)?.detail).toBe('Review back to unreviewed (it was sent back).');
  });
});

describe('a figure the auditor adds', () => {
  it('is described from its sentence as an import describes an extracted one', async () => {
    const { document } = await engagementWithReport();
    const text = WATER.text;
    const start = text.indexOf('1,200 m³');
    const added = value(await addFigure(document.id, { start, end: start + '1,200 m³'.length }, { value: 1200, unit: 'm³', qualifier: 'exact' }, MEI));
    const extracted = describeFigures(text, extractFigures(text)).find((figure) => figure.start === start)!;
    expect([added.metric, added.period, added.scope]).toEqual([extracted.metric, extracted.period, extracted.scope]);
    expect(added.metric).toBe('water');
    expect(await db.figures.get(added.id)).toEqual(added);
  });
});

describe('the chain across actions', () => {
  it('verifies over a mixed sequence of every action, bulk review included', async () => {
    const { engagement, document, figure } = await engagementWithReport();
    value(await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI));
    value(await decideFigure(figure('1,200 m³').id, { kind: 'dismiss', note: 'a year' }, MEI));
    value(await correctFigure(figure('29591.48 tCO2e').id, { value: 29591.5, unit: 'tCO2e', qualifier: 'about' }, MEI));
    const added = value(await addFigure(document.id, { start: 3, end: 7 }, { value: 2023, unit: 'year', qualifier: 'exact' }, MEI));
    value(await decideFigure(added.id, { kind: 'confirm' }, MEI));
    value(await joinEngagement(engagement.id, WANG, 'reviewer'));
    value(await reviewFigure(added.id, { kind: 'send_back', note: 'a year is not a claim' }, WANG));
    value(await reviewDocument(document.id, { kind: 'sign_off' }, WANG));
    value(await recordExport(engagement.id, '/tmp/trail.csv', 11, WANG));
    const other = value(await createEngagement('Other', WANG, 'reviewer'));

    const trail = await loadTrail(engagement.id);
    expect(trail.map((event) => event.seq)).toEqual(trail.map((_, index) => index + 1));
    expect(trail.filter((event) => event.action === 'figure.signed_off')).toHaveLength(2);
    expect(verifyChain(trail)).toEqual({ ok: true, length: 12 });
    expect(verifyChain(await loadTrail(other.id))).toEqual({ ok: true, length: 1 });
  });
});

describe('the journal', () => {
  it('gets exactly the entries each action committed, with the records as written', async () => {
    const received: JournalEntry[][] = [];
    setJournal(async (entries) => {
      received.push(entries);
      return ok(undefined);
    });
    const { engagement, document, figures, figure } = await engagementWithReport();
    await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI); // refused below: nothing sent
    await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI);
    const trail = (await loadTrail(engagement.id)) as AuditEvent[];

    expect(received.map((entries) => entries.map((entry) => entry.event))).toEqual([[trail[0]], [trail[1]], [trail[2]]]);
    const [[created], [imported], [confirmed]] = received as [[JournalEntry], [JournalEntry], [JournalEntry]];
    expect(created.records).toEqual({ engagement: (await db.engagements.get(engagement.id)) as Engagement });
    expect(imported.records).toEqual({ document: await db.documents.get(document.id), figures });
    expect(imported.records).not.toHaveProperty('originals');
    expect(confirmed.records).toEqual({ verdicts: [await db.verdicts.get(figure('8%').id)] });
  });

  it('sends a bulk review as one batch, one entry per figure', async () => {
    const { engagement, document, figure } = await engagementWithReport();
    value(await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI));
    value(await decideFigure(figure('29591.48 tCO2e').id, { kind: 'confirm' }, MEI));
    value(await joinEngagement(engagement.id, MEI, 'reviewer'));
    const received: JournalEntry[][] = [];
    setJournal(async (entries) => {
      received.push(entries);
      return ok(undefined);
    });
    value(await reviewDocument(document.id, { kind: 'sign_off' }, MEI));
    expect(received).toHaveLength(1);
    expect(received[0]!.map((entry) => [entry.event.action, entry.records.verdicts?.map((verdict) => verdict.figureId)])).toEqual([
      ['figure.signed_off', [figure('29591.48 tCO2e').id]],
      ['figure.signed_off', [figure('8%').id]],
    ]);
  });

  it('says so when the journal did not keep a change the database committed', async () => {
    const { figure } = await engagementWithReport();
    setJournal(async () => err('the disk is full'));
    expect(await decideFigure(figure('8%').id, { kind: 'confirm' }, MEI)).toEqual(
      err("Saved in this window's database, but not in the journal: the disk is full"),
    );
    expect(await db.verdicts.get(figure('8%').id)).toMatchObject({ status: 'confirmed' });

    setJournal(() => Promise.reject(new Error('the Node side is gone')));
    const added: ActionResult<Figure> = await addFigure(figure('8%').documentId, { start: 3, end: 7 }, { value: 2023, unit: '', qualifier: 'exact' }, MEI);
    expect(added).toEqual(err("Saved in this window's database, but not in the journal: an unexpected problem: the Node side is gone"));
  });
});
