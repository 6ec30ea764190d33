// The automatic checks of the open engagement, run in the page over its documents' text and
// figures (the same pure modules the CLI runs), each check's figures tied back to their records.
// Recomputed only when a document or a figure's value changes, never for a verdict.

import { runChecks, type Check, type CheckDocument } from '../../../../shared/checks/index';
import { describeFigures } from '../../../../shared/metrics/index';
import type { Figure, ReportDocument } from '../../db/records';

export interface EngagementCheck extends Check {
  /** Stable within the engagement: the check's kind, rule and figures. */
  key: string;
  /** The figures' record ids, in the check's order. */
  figureIds: string[];
}

let memo: { documents: readonly ReportDocument[]; signature: string; checks: EngagementCheck[] } | undefined;

/** What checks read of the figures: a correction or an added figure changes it, a verdict does not. */
const signatureOf = (figures: readonly Figure[]) => figures.map((f) => `${f.id}:${f.value}:${f.valueMax ?? ''}:${f.unit}:${f.qualifier}`).join('|');

export function engagementChecks(documents: readonly ReportDocument[], figures: readonly Figure[]): EngagementCheck[] {
  const signature = signatureOf(figures);
  if (memo && memo.documents === documents && memo.signature === signature) return memo.checks;
  const byDocument = new Map<string, Figure[]>();
  for (const figure of figures) byDocument.set(figure.documentId, [...(byDocument.get(figure.documentId) ?? []), figure]);
  const idAt = new Map<string, string>();
  const names = new Set<string>();
  const docs: CheckDocument[] = documents.map((document) => {
    let name = document.fileName;
    for (let n = 2; names.has(name); n++) name = `${document.fileName} (${n})`;
    names.add(name);
    const own = (byDocument.get(document.id) ?? []).slice().sort((a, b) => a.start - b.start);
    for (const figure of own) idAt.set(`${name}\u0000${figure.start}`, figure.id);
    return { name, text: document.text, figures: describeFigures(document.text, own) };
  });
  const checks = runChecks(docs).map((check): EngagementCheck => {
    const figureIds = check.figures.map((f) => idAt.get(`${f.doc}\u0000${f.start}`)).filter((id): id is string => id !== undefined);
    return { ...check, figureIds, key: `${check.kind}:${check.rule}:${figureIds.join(',')}` };
  });
  memo = { documents, signature, checks };
  return checks;
}

/** The checks that use the figure, mismatches first. */
export const checksOfFigure = (checks: readonly EngagementCheck[], figureId: string): EngagementCheck[] => checks.filter((c) => c.figureIds.includes(figureId));

/** The figures of a mismatch that a dispute can still take: those not already disputed or dismissed. */
export const disputable = (check: EngagementCheck, statusOf: (id: string) => string | undefined): string[] =>
  [...new Set(check.figureIds)].filter((id) => statusOf(id) === 'open' || statusOf(id) === 'confirmed');
