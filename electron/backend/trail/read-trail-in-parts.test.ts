import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInput } from '../../../shared/audit/__fixtures__/event-input';
import { sealEvent, type AuditEvent } from '../../../shared/audit/event';
import { normalizeFingerprint } from '../../../shared/audit/seal';
import { readAuditTrailCsv } from '../../../shared/export/audit-trail-read';
import { auditTrailCsv } from '../../../shared/export/audit-trail-csv';
import { FILE_PERMISSIONS_ONLY } from '../secrets';
import { nativeSha256Hex } from './native-sha256';
import { partThreads, readTrailInParts, readTrailPart, type PartReader } from './read-trail-in-parts';
import { IN_PARTS_MIN_BYTES } from './trail-file-bytes';
import { loadSigningKey, type SigningKey } from './signing-key';
import { verifyTrailBytes, verifyTrailFile } from './verify-trail-file';

let dir: string;
let key: SigningKey;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-trail-parts-'));
  key = await loadSigningKey(join(dir, 'data'), FILE_PERMISSIONS_ONLY);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A note of line after line, long enough that the middle of a short trail falls inside its quoted cell. */
const LONG_NOTE = Array.from({ length: 400 }, (_, line) => `第${line}行, "quoted", and a comma`).join('\r\n');
const NOTES = ['与附注7不符, see "table 4"', 'line one\nline two', undefined, '=SUM(A1)', '90%'];

function trailCsv(count: number, noteOf = (i: number) => NOTES[i % NOTES.length]): string {
  const events: AuditEvent[] = [];
  for (let i = 0; i < count; i++) {
    const note = noteOf(i);
    events.push(sealEvent(eventInput({ note, figureId: `fig-${i}`, engagementName: '支付宝 FY2020', actor: '李伟' }), events.at(-1)));
  }
  const seal = key.seal({
    form: 1,
    engagementId: 'eng-1',
    engagementName: '支付宝 FY2020',
    eventCount: count,
    headHash: events.at(-1)!.hash,
    sealedAt: '2026-11-23T11:00:00.000Z',
    signer: '李伟',
    role: 'preparer',
  });
  return auditTrailCsv(events, seal, key.fingerprint);
}

/** Parts read in this thread, one after the other: the same reading as a part thread's, without starting one per case. */
const inThisThread: PartReader = async (job) => readTrailPart(job);
const inParts = (bytes: Uint8Array, parts: number) => readTrailInParts(bytes, Array<PartReader>(parts - 1).fill(inThisThread));

async function onThreads(bytes: Uint8Array, count: number, threadUrl?: URL) {
  const threads = partThreads(count, threadUrl);
  try {
    return await readTrailInParts(bytes, threads.readers);
  } finally {
    await threads.stop();
  }
}
const encode = (csv: string) => new TextEncoder().encode(csv);
const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
const unparse = (table: string[][]) => `\uFEFF${Papa.unparse(table, { newline: '\r\n' })}\r\n`;

describe('reading a long trail in parts at once', () => {
  it('reads the same trail on part threads as read whole', async () => {
    const csv = trailCsv(60);
    const whole = readAuditTrailCsv(csv, nativeSha256Hex);
    expect(whole).toMatchObject({ ok: true, eventCount: 60 });
    expect(await onThreads(encode(csv), 2)).toEqual(whole);
  });

  it('reads the same trail in 2, 3, 5 and 8 parts as read whole', async () => {
    const csv = trailCsv(60);
    for (const parts of [2, 3, 5, 8]) expect(await inParts(encode(csv), parts), `${parts} parts`).toEqual(readAuditTrailCsv(csv, nativeSha256Hex));
  });

  it('cuts after a quoted cell of 400 lines that holds the middle of the file, not inside it', async () => {
    const csv = trailCsv(9, (i) => (i === 4 ? LONG_NOTE : NOTES[i % NOTES.length]));
    expect(csv.indexOf(LONG_NOTE)).toBeLessThan(csv.length / 2);
    expect(csv.indexOf(LONG_NOTE) + LONG_NOTE.length).toBeGreaterThan(csv.length / 2);
    expect(await inParts(encode(csv), 2)).toEqual(readAuditTrailCsv(csv, nativeSha256Hex));
  });

  it('reads an LF-only trail saved by a spreadsheet in parts too', async () => {
    const lf = unparse(rows(trailCsv(30))).replace(/\r\n/g, '\n');
    expect(readAuditTrailCsv(lf, nativeSha256Hex)).toMatchObject({ ok: true });
    expect(await inParts(encode(lf), 3)).toEqual(readAuditTrailCsv(lf, nativeSha256Hex));
  });

  it('leaves every damaged trail to the whole reading, whichever part the damage is in', async () => {
    const table = rows(trailCsv(40));
    const edited = table.map((row) => [...row]);
    edited[33]![edited[0]!.indexOf('actor')] = 'Someone Else';
    const swapped = table.map((row) => [...row]);
    [swapped[20], swapped[21]] = [swapped[21]!, swapped[20]!];
    const deleted = table.filter((_, index) => index !== 21);
    const appended = [...table, table[5]!];
    const cut = unparse(table).slice(0, -300);
    for (const [name, csv] of Object.entries({ edited: unparse(edited), swapped: unparse(swapped), deleted: unparse(deleted), appended: unparse(appended), cut })) {
      expect(readAuditTrailCsv(csv, nativeSha256Hex), name).toMatchObject({ ok: false });
      for (const parts of [2, 4]) expect(await inParts(encode(csv), parts), `${name} in ${parts} parts`).toBeUndefined();
    }
    const notUtf8 = encode(unparse(table));
    notUtf8[notUtf8.length - 500] = 0xff; // in the last part, whatever the number of parts
    for (const parts of [2, 4]) expect(await inParts(notUtf8, parts), `not UTF-8 in ${parts} parts`).toBeUndefined();
  });

  it('leaves the trail to the whole reading when a part thread cannot be started', async () => {
    const csv = trailCsv(20);
    expect(await onThreads(encode(csv), 1, new URL('./no-such-thread.js', import.meta.url))).toBeUndefined();
  });

  it('verifies a trail file long enough to be read in parts, and names the same row as the whole reading when one cell was changed', async () => {
    // Few events with long notes: a file past the size read in parts, made quickly.
    const count = Math.ceil(IN_PARTS_MIN_BYTES / 3000);
    const csv = trailCsv(count, (i) => `${i}: ${'与附注7不符, see "table 4"\r\n'.repeat(100)}`);
    expect(encode(csv).length).toBeGreaterThan(IN_PARTS_MIN_BYTES);
    const trusted = new Set([normalizeFingerprint(key.fingerprint)]);
    const path = join(dir, 'long.csv');
    await writeFile(path, csv);
    expect(await verifyTrailFile(path, trusted)).toMatchObject({ ok: true, eventCount: count });

    const table = rows(csv);
    const row = table.length - 100;
    table[row - 1]![table[0]!.indexOf('value')] = '4800';
    await writeFile(path, unparse(table));
    const verdict = await verifyTrailFile(path, trusted);
    expect(verdict).toMatchObject({ ok: false, row, reason: expect.stringContaining('content was changed') });
    expect(verdict).toEqual(verifyTrailBytes(encode(unparse(table)), trusted));
  }, 90_000); // threads started through tsx, a few MB of trail: seconds on a loaded machine
});
