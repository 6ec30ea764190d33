import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInput } from '../../../shared/audit/__fixtures__/event-input';
import { sealEvent, type AuditEvent } from '../../../shared/audit/event';
import { normalizeFingerprint } from '../../../shared/audit/seal';
import { auditTrailCsv } from '../../../shared/export/audit-trail-csv';
import { FILE_PERMISSIONS_ONLY } from '../secrets';
import { loadSigningKey } from './signing-key';
import { verifyTrailBytes } from './verify-trail-file';

/**
 * The promise a spreadsheet user relies on: open the exported trail in LibreOffice Calc, save it
 * again as CSV without an edit, and it still verifies. Runs the real soffice (Debian's
 * libreoffice-calc-nogui, installed by .ci/run); on a machine without it the test is skipped, on CI it must run.
 */
const SOFFICE = '/usr/bin/soffice';
const available = existsSync(SOFFICE);
if (!available && process.env.CI) throw new Error('CI needs LibreOffice (libreoffice-calc-nogui) for the spreadsheet round trip.');

/** Comma, double quote, UTF-8, from line 1, and "detect special numbers" on: the most eager import. */
const IMPORT = 'CSV:44,34,76,1,,1033,false,false,true';
const EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-calc-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.skipIf(!available)('a trail opened in LibreOffice Calc and saved again as CSV', () => {
  it('still verifies', { timeout: 120_000 }, async () => {
    const key = await loadSigningKey(join(dir, 'data'), FILE_PERMISSIONS_ONLY);
    const trail: AuditEvent[] = [];
    const notes = ['90%', '4300', '1,324.9', '007', '=1+1', '-2', '与附注7不符, "表 4"', 'line one\nline two', '3.5E+2', undefined];
    for (const [i, note] of notes.entries()) {
      const figure = { text: i % 2 ? '90%' : '4,300万', start: 10 * i, end: 10 * i + 4, page: i + 1, value: i % 2 ? 90 : 43_000_000, valueMax: i === 3 ? 0.495 : undefined, unit: i % 2 ? '%' : '', qualifier: 'over' as const };
      trail.push(sealEvent(eventInput({ note, figure, at: `2026-11-29T15:0${i}:00.123Z` }), trail.at(-1)));
    }
    const seal = key.seal({ form: 1, engagementId: 'eng-1', engagementName: '阿里巴巴 ESG 2022', eventCount: trail.length, headHash: trail.at(-1)!.hash, sealedAt: '2026-11-29T16:00:00.000Z', signer: '王审计', role: 'reviewer' });
    const input = join(dir, 'trail.csv');
    await writeFile(input, auditTrailCsv(trail, seal, key.fingerprint));
    const out = join(dir, 'out');
    await promisify(execFile)(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, `--infilter=${IMPORT}`, '--convert-to', EXPORT, '--outdir', out, input], { timeout: 110_000 });
    const saved = await readFile(join(out, 'trail.csv'));
    expect(saved.equals(await readFile(input))).toBe(false); // Calc did rewrite it (at least the BOM)
    expect(verifyTrailBytes(saved, new Set([normalizeFingerprint(key.fingerprint)]))).toMatchObject({ ok: true, eventCount: notes.length });
  });
});
