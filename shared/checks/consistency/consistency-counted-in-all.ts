// A Chinese count said as the whole of its noun (`截至2024年末，本集团共有员工5,912人`, `我们共有842家租户`): `共有` / `共计` before
// the noun or the count says it is all of them, so the count is the noun's total as much as a `员工总数` is, though its
// metric is the noun alone, too short to be told apart by its words. A count of the noun said alone
// (`6,428名员工`) may be a part, so it joins a total only of its very value.

import { type ExtractedFigure } from '../../domain/figure';

/** `in all` words just before a counted noun of two to four Han characters, the figure right after it (`共有员工`). */
const IN_ALL_NOUN = /(?:共有|共计|共計|总共有?|總共有?|合计有?|合計有?)([\u3400-\u9fff]{2,4})$/;

/** The noun a running-text count is the whole of (`员工` of `共有员工5,912人`), when its metric is that noun alone, else undefined. */
export function countedInAll(text: string, figure: ExtractedFigure): string | undefined {
  const { metric } = figure;
  if (figure.qualifier !== 'exact' || metric === undefined || metric.length < 2 || metric.length > 4) return undefined;
  const before = text.slice(Math.max(0, figure.start - 8), figure.start);
  // (or the noun after the count's measure word, `我们共有842家租户`)
  if (IN_ALL_BEFORE.test(before) && text.startsWith(metric, figure.end)) return metric;
  const noun = IN_ALL_NOUN.exec(before)?.[1];
  return noun === metric ? noun : undefined;
}

/** `in all` words just before a count whose noun follows its measure word (`共有842家租户`). */
const IN_ALL_BEFORE = /(?:共有|共计|共計|总共有?|總共有?)$/;

/**
 * The words right after a running-text count, its measure word between (`员工扎根` of `我们的8,352名员工扎根牧场一线`,
 * `员工` of `为6,428名员工和…`): the counted noun opens them, its own length unknown. Undefined unless the
 * count's metric is said there. Nothing says the count is all of the noun — `为8,120名员工提供培训` is a part —
 * so it restates only a total of the noun said with its very value (`nounsOpening`).
 */
export function countedAlone(text: string, figure: ExtractedFigure): string | undefined {
  const { metric } = figure;
  if (figure.qualifier !== 'exact' || metric === undefined || metric.length < 2 || !text.startsWith(metric.slice(0, 2), figure.end)) return undefined;
  return metric.slice(0, ALONE_REACH);
}

/** How many characters of the words after a count its noun is read in. */
const ALONE_REACH = 4;

/** The nouns words may open with, two characters long to all of them (`员工`, `员工扎`, `员工扎根`). */
export const nounsOpening = (words: string) => Array.from({ length: Math.max(0, words.length - 1) }, (_, n) => words.slice(0, n + 2));
