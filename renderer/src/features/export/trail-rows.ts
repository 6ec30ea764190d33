import type { AuditTrailRow, CsvFigure } from '../../../../shared/export/audit-trail-csv';
import type { AuditEvent, Engagement, Figure, ReportDocument } from '../../db/records';
import { lineNumberOf, pageNumberOf } from '../../domain/line-numbers';

/** One CSV row per event, each with the document and figure it is about as they stand now. */
export function trailRows(
  engagement: Engagement,
  events: readonly AuditEvent[],
  documents: readonly ReportDocument[],
  figures: readonly Figure[],
): AuditTrailRow[] {
  const documentsById = new Map(documents.map((document) => [document.id, document]));
  const figuresById = new Map(figures.map((figure) => [figure.id, figure]));
  return events.map((event) => {
    const document = event.documentId === undefined ? undefined : documentsById.get(event.documentId);
    const figure = event.figureId === undefined ? undefined : figuresById.get(event.figureId);
    return {
      event,
      engagementName: engagement.name,
      documentName: document?.fileName,
      figure: figure && document ? csvFigure(figure, document) : undefined,
    };
  });
}

function csvFigure(figure: Figure, document: ReportDocument): CsvFigure {
  return {
    text: figure.text,
    value: figure.value,
    valueMax: figure.valueMax,
    unit: figure.unit,
    qualifier: figure.qualifier,
    page: figure.page ?? pageNumberOf(document, figure.start),
    line: lineNumberOf(document, figure.start),
  };
}

/** `Alipay FY2020 audit trail 2025-11-23.csv`: the engagement's name, made safe as a file name. */
export function trailFileName(engagementName: string, on: Date): string {
  const safe = engagementName
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${safe || 'Engagement'} audit trail ${on.toISOString().slice(0, 10)}.csv`;
}
