import { appendFile, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import legacyTrail from '../../../shared/audit/__fixtures__/form-1-trail.json';
import { verifyChain, type LegacyAuditEvent } from '../../../shared/audit/event';
import type { StoredEntry } from '../../../shared/ipc/journal-schemas';
import { engagementJournal } from './__fixtures__/entries';
import { openJournal, type Journal } from './journal';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickmark-journal-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const fileOf = (engagementId = 'eng-1') => join(dir, `${engagementId}.jsonl`);

async function readAll(journal: Journal, engagementId = 'eng-1', afterSeq = 0): Promise<StoredEntry[]> {
  const read = await journal.read(engagementId, afterSeq);
  if (!read.ok) throw new Error(read.error.message);
  return read.value.entries;
}

describe('the journal', () => {
  it('appends entries as JSON lines on disk and reads them back, also after reopening', async () => {
    const entries = engagementJournal().entries(4);
    const journal = openJournal(dir);
    expect(await journal.append(entries.slice(0, 2))).toEqual({ ok: true, value: { appended: 2 } });
    expect(await journal.append(entries.slice(2))).toEqual({ ok: true, value: { appended: 2 } });

    const lines = (await readFile(fileOf(), 'utf8')).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual(entries);
    expect(await readAll(journal)).toEqual(entries);

    const reopened = openJournal(dir);
    expect(await readAll(reopened)).toEqual(entries);
    const status = await reopened.status();
    expect(status.problems).toEqual([]);
    expect(status.engagements).toEqual([
      { engagementId: 'eng-1', name: 'Alipay FY2020', count: 4, headSeq: 4, headHash: entries[3]!.event.hash },
    ]);
    expect(status.lastWriteAt).not.toBeNull();
  });

  it('carries a report of several megabytes in one line, across the reader’s chunks', async () => {
    const fixture = engagementJournal();
    const [created, imported] = fixture.entries(2);
    const text = '二氧化碳排放量29591.48tCO2e; '.repeat(150_000);
    const large = { ...imported!, records: { ...imported!.records, document: { ...fixture.document, text } } };
    const journal = openJournal(dir);
    expect((await journal.append([created!, large])).ok).toBe(true);
    expect((await stat(fileOf())).size).toBeGreaterThan(3 * 1024 * 1024);
    const [, readBack] = await readAll(openJournal(dir));
    expect(readBack!.records.document!.text).toBe(text);
  });

  it('keeps the order in which appends were called, one writer at a time', async () => {
    const entries = engagementJournal().entries(60);
    const journal = openJournal(dir);
    const answers = await Promise.all(entries.map((entry) => journal.append([entry])));
    expect(answers.every((answer) => answer.ok)).toBe(true);

    const onDisk = (await readFile(fileOf(), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as StoredEntry);
    expect(onDisk.map((entry) => entry.event.seq)).toEqual(entries.map((_, i) => i + 1));
    expect(verifyChain(onDisk.map((entry) => entry.event))).toEqual({ ok: true, length: 60 });
  });

  it('keeps engagements apart, one file each', async () => {
    const first = engagementJournal('eng-1', 'First').entries(3);
    const second = engagementJournal('eng-2', 'Second').entries(2);
    const journal = openJournal(dir);
    expect((await journal.append([first[0]!, second[0]!, first[1]!, second[1]!, first[2]!])).ok).toBe(true);
    expect(await readAll(journal, 'eng-2')).toEqual(second);
    const status = await openJournal(dir).status();
    expect(status.engagements.map(({ name, count }) => ({ name, count }))).toEqual([
      { name: 'First', count: 3 },
      { name: 'Second', count: 2 },
    ]);
  });

  it('replays in seq order from after a given event, in pages when asked for less', async () => {
    const entries = engagementJournal().entries(10);
    const journal = openJournal(dir);
    await journal.append(entries);
    expect((await readAll(journal, 'eng-1', 7)).map((entry) => entry.event.seq)).toEqual([8, 9, 10]);
    expect(await readAll(journal, 'eng-1', 10)).toEqual([]);
    expect(await readAll(journal, 'no-such-engagement')).toEqual([]);

    const firstPage = await journal.read('eng-1', 0, 1);
    expect(firstPage).toMatchObject({ ok: true, value: { complete: false } });
    expect(firstPage.ok && firstPage.value.entries.map((entry) => entry.event.seq)).toEqual([1]);
  });

  it('takes an entry sent again once, and refuses a gap, a fork and a forged hash', async () => {
    const entries = engagementJournal().entries(4);
    const journal = openJournal(dir);
    await journal.append(entries.slice(0, 2));
    expect(await journal.append(entries.slice(0, 3))).toEqual({ ok: true, value: { appended: 1 } });

    expect(await journal.append([entries[3]!])).toEqual({ ok: true, value: { appended: 1 } });
    const later = engagementJournal().entries(7);
    expect(await journal.append([later[6]!])).toMatchObject({
      ok: false,
      error: { code: 'gap', engagementId: 'eng-1', journalSeq: 4, reason: { code: 'journal.gap', params: { name: 'Alipay FY2020', seq: 4, next: 7 } } },
    });

    const other = engagementJournal('eng-1', 'Renamed').entries(3);
    expect(await journal.append([other[2]!])).toMatchObject({ ok: false, error: { code: 'fork', message: expect.stringContaining('event 3'), reason: { code: 'journal.fork' } } });
    expect((await journal.status()).problems).toEqual([
      { message: expect.stringContaining('another event 3 of “Alipay FY2020”'), reason: { code: 'journal.fork', params: { seq: 3, name: 'Alipay FY2020' } } },
    ]);

    const forged = { ...later[4]!, event: { ...later[4]!.event, note: 'changed after sealing' } };
    expect(await journal.append([forged])).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/^Event 5 was not journaled: /), reason: { code: 'journal.refused', params: { seq: 5 }, link: expect.objectContaining({ code: expect.any(String) }) } },
    });
    expect(await readAll(journal)).toEqual(entries);
  });

  it('journals an engagement begun under form 1 from its first event', async () => {
    const events = legacyTrail as LegacyAuditEvent[];
    const journal = openJournal(dir);
    expect(await journal.append(events.map((event) => ({ event, records: {} })))).toMatchObject({ ok: true });
    const status = await openJournal(dir).status();
    expect(status.problems).toEqual([]);
    expect(status.engagements[0]).toMatchObject({ engagementId: 'eng-legacy', name: 'FY2022 ESG', count: events.length });
  });
});

