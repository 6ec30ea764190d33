import type { AuditAction } from '../../../../shared/audit/event';

export const ACTION_LABELS: Record<AuditAction, string> = {
  'engagement.created': 'Engagement created',
  'document.imported': 'Report imported',
  'figure.added': 'Figure added',
  'figure.corrected': 'Value corrected',
  'figure.confirmed': 'Confirmed',
  'figure.disputed': 'Disputed',
  'figure.reopened': 'Reopened',
  'figure.dismissed': 'Not a figure',
  'trail.exported': 'Trail exported',
};
