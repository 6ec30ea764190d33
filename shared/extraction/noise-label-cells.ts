import type { NoiseRule } from './noise';
import { lineStartWithin } from './lines';
import { lineAbove } from './cell-lines';

// A KPI table whose header puts the unit column before the values (`指标⇥单位⇥2022 年 3 月 31 日`)
// leaves a row's label cells before its unit: a number there is part of the label, an age group
// or a bracket (`按年龄划分的员工比例⇥< 35⇥%`, `⇥35-49⇥%`, `⇥≥ 50⇥%`), and when the text lost the
// row's values the unit cell ends the line. Such a number is no figure; a value after the unit
// (`工伤人数⇥人⇥25`) is one.

/** How many lines above a row its header may stand. */
const MAX_ROWS_ABOVE = 15;
const MAX_LINE = 200;

/**
 * From the number on: the number or a range of two, a tab, a unit cell with no digit, the line's end. A dash or `n/a`
 * there is no unit but the next column's value left out (`Part-time⇥persons⇥938⇥—`): the number is that row's value.
 */
const LABEL_THEN_UNIT = /^[\d.,]+(?:\s*[-–~]\s*[\d.,]+)?\t(?!\s*(?:[-–—−]+|n\/?a)\s*(?:\r?\n|$))[^\t\d\n]{1,12}\t*[ \t]*(?:\r?\n|$)/i;
/** A cell opening before the number, with a comparison sign of its own (`< 35`, `≥ 50`). */
const CELL_OPEN = /(?:^|\t)(?:[<>≤≥]\s?)?$/;
/** A header cell naming the unit column. */
const UNIT_HEADER = /(?:^|\t)(?:单位|單位|units?)\t[^\t\n]/i;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

export const LABEL_CELL_NOISE_RULES: NoiseRule[] = [
  {
    name: 'label-before-unit-cell',
    scripts: ['arabic'],
    drop: (text, c) => {
      if (c.form.script !== 'arabic') return false;
      // cheap first: a tab after the number, or after a range's second end
      let e = c.numEnd;
      while (e < text.length && (isDigit(text.charCodeAt(e)) || '.,-–~ '.includes(text[e]!))) e++;
      if (text.charCodeAt(e) !== 0x09) return false;
      const ls = lineStartWithin(text, c.numStart, MAX_LINE);
      if (ls < 0 || !CELL_OPEN.test(text.slice(ls, c.numStart)) || !LABEL_THEN_UNIT.test(text.slice(c.numStart, c.numStart + 48))) return false;
      return unitColumnHeaderAbove(text, ls);
    },
  },
];

/** Whether a header naming a unit column before another column stands above the line at `ls`, in its table. */
function unitColumnHeaderAbove(text: string, ls: number): boolean {
  for (let line = lineAbove(text, ls, MAX_LINE, 0), k = 0; line && k < MAX_ROWS_ABOVE; line = lineAbove(text, line.start, MAX_LINE, 0), k++) {
    if (UNIT_HEADER.test(text.slice(line.start, line.end))) return true;
  }
  return false;
}