describe('a journal damaged on disk', () => {
  it('sets aside a last line cut short, reports it, and appends after the last whole line', async () => {
    const entries = engagementJournal().entries(3);
    await openJournal(dir).append(entries);
    const whole = (await readFile(fileOf(), 'utf8')).split('\n');
    const twoLines = Buffer.byteLength(whole[0]! + '\n' + whole[1]! + '\n');
    await truncate(fileOf(), twoLines + 25); // the crash came 25 bytes into the third line

    const journal = openJournal(dir);
    const status = await journal.status();
    expect(status.engagements[0]).toMatchObject({ count: 2, headSeq: 2 });
    expect(status.problems).toHaveLength(1);
    expect(status.problems[0]!.message).toMatch(/cut short \(its last 25 bytes have no end of line\).*set aside in .*set-aside.*goes on from event 2/);
    expect(status.problems[0]!.reason).toMatchObject({ code: 'journal.tornSetAside', params: { seq: 2 }, cause: { code: 'journal.noEndOfLine', params: { bytes: 25 } } });
    expect((await stat(fileOf())).size).toBe(twoLines);
    const [aside] = await readdir(join(dir, 'set-aside'));
    expect(await readFile(join(dir, 'set-aside', aside!), 'utf8')).toBe(whole[2]!.slice(0, 25));

    expect(await journal.append([entries[2]!])).toEqual({ ok: true, value: { appended: 1 } });
    const reopened = await openJournal(dir).status();
    expect(reopened.problems).toEqual([]);
    expect(reopened.engagements[0]).toMatchObject({ count: 3, headSeq: 3 });
  });

  it('sets aside a last line that is not JSON, with or without its end of line', async () => {
    const entries = engagementJournal().entries(2);
    await openJournal(dir).append(entries);
    await appendFile(fileOf(), '{"event":{"seq":3,"garbage\n');
    const withNewline = await openJournal(dir).status();
    expect(withNewline.problems[0]!.message).toMatch(/its last line is not JSON/);
    expect(withNewline.problems[0]!.reason.cause).toEqual({ code: 'journal.lastLineNotJson' });

    await appendFile(fileOf(), '\0\0\0\0');
    const withoutNewline = await openJournal(dir).status();
    expect(withoutNewline.problems[0]!.message).toMatch(/its last 4 bytes have no end of line/);
    expect(await readAll(openJournal(dir))).toEqual(entries);
  });

  it('reports a chain that was edited on disk, and leaves the file as it is', async () => {
    const entries = engagementJournal().entries(4);
    await openJournal(dir).append(entries);
    const lines = (await readFile(fileOf(), 'utf8')).split('\n');
    lines[2] = lines[2]!.replace('"decision 2"', '"decision 2, edited later"');
    await writeFile(fileOf(), lines.join('\n'));

    const status = await openJournal(dir).status();
    expect(status.engagements[0]!.problem).toEqual({
      message: 'its chain breaks at event 3: its content was changed after it was recorded',
      reason: { code: 'journal.chainBreaks', params: { seq: 3 }, detail: 'its content was changed after it was recorded', link: { code: 'contentChanged' } },
    });
    expect(status.problems).toEqual([{ message: expect.stringMatching(/disagrees with its own chain at event 3.*does not repair it/), reason: expect.objectContaining({ code: 'journal.chainDisagrees' }) }]);
    expect(await readFile(fileOf(), 'utf8')).toBe(lines.join('\n'));
  });

  it('reports a line in the middle that is not a journal entry, and the chain it breaks', async () => {
    const entries = engagementJournal().entries(3);
    await openJournal(dir).append(entries);
    const lines = (await readFile(fileOf(), 'utf8')).split('\n');
    lines[1] = JSON.stringify({ event: { seq: 2 }, records: {} });
    await writeFile(fileOf(), lines.join('\n'));

    const journal = openJournal(dir);
    const status = await journal.status();
    expect(status.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^Line 2 of .*eng-1\.jsonl is not a journal entry \(.+\)\. It is kept as it is/),
      expect.stringMatching(/disagrees with its own chain at event 3: expected event 2 here/),
    ]);
    expect(status.problems[0]!.reason).toMatchObject({ code: 'journal.damagedLine', params: { line: 2 }, cause: { code: 'journalLine.notEntry', params: { field: 'event' } } });
    expect((await readAll(journal)).map((entry) => entry.event.seq)).toEqual([1, 3]);
  });
});
