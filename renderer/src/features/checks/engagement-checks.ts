// The automatic checks of the open engagement, run in the page over its documents' text and
// figures (the same pure modules the CLI runs), each check's figures tied back to their records.
// Recomputed only when a document or a figure's value changes, never for a verdict. Figures are
// read as stored, described at import (metric, period, scope).

import { runChecks, type Check, type CheckDocument } from '../../../../shared/checks/index';
import type { FigureFacts } from '../../../../shared/export/figures-summary-csv';
import type { Figure, ReportDocument } from '../../db/records';

export interface EngagementCheck extends Check {
  /** Stable within the engagement: the check's kind, rule and figures. */
  key: string;
  /** The figures' record ids, in the check's order. */
  figureIds: string[];
  /**
   * The figures a verdict on the check takes: all of a consistency check's; of a sum, ratio or change, those it is
   * worked from and its result, not the restatements of its inputs named beside them (`mention`).
   */
  workedIds: string[];
}

interface Worked {
  documents: readonly ReportDocument[];
  figures: readonly Figure[];
  checks: EngagementCheck[];
}

let memo: Worked | undefined;

/**
 * Whether two lists of figures read the same to the checks: a correction or an added figure
 * changes them, a verdict does not. A verdict replaces only its own figures' records, so most
 * records are the very same objects and comparing is a pass of reference checks.
 */
function sameForChecks(before: readonly Figure[], after: readonly Figure[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.value !== b.value || a.valueMax !== b.valueMax || a.unit !== b.unit || a.qualifier !== b.qualifier) return false;
  }
  return true;
}

export const engagementChecks = (documents: readonly ReportDocument[], figures: readonly Figure[]): EngagementCheck[] =>
  worked(documents, figures).checks;

/** What the app worked out about each figure, for the figures summary: metric, period and its checks' lines. */
export function engagementFacts(documents: readonly ReportDocument[], figures: readonly Figure[]): Map<string, FigureFacts> {
  const { checks } = worked(documents, figures);
  const lines = new Map<string, string[]>();
  for (const check of checks)
    for (const id of new Set(check.figureIds)) {
      const said = lines.get(id);
      if (said) said.push(check.message);
      else lines.set(id, [check.message]);
    }
  const inDocuments = new Set(documents.map((document) => document.id));
  return new Map(
    figures.flatMap((figure) => (inDocuments.has(figure.documentId) ? [[figure.id, { metric: figure.metric, period: figure.period, checks: lines.get(figure.id) ?? [] }] as const] : [])),
  );
}

function worked(documents: readonly ReportDocument[], figures: readonly Figure[]): Worked {
  // The same arrays as last time (a selection moved): nothing to read, on every keystroke of j/k.
  if (memo && memo.documents === documents && memo.figures === figures) return memo;
  if (memo && memo.documents === documents && sameForChecks(memo.figures, figures)) return (memo = { ...memo, figures });
  const byDocument = new Map<string, Figure[]>();
  for (const figure of figures) {
    const own = byDocument.get(figure.documentId);
    if (own) own.push(figure);
    else byDocument.set(figure.documentId, [figure]);
  }
  const idAt = new Map<string, string>();
  const names = new Set<string>();
  const docs: CheckDocument[] = documents.map((document) => {
    let name = document.fileName;
    for (let n = 2; names.has(name); n++) name = `${document.fileName} (${n})`;
    names.add(name);
    const own = (byDocument.get(document.id) ?? []).slice().sort((a, b) => a.start - b.start);
    for (const figure of own) idAt.set(`${name}\u0000${figure.start}`, figure.id);
    return { name, text: document.text, figures: own };
  });
  const checks = runChecks(docs).map((check): EngagementCheck => {
    const placed = check.figures.flatMap((f) => {
      const id = idAt.get(`${f.doc}\u0000${f.start}`);
      return id === undefined ? [] : [{ id, worked: check.kind === 'consistency' || f.role !== 'mention' }];
    });
    const figureIds = placed.map((p) => p.id);
    const workedIds = [...new Set(placed.filter((p) => p.worked).map((p) => p.id))];
    return { ...check, figureIds, workedIds, key: `${check.kind}:${check.rule}:${figureIds.join(',')}` };
  });
  memo = { documents, figures, checks };
  return memo;
}

/** The checks that use the figure, mismatches first. */
export const checksOfFigure = (checks: readonly EngagementCheck[], figureId: string): EngagementCheck[] => checks.filter((c) => c.figureIds.includes(figureId));

/** The figures of a mismatch that a dispute can still take: those it was worked on, not already disputed or dismissed. */
export const disputable = (check: EngagementCheck, statusOf: (id: string) => string | undefined): string[] =>
  check.workedIds.filter((id) => statusOf(id) === 'open' || statusOf(id) === 'confirmed');
