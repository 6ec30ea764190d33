import type { AuditEvent } from '../../../shared/audit/event';
import type { Qualifier } from '../../../shared/domain/figure';
import type { LocatedFigure, ParsedReport } from '../../../shared/domain/report';
import type { FigureStatus } from '../../../shared/domain/verdict';

/** A named audit project: the reports under audit, their figures and one audit trail. */
export interface Engagement {
  id: string;
  name: string;
  /** ISO 8601, UTC. */
  createdAt: string;
}

/** A report imported into an engagement: what the backend made of the file, without its figures. */
export interface ReportDocument extends Omit<ParsedReport, 'figures'> {
  id: string;
  engagementId: string;
  importedAt: string;
  /** The password a protected PDF was opened with at import, so its stored original can be shown. */
  password?: string;
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

/** What a figure asserts, as the auditor corrects or adds it. */
export interface FigureValue {
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: Qualifier;
}

/** The auditor's current decision about a figure; a figure without one is open. */
export interface Verdict {
  figureId: string;
  engagementId: string;
  status: FigureStatus;
  note?: string;
  /** Where the evidence is: a workpaper, a source document, a page. */
  evidence?: string;
  at: string;
  actor: string;
}

export type { AuditEvent };

export const SETTING_KEYS = ['userName', 'lastEngagementId'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export interface Setting {
  key: SettingKey;
  value: string;
}
