import { describe, expect, it } from 'vitest';
import { sealEvent } from '../../../../shared/audit/event';
import type { Figure, ReportDocument } from '../../db/records';
import { trailFileName, trailRows } from './trail-rows';

describe('the audit trail export', () => {
  it('names the file after the engagement, safely', () => {
    const on = new Date('2025-03-04T10:00:00Z');
    expect(trailFileName('Alipay FY2020', on)).toBe('Alipay FY2020 audit trail 2025-03-04.csv');
    expect(trailFileName('a/b\\c:d*?', on)).toBe('a-b-c-d- audit trail 2025-03-04.csv');
    expect(trailFileName('...', on)).toBe('Engagement audit trail 2025-03-04.csv');
  });

  it('gives each event its document, page and line, and its figure as it stands', () => {
    const engagement = { id: 'e', name: 'E', createdAt: '' };
    const document = { id: 'd', engagementId: 'e', fileName: 'report.txt', format: 'txt', text: 'a\nb\nRevenue 188亿元', pages: [] } as unknown as ReportDocument;
    const figure = { id: 'f', engagementId: 'e', documentId: 'd', start: 12, end: 17, text: '188亿元', value: 18_800_000_000, unit: 'CNY', qualifier: 'exact' } as Figure;
    const created = sealEvent({ engagementId: 'e', at: 't', actor: 'Mei', action: 'engagement.created' }, undefined);
    const confirmed = sealEvent({ engagementId: 'e', at: 't', actor: 'Mei', action: 'figure.confirmed', documentId: 'd', figureId: 'f' }, created);
    const rows = trailRows(engagement, [created, confirmed], [document], [figure]);
    expect(rows[0]).toMatchObject({ engagementName: 'E', documentName: undefined, figure: undefined });
    expect(rows[1]).toMatchObject({ documentName: 'report.txt', figure: { text: '188亿元', value: 18_800_000_000, line: 3, page: undefined } });
  });
});
