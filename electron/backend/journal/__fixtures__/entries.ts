import { sealEvent, type AuditAction } from '../../../../shared/audit/event';
import type { ChangedRecords } from '../../../../shared/audit/journal-entry';
import type { Engagement, Figure, ReportDocument, Verdict } from '../../../../shared/domain/records';
import type { StoredEntry } from '../../../../shared/ipc/journal-schemas';

/**
 * An engagement's journal as the renderer would write it, for tests: created, a report imported
 * with two figures, then one decision per further entry. `entries(n)` gives its first n entries.
 */
export function engagementJournal(engagementId = 'eng-1', name = 'Alipay FY2020') {
  const engagement: Engagement = { id: engagementId, name, createdAt: '2026-11-23T10:00:00.000Z', members: [{ name: 'Li Wei', role: 'preparer' }] };
  const document: ReportDocument = {
    id: `${engagementId}-doc`,
    engagementId,
    importedAt: '2026-11-23T10:01:00.000Z',
    fileName: 'report.txt',
    format: 'txt',
    sha256: 'ab'.repeat(32),
    byteLength: 40,
    text: '研发投入超188亿元, 550 million users.',
    pages: [{ start: 0, end: 33, number: 1, hasText: true }],
    warnings: [],
  };
  const figures: Figure[] = [0, 1].map((i) => ({
    id: `${engagementId}-fig-${i}`,
    engagementId,
    documentId: document.id,
    origin: 'extracted',
    text: i === 0 ? '188亿元' : '550 million users',
    start: i === 0 ? 5 : 15,
    end: i === 0 ? 10 : 32,
    value: i === 0 ? 18_800_000_000 : 550_000_000,
    unit: i === 0 ? 'CNY' : 'users',
    qualifier: i === 0 ? 'over' : 'exact',
    sentence: { start: 0, end: 33 },
  }));

  const sealed: StoredEntry[] = [];
  const add = (action: AuditAction, at: string, records: ChangedRecords, extra: { figureId?: string; note?: string } = {}) => {
    const event = sealEvent(
      { engagementId, engagementName: name, at, actor: 'Li Wei', role: 'preparer', action, ...extra },
      sealed.at(-1)?.event,
    );
    sealed.push({ event, records });
  };
  add('engagement.created', engagement.createdAt, { engagement });
  add('document.imported', document.importedAt, { document, figures });

  return {
    engagement,
    document,
    figures,
    /** The first `count` entries; decisions alternate between the two figures. */
    entries(count: number): StoredEntry[] {
      while (sealed.length < count) {
        const n = sealed.length;
        const figureId = figures[n % 2]!.id;
        const status = n % 4 < 2 ? 'confirmed' : 'open';
        const at = new Date(Date.UTC(2026, 10, 23, 11, 0, n)).toISOString();
        const verdict: Verdict = { figureId, engagementId, status, at, actor: 'Li Wei' };
        add(status === 'confirmed' ? 'figure.confirmed' : 'figure.reopened', at, { verdicts: [verdict] }, { figureId, note: `decision ${n}` });
      }
      return sealed.slice(0, count);
    },
  };
}
