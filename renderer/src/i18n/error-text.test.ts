import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALL_REFUSALS } from '../../../shared/ipc/call-refusals';
import { BackendMissing, tickmark } from '../ipc/tickmark';
import { errorText } from './error-text';
import { i18next } from './i18n';

// Errors as they reach the renderer's catch blocks: the Node side's refusals in the words its
// dispatcher uses, an OS error in Node's words, real browser and Dexie errors; wrapped the way
// Electron wraps a rejected invoke.

afterEach(() => i18next.changeLanguage('en'));

const caught = (work: () => Promise<unknown>) => work().then(() => expect.unreachable('it succeeded'), (error: unknown) => error);
/** What ipcRenderer.invoke rejects with when the main process's handler throws `error`. */
const overIpc = (channel: string, error: unknown) => new Error(`Error invoking remote method '${channel}': ${String(error)}`);
/** A word of Latin letters other than the app's name. */
const LATIN_WORD = /(?!Tickmark)\b[A-Za-z]{3,}/;

describe('a caught error in the UI’s language', () => {
  it('says the Node side’s refusals of a call from their words, not in English', async () => {
    const unknown = Object.assign(new Error(CALL_REFUSALS.unknownChannel.say('shell:exec')), { name: 'IpcRejection' });
    const invalid = Object.assign(new Error(CALL_REFUSALS.invalidRequest.say('reports:cancel', '✖ Invalid input: expected string, received undefined')), { name: 'IpcRejection' });
    await i18next.changeLanguage('zh-CN');
    expect(errorText(overIpc('shell:exec', unknown))).toBe('Tickmark 的后台无法识别该请求：本窗口与应用的版本不一致，请重新启动 Tickmark');
    expect(errorText(overIpc('reports:cancel', invalid))).toBe('Tickmark 的后台认为该请求格式有误而予以拒绝：这是 Tickmark 的缺陷，请报告此问题');
    expect(errorText(invalid)).toBe(errorText(overIpc('reports:cancel', invalid)));
  });

  it('says a page opened outside Tickmark', async () => {
    vi.stubGlobal('window', {});
    const missing = await caught(async () => tickmark());
    vi.unstubAllGlobals();
    expect(missing).toBeInstanceOf(BackendMissing);
    await i18next.changeLanguage('zh-CN');
    expect(errorText(missing)).toMatch(/^Tickmark 的后台不可用/);
  });

  it('says an OS error by its errno code and keeps the path', async () => {
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open '/no/such/dir/trail.csv'"), { code: 'ENOENT' });
    await i18next.changeLanguage('zh-CN');
    expect(errorText(overIpc('journal:status', enoent))).toBe('文件不存在（/no/such/dir/trail.csv）');
    await i18next.changeLanguage('en');
    expect(errorText(enoent)).toBe('the file does not exist (/no/such/dir/trail.csv)');
  });

  it('says a browser error and a Dexie error by name', async () => {
    const db = new Dexie('error-text-test');
    db.version(1).stores({ rows: 'id' });
    await db.table('rows').add({ id: 1 });
    const constraint = await caught(() => db.table('rows').add({ id: 1 }));
    db.close();
    await i18next.changeLanguage('zh-CN');
    expect(errorText(constraint)).toBe('数据库中已有使用该键的记录');
    expect(errorText(new DOMException('The requested file could not be read', 'NotReadableError'))).toBe('无法读取该文件：选择后文件被移动、删除或更改');
  });

  it('frames what no code fits, keeping its words', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(errorText(new Error('EIO: i/o error, write'))).toBe('出现意外问题：EIO: i/o error, write');
    expect(errorText('weird')).toBe('出现意外问题：weird');
    for (const error of [new BackendMissing(), new DOMException('x', 'QuotaExceededError')]) expect(errorText(error)).not.toMatch(LATIN_WORD);
  });
});
