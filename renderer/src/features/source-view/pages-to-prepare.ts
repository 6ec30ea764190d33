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
