import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Figure, ReportDocument, Verdict } from '../domain/records';
import { FIGURES_SUMMARY_COLUMNS, figuresSummaryCsv, type FigureFacts } from './figures-summary-csv';

const document = { id: 'd1', engagementId: 'e1', fileName: '阿里巴巴 ESG 2022.pdf', sha256: 'ab'.repeat(32) } as ReportDocument;
const figure = (id: string, text: string, value: number): Figure =>
  ({ id, engagementId: 'e1', documentId: 'd1', origin: 'extracted', text, value, unit: 'CNY', qualifier: 'over', start: 1, end: 5, page: 3, sentence: { start: 0, end: 9 } });

const summary = (verdicts: Map<string, Verdict>, facts = new Map<string, FigureFacts>()) =>
  figuresSummaryCsv({ engagement: { id: 'e1', name: 'ESG, "2022"' }, documents: [document], figures: [figure('f1', '188亿元', 1.88e10), figure('f2', '=1+1', 2)], verdicts, facts });

const read = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

describe('the figures summary CSV', () => {
  it('has one row per figure in the documented column order, with a BOM', () => {
    const csv = summary(new Map());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const { data, meta, errors } = read(csv);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...FIGURES_SUMMARY_COLUMNS]);
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({ document: '阿里巴巴 ESG 2022.pdf', figure_text: '188亿元', value: '18800000000', status: 'open', review: '', engagement: 'ESG, "2022"' });
  });

  it('shows the final status, preparer and reviewer with their dates, evidence and review note', () => {
    const verdict: Verdict = {
      figureId: 'f1', engagementId: 'e1', status: 'confirmed', evidence: 'WP 4.2, p. 7', at: '2026-11-29T10:00:00.000Z', actor: 'Li Wei',
      review: 'sent_back', reviewNote: 'check scope 3\nagain', reviewedAt: '2026-11-29T12:00:00.000Z', reviewer: 'Wang Fang',
    };
    const { data } = read(summary(new Map([['f1', verdict]])));
    expect(data[0]).toMatchObject({
      status: 'confirmed', evidence: 'WP 4.2, p. 7', preparer: 'Li Wei', prepared_at: '2026-11-29T10:00:00.000Z',
      review: 'sent_back', reviewer: 'Wang Fang', reviewed_at: '2026-11-29T12:00:00.000Z', review_note: 'check scope 3\nagain',
    });
  });

  it('states what each figure measures, its period and every automatic check using it, one per line', () => {
    const facts = new Map<string, FigureFacts>([
      ['f1', { metric: '研发投入', period: '2021年', checks: ['✓ 92.7 + 444.5 + 787.7 = 1324.9 万吨', '✗ 412 / 1,030 = 40.0 %, stated 45 %'] }],
    ]);
    const { data } = read(summary(new Map(), facts));
    expect(data[0]).toMatchObject({ metric: '研发投入', period: '2021年', checks: '✓ 92.7 + 444.5 + 787.7 = 1324.9 万吨\n✗ 412 / 1,030 = 40.0 %, stated 45 %' });
    expect(data[1]).toMatchObject({ metric: '', period: '', checks: '' });
  });

  it('neutralises a cell a spreadsheet would run as a formula', () => {
    expect(read(summary(new Map())).data[1]!.figure_text).toBe("'=1+1");
  });
});
