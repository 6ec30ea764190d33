import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInput } from '../../../shared/audit/__fixtures__/event-input';
import { sealEvent, type AuditEvent } from '../../../shared/audit/event';
import { normalizeFingerprint } from '../../../shared/audit/seal';
import { AUDIT_TRAIL_COLUMNS, auditTrailCsv } from '../../../shared/export/audit-trail-csv';
import { FILE_PERMISSIONS_ONLY } from '../secrets';
import { loadSigningKey, type SigningKey } from './signing-key';
import { verifyTrailBytes } from './verify-trail-file';

let dir: string;
let key: SigningKey;
let otherKey: SigningKey;
let trusted: Set<string>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-trail-'));
  key = await loadSigningKey(join(dir, 'ours'), FILE_PERMISSIONS_ONLY);
  otherKey = await loadSigningKey(join(dir, 'theirs'), FILE_PERMISSIONS_ONLY);
  trusted = new Set([normalizeFingerprint(key.fingerprint)]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const NOTES = ['与附注7不符, see "table 4"', 'line one\nline two', '=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', "'quoted", '4300', '90%', undefined];

function events(count = NOTES.length): AuditEvent[] {
  const trail: AuditEvent[] = [];
  for (let i = 0; i < count; i++) {
    trail.push(sealEvent(eventInput({ note: NOTES[i % NOTES.length], figureId: `fig-${i}`, at: `2026-11-23T10:00:${String(i % 60).padStart(2, '0')}.000Z` }), trail.at(-1)));
  }
  return trail;
}

function sealedCsv(trail: readonly AuditEvent[], signer = key): string {
  const seal = signer.seal({
    form: 1,
    engagementId: 'eng-1',
    engagementName: 'Alipay FY2020',
    eventCount: trail.length,
    headHash: trail.at(-1)!.hash,
    sealedAt: '2026-11-23T11:00:00.000Z',
    signer: 'Li Wei',
    role: 'preparer',
  });
  return auditTrailCsv(trail, seal, signer.fingerprint);
}

const verify = (csv: string) => verifyTrailBytes(new TextEncoder().encode(csv), trusted);

/** The CSV as rows of cells (header first), and back: edits as a person would make them in a spreadsheet. */
const table = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
const unparse = (rows: string[][]) => `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;

describe('verify-trail on an exported trail', () => {
  it('says intact, with the signer and the key, for the file as exported', () => {
    expect(verify(sealedCsv(events()))).toEqual({
      ok: true,
      eventCount: NOTES.length,
      engagementName: 'Alipay FY2020',
      signer: 'Li Wei',
      fingerprint: key.fingerprint,
      sealedAt: '2026-11-23T11:00:00.000Z',
    });
  });

  it('round-trips Chinese text, commas, quotes, newlines and formula-like cells through papaparse', () => {
    const rows = Papa.parse<Record<string, string>>(sealedCsv(events()).replace(/^\uFEFF/, ''), { header: true }).data;
    expect(rows[0]!.note).toBe('与附注7不符, see "table 4"');
    expect(rows[1]!.note).toBe('line one\nline two');
    expect(rows[2]!.note).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[6]!.note).toBe("''quoted");
    expect(rows[0]!.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  // Every column but the seal-only ones, changed in the third event's row (spreadsheet row 4).
  const EVENT_COLUMNS = AUDIT_TRAIL_COLUMNS.filter((c) => !['sealed_events', 'public_key', 'signature'].includes(c));
  it.each(EVENT_COLUMNS)('names the row when the %s cell of one event was changed', (column) => {
    const rows = table(sealedCsv(events()));
    const at = rows[0]!.indexOf(column);
    rows[3]![at] = column === 'seq' ? '7' : rows[3]![at] === '' ? '1' : `${rows[3]![at]}x`;
    const verdict = verify(unparse(rows));
    expect(verdict).toMatchObject({ ok: false, row: 4 });
  });

  it('names the seal row when a seal cell was changed', () => {
    for (const column of ['at', 'actor', 'engagement', 'sealed_events', 'public_key', 'signature', 'hash']) {
      const rows = table(sealedCsv(events()));
      const at = rows[0]!.indexOf(column);
      const seal = rows.at(-1)!;
      seal[at] = column === 'sealed_events' ? '9' : `${seal[at]!.slice(0, -1)}${seal[at]!.endsWith('0') ? '1' : '0'}`;
      expect(verify(unparse(rows)), column).toMatchObject({ ok: false, row: rows.length });
    }
  });

  it('fails a deleted, a swapped and a duplicated row, naming where', () => {
    const deleted = table(sealedCsv(events()));
    deleted.splice(3, 1);
    expect(verify(unparse(deleted))).toMatchObject({
      ok: false,
      row: 4,
      reason: 'event 4: expected event 3 here, found event 4',
      problem: { code: 'eventBreaks', seq: 4, link: { code: 'outOfOrder', expected: 3, found: 4 } },
    });
    const swapped = table(sealedCsv(events()));
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    expect(verify(unparse(swapped))).toMatchObject({ ok: false, row: 4 });
    const duplicated = table(sealedCsv(events()));
    duplicated.splice(4, 0, duplicated[3]!);
    expect(verify(unparse(duplicated))).toMatchObject({ ok: false, row: 5 });
  });

  it('fails a file cut at a row boundary and one cut mid-row', () => {
    const csv = sealedCsv(events());
    const lines = csv.split('\r\n');
    const atBoundary = lines.slice(0, -3).join('\r\n') + '\r\n';
    expect(verify(atBoundary)).toMatchObject({ ok: false, reason: expect.stringContaining('no seal') });
    const midRow = csv.slice(0, csv.length - 200);
    expect(verify(midRow)).toMatchObject({ ok: false });
  });

  it('fails the last rows removed together with the seal', () => {
    const rows = table(sealedCsv(events()));
    expect(verify(unparse(rows.slice(0, -3)))).toMatchObject({ ok: false, reason: expect.stringContaining('no seal') });
  });

  it('fails a seal kept after the last events were removed', () => {
    const rows = table(sealedCsv(events()));
    rows.splice(-3, 2);
    expect(verify(unparse(rows))).toMatchObject({ ok: false, row: rows.length, reason: expect.stringContaining('rows were removed'), problem: { code: 'sealCount', found: rows.length - 2 } });
  });

  it('fails a trail edited, re-hashed and re-sealed with another key, naming that key', () => {
    const forged = events().map((event) => ({ ...event }));
    forged[2] = { ...forged[2]!, note: 'forged' };
    const rehashed: AuditEvent[] = [];
    for (const { hash: _h, seq: _s, prevHash: _p, form: _f, ...input } of forged) rehashed.push(sealEvent(input, rehashed.at(-1)));
    const verdict = verify(sealedCsv(rehashed, otherKey));
    expect(verdict).toMatchObject({ ok: false, fingerprint: otherKey.fingerprint, reason: expect.stringContaining('not a key you trust') });
    expect(verifyTrailBytes(new TextEncoder().encode(sealedCsv(rehashed, otherKey)), new Set([normalizeFingerprint(otherKey.fingerprint)]))).toMatchObject({ ok: true });
  });

  it('fails a seal whose signature was made by another key than the one it names', () => {
    const rows = table(sealedCsv(events()));
    const foreign = table(sealedCsv(events(), otherKey));
    const signature = rows[0]!.indexOf('signature');
    rows.at(-1)![signature] = foreign.at(-1)![signature]!;
    expect(verify(unparse(rows))).toMatchObject({ ok: false, reason: expect.stringContaining('signature does not match') });
  });

  it('fails a header-only file, an empty file, a foreign CSV and a file that is not UTF-8', () => {
    const header = `\uFEFF${AUDIT_TRAIL_COLUMNS.join(',')}\r\n`;
    expect(verify(header)).toMatchObject({ ok: false, reason: expect.stringContaining('no events') });
    expect(verify('')).toMatchObject({ ok: false, reason: expect.stringContaining('no events') });
    expect(verify('name,amount\r\nrent,1200\r\n')).toMatchObject({ ok: false, reason: expect.stringContaining('no seq'), problem: { code: 'notTrail', columns: expect.stringMatching(/^seq, /) } });
    expect(verifyTrailBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xd8]), trusted)).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-8'), problem: { code: 'notUtf8' } });
  });

  it('fails rows added after the seal', () => {
    const rows = table(sealedCsv(events()));
    rows.push([...rows[2]!]);
    expect(verify(unparse(rows))).toMatchObject({ ok: false, row: rows.length, reason: expect.stringContaining('after the seal'), problem: { code: 'rowAfterSeal' } });
  });

  it('still verifies after a spreadsheet rewrote its numbers and percentages as it displays them', () => {
    const rows = table(sealedCsv(events()));
    const [header] = rows;
    const value = header!.indexOf('value');
    const note = header!.indexOf('note');
    for (const row of rows.slice(1, -1)) row[value] = Number(row[value]).toLocaleString('en-US');
    rows[9]![note] = '90.00%';
    rows[8]![note] = '4,300';
    expect(verify(unparse(rows))).toMatchObject({ ok: true });
  });

  it('reads a trail a European spreadsheet saved with semicolons', () => {
    const rows = table(sealedCsv(events()));
    const csv = `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n`;
    expect(verify(csv)).toMatchObject({ ok: true });
  });
});
