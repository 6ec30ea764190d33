import { afterEach, describe, expect, it } from 'vitest';
import { documentWarning, WARNING_CODES, type CodedWarning } from '../../../shared/domain/document-warning';
import { ReportFieldsSchema } from '../../../shared/ipc/schemas';
import { i18next } from './i18n';
import { warningText } from './warning-text';

afterEach(() => i18next.changeLanguage('en'));

const every: CodedWarning[] = WARNING_CODES.map((code) => documentWarning(code, { page: 7, percent: 86 }));

describe("a document's warning in the UI language", () => {
  it('says every coded warning in English exactly as the Node side wrote it', async () => {
    await i18next.changeLanguage('en');
    for (const warning of every) expect(warningText(warning), warning.code).toBe(warning.text);
  });

  it('says every coded warning in Chinese, with its page and confidence', async () => {
    await i18next.changeLanguage('zh-CN');
    for (const warning of every) expect(warningText(warning).replace('OCR', ''), warning.code).not.toMatch(/[A-Za-z]{2,}/u);
    expect(warningText(documentWarning('pageOcr', { page: 7, percent: 86 }))).toBe('第 7 页没有文本层：其文字由 OCR 识别（平均置信度 86%），请对照页面图像核对该页数字。');
    expect(warningText(documentWarning('pageNoText', { page: 3 }))).toBe('第 3 页没有文本层（为扫描图像）：无法提取该页上的数字。');
    expect(warningText(documentWarning('fileNoCells'))).toBe('该文件不含任何单元格。');
  });

  it('still shows a warning stored before warnings had codes, in the English it was stored with', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(warningText('Page 3 has no text layer.')).toBe('Page 3 has no text layer.');
  });

  it('says a code this catalogue does not know in its stored English', async () => {
    await i18next.changeLanguage('zh-CN');
    const future = { code: 'pageRotated', params: { page: 2 }, text: 'Page 2 is rotated.' } as unknown as CodedWarning;
    expect(warningText(future)).toBe('Page 2 is rotated.');
  });
});

describe('a report crossing IPC', () => {
  const report = { fileName: 'a.pdf', format: 'pdf', sha256: 'a'.repeat(64), byteLength: 1, text: '', pages: [] };

  it('accepts old plain-string warnings and new coded ones side by side', () => {
    const parsed = ReportFieldsSchema.safeParse({ ...report, warnings: ['Page 3 has no text layer.', documentWarning('pageNoText', { page: 4 })] });
    expect(parsed.success).toBe(true);
  });

  it('refuses a warning with a code it does not know', () => {
    const parsed = ReportFieldsSchema.safeParse({ ...report, warnings: [{ code: 'pageRotated', params: {}, text: 'x' }] });
    expect(parsed.success).toBe(false);
  });
});
