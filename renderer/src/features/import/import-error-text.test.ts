import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../../i18n/i18n';
import { importErrorText } from './import-error-text';

afterEach(() => i18next.changeLanguage('en'));

const corrupt = { code: 'corrupt' as const, fileName: '报告.pdf', message: 'Could not import "报告.pdf": it is not a PDF (it does not start with the "%PDF-" signature).' };

describe('importErrorText', () => {
  it('says in English exactly what the backend said, naming the file', () => {
    expect(importErrorText(corrupt)).toBe(corrupt.message);
    // A code that says it all is said from the catalogue, in the backend's very words.
    for (const [code, words] of [['password-required', 'it is protected by a password'], ['password-wrong', 'the password is wrong'], ['cancelled', 'the import was cancelled'], ['empty', 'the file is empty']] as const) {
      const message = `Could not import "q3.pdf": ${words}.`;
      expect(importErrorText({ code, fileName: 'q3.pdf', message })).toBe(message);
    }
  });

  it('says in Chinese why from the failure’s code, naming the file and keeping the precise reason', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(importErrorText(corrupt)).toBe('无法导入“报告.pdf”：文件已损坏，或与其扩展名所示的格式不符。（it is not a PDF (it does not start with the "%PDF-" signature).）');
    expect(importErrorText({ code: 'password-required', fileName: 'locked.docx', message: 'Could not import "locked.docx": it is protected by a password.' })).toBe('无法导入“locked.docx”：文件受密码保护。');
    expect(importErrorText({ code: 'cancelled', fileName: 'q3.pdf', message: 'Could not import "q3.pdf": the import was cancelled.' })).toBe('未导入“q3.pdf”：导入已取消。');
  });

  it('keeps a message of another shape whole as the reason', async () => {
    await i18next.changeLanguage('zh-CN');
    const internal = { code: 'internal' as const, fileName: 'q3.txt', message: 'q3.txt was not imported: the journal refused it.' };
    expect(importErrorText(internal)).toBe('无法导入“q3.txt”：读取时出错。（q3.txt was not imported: the journal refused it.）');
  });

  it('says in either language why a report’s original could not be kept, from its reason', async () => {
    const notKept = {
      code: 'not-kept' as const,
      fileName: 'q3.pdf',
      message: 'q3.pdf was not imported: Could not keep a copy of the original in /d/journal/originals: the disk is full; free some space. Then import it again.',
      reason: { code: 'original.notKept' as const, params: { dir: '/d/journal/originals' }, file: { code: 'disk-full' as const } },
    };
    expect(importErrorText(notKept)).toBe(notKept.message);
    await i18next.changeLanguage('zh-CN');
    expect(importErrorText(notKept)).toBe('“q3.pdf”未能导入：无法在 /d/journal/originals 中保存原始文件的副本：磁盘已满，请释放一些空间。请处理后重新导入。');
  });
});
