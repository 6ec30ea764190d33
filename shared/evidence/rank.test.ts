import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../domain/report';
import { extractFigures } from '../extraction/index';
import { buildEvidenceIndex, claimOf, prepareDocument, rankEvidence, type EvidenceDocument } from './index';
import { layoutSheets } from './sheet-layout';

const doc = (id: string, text: string, cells?: SheetCell[]): EvidenceDocument => ({ id, name: `${id}.txt`, text, figures: extractFigures(text), ...(cells ? { cells } : {}) });

function rank(report: EvidenceDocument, figureText: string, evidence: EvidenceDocument[]) {
  const index = buildEvidenceIndex(evidence);
  const figure = report.figures.find((f) => f.text === figureText);
  if (figure === undefined) throw new Error(`no figure "${figureText}" in ${report.text}`);
  const prepared = index.documents.find((p) => p.source.id === report.id) ?? prepareDocument(report);
  return rankEvidence(index, claimOf(index, prepared, figure));
}

const ZH = doc('zh', '2021年，公司研发投入超188亿元，员工总数近60亿元。');
const EN = doc('en', 'In 2021 R&D spending exceeded 18.8 billion yuan. Another line says 62 billion yuan.');

describe('ranking evidence for a figure', () => {
  it('finds a Chinese claim in its English translation by value and unit', () => {
    const [top] = rank(ZH, '188亿元', [EN]);
    expect(top).toMatchObject({ doc: 'en.txt', text: '18.8 billion yuan', reasons: ['exact'] });
  });

  it('does not let a value beyond the qualifier support a "nearly" claim', () => {
    expect(rank(ZH, '60亿元', [EN]).map((c) => c.text)).toEqual([]);
  });

  it('never offers a figure as its own evidence, but offers the same document\'s other figures', () => {
    const both = doc('both', '研发投入188亿元。R&D spending was 18.8 billion yuan.');
    const candidates = rank(both, '188亿元', [both]);
    expect(candidates.map((c) => c.text)).toEqual(['18.8 billion yuan']);
  });

  it('offers a cell whose cached value rounds to the claim, and the share of two cells only for the same metric', () => {
    const layout = layoutSheets([
      {
        name: '员工',
        merges: [],
        cells: [
          { row: 1, column: 1, text: '员工总数' }, { row: 1, column: 2, text: '254941', value: 254_941 },
          { row: 2, column: 1, text: '女性员工' }, { row: 2, column: 2, text: '126196', value: 126_196 },
        ],
      },
    ]);
    const book: EvidenceDocument = { id: 'book', name: 'book.xlsx', text: layout.text, figures: [], cells: layout.cells };
    const report = doc('report', '超过25万员工中，女性员工占49.5%。员工满意度为49.5%。');
    expect(rank(report, '25万员工', [book])[0]).toMatchObject({ sheet: '员工', cell: 'B1', reasons: ['rounded', 'same metric'] });
    const shares = rank(report, '49.5%', [book]);
    expect(shares[0]).toMatchObject({ cell: 'B2/B1', reasons: ['ratio', 'same metric'] });
    const satisfaction = report.figures.filter((f) => f.text === '49.5%')[1]!;
    const index = buildEvidenceIndex([book]);
    expect(rankEvidence(index, claimOf(index, prepareDocument(report), satisfaction))).toEqual([]);
  });
});
