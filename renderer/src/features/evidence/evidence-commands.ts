/**
 * Choosing and linking evidence for the selected figure. The panel highlights one candidate (the
 * best, until the auditor picks another); the link key writes that candidate's reference into the
 * figure's draft, where the next decision (c, d…) stores it with the verdict and its audit event.
 */
import { create } from 'zustand';
import type { Candidate } from '../../../../shared/evidence/index';
import { selectDocument, selectFigure, useWorkspace } from '../../state/workspace';
import { editDraft } from '../verdict/draft';
import { candidatesFor, engagementIndex } from './engagement-evidence';
import { evidenceLink } from './evidence-link';

interface EvidenceChoice {
  figureId: string | null;
  chosen: number;
}

export const useEvidenceChoice = create<EvidenceChoice>(() => ({ figureId: null, chosen: 0 }));

/** The chosen candidate's position for `figureId`: the first when another figure's was chosen. */
export const chosenFor = (choice: EvidenceChoice, figureId: string): number => (choice.figureId === figureId ? choice.chosen : 0);

export function chooseCandidate(figureId: string, chosen: number): void {
  useEvidenceChoice.setState({ figureId, chosen });
}

/** The selected figure's candidates, from the engagement's index. */
export function selectedCandidates(): { figureId: string; candidates: Candidate[] } | undefined {
  const state = useWorkspace.getState();
  const figure = selectFigure(state);
  const document = figure && selectDocument(state, figure.documentId);
  if (!figure || !document) return undefined;
  return { figureId: figure.id, candidates: candidatesFor(engagementIndex(state.documents, state.figures), document, figure) };
}

/** The link key: the chosen candidate's reference becomes the draft's evidence. */
export function linkChosenEvidence(): void {
  const selected = selectedCandidates();
  if (!selected) return;
  const candidate = selected.candidates[chosenFor(useEvidenceChoice.getState(), selected.figureId)];
  if (candidate) editDraft(selected.figureId, { evidence: evidenceLink(candidate) });
}
