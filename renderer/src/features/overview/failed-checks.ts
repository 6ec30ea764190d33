/**
 * The overview's "failed automated checks": shared/checks' `runChecks` over the engagement's
 * documents, each figure described first (metric, period, scope) as the CLI's `tickmark check`
 * does, and each failed check's figures mapped back to the queue's figure ids.
 */
import { runChecks } from '../../../../shared/checks';
import type { ExtractedFigure } from '../../../../shared/domain/figure';
import { describeFigures } from '../../../../shared/metrics';

export interface CheckedDocument {
  id: string;
  text: string;
}

export interface CheckedFigure extends ExtractedFigure {
  id: string;
  documentId: string;
}

export interface FailedCheck {
  message: string;
  rule: string;
  /** The queue's figures the check used, in the check's order. */
  figureIds: string[];
}

export interface ChecksOutcome {
  run: number;
  failed: FailedCheck[];
}

const spanKey = (documentId: string, start: number, end: number) => `${documentId}:${start}:${end}`;

export function failedChecks(documents: readonly CheckedDocument[], figures: readonly CheckedFigure[]): ChecksOutcome {
  const byDocument = new Map<string, CheckedFigure[]>();
  for (const figure of figures) byDocument.set(figure.documentId, [...(byDocument.get(figure.documentId) ?? []), figure]);
  const ids = new Map(figures.map((figure) => [spanKey(figure.documentId, figure.start, figure.end), figure.id]));
  const checks = runChecks(
    documents.map((document) => {
      const own = (byDocument.get(document.id) ?? []).sort((a, b) => a.start - b.start);
      return { name: document.id, text: document.text, figures: describeFigures(document.text, own) };
    }),
  );
  const failed = checks
    .filter((check) => !check.holds)
    .map((check) => ({
      message: check.message,
      rule: check.rule,
      figureIds: check.figures.flatMap((figure) => ids.get(spanKey(figure.doc, figure.start, figure.end)) ?? []),
    }));
  return { run: checks.length, failed };
}
