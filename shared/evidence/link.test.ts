import { describe, expect, it } from 'vitest';
import { formatEvidenceLink, parseEvidenceLink, type EvidenceLink } from './link';

const SHA = 'ab'.repeat(32);

describe('an evidence link', () => {
  const links: Array<[string, EvidenceLink]> = [
    ['a workbook cell', { document: 'book.xlsx', sha256: SHA, sheet: '员工', cell: 'B4', start: 235, end: 246, text: '女性员工占比 · 数值: 49.5%' }],
    ['a share of two cells', { document: 'cnnic.xlsx', sha256: SHA, sheet: 'CNNIC 2020-03', cell: 'D8/B8', start: 10, end: 20, text: 'Mobile payment users · Share: 85.3%' }],
    ['a CSV cell (no sheet)', { document: 'meter.csv', sha256: SHA, cell: 'C12', start: 0, end: 7, text: '1,260' }],
    ['a page of a scan', { document: 'scan · March.pdf', sha256: SHA, page: 3, start: 4000, end: 4011, text: '765 million' }],
    ['a flowing text', { document: 'notes.txt', sha256: SHA, start: 5, end: 9, text: 'he said "about 60%" then' }],
    ['a sheet whose name has a !', { document: 'b.xlsx', sha256: SHA, sheet: 'Wow! 2020', cell: 'AA10', start: 1, end: 2, text: '7' }],
  ];

  it.each(links)('round-trips %s through its line', (_, link) => {
    const line = formatEvidenceLink(link);
    expect(line.includes('\n')).toBe(false);
    expect(parseEvidenceLink(line)).toEqual(link);
  });

  it('writes the place, the span and the quoted text in a fixed order', () => {
    expect(formatEvidenceLink(links[0]![1])).toBe(`book.xlsx · sha256:${SHA} · 员工!B4 · chars 235–246 · "女性员工占比 · 数值: 49.5%"`);
    expect(formatEvidenceLink({ ...links[3]![1], text: 'several\n hundred' })).toBe(`scan · March.pdf · sha256:${SHA} · p.3 · chars 4000–4011 · "several hundred"`);
  });

  it('finds no link in evidence written by hand or in a damaged line', () => {
    expect(parseEvidenceLink('WP A-1')).toBeUndefined();
    expect(parseEvidenceLink(`book.xlsx · sha256:${SHA.slice(1)} · B4 · chars 1–2 · "7"`)).toBeUndefined();
    expect(parseEvidenceLink(`book.xlsx · sha256:${SHA} · somewhere · chars 1–2 · "7"`)).toBeUndefined();
  });
});
