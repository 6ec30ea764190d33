import { Dexie } from 'dexie';
import type { ExtractedFigure } from '../../../../shared/domain/figure';
import { describeFigures } from '../../../../shared/metrics/index';

/**
 * Lays down a database dumped by an older schema version (v1-database.json, v2-database.json) as
 * that version held it, for the upgrade tests to open with today's schema. The indexes are frozen
 * as versions 1 and 2 shipped them (version 2 changed none): never edit them to follow database.ts.
 */
const SCHEMA_V1_V2 = {
  engagements: 'id, createdAt',
  documents: 'id, engagementId, [engagementId+sha256]',
  originals: 'documentId',
  figures: 'id, engagementId, documentId',
  verdicts: 'figureId, engagementId',
  events: '[engagementId+seq], figureId',
  settings: 'key',
};

export interface DumpedTables {
  engagements: object[];
  documents: object[];
  originals: Array<{ documentId: string; bytes: string }>;
  figures: object[];
  verdicts: object[];
  events: object[];
  settings: object[];
}

export const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

export async function writeOldDatabase(name: string, version: 1 | 2, tables: DumpedTables): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(SCHEMA_V1_V2);
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

/**
 * The figures of `tables` as schema version 4 stores them: each document's figures described
 * (metric, period, scope) in the order of its text, as an import describes them.
 */
export function describedFigures(tables: Pick<DumpedTables, 'documents' | 'figures'>): object[] {
  const figures = tables.figures as Array<ExtractedFigure & { documentId: string }>;
  return (tables.documents as Array<{ id: string; text: string }>).flatMap((document) => {
    const own = figures.filter((figure) => figure.documentId === document.id).sort((a, b) => a.start - b.start);
    return describeFigures(document.text, own);
  });
}

/** A figure record without what schema version 4 describes. */
export function withoutDescription(figure: object): object {
  const { metric: _metric, period: _period, scope: _scope, ...rest } = figure as { metric?: string; period?: string; scope?: string };
  return rest;
}
