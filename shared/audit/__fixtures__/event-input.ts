import type { AuditEventInput } from '../event';

/** A figure decision as the renderer records it, for tests: override any field. */
export const eventInput = (overrides: Partial<AuditEventInput> = {}): AuditEventInput => ({
  engagementId: 'eng-1',
  engagementName: 'Alipay FY2020',
  at: '2026-11-23T10:00:00.000Z',
  actor: 'Li Wei',
  role: 'preparer',
  action: 'figure.confirmed',
  documentId: 'doc-1',
  document: { name: 'report.pdf', sha256: 'ab'.repeat(32) },
  figureId: 'fig-1',
  figure: { text: '4,300万', start: 10, end: 16, page: 3, value: 43_000_000, unit: '', qualifier: 'exact' },
  fromStatus: 'open',
  toStatus: 'confirmed',
  ...overrides,
});
