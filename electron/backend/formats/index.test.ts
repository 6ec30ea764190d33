import { describe, expect, it } from 'vitest';
import { readerFor } from './index';
import { ReportReadError } from './types';

describe('readerFor', () => {
  it('chooses the reader by extension, whatever its case', () => {
    expect(readerFor('q3.txt').format).toBe('txt');
    expect(readerFor('NOTES.MD')).toEqual({ format: 'md', read: readerFor('q3.txt').read });
    expect(readerFor('report.html').format).toBe('html');
    expect(readerFor('report.Htm')).toEqual(readerFor('report.html'));
    expect(readerFor('annual.report.pdf').format).toBe('pdf');
    expect(readerFor('kpi.docx').format).toBe('docx');
  });

  it('loads a reader\'s module when it first reads', async () => {
    const bytes = new TextEncoder().encode('<p>Up <b>39%</b></p>');
    expect(await readerFor('q3.TXT').read(bytes, {})).toMatchObject({ text: '<p>Up <b>39%</b></p>', encoding: 'utf-8' });
    expect(await readerFor('q3.html').read(bytes, {})).toMatchObject({ text: 'Up 39%' });
  });

  it.each(['figures.xls', 'report', 'report.doc', '.txt.bak', 'x.__proto__', 'x.constructor'])('refuses %s as unsupported', (name) => {
    expect(() => readerFor(name)).toThrow(ReportReadError);
    expect(() => readerFor(name)).toThrow('Tickmark imports .pdf, .docx, .html, .txt and .md files, .png and .jpg images');
  });
});
