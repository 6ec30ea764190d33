import { afterEach, describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../../../shared/ipc/reasons';
import type { ImportError } from '../../../../shared/ipc/schemas';
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

  // Refusals of real broken files as the backend makes them (electron/backend/import-report.test.ts pins these).
  const broken: ReadonlyArray<[ImportError, string]> = [
    [
      {
        code: 'corrupt',
        fileName: 'truncated.pdf',
        message: 'Could not import "truncated.pdf": it is not a valid PDF (the file is incomplete: it was probably cut off).',
        reason: { code: 'read.pdf.cutOff' },
      },
      '无法导入“truncated.pdf”：它不是有效的 PDF 文件（文件不完整，可能被截断了）。',
    ],
    [
      { code: 'corrupt', fileName: 'notes.docx', message: 'Could not import "notes.docx": it is not a Word document (.docx files are ZIP archives).', reason: { code: 'read.docx.notZip' } },
      '无法导入“notes.docx”：它不是 Word 文档（.docx 文件应为 ZIP 压缩包）。',
    ],
    [
      {
        code: 'too-large',
        fileName: 'ledger.csv',
        message: 'Could not import "ledger.csv": it holds more than the 500,000 filled cells Tickmark reads in a CSV file.',
        reason: { code: 'read.csv.tooManyCells', params: { max: 500_000 } },
      },
      '无法导入“ledger.csv”：它包含的非空单元格超过 Tickmark 在一个 CSV 文件中读取的上限 500,000 个。',
    ],
  ];
  /** Latin words a Chinese sentence may hold: the app's and the formats' names. */
  const NAMES = /\b(?:Tickmark|PDF|Word|Excel|ZIP|CSV|docx|xlsx)\b/g;

  it('says a reader’s refusal of a broken file whole from the catalogue: English as the backend, Chinese with no English but names', async () => {
    for (const [error] of broken) expect(importErrorText(error)).toBe(error.message);
    await i18next.changeLanguage('zh-CN');
    for (const [error, chinese] of broken) {
      const said = importErrorText(error);
      expect(said).toBe(chinese);
      expect(said.replace(error.fileName, '').replace(NAMES, ''), said).not.toMatch(/[A-Za-z]/);
    }
  });

  it('frames a library’s own words as a detail, and formats numbers for the locale', async () => {
    const pdfjs: ImportError = {
      code: 'corrupt',
      fileName: 'q3.pdf',
      message: 'Could not import "q3.pdf": it is not a valid PDF (Invalid PDF structure.).',
      reason: { code: 'read.pdf.invalid', detail: 'Invalid PDF structure.' },
    };
    expect(importErrorText(pdfjs)).toBe(pdfjs.message);
    const files: ImportError = {
      code: 'too-large',
      fileName: 'big.xlsx',
      message: 'Could not import "big.xlsx": it holds 12,000 files, more than the 5,000 Tickmark reads in a Excel workbook.',
      reason: { code: 'read.xlsx.tooManyFiles', params: { count: 12_000, max: 5_000 } },
    };
    expect(importErrorText(files)).toBe(files.message);
    await i18next.changeLanguage('zh-CN');
    expect(importErrorText(pdfjs)).toBe('无法导入“q3.pdf”：它不是有效的 PDF 文件（PDF 阅读程序报告：Invalid PDF structure.）。');
    expect(importErrorText(files)).toBe('无法导入“big.xlsx”：它包含 12,000 个文件，超过 Tickmark 在 Excel 工作簿中读取的上限 5,000 个。');
  });

  it('has a sentence in both languages for every reader’s reason, with every parameter filled', async () => {
    const params = { count: 6_000, max: 5_000, part: 'word/document.xml', size: '40 MB', packed: '1.0 MB', ratio: 400, exitCode: 1, seconds: 60 };
    const readCodes = REASON_CODES.filter((code) => code.startsWith('read.'));
    expect(readCodes.length).toBeGreaterThan(30);
    for (const language of ['en', 'zh-CN'] as const) {
      await i18next.changeLanguage(language);
      const sentences = new Set<string>();
      for (const code of readCodes) {
        const said = importErrorText({ code: 'corrupt', fileName: 'f.bin', message: 'Could not import "f.bin": it is broken.', reason: { code, params, detail: 'DETAIL' } });
        expect(said, `${language} ${code}`).not.toMatch(/\{\{|it is broken|unexpected problem|意外问题/);
        sentences.add(said);
      }
      expect(sentences.size, language).toBe(readCodes.length);
    }
  });
});
