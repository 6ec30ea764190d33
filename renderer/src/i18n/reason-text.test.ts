import { afterEach, describe, expect, it } from 'vitest';
import { FILE_PROBLEMS, REASON_CODES, type Failure, type Reason } from '../../../shared/ipc/reasons';
import { i18next } from './i18n';
import { failureText, reasonText } from './reason-text';

const inLanguage = async (language: 'en' | 'zh-CN', say: () => string) => {
  await i18next.changeLanguage(language);
  return say();
};

afterEach(() => i18next.changeLanguage('en'));

// Failures as the Node side makes them (electron/backend: export-trail.ts, journal.ts, engagement-file.ts, read-archive.ts; their tests pin these shapes).
const exists: Failure = {
  message: 'Could not save /home/li/a.csv: a file of that name is already there, and an export never replaces one',
  reason: { code: 'save.exists', params: { path: '/home/li/a.csv' } },
};
const diskFull: Failure = { message: 'Could not save /mnt/usb/a.csv: the disk is full; free some space', reason: { code: 'save.failed', params: { path: '/mnt/usb/a.csv' }, file: { code: 'disk-full' } } };
const io: Failure = { message: 'Could not save /mnt/a.csv: EIO: i/o error, write', reason: { code: 'save.failed', params: { path: '/mnt/a.csv' }, file: { code: 'other', detail: 'EIO: i/o error, write' } } };
const torn: Failure = {
  message: 'The journal of “Alipay FY2020” ended in a write that was cut short (its last 25 bytes have no end of line), …',
  reason: { code: 'journal.tornSetAside', params: { name: 'Alipay FY2020', path: '/d/journal/set-aside/eng-1.torn.bin', seq: 2 }, cause: { code: 'journal.noEndOfLine', params: { bytes: 25 } } },
};
const blocked: Failure = {
  message: 'The journal of “Alipay FY2020” is not written to: it could not be read (permission denied; check that it belongs to you).',
  reason: { code: 'journal.blocked', params: { name: 'Alipay FY2020' }, cause: { code: 'journal.cannotRead', file: { code: 'permission' } } },
};

// archive.test.ts pins these: an archive whose trail.csv was edited, and one whose journal.jsonl claims 3 GB.
const editedTrail: Failure = {
  message: 'bad.tickmark was not imported: its trail.csv does not verify at row 4: event 3: its content was changed after it was recorded.',
  reason: { code: 'archive.trailUnverified', params: { part: 'trail.csv' }, cause: { code: 'trailCsv.eventBreaks', params: { row: 4, seq: 3 }, link: { code: 'contentChanged' } } },
};
const bomb: Failure = {
  message: 'bomb.tickmark was not imported: its journal.jsonl would unpack to 3072 MB, more than the 2048 MB allowed.',
  reason: { code: 'archive.partTooLarge', params: { part: 'journal.jsonl', size: 3072, max: 2048 } },
};

