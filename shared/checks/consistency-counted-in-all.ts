// A Chinese count said as the whole of its noun (`截至2024年末，本集团共有员工5,912人`): `共有` / `共计` before
// the noun says it is all of them, so the count is the noun's total as much as a `员工总数` is, though its
// metric is the noun alone, too short to be told apart by its words.

import { type ExtractedFigure } from '../domain/figure';

/** `in all` words just before a counted noun of two to four Han characters, the figure right after it (`共有员工`). */
const IN_ALL_NOUN = /(?:共有|共计|共計|总共有?|總共有?|合计有?|合計有?)([\u3400-\u9fff]{2,4})$/;

/** The noun a running-text count is the whole of (`员工` of `共有员工5,912人`), when its metric is that noun alone, else undefined. */
export function countedInAll(text: string, figure: ExtractedFigure): string | undefined {
  const { metric } = figure;
  if (figure.qualifier !== 'exact' || metric === undefined || metric.length < 2 || metric.length > 4) return undefined;
  const noun = IN_ALL_NOUN.exec(text.slice(Math.max(0, figure.start - 8), figure.start))?.[1];
  return noun === metric ? noun : undefined;
}
