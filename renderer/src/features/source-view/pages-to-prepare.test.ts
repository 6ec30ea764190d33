import { describe, expect, it } from 'vitest';
import { firstPages, neighbourPages } from './pages-to-prepare';

const pdf = { format: 'pdf' as const, pages: [
  { start: 0, end: 100, number: 1, hasText: true },
  { start: 100, end: 200, number: 2, hasText: true },
] };
const text = { format: 'txt' as const, pages: [] };
const documents = new Map<string, typeof pdf | typeof text>([
  ['a', pdf],
  ['b', pdf],
  ['t', text],
]);
const documentOf = (id: string) => documents.get(id);
const figure = (documentId: string, page: number | undefined, start = 0) => ({ documentId, page, start });

describe('neighbourPages', () => {
  it("gives the next figure's page first, then the previous one's", () => {
    const rows = [figure('a', 1), figure('a', 2), figure('b', 1)];
    expect(neighbourPages(rows, 1, documentOf)).toEqual([
      { documentId: 'b', page: 1 },
      { documentId: 'a', page: 1 },
    ]);
  });

  it('leaves out a neighbour on the page already shown, and gives a page once', () => {
    const rows = [figure('a', 2), figure('a', 2), figure('b', 1), figure('b', 1)];
    expect(neighbourPages(rows, 1, documentOf)).toEqual([{ documentId: 'b', page: 1 }]);
    expect(neighbourPages([figure('b', 1), figure('a', 1), figure('b', 1)], 1, documentOf)).toEqual([{ documentId: 'b', page: 1 }]);
  });

  it('finds the page of a figure added from the text by its offset', () => {
    expect(neighbourPages([figure('a', 1), figure('a', undefined, 150)], 0, documentOf)).toEqual([{ documentId: 'a', page: 2 }]);
  });

  it('ignores reports that are not PDFs, unknown documents and the ends of the queue', () => {
    expect(neighbourPages([figure('t', undefined), figure('a', 1), figure('gone', 1)], 1, documentOf)).toEqual([]);
    expect(neighbourPages([figure('a', 1)], 0, documentOf)).toEqual([]);
    expect(neighbourPages([], 0, documentOf)).toEqual([]);
  });
});

describe('firstPages', () => {
  const report = (id: string, format: 'pdf' | 'txt' = 'pdf', byteLength = 1_000) => ({ id, format, byteLength, pages: format === 'pdf' ? pdf.pages : [] });
  const budget = { reports: 5, bytes: 10_000 };

  it("gives each PDF report's first figure page, the newest report first", () => {
    const figures = [figure('a', 2), figure('a', 1), figure('b', undefined, 150), figure('b', 1)];
    expect(firstPages([report('a'), report('t', 'txt'), report('b')], figures, budget)).toEqual([
      { documentId: 'b', page: 2 },
      { documentId: 'a', page: 2 },
    ]);
  });

  it('opens a report without figures on page 1, and gives at most `budget.reports` pages', () => {
    const documents = [report('a'), report('b'), report('c')];
    expect(firstPages(documents, [figure('a', 2)], { ...budget, reports: 2 })).toEqual([
      { documentId: 'c', page: 1 },
      { documentId: 'b', page: 1 },
    ]);
    expect(firstPages(documents, [], { ...budget, reports: 0 })).toEqual([]);
  });

  it('leaves out a report that would take the total over `budget.bytes`, and goes on with smaller ones', () => {
    const documents = [report('small', 'pdf', 3_000), report('huge', 'pdf', 9_000), report('newest', 'pdf', 6_000)];
    expect(firstPages(documents, [], budget).map((ref) => ref.documentId)).toEqual(['newest', 'small']);
  });
});
