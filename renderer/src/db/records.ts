import type { TrailEvent } from '../../../shared/audit/event';

export type {
  Engagement,
  Figure,
  FigureOrigin,
  FigureValue,
  Member,
  OriginalFile,
  ReportDocument,
  TrustedKey,
  Verdict,
} from '../../../shared/domain/records';

/** What the events table holds: events of the current form, and older ones that verify under theirs. */
export type AuditEvent = TrailEvent;

export const SETTING_KEYS = ['userName', 'lastEngagementId'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export interface Setting {
  key: SettingKey;
  value: string;
}
