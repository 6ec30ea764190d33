// A table's columns as runs of sibling cells, each with its row's label, for the checks that set a
// table's cells against figures of the running text (`table-text-totals.ts`): the columns of the
// tab-, space- and one-space-separated blocks (`table-blocks.ts`, a header row ending a run), and
// the runs of label-and-value lines a PDF gives a small table as (`女性 Female 2563`, `< 36 5998`, a
// blank line between rows: the lines `list-rows.ts` reads as cells). Read once per document.

import { tableBlocks } from './table-blocks';
import type { CheckDocument, DocFigure } from '../types';

export interface LabelledCell {
  at: DocFigure;
  /** Its row's label: `女性 Female`, `< 36`, `Scope 1 emissions`. */
  label: string;
}

/** Cells of one column of one table, in row order, with no header between them. */
export type Column = LabelledCell[];

/** Two label-and-value rows are siblings when only their line breaks (a blank line at most) and the second's label stand between. */
const MAX_ROW_GAP = 60;
/** A label-and-value line is short. */
const MAX_ROW = 50;
/** A row's label: words with no sentence punctuation, or a group's bounds (`< 36`, `36 - 50`). */
const ROW_LABEL = /^(?:[^\d,.;:!?，。；：！？、]*\p{L}[^,.;:!?，。；：！？、]*|[<>≤≥＜＞]\s?\d+|\d+\s?[-–~]\s?\d+)$/u;

interface Tables {
  columns: Column[];
  /** Every figure that stands in a table's cell (the index of it in `doc.figures`), a lone row's too. */
  cells: Set<number>;
}

const read = new WeakMap<CheckDocument, Tables>();

function tables(doc: CheckDocument): Tables {
  let found = read.get(doc);
  if (!found) read.set(doc, (found = readColumns(doc)));
  return found;
}

export const tableColumns = (doc: CheckDocument): Column[] => tables(doc).columns;

/** Whether the document's figure `index` is a table's cell rather than a figure of running text. */
export const isTableCell = (doc: CheckDocument, index: number): boolean => tables(doc).cells.has(index);

function readColumns(doc: CheckDocument): Tables {
  const columns: Column[] = [];
  const inBlocks = new Set<number>();
  const cells = new Set<number>();
  for (const block of tableBlocks(doc)) {
    for (const row of block) row.cells.forEach((cell) => cell && cells.add(cell.index));
    const width = Math.max(...block.map((r) => r.cells.length));
    for (let c = 0; c < width; c++) {
      let run: Column = [];
      // a block of one row (a label-and-value line between blank lines) is no column: its lines' runs are read below
      const flush = () => {
        if (run.length >= 2) {
          run.forEach((cell) => inBlocks.add(cell.at.index));
          columns.push(run);
        }
        run = [];
      };
      for (const row of block) {
        const at = row.cells[c];
        if (row.header) flush();
        else if (at) run.push({ at, label: row.label });
      }
      flush();
    }
  }
  const runs = labelValueRuns(doc, inBlocks);
  runs.forEach((run) => run.forEach((cell) => cells.add(cell.at.index)));
  return { columns: [...columns, ...runs], cells };
}

/** Runs of consecutive figures that each end a label-and-value line, the lines adjacent. */
function labelValueRuns(doc: CheckDocument, skip: ReadonlySet<number>): Column[] {
  const { text } = doc;
  const runs: Column[] = [];
  let run: Column = [];
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  doc.figures.forEach((figure, index) => {
    const label = skip.has(index) ? undefined : rowLabel(text, figure);
    if (label === undefined) return flush();
    const previous = run.at(-1)?.at.figure;
    if (previous) {
      const between = text.slice(previous.end, figure.start);
      if (between.length > MAX_ROW_GAP || (between.match(/\n/g) ?? []).length > 3) flush();
    }
    run.push({ at: { doc, figure, index }, label });
  });
  flush();
  return runs.filter((r) => r.length >= 2);
}

/** The label before a figure that ends a short label-and-value line, or undefined when its line is not one. */
function rowLabel(text: string, figure: { start: number; end: number }): string | undefined {
  for (let i = figure.end; i < text.length && text.charCodeAt(i) !== 10; i++) if (!/\s/.test(text.charAt(i))) return undefined;
  let lineStart = figure.start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) if (figure.start - --lineStart > MAX_ROW) return undefined;
  const label = text.slice(lineStart, figure.start).trim();
  return ROW_LABEL.test(label) ? label : undefined;
}
