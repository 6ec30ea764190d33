/**
 * The engagement's evidence, indexed once per set of documents: every document of the engagement
 * (a report is evidence for the others; a document imported as evidence brings the figures it
 * keeps, a workbook its cells too), and the ranked candidates for one figure from it. The index is
 * rebuilt only when documents or figures come or go, not when a verdict changes.
 */
import type { ReportDocument } from '../../../../shared/domain/records';
import type { LocatedFigure } from '../../../../shared/domain/report';
import { buildEvidenceIndex, claimOf, documentRole, rankEvidence, type Candidate, type EvidenceIndex } from '../../../../shared/evidence/index';

/** Candidates shown for a figure. */
export const SHOWN_CANDIDATES = 5;

interface Figured extends LocatedFigure {
  documentId: string;
}

let memo: { documents: readonly ReportDocument[]; figureCount: number; index: EvidenceIndex } | undefined;

export function engagementIndex(documents: readonly ReportDocument[], figures: readonly Figured[]): EvidenceIndex {
  if (memo?.documents === documents && memo.figureCount === figures.length) return memo.index;
  const byDocument = new Map<string, LocatedFigure[]>();
  for (const figure of figures) {
    const list = byDocument.get(figure.documentId);
    if (list === undefined) byDocument.set(figure.documentId, [figure]);
    else list.push(figure);
  }
  const index = buildEvidenceIndex(
    documents.map((document) => ({
      id: document.sha256,
      name: document.fileName,
      text: document.text,
      figures: (documentRole(document) === 'evidence' ? document.evidenceFigures : byDocument.get(document.id)) ?? [],
      ...(document.cells === undefined ? {} : { cells: document.cells }),
    })),
  );
  memo = { documents, figureCount: figures.length, index };
  return index;
}

/** The best candidates for `figure` of `document`, none of them the figure itself. */
export function candidatesFor(index: EvidenceIndex, document: ReportDocument, figure: LocatedFigure): Candidate[] {
  const prepared = index.documents.find((candidate) => candidate.source.id === document.sha256);
  if (prepared === undefined) return [];
  return rankEvidence(index, claimOf(index, prepared, figure), SHOWN_CANDIDATES);
}
