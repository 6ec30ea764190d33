// A share or change column (`占比（%）`, `同比（%）`, `% of total`, `Change`) is a percentage of its table's
// measure, which its caption names (`表1：疫苗批签发量（单位：万剂）`, `Table 4: Revenue by segment`): the row
// label names only the item. Two tables captioned with different measures, both with a share column and a
// row of one item, hold two metrics of it (a product's share of doses issued, its share of revenue).

import { hasHan } from '../../metrics/index';
import { captionMetric } from './consistency-caption-totals';
import { type Statement } from './consistency-statements';
import { CHANGE_HEADER } from '../readers/markers';
import { metricTokens } from './metric-tokens';
import { cellPlaces } from '../readers/table-blocks';
import type { CheckDocument } from '../types';

/** A column heading of a percentage of the table's measure: a share of it, or its change. */
export const RELATIVE_HEAD = /占比|比重|占总|佔比|构成|構成|\bshare\b|%\s*of\b|\bof\s+total\b|\bmix\b/i;

/** The measure a percentage cell under a share or change heading is of: its table's caption's metric words, or undefined. */
function measureOf(s: Statement): string[] | undefined {
  if (!s.column || s.dimension !== 'percent') return undefined;
  const place = cellPlaces(s.at.doc).get(s.at.index);
  if (!place || !(RELATIVE_HEAD.test(place.head) || CHANGE_HEADER.test(place.head))) return undefined;
  const caption = captionMetric(s.at.doc, place.block);
  return caption === undefined ? undefined : metricTokens(caption);
}

/** Percentage cells of two tables whose captions name measures sharing no word, each under a share or change heading. */
export function sharesOfOtherMeasures(a: Statement, b: Statement): boolean {
  if (!a.column || !b.column || a.column.table === b.column.table) return false;
  const [ma, mb] = [measureOf(a), measureOf(b)];
  if (!ma?.length || !mb?.length) return false;
  const words = new Set(ma);
  return !mb.some((t) => words.has(t));
}

/**
 * An English share cell whose row label alone names no metric (`E-bikes  286,420  69.5` under `Share (%)` of `Table 1:
 * Revenue by product line`): the label's share of the measure its caption names, as running text says it (`e-bikes
 * accounted for 72.7% of our revenue`); else undefined.
 */
export function shareOfCaption(doc: CheckDocument, index: number, label: string | undefined): string[] | undefined {
  const place = cellPlaces(doc).get(index);
  if (!place || label === undefined || hasHan(label) || !RELATIVE_HEAD.test(place.head) || CHANGE_HEADER.test(place.head)) return undefined;
  const caption = captionMetric(doc, place.block);
  // (its measure's words as a whole's and as words: running text says `share of our revenue` or `of our revenue`)
  return caption === undefined || hasHan(caption) ? undefined : [...new Set([...metricTokens(`${label} share of ${caption}`), ...metricTokens(caption)])];
}

