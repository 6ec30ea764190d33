import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { verifyChain, type TrailEvent } from '../../../shared/audit/event';
import written from './__fixtures__/v2-database.json';
import { bytesOf, describedFigures, withoutDescription, writeOldDatabase } from './__fixtures__/old-database';
import { TickmarkDatabase } from './database';

// A database that Tickmark's schema version 2 wrote, with the code of that version (see
// __fixtures__/README.md), opened by today's code: every record is found, and every document says
// whether it is a report or evidence as version 2 treated it (a CSV file was evidence by its format).

const { tables } = written;

describe('a database written by schema version 2', () => {
  it('opens under today’s schema with every record, the report a report and the CSV file evidence', async () => {
    expect(written.schemaVersion).toBe(2);
    await writeOldDatabase('tickmark-v2', 2, tables);
    const db = new TickmarkDatabase('tickmark-v2');
    await db.open();
    expect(db.verno).toBe(4);

    const roles = Object.fromEntries((await db.documents.toArray()).map((document) => [document.fileName, document.role]));
    expect(roles).toEqual({ 'users.txt': 'report', 'cnnic.csv': 'evidence' });
    for (const stored of tables.documents) {
      const { role: _role, ...rest } = (await db.documents.get(stored.id))!;
      expect(rest).toEqual(stored);
    }
    expect(await db.engagements.toArray()).toEqual(tables.engagements);
    // Every figure kept, and described as an import describes it (schema version 4).
    const upgraded = await db.figures.toArray();
    expect(upgraded.map(withoutDescription)).toEqual(expect.arrayContaining(tables.figures.map(withoutDescription)));
    expect(upgraded).toEqual(expect.arrayContaining(describedFigures(tables)));
    expect(upgraded.filter((figure) => figure.metric !== undefined).length).toBeGreaterThan(0);
    expect(await db.figures.count()).toBe(tables.figures.length);
    expect(await db.verdicts.toArray()).toEqual(tables.verdicts);
    expect(await db.settings.toArray()).toEqual(expect.arrayContaining(tables.settings));
    for (const { documentId, bytes } of tables.originals) expect((await db.originals.get(documentId))?.bytes).toEqual(bytesOf(bytes));

    const [engagement] = tables.engagements;
    const events = await db.events.where('[engagementId+seq]').between([engagement!.id, Dexie.minKey], [engagement!.id, Dexie.maxKey]).toArray();
    expect(events).toEqual(tables.events);
    expect(verifyChain(events as TrailEvent[])).toEqual({ ok: true, length: tables.events.length });
    db.close();
  });
});
