/**
 * The link a chosen candidate makes: its document and SHA-256, its place (page, or sheet and
 * cell), its span and its text as fields (shared/evidence/link.ts), written on one line into the
 * verdict's evidence, so that it is stored with the verdict, hashed with its audit event and
 * exported in the trail's `evidence` column as it was shown, and read back as fields.
 */
import { formatEvidenceLink, type Candidate, type EvidenceLink } from '../../../../shared/evidence/index';

export function candidateLink(candidate: Candidate): EvidenceLink {
  return {
    document: candidate.doc,
    sha256: candidate.docId,
    ...(candidate.cell !== undefined ? { ...(candidate.sheet ? { sheet: candidate.sheet } : {}), cell: candidate.cell } : {}),
    ...(candidate.cell === undefined && candidate.page !== undefined ? { page: candidate.page } : {}),
    start: candidate.start,
    end: candidate.end,
    text: candidate.text,
  };
}

export const evidenceLink = (candidate: Candidate): string => formatEvidenceLink(candidateLink(candidate));
