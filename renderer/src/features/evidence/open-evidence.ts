/**
 * Evidence opened in the source pane: the place a candidate (or a stored link) points at, shown
 * in its document in place of the selected figure's report until the auditor goes back or selects
 * another figure. Resolves the place to what the view needs: the document, and for a figure of a
 * paged document (a PDF, a scan, an image) its page and boxes.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import type { PageBox } from '../../../../shared/domain/figure';
import type { ReportDocument } from '../../../../shared/domain/records';
import { documentRole, type EvidenceLink } from '../../../../shared/evidence/index';
import { useWorkspace, type WorkspaceState } from '../../state/workspace';

export interface EvidencePlace {
  /** The document's SHA-256: candidates and links name a document by its bytes. */
  sha256: string;
  start: number;
  end: number;
  page?: number;
  sheet?: string;
  cell?: string;
}

interface OpenEvidence {
  /** The figure whose evidence is open: selecting another closes it. */
  figureId: string | null;
  place: EvidencePlace | null;
}

export const useOpenEvidence = create<OpenEvidence>(() => ({ figureId: null, place: null }));

export function openEvidence(figureId: string, place: EvidencePlace): void {
  useOpenEvidence.setState({ figureId, place });
}

export function closeEvidence(): void {
  useOpenEvidence.setState({ figureId: null, place: null });
}

/** The place a stored link points at. */
export const linkPlace = (link: EvidenceLink): EvidencePlace => ({
  sha256: link.sha256,
  start: link.start,
  end: link.end,
  ...(link.page === undefined ? {} : { page: link.page }),
  ...(link.sheet === undefined ? {} : { sheet: link.sheet }),
  ...(link.cell === undefined ? {} : { cell: link.cell }),
});

/** The open evidence's place, if it is open for `figureId`. */
export const openPlaceFor = (open: OpenEvidence, figureId: string | undefined): EvidencePlace | null =>
  open.place !== null && open.figureId === figureId ? open.place : null;

export interface ResolvedPlace extends EvidencePlace {
  document: ReportDocument;
  boxes?: readonly PageBox[];
}

/** The document and, on a paged document, the boxes of the figure at the place; undefined when the document left the engagement. */
export function resolvePlace(state: Pick<WorkspaceState, 'documents' | 'figures'>, place: EvidencePlace): ResolvedPlace | undefined {
  const document = state.documents.find((candidate) => candidate.sha256 === place.sha256);
  if (!document) return undefined;
  const atPlace = (figure: { start: number; end: number }) => figure.start === place.start && figure.end === place.end;
  const figure =
    documentRole(document) === 'evidence'
      ? document.evidenceFigures?.find(atPlace)
      : state.figures.find((candidate) => candidate.documentId === document.id && atPlace(candidate));
  return { ...place, document, ...(figure?.boxes ? { boxes: figure.boxes, page: figure.page ?? place.page } : {}) };
}

export function useResolvedPlace(place: EvidencePlace): ResolvedPlace | undefined {
  const documents = useWorkspace((state) => state.documents);
  const figures = useWorkspace((state) => state.figures);
  return useMemo(() => resolvePlace({ documents, figures }, place), [documents, figures, place]);
}
