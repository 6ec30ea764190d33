import { describe, expect, it } from 'vitest';
import { evidenceLink } from './evidence-link';

const SHA = 'a'.repeat(64);

describe('an evidence link', () => {
  it('names the workbook, its SHA-256, the sheet and cell, the span and the text', () => {
    const link = evidenceLink({ doc: 'book.xlsx', docId: SHA, start: 235, end: 246, sheet: '员工', cell: 'B4', text: '女性员工占比 · 数值: 49.5%', score: 0.7, reasons: ['rounded'] });
    expect(link).toBe(`book.xlsx · sha256:${SHA} · 员工!B4 · chars 235–246 · "女性员工占比 · 数值: 49.5%"`);
  });

  it('names a page for a PDF and keeps the quoted text on one line', () => {
    const link = evidenceLink({ doc: 'report.pdf', docId: SHA, start: 10, end: 24, page: 2, text: 'several\nhundred', score: 0.5, reasons: ['exact'] });
    expect(link).toBe(`report.pdf · sha256:${SHA} · p.2 · chars 10–24 · "several hundred"`);
  });
});
