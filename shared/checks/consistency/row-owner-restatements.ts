// A running-text figure said of a table row's owner (`Ontario's harvest rose to 1.96 million m³`) restates
// that row's cell of its year when the table's caption names what it measures (`Table 1  Harvest volume by
// province (m³)`, the row `Ontario  1,946,200`): the text says the cell rounder, and must round from it
// (1,946,200 is 1.95 million). The metric rules never meet the two: the row's label is a place, no metric.

import { samePeriod, yearOfPeriod } from '../../metrics/index';
import { disagreement } from './agreement';
import { captionMetric } from './consistency-caption-totals';
import { isTableFigure } from '../readers/figure-facts';
import { inForwardClause, saidAsPrior } from '../readers/markers';
import { metricTokens } from './metric-tokens';
import { pairCheck } from './pair-check';
import { precisionDigits } from '../readers/precision';
import { figureId, type FigureId } from '../readers/figure-places';
import { tableBlocks } from '../readers/table-blocks';
import type { Check, CheckDocument, DocFigure } from '../types';

/** A metric opening with a named owner's possessive (`Ontario's harvest rose`, `British Columbia's harvest`): the owner and the words after. */
const OWNER = /^((?:[A-Z][A-Za-z-]*\s+){0,2}[A-Z][A-Za-z-]*)['’]s\s+(\S.*)$/;

/** How far apart the text figure and the cell it restates may be, as a ratio: further, the text speaks of something else. */
const MAX_RATIO = 1.05;

export function rowOwnerRestatements(docs: readonly CheckDocument[], flagged: ReadonlySet<FigureId>): Check[] {
  const checks: Check[] = [];
  for (const doc of docs) {
    if (tableBlocks(doc).length === 0) continue;
    doc.figures.forEach((figure, index) => {
      const owner = OWNER.exec(figure.metric ?? '');
      if (!owner || figure.unit === '' || figure.unit === '%' || figure.qualifier !== 'exact' || figure.valueMax !== undefined || !(figure.value > 0)) return;
      const said: DocFigure = { doc, figure, index };
      if (isTableFigure(said) || flagged.has(figureId(doc.name, figure.start)) || saidAsPrior(doc.text, figure) || inForwardClause(doc.text, figure)) return;
      const cell = ownersCell(doc, owner[1]!, metricTokens(owner[2]), said);
      if (!cell || flagged.has(figureId(doc.name, cell.figure.start))) return;
      const ratio = Math.max(cell.figure.value, figure.value) / Math.min(cell.figure.value, figure.value);
      if (ratio > MAX_RATIO || precisionDigits(figure.text) >= precisionDigits(cell.figure.text)) return;
      if (disagreement(figure, false, cell.figure, true) === 'value') checks.push({ ...pairCheck(said, cell, 'same.differ', figure.metric), rule: RULE });
    });
  }
  return checks;
}

const RULE = 'consistency.same-metric';

/**
 * The cell of the row labelled `owner` in a table whose caption's metric shares a word with `words`, in the
 * text figure's unit and year (the latest year when the text names none); undefined when no one cell is it.
 */
function ownersCell(doc: CheckDocument, owner: string, words: readonly string[], said: DocFigure): DocFigure | undefined {
  const found: DocFigure[] = [];
  tableBlocks(doc).forEach((rows, block) => {
    const caption = metricTokens(captionMetric(doc, block));
    if (!caption.some((t) => words.includes(t))) return;
    for (const row of rows) {
      if (row.header || row.label.trim().toLowerCase() !== owner.toLowerCase()) continue;
      const cells = row.cells.filter((c): c is DocFigure => c !== undefined && c.figure.unit === said.figure.unit && c.figure.period !== undefined && samePeriod(said.figure.period, c.figure.period));
      const latest = cells.reduce<DocFigure | undefined>((best, c) => (best === undefined || yearOf(c) > yearOf(best) ? c : best), undefined);
      if (latest) found.push(latest);
    }
  });
  return found.length === 1 ? found[0] : undefined;
}

const yearOf = (f: DocFigure) => yearOfPeriod(f.figure.period) ?? -Infinity;
