import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { verifyChain, type TrailEvent } from '../../../shared/audit/event';
import written from './__fixtures__/v1-database.json';
import { bytesOf, describedFigures, withoutDescription, writeOldDatabase } from './__fixtures__/old-database';
import { TickmarkDatabase } from './database';

// A database that Tickmark's schema version 1 wrote, with the code of that version (see
// __fixtures__/README.md), opened by today's code: every record is found, the passwords are gone.

const { tables } = written;

describe('a database written by schema version 1', () => {
  it('opens under today’s schema with every record, its passwords dropped and its trail intact', async () => {
    expect(written.schemaVersion).toBe(1);
    await writeOldDatabase('tickmark-v1', 1, tables);
    const db = new TickmarkDatabase('tickmark-v1');
    await db.open();
    expect(db.verno).toBe(4);

    const documents = await db.documents.toArray();
    expect(documents.map((document) => document.id).sort()).toEqual(tables.documents.map((document) => document.id).sort());
    for (const document of documents) expect(document).not.toHaveProperty('password');
    const { password: _password, ...locked } = tables.documents.find((document) => document.password)!;
    expect(await db.documents.get(locked.id)).toEqual({ ...locked, passwordProtected: true, role: 'report' });
    const plain = tables.documents.find((document) => !document.password)!;
    expect(await db.documents.get(plain.id)).toEqual({ ...plain, role: 'report' });

    // Every figure kept, and described as an import describes it (schema version 4).
    const upgraded = await db.figures.toArray();
    expect(upgraded.map(withoutDescription)).toEqual(expect.arrayContaining(tables.figures.map(withoutDescription)));
    expect(upgraded).toEqual(expect.arrayContaining(describedFigures(tables)));
    expect(upgraded.filter((figure) => figure.metric !== undefined).length).toBeGreaterThan(0);
    expect(await db.figures.count()).toBe(tables.figures.length);
    expect(await db.verdicts.toArray()).toEqual(expect.arrayContaining(tables.verdicts));
    expect(await db.verdicts.count()).toBe(tables.verdicts.length);
    expect(await db.settings.toArray()).toEqual(expect.arrayContaining(tables.settings));
    for (const { documentId, bytes } of tables.originals) expect((await db.originals.get(documentId))?.bytes).toEqual(bytesOf(bytes));

    // Before roles, everyone who recorded an event in an engagement was its preparer.
    const [engagement] = tables.engagements;
    expect(await db.engagements.toArray()).toEqual([
      { ...engagement, members: [{ name: 'Mei Chen', role: 'preparer' }, { name: 'Wang Fang', role: 'preparer' }] },
    ]);

    const events = await db.events.where('[engagementId+seq]').between([engagement!.id, Dexie.minKey], [engagement!.id, Dexie.maxKey]).toArray();
    expect(events).toEqual(tables.events);
    expect(verifyChain(events as TrailEvent[])).toEqual({ ok: true, length: tables.events.length });
    db.close();
  });
});
