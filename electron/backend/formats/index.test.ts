import { describe, expect, it } from 'vitest';
import { readHtml } from './html';
import { readerFor } from './index';
import { readText } from './text';
import { ReportReadError } from './types';

describe('readerFor', () => {
  it('chooses the reader by extension, whatever its case', () => {
    expect(readerFor('q3.txt')).toEqual({ format: 'txt', read: readText });
    expect(readerFor('NOTES.MD')).toEqual({ format: 'md', read: readText });
    expect(readerFor('report.html')).toEqual({ format: 'html', read: readHtml });
    expect(readerFor('report.Htm')).toEqual({ format: 'html', read: readHtml });
    expect(readerFor('annual.report.pdf').format).toBe('pdf');
    expect(readerFor('kpi.docx').format).toBe('docx');
  });

  it.each(['figures.xlsx', 'report', 'report.doc', '.txt.bak', 'x.__proto__', 'x.constructor'])('refuses %s as unsupported', (name) => {
    expect(() => readerFor(name)).toThrow(ReportReadError);
    expect(() => readerFor(name)).toThrow('Tickmark imports .pdf, .docx, .html, .txt and .md files');
  });
});
