// Scores checks against an answer key: how many annotated mismatches were reported as mismatches
// (recall), how many reported mismatches the key does not hold (false alarms), and how many
// annotated sums and ratios that hold were reported as holding. A key figure is named by its value
// and, where the document's text is at hand, by a snippet of the text around it, so one key serves
// a text file and its PDF alike.

import type { CheckKind } from '../types';

export interface KeyFigure {
  value: number;
  /** Text at or shortly before the figure (within `CONTEXT_REACH` characters after it), as in the document. */
  context?: string;
  /** The document it stands in, when not the entry's own (a restatement in another file of the engagement). */
  doc?: string;
}

export interface KeyEntry {
  doc: string;
  kind: CheckKind;
  holds: boolean;
  figures: KeyFigure[];
  /** How many of `figures` a reported check must use to be this entry (all by default). */
  atLeast?: number;
  /** Why it is in the key: what a reader of the report sees. */
  why: string;
  /**
   * Set when the figures the checks stand on come out wrong today (an extraction miss, named here):
   * the entry stays in the key and is scored, and the checks' own targets are held without it.
   */
  extractionMiss?: string;
}

export interface ReportedCheck {
  kind: CheckKind;
  holds: boolean;
  figures: Array<{ doc: string; start: number; end: number; value: number }>;
}

export interface Score {
  mismatchRecall: number;
  falseAlarmRate: number;
  holdsCoverage: number;
  missed: KeyEntry[];
  falseAlarms: ReportedCheck[];
  uncoveredHolds: KeyEntry[];
}

type Texts = ReadonlyMap<string, string>;

const CONTEXT_REACH = 120;

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function figureMatches(key: KeyFigure, doc: string, reported: ReportedCheck['figures'][number], texts: Texts): boolean {
  if (reported.doc !== doc || !close(key.value, reported.value)) return false;
  const text = texts.get(doc);
  if (key.context === undefined || text === undefined) return true;
  for (let at = text.indexOf(key.context); at >= 0; at = text.indexOf(key.context, at + 1))
    if (reported.start >= at && reported.end <= at + key.context.length + CONTEXT_REACH) return true;
  return false;
}

export function matches(entry: KeyEntry, check: ReportedCheck, texts: Texts): boolean {
  if (entry.kind !== check.kind && !(entry.kind === 'consistency' && check.kind === 'consistency')) return false;
  // each key figure takes a reported figure of its own
  const taken = new Set<number>();
  for (const k of entry.figures) {
    const i = check.figures.findIndex((f, index) => !taken.has(index) && figureMatches(k, k.doc ?? entry.doc, f, texts));
    if (i >= 0) taken.add(i);
  }
  return taken.size >= (entry.atLeast ?? entry.figures.length);
}

export function score(key: readonly KeyEntry[], reported: readonly ReportedCheck[], texts: Texts = new Map()): Score {
  const mismatches = key.filter((e) => !e.holds);
  const holding = key.filter((e) => e.holds && (e.kind === 'sum' || e.kind === 'ratio'));
  const reportedMismatches = reported.filter((c) => !c.holds);
  const missed = mismatches.filter((e) => !reportedMismatches.some((c) => matches(e, c, texts)));
  const falseAlarms = reportedMismatches.filter((c) => !mismatches.some((e) => matches(e, c, texts)));
  const uncoveredHolds = holding.filter((e) => !reported.some((c) => c.holds && matches(e, c, texts)));
  return {
    mismatchRecall: mismatches.length === 0 ? 1 : 1 - missed.length / mismatches.length,
    falseAlarmRate: reportedMismatches.length === 0 ? 0 : falseAlarms.length / reportedMismatches.length,
    holdsCoverage: holding.length === 0 ? 1 : 1 - uncoveredHolds.length / holding.length,
    missed,
    falseAlarms,
    uncoveredHolds,
  };
}
