import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { err, ok } from '../../../shared/domain/result';
import { channels } from '../../../shared/ipc/contract';
import type { ParsedReport } from '../../../shared/domain/report';
import { FILE_PERMISSIONS_ONLY } from '../secrets';
import { engagementJournal } from './__fixtures__/entries';
import { openJournal } from './journal';
import { importKeepingOriginal, journalHandlers } from './journal-handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-journal-handlers-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A fresh copy each time: an import moves its bytes away. */
const reportBytes = () => new TextEncoder().encode('Over 550 million users.');
const sha256 = createHash('sha256').update(reportBytes()).digest('hex');
const report: ParsedReport = { fileName: 'q3.txt', format: 'txt', sha256, byteLength: 23, text: '', pages: [], figures: [], warnings: [] };

describe('the journal channels', () => {
  it('answer the status with the data folder and how the signing key is kept', async () => {
    const handlers = journalHandlers(openJournal(join(dir, 'journal')), { dataDir: dir, secrets: FILE_PERMISSIONS_ONLY });
    await handlers['journal:append']({ entries: engagementJournal().entries(2) });
    expect(await handlers['journal:status']({})).toMatchObject({
      dataDir: dir,
      journalDir: join(dir, 'journal'),
      keyProtection: 'file-permissions',
      engagements: [{ engagementId: 'eng-1', count: 2 }],
      problems: [],
    });
  });

  it.each([
    ['journal:append', { entries: [] }],
    ['journal:append', { entries: [{ event: { seq: 1 }, records: {} }] }],
    ['journal:read', { engagementId: '../../etc', afterSeq: 0 }],
    ['journal:read', { engagementId: 'eng-1', afterSeq: -1 }],
    ['journal:original', { sha256: '../secret' }],
    ['journal:keepOriginal', { bytes: 'not bytes' }],
  ] as const)('refuse an invalid request on %s', (channel, request) => {
    expect(channels[channel].request.safeParse(request).success).toBe(false);
  });

  it('refuse an entry whose records belong to another engagement', () => {
    const [created] = engagementJournal().entries(1);
    const foreign = { ...created!, records: { engagement: { ...created!.records.engagement!, id: 'eng-2' } } };
    expect(channels['journal:append'].request.safeParse({ entries: [created] }).success).toBe(true);
    expect(channels['journal:append'].request.safeParse({ entries: [foreign] }).success).toBe(false);
  });
});

describe('importing a report', () => {
  it('keeps its original beside the journal before the import moves the bytes away', async () => {
    const journal = openJournal(join(dir, 'journal'));
    const bytes = reportBytes();
    const imported = await importKeepingOriginal(journal, { fileName: 'q3.txt', bytes }, async () => {
      structuredClone(bytes.buffer, { transfer: [bytes.buffer] }); // as the importer's postMessage does
      return ok(report);
    });
    expect(imported).toEqual(ok(report));
    expect(await readdir(join(dir, 'journal', 'originals'))).toEqual([sha256]);
    expect(await journal.originals.read(sha256)).toMatchObject({ ok: true });
  });

  it('forgets the original of a report that was not imported', async () => {
    const journal = openJournal(join(dir, 'journal'));
    const failed = err({ code: 'cancelled' as const, fileName: 'q3.txt', message: 'cancelled' });
    expect(await importKeepingOriginal(journal, { fileName: 'q3.txt', bytes: reportBytes() }, async () => failed)).toEqual(failed);
    expect(await readdir(join(dir, 'journal', 'originals'))).toEqual([]);
  });

  it('imports nothing when the original cannot be kept, and says why by code as well as in English', async () => {
    await mkdir(join(dir, 'journal'), { recursive: true });
    await writeFile(join(dir, 'journal', 'originals'), 'a file where the folder should be');
    let imported = false;
    const answer = await importKeepingOriginal(openJournal(join(dir, 'journal')), { fileName: 'q3.txt', bytes: reportBytes() }, async () => ((imported = true), ok(report)));
    expect(imported).toBe(false);
    expect(answer).toEqual(
      err({
        code: 'not-kept',
        fileName: 'q3.txt',
        message: expect.stringMatching(/^q3\.txt was not imported: Could not keep a copy of the original in .*originals: .* Then import it again\.$/),
        reason: { code: 'original.notKept', params: { dir: join(dir, 'journal', 'originals') }, file: expect.objectContaining({ code: expect.any(String) }) },
      }),
    );
    expect(channels['reports:import'].response.safeParse(answer).success).toBe(true);
  });
});
