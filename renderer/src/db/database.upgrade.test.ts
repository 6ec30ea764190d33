import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { verifyChain, type TrailEvent } from '../../../shared/audit/event';
import written from './__fixtures__/v1-database.json';
import { TickmarkDatabase } from './database';

// A database that Tickmark's schema version 1 wrote, with the code of that version (see
// __fixtures__/README.md), opened by today's code: every record is found, the passwords are gone.

/** Version 1's schema, frozen as it shipped. */
const SCHEMA_V1 = {
  engagements: 'id, createdAt',
  documents: 'id, engagementId, [engagementId+sha256]',
  originals: 'documentId',
  figures: 'id, engagementId, documentId',
  verdicts: 'figureId, engagementId',
  events: '[engagementId+seq], figureId',
  settings: 'key',
};

const { tables } = written;
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/** Lay down the fixture exactly as version 1 held it, then close that database. */
async function writeVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.transaction('rw', old.tables, async () => {
    await old.table('engagements').bulkAdd(tables.engagements);
    await old.table('documents').bulkAdd(tables.documents);
    await old.table('originals').bulkAdd(tables.originals.map(({ documentId, bytes }) => ({ documentId, bytes: bytesOf(bytes) })));
    await old.table('figures').bulkAdd(tables.figures);
    await old.table('verdicts').bulkAdd(tables.verdicts);
    await old.table('events').bulkAdd(tables.events);
    await old.table('settings').bulkAdd(tables.settings);
  });
  old.close();
}

describe('a database written by schema version 1', () => {
  it('opens under today’s schema with every record, its passwords dropped and its trail intact', async () => {
    expect(written.schemaVersion).toBe(1);
    await writeVersion1('tickmark-v1');
    const db = new TickmarkDatabase('tickmark-v1');
    await db.open();
    expect(db.verno).toBe(2);

    const documents = await db.documents.toArray();
    expect(documents.map((document) => document.id).sort()).toEqual(tables.documents.map((document) => document.id).sort());
    for (const document of documents) expect(document).not.toHaveProperty('password');
    const { password: _password, ...locked } = tables.documents.find((document) => document.password)!;
    expect(await db.documents.get(locked.id)).toEqual({ ...locked, passwordProtected: true });
    const plain = tables.documents.find((document) => !document.password)!;
    expect(await db.documents.get(plain.id)).toEqual(plain);

    expect(await db.figures.toArray()).toEqual(expect.arrayContaining(tables.figures));
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
