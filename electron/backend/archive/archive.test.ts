import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInput } from '../../../shared/audit/__fixtures__/event-input';
import { sealEvent, type AuditEvent } from '../../../shared/audit/event';
import type { JournalEntry } from '../../../shared/audit/journal-entry';
import { normalizeFingerprint } from '../../../shared/audit/seal';
import type { Engagement, ReportDocument } from '../../../shared/domain/records';
import { journalDirIn, openJournal, type Journal } from '../journal/journal';
import { FILE_PERMISSIONS_ONLY } from '../secrets';
import { loadSigningKey, type SigningKey } from '../trail/signing-key';
import { verifyTrailBytes } from '../trail/verify-trail-file';
import { archiveHandlers } from './archive-handlers';

let dir: string;
let key: SigningKey;
let journal: Journal;
const original = strToU8('Alipay served over 550 million users in 2019.');
const sha256 = createHash('sha256').update(original).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-archive-'));
  key = await loadSigningKey(join(dir, 'data'), FILE_PERMISSIONS_ONLY);
  journal = openJournal(journalDirIn(join(dir, 'data')));
  expect(await journal.originals.keep(original)).toMatchObject({ ok: true });
  const engagement: Engagement = { id: 'eng-1', name: 'Alipay FY2020', createdAt: '2026-11-29T09:00:00.000Z', members: [{ name: 'Li Wei', role: 'preparer' }] };
  const document = { id: 'doc-1', engagementId: 'eng-1', fileName: 'alipay.txt', format: 'txt', sha256, byteLength: original.length, text: 'Alipay served over 550 million users in 2019.', pages: [{ start: 0, end: 45, number: 1, hasText: true }], warnings: [], importedAt: '2026-11-29T09:01:00.000Z' } satisfies ReportDocument;
  const entries: JournalEntry[] = [];
  const add = (event: Omit<Parameters<typeof sealEvent>[0], never>, records: JournalEntry['records']) => {
    const sealed: AuditEvent = sealEvent(event, entries.at(-1)?.event);
    entries.push({ event: sealed, records });
  };
  add(eventInput({ action: 'engagement.created', documentId: undefined, document: undefined, figureId: undefined, figure: undefined, fromStatus: undefined, toStatus: undefined }), { engagement });
  add(eventInput({ action: 'document.imported', document: { name: 'alipay.txt', sha256 }, figureId: undefined, figure: undefined, fromStatus: undefined, toStatus: undefined }), { document });
  add(eventInput({ action: 'figure.confirmed', note: '与附注7相符' }), { verdicts: [{ figureId: 'fig-1', engagementId: 'eng-1', status: 'confirmed', at: '2026-11-29T09:02:00.000Z', actor: 'Li Wei' }] });
  expect(await journal.append(entries)).toMatchObject({ ok: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const handlers = (path: string | null) =>
  archiveHandlers({ journal, signingKey: async () => key, chooseSavePath: async () => path, dialogConfirmsOverwrite: false });
const trusted = () => new Set([normalizeFingerprint(key.fingerprint)]);

describe('the engagement archive', () => {
  it('exports the whole engagement and reads it back: entries, originals and who sealed it', async () => {
    const path = join(dir, 'one.tickmark');
    const saved = await handlers(path)['archive:export']({ engagementId: 'eng-1', suggestedName: 'x.tickmark', signer: 'Li Wei', role: 'preparer' });
    expect(saved).toMatchObject({ status: 'saved', path, eventCount: 3, key: { fingerprint: key.fingerprint } });
    const bytes = new Uint8Array(await readFile(path));
    const read = await handlers(null)['archive:import']({ fileName: 'one.tickmark', bytes });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.entries.map((entry) => entry.event.seq)).toEqual([1, 2, 3]);
    expect(read.value.entries[1]!.records.document?.fileName).toBe('alipay.txt');
    expect(read.value.originals).toEqual([{ sha256, bytes: original }]);
    expect(read.value.seal).toMatchObject({ signer: 'Li Wei', fingerprint: key.fingerprint });
    expect(verifyTrailBytes(bytes, trusted())).toMatchObject({ ok: true, eventCount: 3, engagementName: 'Alipay FY2020' });
  });

  it('never seals a journal whose chain no longer verifies (a line edited on disk)', async () => {
    const file = join(journalDirIn(join(dir, 'data')), 'eng-1.jsonl');
    const original = await readFile(file, 'utf8');
    try {
      await writeFile(file, original.replace('与附注7相符', '与附注7不符'));
      const edited = openJournal(journalDirIn(join(dir, 'data')));
      const answer = await archiveHandlers({ journal: edited, signingKey: async () => key, chooseSavePath: async () => join(dir, 'never.tickmark'), dialogConfirmsOverwrite: false })['archive:export']({ engagementId: 'eng-1', suggestedName: 'x.tickmark', signer: 'Li Wei', role: 'preparer' });
      expect(answer).toEqual({ status: 'failed', message: expect.stringContaining('event 3 does not verify'), reason: { code: 'trail.unverified', params: { seq: 3 }, detail: 'its content was changed after it was recorded', link: { code: 'contentChanged' } } });
    } finally {
      await writeFile(file, original);
    }
  });

  it('never replaces an existing file without a dialog that asked', async () => {
    const path = join(dir, 'taken.tickmark');
    await writeFile(path, 'mine');
    const answer = await handlers(path)['archive:export']({ engagementId: 'eng-1', suggestedName: 'x.tickmark', signer: 'Li Wei', role: 'preparer' });
    expect(answer).toMatchObject({ status: 'failed', message: expect.stringContaining('taken.tickmark') });
    expect(await readFile(path, 'utf8')).toBe('mine');
  });

  describe('refuses an archive whose parts do not agree, saying why', () => {
    let parts: Record<string, Uint8Array>;
    beforeAll(async () => {
      const path = join(dir, 'base.tickmark');
      await handlers(path)['archive:export']({ engagementId: 'eng-1', suggestedName: 'x.tickmark', signer: 'Li Wei', role: 'preparer' });
      parts = unzipSync(new Uint8Array(await readFile(path)));
    });
    const tampered = (change: (files: Record<string, Uint8Array>) => void) => {
      const files = { ...parts };
      change(files);
      return zipSync(files);
    };
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

    it.each<[string, (files: Record<string, Uint8Array>) => void, string, string]>([
      ['an edited journal entry', (f) => (f['journal.jsonl'] = strToU8(text(f['journal.jsonl']!).replace('与附注7相符', '与附注7不符'))), 'event 3 of its journal does not verify', 'archive.journalBreaks'],
      ['a journal cut short', (f) => (f['journal.jsonl'] = strToU8(text(f['journal.jsonl']!).split('\n').slice(0, 2).join('\n') + '\n')), 'does not end where its manifest says', 'archive.journalEnds'],
      ['a replaced original', (f) => (f[`originals/${sha256}`] = strToU8('other bytes')), 'is not the file of that SHA-256', 'archive.originalChanged'],
      ['a missing original', (f) => delete f[`originals/${sha256}`], 'lacks the original', 'archive.missingPart'],
      ['an edited trail', (f) => (f['trail.csv'] = strToU8(text(f['trail.csv']!).replace('与附注7相符', '与附注7不符'))), 'trail.csv does not verify at row 4', 'archive.trailUnverified'],
      ['a foreign file', (f) => (f['run.sh'] = strToU8('rm -rf /')), 'which no Tickmark archive holds', 'archive.foreignFile'],
      ['a journal line that is not JSON', (f) => (f['journal.jsonl'] = strToU8(text(f['journal.jsonl']!).replace(/\n/, '\n{oops\n'))), 'line 2 of its journal is not JSON', 'archive.lineNotJson'],
      ['a journal line that is no entry', (f) => (f['journal.jsonl'] = strToU8(text(f['journal.jsonl']!).replace(/\n/, '\n{"event":{}}\n'))), 'line 2 of its journal is not a journal entry', 'archive.lineNotEntry'],
    ])('%s', async (_what, change, reason, code) => {
      const answer = await handlers(null)['archive:import']({ fileName: 'bad.tickmark', bytes: tampered(change) });
      expect(answer).toEqual({ ok: false, error: { message: expect.stringContaining(reason), reason: expect.objectContaining({ code }) } });
      expect(answer.ok ? '' : answer.error.message).toMatch(/^bad\.tickmark was not imported: /);
    });

    it('names the trail reader\'s problem by code, with its row and event, inside the archive\'s reason', async () => {
      const edited = tampered((f) => (f['trail.csv'] = strToU8(text(f['trail.csv']!).replace('与附注7相符', '与附注7不符'))));
      const answer = await handlers(null)['archive:import']({ fileName: 'bad.tickmark', bytes: edited });
      expect(answer.ok ? null : answer.error.reason).toEqual({
        code: 'archive.trailUnverified',
        params: { part: 'trail.csv' },
        cause: { code: 'trailCsv.eventBreaks', params: { row: 4, seq: 3 }, link: { code: 'contentChanged' } },
      });
      const line = tampered((f) => (f['journal.jsonl'] = strToU8(text(f['journal.jsonl']!).replace(/\n/, '\n{"event":{}}\n'))));
      const refused = await handlers(null)['archive:import']({ fileName: 'bad.tickmark', bytes: line });
      expect(refused.ok ? null : refused.error.reason).toEqual({ code: 'archive.lineNotEntry', params: { line: 2, field: 'event' }, detail: expect.any(String) });
    });

    it('says an archive cut short without the ZIP reader\'s English', async () => {
      const whole = tampered(() => undefined);
      const answer = await handlers(null)['archive:import']({ fileName: 'cut.tickmark', bytes: whole.subarray(0, whole.length - 40) });
      expect(answer).toEqual({ ok: false, error: { message: expect.stringMatching(/^cut\.tickmark was not imported: it is not a readable ZIP archive \(/), reason: { code: 'archive.cutShort' } } });
    });

    it('a file that is not an archive, and a ZIP whose one entry claims 3 GB', async () => {
      expect(await handlers(null)['archive:import']({ fileName: 'x.tickmark', bytes: strToU8('hello') })).toEqual({
        ok: false,
        error: { message: expect.stringContaining('not a Tickmark archive'), reason: { code: 'archive.notZip' } },
      });
      const bomb = zipSync({ 'journal.jsonl': new Uint8Array(1024) });
      // Patch the central directory's uncompressed size of the one entry to 3 GB.
      const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
      let central = -1;
      for (let i = 0; i + 4 <= bomb.length; i++) if (view.getUint32(i, true) === 0x02014b50) central = i;
      view.setUint32(central + 24, 3 * 1024 ** 3, true);
      expect(await handlers(null)['archive:import']({ fileName: 'bomb.tickmark', bytes: bomb })).toEqual({
        ok: false,
        error: { message: expect.stringMatching(/would unpack to \d+ MB|damaged|another size/), reason: { code: 'archive.partTooLarge', params: { part: 'journal.jsonl', size: 3072, max: 2048 } } },
      });
    });
  });
});
