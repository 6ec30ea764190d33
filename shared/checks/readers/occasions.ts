// English `times` after a number is a multiple (`by 60 times`, `200 times lower`, `2.5 times the
// average`) or a count of occasions (`participated … for more than 6,700 times`, what Chinese says
// with 次 or 人次). dimension.ts reads a bare `times` as a multiple; for comparing a figure with its
// translation, a `times` that neither compares nor multiplies a change counts occasions, a count like
// the Chinese figure it translates.

import type { ExtractedFigure } from '../../domain/figure';
import { EN_BOUND_WORDS } from './markers';

/** Words after `N times` that make it a multiple: a comparison (`lower`, `as many`, `that of`, `the average`). */
const COMPARES_AFTER = /^\s*(?:lower|higher|more|less|fewer|faster|slower|greater|larger|smaller|bigger|longer|shorter|cheaper|as|that|those|the|its|their|compared|than|what|over)\b/i;
/** Words before it that make it a multiple of a change (`by 60 times`, `increased nearly 3 times`). */
const CHANGE_BEFORE = new RegExp(String.raw`\b(?:by|increased?|increasing|grew|grown|rose|risen|up|multiplied|expanded|jumped|surged)\s+(?:(?:${EN_BOUND_WORDS})\s+)?$`, 'i');

export function countsOccasions(text: string, figure: Pick<ExtractedFigure, 'unit' | 'text' | 'start' | 'end'>): boolean {
  // the word as written: a Chinese multiple's 倍 comes out in the unit `times` too
  if (!/^times$/i.test(figure.unit.trim()) || !/\btimes\b/i.test(figure.text)) return false;
  return !COMPARES_AFTER.test(text.slice(figure.end, figure.end + 40)) && !CHANGE_BEFORE.test(text.slice(Math.max(0, figure.start - 40), figure.start));
}
