// A head count's women or men said in running text as a part of the whole before it (`we employed
// 7,384 people …; 1,438 of them were women`) restate the table row that breaks that whole down by
// gender (`Total employees … 7,384` over `Female … 1,483`): the row's label is another word for the
// same people (`Female`, `Women`), so the metric rules never meet them. The whole anchors the pair —
// its own value must stand in the table, and the gender row is read in that cell's column among the
// gender rows just under it — so a `Female` row of new hires or managers is never taken.

import { isTableFigure } from '../readers/figure-facts';
import { pairCheck } from './pair-check';
import { saying } from '../sayings';
import { tableBlocks } from '../readers/table-blocks';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';

/** `1,438 of them were women`, `of whom 2,102 are female`: the part and its gender word after it. */
const OF_THEM = /^\s*(?:people\s+|employees\s+)?of\s+(?:them|whom|these)\s+(?:were|are|was|is)\s+(women|men|female|male)\b/i;
/** A row label naming one gender, as a breakdown row (`Female`, `  Women`, `- Male`). */
const GENDER_ROW = /^[\s\-–•·]*(women|men|female|male|females|males)\s*$/i;
/** How far after a figure the ` of ` of `OF_THEM` may end (`1,438 employees of whom …`). */
const OF_REACH = 16;

const genderOf = (word: string) => (/^(?:women|female)/i.test(word) ? 'women' : 'men');

export function genderBreakdownChecks(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { text } = doc;
  doc.figures.forEach((figure, index) => {
    // (asked of every figure: an ` of ` just after it first, read in a few characters)
    if (figure.unit === '%' || figure.valueMax !== undefined || !text.slice(figure.end, figure.end + OF_REACH).includes(' of ')) return;
    const said = OF_THEM.exec(text.slice(figure.end, figure.end + 40));
    if (!said) return;
    const whole = wholeBefore(doc, index);
    if (!whole || isTableFigure({ doc, figure, index })) return;
    const cell = genderCell(tableBlocks(doc), whole, genderOf(said[1]!));
    if (!cell) return;
    const part: DocFigure = { doc, figure, index };
    if (cell.figure.value !== figure.value) checks.push({ ...pairCheck(part, cell, 'same.differ', said[1]!.toLowerCase()), rule: 'consistency.same-metric' });
    else
      checks.push({
        kind: 'consistency',
        holds: true,
        figures: [asCheckFigure(part, 'mention'), asCheckFigure(cell, 'mention')],
        rule: 'consistency.same-metric',
        ...saying('same.holds', { metric: said[1]!.toLowerCase(), value: figure.text, count: 2 }),
      });
  });
  return checks;
}

/** The head count the part is of: the nearest larger count before it in its sentence, a semicolon's clauses one sentence. */
function wholeBefore(doc: CheckDocument, index: number): DocFigure['figure'] | undefined {
  const part = doc.figures[index]!;
  for (let k = index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (part.start - f.end > WHOLE_REACH || /[.!?。！？](?!\d)/.test(doc.text.slice(f.end, part.start))) return undefined;
    if (f.unit !== '%' && f.value > part.value && f.qualifier === 'exact') return f;
  }
  return undefined;
}

/** How far before the part its whole may stand, in characters. */
const WHOLE_REACH = 160;

/** The cell of the gender row just under a table row holding the whole's value, in that cell's column. */
function genderCell(blocks: ReturnType<typeof tableBlocks>, whole: DocFigure['figure'], gender: string): DocFigure | undefined {
  for (const rows of blocks)
    for (let r = 0; r < rows.length; r++) {
      const column = rows[r]!.cells.findIndex((c) => c !== undefined && c.figure.value === whole.value && c.figure.start !== whole.start);
      if (column < 0) continue;
      // its gender rows follow it one after the other: a row of another whole (`New hires`) ends them
      for (let u = r + 1; u < rows.length; u++) {
        const label = GENDER_ROW.exec(rows[u]!.label);
        if (!label) break;
        if (genderOf(label[1]!) === gender) return rows[u]!.cells[column];
      }
    }
  return undefined;
}