describe("a reason from the Node side, in the UI's language", () => {
  it('has words for every reason and every file-system problem in both catalogues', () => {
    for (const lng of ['en', 'zh-CN']) {
      for (const code of REASON_CODES) expect(i18next.exists(`reason.${code}`, { lng }), `${lng} ${code}`).toBe(true);
      for (const code of FILE_PROBLEMS) expect(i18next.exists(`reason.file.${code}`, { lng }), `${lng} file ${code}`).toBe(true);
    }
  });

  it('says an export refused over an existing file, and a full disk, in English and Chinese', async () => {
    expect(await inLanguage('en', () => failureText(exists))).toBe('could not save /home/li/a.csv: a file of that name is already there, and an export never replaces one');
    expect(await inLanguage('zh-CN', () => failureText(exists))).toBe('无法保存 /home/li/a.csv：已有同名文件，导出从不覆盖已有文件');
    expect(await inLanguage('en', () => failureText(diskFull))).toBe('could not save /mnt/usb/a.csv: the disk is full; free some space');
    expect(await inLanguage('zh-CN', () => failureText(diskFull))).toBe('无法保存 /mnt/usb/a.csv：磁盘已满，请释放一些空间');
  });

  it('keeps what the operating system said when no code fits it', async () => {
    expect(await inLanguage('zh-CN', () => failureText(io))).toBe('无法保存 /mnt/a.csv：系统报告：EIO: i/o error, write');
    expect(await inLanguage('en', () => failureText(io))).toBe('could not save /mnt/a.csv: EIO: i/o error, write');
  });

  it('says the reason a sentence wraps in the same language', async () => {
    const tornZh = await inLanguage('zh-CN', () => failureText(torn));
    expect(tornZh).toBe('“Alipay FY2020”的日志末尾有一次未完成的写入（最后 25 个字节没有换行符），通常是应用在写入中途停止所致。该不完整部分已移至 /d/journal/set-aside/eng-1.torn.bin，日志从第 2 项事件起继续记录。');
    expect(await inLanguage('zh-CN', () => failureText(blocked))).toBe('“Alipay FY2020”的日志已停止写入：无法读取（没有访问权限，请确认该文件归您所有）。');
    expect(await inLanguage('en', () => failureText(blocked))).toBe(blocked.message);
  });

  it('says why an archive does not verify, down to the trail reader\'s row and event, with no English in Chinese', async () => {
    expect(await inLanguage('zh-CN', () => failureText(editedTrail))).toBe('归档未通过校验：其中的 trail.csv 校验失败（第 4 行，第 3 项事件：该事件在记录后内容被改动过）');
    expect(await inLanguage('en', () => failureText(editedTrail))).toBe('it does not verify: its trail.csv does not read back (row 4, event 3: its content was changed after it was recorded)');
    expect(await inLanguage('zh-CN', () => failureText(bomb))).toBe('其中的 journal.jsonl 解压后将达 3072 MB，超过允许的 2048 MB');
  });

  it('says why a journal line is no entry from its code, the schema\'s words left out', async () => {
    const damaged: Failure = {
      message: 'Line 2 of /d/journal/eng-1.jsonl is not a journal entry (✖ Invalid input → at event). It is kept as it is and left out of any restore.',
      reason: { code: 'journal.damagedLine', params: { path: '/d/journal/eng-1.jsonl', line: 2 }, cause: { code: 'journalLine.notEntry', params: { field: 'event' }, detail: '✖ Invalid input → at event' } },
    };
    expect(await inLanguage('zh-CN', () => failureText(damaged))).toBe('/d/journal/eng-1.jsonl 的第 2 行不是有效的日志记录（字段 event 缺失或有误）。该行保持原样，恢复时不予采用。');
  });

  it('says a file held open by another program, and too many open files, in Chinese', async () => {
    const busy: Failure = { message: 'x', reason: { code: 'save.failed', params: { path: 'D:\\a.csv' }, file: { code: 'busy' } } };
    expect(await inLanguage('zh-CN', () => failureText(busy))).toBe('无法保存 D:\\a.csv：该文件正被其他程序占用，请在该程序中关闭后重试');
    const many: Failure = { message: 'x', reason: { code: 'journal.notWritten', params: { dir: '/d' }, file: { code: 'too-many-open' } } };
    expect(await inLanguage('zh-CN', () => failureText(many))).toBe('未能写入位于 /d 的日志：打开的文件过多，请关闭一些程序后重试。');
  });

  it('says why the signing key does not open in Chinese: damaged, locked, or what the file system said (key-unopened.test.ts pins these)', async () => {
    const path = '/home/li/.config/Tickmark/signing-key.json';
    const say = (reason: Reason) => inLanguage('zh-CN', () => reasonText(reason, 'x'));
    expect(await say({ code: 'key.damaged', params: { path } })).toBe(`${path} 中的签名密钥已损坏；请将该文件移至别处，以生成新的密钥`);
    expect(await say({ code: 'key.locked', params: { path } })).toBe(`${path} 中的签名密钥由系统密钥库锁定，而系统密钥库目前不可用`);
    expect(await say({ code: 'key.unreadable', file: { code: 'folder' } })).toBe('无法读取或保存签名密钥：这是文件夹，不是文件');
  });

  it('says a code it does not know as a generic sentence with the English as its detail', async () => {
    const unknown = { code: 'trail.fromTheFuture' } as unknown as Reason;
    expect(await inLanguage('zh-CN', () => reasonText(unknown, 'The trail is from a newer Tickmark.'))).toBe('出现意外问题：The trail is from a newer Tickmark.');
    expect(await inLanguage('en', () => reasonText(unknown, 'The trail is from a newer Tickmark.'))).toBe('an unexpected problem: The trail is from a newer Tickmark.');
  });
});
