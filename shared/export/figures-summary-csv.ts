import type { Figure, ReportDocument, Verdict } from '../domain/records';
import { csvText, UTF8_BOM, type CsvCell } from './csv-format';

/**
 * The figures summary for the engagement file: one row per figure with where it stands at the
 * export: its final status, who prepared and who reviewed it and when, and its evidence. The
 * column order is documented in the README; the trail CSV is the record of how it got there.
 */
export const FIGURES_SUMMARY_COLUMNS = [
  'document',
  'page',
  'figure_text',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'metric',
  'period',
  'origin',
  'status',
  'note',
  'evidence',
  'preparer',
  'prepared_at',
  'review',
  'reviewer',
  'reviewed_at',
  'review_note',
  'checks',
  'figure_start',
  'figure_end',
  'document_sha256',
  'engagement',
  'engagement_id',
  'document_id',
  'figure_id',
] as const;

export interface FiguresSummary {
  engagement: { id: string; name: string };
  documents: readonly ReportDocument[];
  /** In the order the queue shows them. */
  figures: readonly Figure[];
  verdicts: ReadonlyMap<string, Verdict>;
  /** What the app worked out about each figure: what it measures and its automatic checks. */
  facts: ReadonlyMap<string, FigureFacts>;
}

export interface FigureFacts {
  metric?: string;
  period?: string;
  /** One line per automatic check using the figure (`✓ 92.7 + 444.5 + 787.7 = 1324.9 万吨`). */
  checks: readonly string[];
}

export function figuresSummaryCsv({ engagement, documents, figures, verdicts, facts }: FiguresSummary): string {
  const documentsById = new Map(documents.map((document) => [document.id, document]));
  const rows = figures.map((figure): CsvCell[] => {
    const document = documentsById.get(figure.documentId);
    const verdict = verdicts.get(figure.id);
    const known = facts.get(figure.id);
    const row: Record<(typeof FIGURES_SUMMARY_COLUMNS)[number], CsvCell> = {
      document: document?.fileName,
      page: figure.page,
      figure_text: figure.text,
      value: figure.value,
      value_max: figure.valueMax,
      unit: figure.unit,
      qualifier: figure.qualifier,
      metric: known?.metric,
      period: known?.period,
      origin: figure.origin,
      status: verdict?.status ?? 'open',
      note: verdict?.note,
      evidence: verdict?.evidence,
      preparer: verdict?.actor,
      prepared_at: verdict?.at,
      review: verdict?.review ?? (verdict ? 'unreviewed' : undefined),
      reviewer: verdict?.reviewer,
      reviewed_at: verdict?.reviewedAt,
      review_note: verdict?.reviewNote,
      checks: known?.checks.join('\n'),
      figure_start: figure.start,
      figure_end: figure.end,
      document_sha256: document?.sha256,
      engagement: engagement.name,
      engagement_id: engagement.id,
      document_id: figure.documentId,
      figure_id: figure.id,
    };
    return FIGURES_SUMMARY_COLUMNS.map((column) => row[column]);
  });
  return UTF8_BOM + csvText(FIGURES_SUMMARY_COLUMNS, rows);
}
