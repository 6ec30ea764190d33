import type { LocatedFigure, SheetCell } from '../domain/report';
import type { ValueReason } from './value-match';

/** A document evidence is looked for in: a report, a workbook, a CSV file, as the importer read it. */
export interface EvidenceDocument {
  /** SHA-256 of the file: the same file given as report and as evidence is one document. */
  id: string;
  /** The file's name, as shown and printed. */
  name: string;
  text: string;
  figures: readonly LocatedFigure[];
  /** For workbooks and CSV files: their cells, which are evidence in their own right. */
  cells?: readonly SheetCell[];
}

/** Why a candidate was offered: how its value meets the claim's, and whether it measures the same thing. */
export type Reason = ValueReason | 'same metric';

/** A place in the evidence that may support a claimed figure, best first in a ranking. */
export interface Candidate {
  doc: string;
  docId: string;
  /** The candidate's range of its document's text: the figure, or the cell (the numerator of a ratio). */
  start: number;
  end: number;
  page?: number;
  sheet?: string;
  /** `B7`, or `B3/B2` for a share computed from two cells. */
  cell?: string;
  /** What to show: the figure as written, or the cell with its label and header. */
  text: string;
  /** Between 0 and 1, for ordering; comparable only within one ranking. */
  score: number;
  reasons: Reason[];
}
