import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInput } from '../../../shared/audit/__fixtures__/event-input';
import { sealEvent, type AuditEvent } from '../../../shared/audit/event';
import { normalizeFingerprint } from '../../../shared/audit/seal';
import { FILE_PERMISSIONS_ONLY } from '../secrets';
import { exportTrail, utf8Batches } from './export-trail';
import { loadSigningKey, type SigningKey } from './signing-key';
import { verifyTrailFile } from './verify-trail-file';

let dir: string;
let key: SigningKey;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-export-'));
  key = await loadSigningKey(join(dir, 'key'), FILE_PERMISSIONS_ONLY);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function trail(count: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < count; i++) events.push(sealEvent(eventInput({ figureId: `fig-${i}`, note: i % 7 ? undefined : `与附注${i}不符, "table"` }), events.at(-1)));
  return events;
}

const exported = (events: AuditEvent[], name: string) =>
  exportTrail({ engagementId: 'eng-1', engagementName: 'Alipay FY2020', events, signer: 'Li Wei', role: 'preparer' }, key, join(dir, name));

describe('exportTrail', () => {
  it('writes a trail of many chunks and many write batches that verify-trail finds intact, every event in order', async () => {
    const events = trail(2_345);
    expect(await exported(events, 'long.csv')).toMatchObject({ status: 'saved', eventCount: 2_345 });
    const verdict = await verifyTrailFile(join(dir, 'long.csv'), new Set([normalizeFingerprint(key.fingerprint)]));
    expect(verdict).toMatchObject({ ok: true, eventCount: 2_345, signer: 'Li Wei' });
    const rows = (await readFile(join(dir, 'long.csv'), 'utf8')).trimEnd().split('\r\n');
    expect(rows).toHaveLength(2_345 + 2);
    expect(rows.at(-2)).toContain(`sha256:${events.at(-1)!.hash}`);
  });

  it('never seals a chain with an edited event, and writes nothing', async () => {
    const events = trail(300);
    events[150] = { ...events[150]!, note: 'edited on disk' };
    expect(await exported(events, 'edited.csv')).toEqual({
      status: 'failed',
      message: expect.stringContaining('event 151 does not verify'),
      reason: { code: 'trail.unverified', params: { seq: 151 }, detail: 'its content was changed after it was recorded', link: { code: 'contentChanged' } },
    });
    await expect(readFile(join(dir, 'edited.csv'))).rejects.toThrow(/ENOENT/);
  });
});

describe('utf8Batches', () => {
  it('encodes the pieces in order into batches of at least the size asked, the last one with the rest', async () => {
    const pieces = ['ab', '万吨', 'cd', 'é', 'xyz'];
    const batches: Uint8Array[] = [];
    for await (const batch of utf8Batches(pieces, 4)) batches.push(batch);
    expect(batches.map((batch) => batch.length)).toEqual([8, 4, 3]);
    expect(Buffer.concat(batches).toString('utf8')).toBe(pieces.join(''));
  });
});
