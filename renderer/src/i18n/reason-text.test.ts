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

  it('says a code it does not know as a generic sentence with the English as its detail', async () => {
    const unknown = { code: 'trail.fromTheFuture' } as unknown as Reason;
    expect(await inLanguage('zh-CN', () => reasonText(unknown, 'The trail is from a newer Tickmark.'))).toBe('出现意外问题：The trail is from a newer Tickmark.');
    expect(await inLanguage('en', () => reasonText(unknown, 'The trail is from a newer Tickmark.'))).toBe('an unexpected problem: The trail is from a newer Tickmark.');
  });
});
