// Evidence for claimed figures: documents and workbooks indexed once, candidates ranked per figure.
export { buildEvidenceIndex, type EvidenceIndex } from './evidence-index';
export { prepareDocument, type PreparedDocument } from './entries';
export { claimOf, rankEvidence, type Claim } from './rank';
export type { Candidate, EvidenceDocument, Reason } from './types';
export { formatEvidenceLink, parseEvidenceLink, type EvidenceLink } from './link';
export { documentRole, evidenceDocument, importRole, isEvidenceOnly } from './from-report';
