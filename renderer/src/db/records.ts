import type { TrailEvent } from '../../../shared/audit/event';
import type { ReportDocument as ImportedReport } from '../../../shared/domain/records';

export type {
  Engagement,
  Figure,
  FigureOrigin,
  FigureValue,
  Member,
  OriginalFile,
  TrustedKey,
  Verdict,
} from '../../../shared/domain/records';

/**
 * A report imported into an engagement. A protected PDF's password is never stored: only that it
 * needs one, so that its pages are not opened (or prepared ahead) before the auditor typed it.
 */
export interface ReportDocument extends ImportedReport {
  passwordProtected?: true;
}

/** What the events table holds: events of the current form, and older ones that verify under theirs. */
export type AuditEvent = TrailEvent;

export const SETTING_KEYS = ['userName', 'lastEngagementId'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export interface Setting {
  key: SettingKey;
  value: string;
}
