import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInput } from '../../shared/audit/__fixtures__/event-input';
import { sealEvent, type AuditEvent } from '../../shared/audit/event';
import { auditTrailCsv } from '../../shared/export/audit-trail-csv';
import { main } from '../cli';
import { IN_PARTS_MIN_BYTES } from '../backend/trail/trail-file-bytes';
import { FILE_PERMISSIONS_ONLY } from '../backend/secrets';
import { loadSigningKey, type SigningKey } from '../backend/trail/signing-key';
import type { CliIo } from './io';

let dir: string;
let ours: SigningKey;
let theirs: SigningKey;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-verify-'));
  ours = await loadSigningKey(path('data'), FILE_PERMISSIONS_ONLY);
  theirs = await loadSigningKey(path('colleague'), FILE_PERMISSIONS_ONLY);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await main(['verify-trail', '--data-dir', path('data'), ...argv], io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function exportedTrail(name: string, key = ours, edit: (csv: string) => string = (csv) => csv): Promise<string> {
  const events: AuditEvent[] = [];
  for (const action of ['engagement.created', 'figure.confirmed', 'figure.disputed'] as const) {
    events.push(sealEvent(eventInput({ action, note: `${action} note` }), events.at(-1)));
  }
  const seal = key.seal({ form: 1, engagementId: 'eng-1', engagementName: 'FY2020', eventCount: 3, headHash: events[2]!.hash, sealedAt: '2026-11-29T10:00:00.000Z', signer: 'Mei Chen', role: 'preparer' });
  await writeFile(path(name), edit(auditTrailCsv(events, seal, key.fingerprint)));
  return path(name);
}

describe('tickmark verify-trail', () => {
  it('says an untouched export is intact, by whom and with which key, and exits 0', async () => {
    const file = await exportedTrail('trail.csv');
    const { code, stdout } = await run(file);
    expect(code).toBe(0);
    expect(stdout).toBe(`${file}: intact. 3 events of "FY2020", each linked to the one before, sealed 2026-11-29T10:00:00.000Z by Mei Chen with key ${ours.fingerprint}.\n`);
  });

  it('names the row of the first edited event and exits 1', async () => {
    const file = await exportedTrail('edited.csv', ours, (csv) => csv.replace('figure.confirmed note', 'figure.confirmed: see WP 7'));
    const { code, stderr } = await run(file);
    expect(code).toBe(1);
    expect(stderr).toBe(`${file}: NOT VERIFIED at row 3: event 2: its content was changed after it was recorded.\n`);
  });

  it('fails a trail sealed by a key it does not trust, and passes it once trusted with --trust', async () => {
    const file = await exportedTrail('colleague.csv', theirs);
    const refused = await run(file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`sealed with Mei Chen's key ${theirs.fingerprint}, which is not a key you trust`);
    const accepted = await run('--trust', theirs.fingerprint.replaceAll(' ', ':').toUpperCase(), file);
    expect(accepted).toMatchObject({ code: 0, stdout: expect.stringContaining('intact') });
  });

  it('refuses a CSV that is not an audit trail and a missing file, naming them', async () => {
    await writeFile(path('other.csv'), 'a,b\r\n1,2\r\n');
    const { code, stderr } = await run(path('other.csv'), path('missing.csv'));
    expect(code).toBe(1);
    expect(stderr).toContain(`${path('other.csv')}: NOT VERIFIED: it is not an audit trail exported by this version of Tickmark`);
    expect(stderr).toContain(`Could not verify "${path('missing.csv')}": the file does not exist.`);
  });

  it('reports a missing first file, whose reading starts before the verifying code loads, and goes on to the next', async () => {
    const file = await exportedTrail('after-missing.csv');
    const { code, stdout, stderr } = await run(path('gone.csv'), file);
    expect(code).toBe(1);
    expect(stderr).toBe(`Could not verify "${path('gone.csv')}": the file does not exist.\n`);
    expect(stdout).toContain(`${file}: intact. 3 events`);
  });

  it('verifies a trail long enough to be read in parts, one per core; names the row of a cell changed in its second half, and a byte that is not UTF-8', async () => {
    const events: AuditEvent[] = [];
    const count = Math.ceil(IN_PARTS_MIN_BYTES / 2500);
    for (let i = 0; i < count; i++) {
      const note = `${i}: ${'与附注7不符, see "table 4"\r\n'.repeat(80)}`;
      events.push(sealEvent(eventInput({ note, figureId: `fig-${i}`, actor: '李伟', engagementName: '支付宝 FY2020' }), events.at(-1)));
    }
    const seal = ours.seal({ form: 1, engagementId: 'eng-1', engagementName: '支付宝 FY2020', eventCount: count, headHash: events.at(-1)!.hash, sealedAt: '2026-11-29T10:00:00.000Z', signer: '李伟', role: 'preparer' });
    const csv = auditTrailCsv(events, seal, ours.fingerprint);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(IN_PARTS_MIN_BYTES);
    await writeFile(path('long.csv'), csv);
    expect(await run(path('long.csv'))).toMatchObject({ code: 0, stdout: expect.stringContaining(`intact. ${count} events of "支付宝 FY2020", each linked to the one before, sealed 2026-11-29T10:00:00.000Z by 李伟`) });

    const seq = count - 10;
    await writeFile(path('long-edited.csv'), csv.replace(`fig-${seq - 1},`, `fig-${seq - 1}x,`));
    const edited = await run(path('long-edited.csv'));
    expect(edited).toMatchObject({ code: 1, stderr: `${path('long-edited.csv')}: NOT VERIFIED at row ${seq + 1}: event ${seq}: its content was changed after it was recorded.\n` });

    const notUtf8 = Buffer.from(csv);
    notUtf8[notUtf8.length - 1000] = 0xff; // no UTF-8 sequence holds this byte; in the last part
    await writeFile(path('long-not-utf8.csv'), notUtf8);
    expect(await run(path('long-not-utf8.csv'))).toMatchObject({ code: 1, stderr: expect.stringContaining('NOT VERIFIED: it is not UTF-8 text') });
  }, 90_000); // threads started through tsx, a few MB of trail: seconds on a loaded machine

  it('escapes terminal control characters in the file name it prints', async () => {
    const file = await exportedTrail('evil\u001b[2Jname.csv');
    const { stdout } = await run(file);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('evil\\x1b[2Jname.csv');
  });
});
