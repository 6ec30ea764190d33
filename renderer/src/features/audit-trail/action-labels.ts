import type { AuditAction, FigureState } from '../../../../shared/audit/event';
import { STATUS_LABELS } from '../queue/StatusBadge';
import { REVIEW_LABELS } from '../queue/ReviewBadge';

export const ACTION_LABELS: Record<AuditAction, string> = {
  'engagement.created': 'Engagement created',
  'engagement.member_added': 'Joined the engagement',
  'engagement.key_trusted': 'Signing key trusted',
  'document.imported': 'Report imported',
  'figure.added': 'Figure added',
  'figure.corrected': 'Value corrected',
  'figure.confirmed': 'Confirmed',
  'figure.disputed': 'Disputed',
  'figure.reopened': 'Reopened',
  'figure.dismissed': 'Not a figure',
  'figure.signed_off': 'Signed off',
  'figure.sent_back': 'Sent back',
  'trail.exported': 'Trail exported',
  'archive.exported': 'Engagement archived',
  'archive.imported': 'Archive imported',
};

/** The states an event moves a figure between: its decision, or its review. */
export const STATE_LABELS: Record<FigureState, string> = { ...STATUS_LABELS, ...REVIEW_LABELS };
