import type { LocatedFigure, ParsedReport } from './report';
import type { ReviewStatus, Role } from './review';
import type { FigureStatus } from './verdict';

/**
 * The records of an engagement, as IndexedDB stores them and as the Node side's journal keeps a
 * second copy of them: one vocabulary for the database, the journal, the archive and the CSV.
 */

/** What a figure asserts, as the auditor corrects or adds it (the type the extractor reads too). */
export type { FigureValue } from './figure';

/** A person working on an engagement, and in which role. */
export interface Member {
  name: string;
  role: Role;
}

/** A signing key whose seals this engagement accepts: its own installation's, or a colleague's. */
export interface TrustedKey {
  fingerprint: string;
  /** Raw Ed25519 public key, hex. */
  publicKey: string;
  /** Whose key it is, as the seal named its signer when it was first trusted. */
  owner: string;
}

/** A named audit project: the reports under audit, their figures and one audit trail. */
export interface Engagement {
  id: string;
  name: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  members?: Member[];
  trustedKeys?: TrustedKey[];
}

/**
 * What a document is in its engagement: a report, whose figures are queued for verification, or
 * evidence, whose figures and cells are only candidates that support the reports' figures.
 */
export const DOCUMENT_ROLES = ['report', 'evidence'] as const;
export type DocumentRole = (typeof DOCUMENT_ROLES)[number];

/** A report imported into an engagement: what the backend made of the file, without its figures. */
export interface ReportDocument extends Omit<ParsedReport, 'figures'> {
  id: string;
  engagementId: string;
  importedAt: string;
  /**
   * Set on every document since schema version 3; a journal or archive written before it lacks it,
   * and `documentRole` (shared/evidence) reads such a document's role from its format.
   */
  role?: DocumentRole;
  /**
   * An evidence document's figures, with their pages and boxes: kept with the document, not in the
   * figures under verification, so that they are found as candidates and never queued.
   */
  evidenceFigures?: LocatedFigure[];
  /**
   * A protected PDF. Its password is never stored, only that it needs one, so that its pages are not
   * opened (or prepared ahead) before the auditor typed it in this session.
   */
  passwordProtected?: true;
}

/** The file's bytes as imported, so the source survives the file moving or changing on disk. */
export interface OriginalFile {
  documentId: string;
  bytes: Uint8Array;
}

/** Who found the figure: the extractor, or the auditor where the extractor missed it. */
export type FigureOrigin = 'extracted' | 'added';

/** A claimed figure under audit. Its value may have been corrected by the auditor since import. */
export interface Figure extends LocatedFigure {
  id: string;
  engagementId: string;
  documentId: string;
  origin: FigureOrigin;
}

/** The current decision about a figure and its review; a figure without one is open and unreviewed. */
export interface Verdict {
  figureId: string;
  engagementId: string;
  status: FigureStatus;
  note?: string;
  /** Where the evidence is: a workpaper, a source document, a page. */
  evidence?: string;
  /** When and by whom the status was last decided. */
  at: string;
  actor: string;
  review?: ReviewStatus;
  reviewNote?: string;
  reviewedAt?: string;
  reviewer?: string;
}
