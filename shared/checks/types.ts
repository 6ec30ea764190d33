// The vocabulary of automatic checks: what a check is over (the documents of one engagement, each
// with its text and described figures) and what it says (a kind, whether it holds, the figures it
// used in their roles, the expected and the stated value, and one line for a person).

import type { ExtractedFigure } from '../domain/figure';
import type { CheckSaying } from './sayings';
import { lowerBoundBy } from '../text/lower-bound';

export const CHECK_KINDS = ['sum', 'ratio', 'change', 'consistency'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const CHECK_ROLES = ['total', 'part', 'numerator', 'denominator', 'result', 'old', 'new', 'mention'] as const;
export type CheckRole = (typeof CHECK_ROLES)[number];

/** One document of the engagement as the checks see it: figures with metric, period and scope. */
export interface CheckDocument {
  /** The document's name (the file's base name in the CLI). */
  name: string;
  text: string;
  figures: readonly ExtractedFigure[];
}

/** The index of the document's first figure (its figures run in text order) starting at or after `start`. */
export const firstAtOrAfter = (doc: CheckDocument, start: number): number => lowerBoundBy(doc.figures.length, (i) => doc.figures[i]!.start, start);

/** A figure as a check uses it: where it stands and what part it plays. */
export interface CheckFigure {
  doc: string;
  start: number;
  end: number;
  text: string;
  value: number;
  role: CheckRole;
}

export interface Check {
  kind: CheckKind;
  holds: boolean;
  figures: CheckFigure[];
  /** What the inputs give (a sum, a share in %, a change in %), where one value applies. */
  expected?: number;
  /** What the report states for it. */
  stated?: number;
  /** The rule that found it, for the audit trail (`sum.scoped-parts`, `ratio.share-of-stated-total`). */
  rule: string;
  /** One line: `✓ 92.7 + 444.5 + 787.7 = 1324.9 万吨`. */
  message: string;
  /** The same line as a key and its values, for a UI in another language. */
  says: CheckSaying;
}

/** A figure together with the document it comes from, as the check modules pass them around. */
export interface DocFigure {
  doc: CheckDocument;
  figure: ExtractedFigure;
  /** Its index in `doc.figures`. */
  index: number;
}

export const asCheckFigure = (f: DocFigure, role: CheckRole): CheckFigure => ({
  doc: f.doc.name,
  start: f.figure.start,
  end: f.figure.end,
  text: f.figure.text,
  value: f.figure.value,
  role,
});

/** The figure a check uses in `role` (its first, if several); undefined if it has none. */
export const roleOf = (check: Check, role: CheckRole): CheckFigure | undefined => check.figures.find((f) => f.role === role);

/** The role of the figure a check holds its inputs to, by kind: a sum's total, a ratio's or a change's result (a consistency check has none). */
const RESULT_ROLE: Partial<Record<CheckKind, CheckRole>> = { sum: 'total', ratio: 'result', change: 'result' };

/** The figure a check states as what its inputs give (a sum's total, a ratio's or a change's result); undefined if it has none. */
export function resultOf(check: Check): CheckFigure | undefined {
  const role = RESULT_ROLE[check.kind];
  return role && roleOf(check, role);
}

/** The figure a check names, found again in its document by where it starts (of `docs`, by name). */
export function asDocFigure(docs: ReadonlyMap<string, CheckDocument>, f: CheckFigure): DocFigure | undefined {
  const doc = docs.get(f.doc);
  if (!doc) return undefined;
  const index = firstAtOrAfter(doc, f.start);
  const figure = doc.figures[index];
  return figure?.start === f.start ? { doc, figure, index } : undefined;
}
