import { describe, expect, it } from 'vitest';
import { i18next } from '../../i18n/i18n';
import { describeFormat, describePages, describeSize } from './document-facts';

const page = (number: number, hasText = true) => ({ number, hasText, start: 0, end: 0 });

describe('document facts', () => {
  it('gives a size to read and the exact byte count', () => {
    expect(describeSize(512)).toBe('512 bytes');
    expect(describeSize(2048)).toBe('2.0 KB (2,048 bytes)');
    expect(describeSize(1_234_567)).toBe('1.2 MB (1,234,567 bytes)');
  });

  it('names the format, with the encoding a text was decoded from', () => {
    expect(describeFormat({ format: 'pdf' })).toBe('PDF');
    expect(describeFormat({ format: 'txt', encoding: 'gb18030' })).toBe('Plain text, gb18030');
  });

  it('counts PDF pages and names those without a text layer', () => {
    expect(describePages({ format: 'pdf', pages: [page(1), page(2)] })).toBe('2 pages');
    expect(describePages({ format: 'pdf', pages: [page(1, false)] })).toBe('1 page; page 1 has no text layer');
    expect(describePages({ format: 'pdf', pages: [page(1), page(2, false), page(3, false)] })).toBe('3 pages; pages 2, 3 have no text layer');
    expect(describePages({ format: 'txt', pages: [page(1)] })).toBeUndefined();
  });

  it('says the same in Chinese when the UI is in Chinese', async () => {
    await i18next.changeLanguage('zh-CN');
    try {
      expect(describeSize(1_234_567)).toBe('1.2 MB（1,234,567 字节）');
      expect(describeFormat({ format: 'txt', encoding: 'gb18030' })).toBe('纯文本，gb18030');
      expect(describePages({ format: 'pdf', pages: [page(1), page(2, false), page(3, false)] })).toBe('3 页；第 2, 3 页没有文字层');
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
