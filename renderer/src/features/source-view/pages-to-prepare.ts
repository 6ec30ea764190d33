import type { Figure, ReportDocument } from '../../db/records';
import { pageNumberOf } from '../../domain/line-numbers';

/** A page of a stored PDF report. */
export interface PageRef {
  documentId: string;
  page: number;
}

/** The page of its PDF a figure stands on (an added figure has only its place in the text). */
export function figurePage(document: Pick<ReportDocument, 'format' | 'pages'>, figure: Pick<Figure, 'page' | 'start'>): number {
  return figure.page ?? pageNumberOf(document, figure.start) ?? 1;
}

/**
 * The pages the auditor most likely looks at next: those of the figures after and before `index`
 * in the queue, the next one first, where they are on another page of a PDF.
 */
export function neighbourPages(
  rows: readonly Pick<Figure, 'documentId' | 'page' | 'start'>[],
  index: number,
  documentOf: (documentId: string) => Pick<ReportDocument, 'format' | 'pages'> | undefined,
): PageRef[] {
  const pageOf = (at: number): PageRef | undefined => {
    const figure = rows[at];
    const document = figure && documentOf(figure.documentId);
    if (!figure || document?.format !== 'pdf') return undefined;
    return { documentId: figure.documentId, page: figurePage(document, figure) };
  };
  const current = pageOf(index);
  const pages: PageRef[] = [];
  for (const ref of [pageOf(index + 1), pageOf(index - 1)]) {
    if (!ref || (ref.documentId === current?.documentId && ref.page === current.page)) continue;
    if (!pages.some((page) => page.documentId === ref.documentId && page.page === ref.page)) pages.push(ref);
  }
  return pages;
}

/** How many reports, and how many of their bytes, to keep open ahead of the auditor. */
export interface PrepareBudget {
  reports: number;
  bytes: number;
}

/**
 * The page each PDF report opens on (its first figure's, or page 1 when it has none), the most
 * recently imported report first, within `budget` (a report that would exceed its bytes is left
 * out): the pages an auditor lands on after an import or from the Document filter. `figures` are
 * in queue order (report, then position).
 */
export function firstPages(
  documents: readonly Pick<ReportDocument, 'id' | 'format' | 'pages' | 'byteLength'>[],
  figures: readonly Pick<Figure, 'documentId' | 'page' | 'start'>[],
  budget: PrepareBudget,
): PageRef[] {
  const firstFigures = new Map<string, Pick<Figure, 'page' | 'start'>>();
  for (const figure of figures) if (!firstFigures.has(figure.documentId)) firstFigures.set(figure.documentId, figure);
  const pages: PageRef[] = [];
  let bytes = 0;
  for (const document of [...documents].reverse()) {
    if (pages.length >= budget.reports) break;
    if (document.format !== 'pdf' || bytes + document.byteLength > budget.bytes) continue;
    bytes += document.byteLength;
    const figure = firstFigures.get(document.id);
    pages.push({ documentId: document.id, page: figure ? figurePage(document, figure) : 1 });
  }
  return pages;
}
