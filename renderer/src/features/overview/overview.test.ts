import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../shared/extraction';
import type { ReportDocument } from '../../db/records';
import { engagementChecks } from '../checks/engagement-checks';
import { MIN_CHART_SPAN_MS, overviewOf, progressOverTime, timeAxisRange, type OverviewFigure } from './overview-data';

const documents = [
  { id: 'a', fileName: 'a.pdf' },
  { id: 'b', fileName: 'b.txt' },
];
const figures: OverviewFigure[] = [
  { id: 'a1', documentId: 'a', text: '85%', status: 'confirmed' },
  { id: 'a2', documentId: 'a', text: '42%', status: 'disputed' },
  { id: 'a3', documentId: 'a', text: '三个', status: 'dismissed' },
  { id: 'b1', documentId: 'b', text: '300万元', status: 'open' },
  { id: 'b2', documentId: 'b', text: '1.2亿', status: 'confirmed' },
];
const verdicts = new Map([
  ['a1', { evidence: 'WP 3.1' }],
  ['a2', { note: 'The workbook says 41%. ' }],
  ['a3', { note: 'a count' }],
  ['b2', { evidence: '  ' }],
]);

describe('engagement overview', () => {
  const overview = overviewOf(documents, figures, verdicts);

  it('counts progress by report and for the engagement', () => {
    expect(overview.documents.map((d) => [d.name, d.total, d.decided])).toEqual([
      ['a.pdf', 3, 3],
      ['b.txt', 2, 1],
    ]);
    expect(overview.totals).toMatchObject({ total: 5, decided: 4, counts: { open: 1, confirmed: 2, disputed: 1, dismissed: 1 } });
  });

  it('lists disputed figures with their notes', () => {
    expect(overview.disputed).toEqual([{ figureId: 'a2', documentId: 'a', text: '42%', note: 'The workbook says 41%.' }]);
  });

  it('lists confirmed and disputed figures with no evidence linked, a blank link counting as none', () => {
    expect(overview.withoutEvidence.map((f) => f.figureId)).toEqual(['a2', 'b2']);
  });
});

describe('verification progress over time', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 9, minute)).toISOString();

  it('replays the trail: a reopen takes a decision back, review events change nothing', () => {
    const points = progressOverTime([
      { at: at(0), figureId: 'f1', toStatus: 'open' },
      { at: at(1), figureId: 'f1', toStatus: 'confirmed' },
      { at: at(2), figureId: 'f2', toStatus: 'disputed' },
      { at: at(3), figureId: 'f1', toStatus: 'signed_off' },
      { at: at(4), figureId: 'f2', toStatus: 'open' },
      { at: at(5) },
    ]);
    expect(points.map((p) => [p.decided, p.confirmed, p.disputed])).toEqual([
      [1, 1, 0],
      [2, 1, 1],
      [1, 1, 0],
    ]);
  });

  it('merges a burst of decisions (a bulk action) into one step', () => {
    const burst = Array.from({ length: 50 }, (_, i) => ({ at: at(10), figureId: `f${i}`, toStatus: 'confirmed' as const }));
    const points = progressOverTime([...burst, { at: at(20), figureId: 'x', toStatus: 'dismissed' }]);
    expect(points).toEqual([
      { at: Date.parse(at(10)), decided: 50, confirmed: 50, disputed: 0 },
      { at: Date.parse(at(20)), decided: 51, confirmed: 50, disputed: 0 },
    ]);
  });
});

describe('failed automated checks', () => {
  const text = 'Of the 1,030 employees of the plant, 412 employees are women, a share of 45%. 2022 财年，温室气体总排放量为 1324.9 万吨。';
  const engagementOf = (body: string) => ({
    documents: [{ id: 'doc', engagementId: 'e', fileName: 'report.txt', format: 'txt', text: body } as ReportDocument],
    figures: extractFigures(body).map((figure, i) => ({ ...figure, id: `f${i}`, engagementId: 'e', documentId: 'doc', origin: 'extracted' as const })),
  });
  const failedChecks = (body: string) => {
    const { documents, figures } = engagementOf(body);
    return engagementChecks(documents, figures).filter((check) => !check.holds);
  };
  const own = engagementOf(text).figures;

  it('runs shared/checks and names the queue figures of each failed check', () => {
    const failedOnes = failedChecks(text);
    expect(failedOnes).toHaveLength(1);
    const [failed] = failedOnes;
    expect(failed!.message).toContain('412 / 1,030');
    const texts = failed!.figureIds.map((id) => own.find((f) => f.id === id)!.text);
    expect(texts).toEqual(expect.arrayContaining(['412', '1,030', '45%']));
  });

  it('reports nothing failed when the share is right', () => {
    expect(failedChecks(text.replace('45%', '40%'))).toEqual([]);
  });
});

describe('the chart\'s time axis', () => {
  const point = (at: number) => ({ at, decided: 1, confirmed: 1, disputed: 0 });
  const noon = Date.UTC(2026, 10, 29, 12);

  it('spans at least ten minutes around decisions made within one minute, not years', () => {
    const range = timeAxisRange([point(noon), point(noon + 20_000)])!;
    expect(range.max - range.min).toBeGreaterThanOrEqual(MIN_CHART_SPAN_MS);
    expect(range.max - range.min).toBeLessThan(2 * MIN_CHART_SPAN_MS);
    expect(range.min).toBeLessThanOrEqual(noon);
  });

  it('runs from the first decision to the last when they are hours apart', () => {
    const range = timeAxisRange([point(noon), point(noon + 3 * 3_600_000)])!;
    expect(range.min).toBeLessThanOrEqual(noon);
    expect(range.max).toBeGreaterThanOrEqual(noon + 3 * 3_600_000);
    expect(range.max - range.min).toBeLessThan(4 * 3_600_000);
  });

  it('has no range without points', () => {
    expect(timeAxisRange([])).toBeUndefined();
  });
});
