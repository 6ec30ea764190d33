// `Exports were £12,460 million in 2024, 34.6% of revenue` with revenue of £36,000 thousand: the part is larger than its
// whole, so no figure before it is its whole and the share goes unchecked. A part written with a scale word whose value a
// thousand (or ten thousand, in Chinese) times smaller gives the stated share of the whole it names is that whole's part,
// its scale slipped: the share is checked on the part as printed, and fails. So is one whose decimal point moved a place or
// two before its scale word (`Copper and brass alone earned €142.6 million, 18.7%` of revenue of €76,100 thousand).

import { findDenominator, shareCheck } from './ratio';
import { type CheckDocument, type DocFigure } from '../types';

/**
 * The factors a scale word slips by: a thousand for another, ten thousand (万) or a hundred million (亿); and ten and a
 * hundred, a decimal point moved before the scale word (`€142.6 million` for €14.26 million).
 */
const SLIPS = [1_000, 10_000, 1_000_000, 10, 100];

/** A figure written with a scale word (`£12,460 million`, `3.2 billion`, `12.4万吨`): its scale may be the slip. */
const SCALE_WORD = /\d\s*(?:thousand|million|billion|bn|万|萬|亿|億)/i;

/**
 * The named whole a part with a scale word is of once its scale is slipped (`£12,460 million` read as £12,460 thousand):
 * the whole found for the part a slip's factor smaller, when the share then comes out as stated.
 */
export function wholeOfSlippedPart(doc: CheckDocument, part: DocFigure, share: DocFigure, whole: string): { figure: DocFigure; named: boolean } | undefined {
  if (!SCALE_WORD.test(part.figure.text)) return undefined;
  for (const factor of SLIPS) {
    const smaller: DocFigure = { ...part, figure: { ...part.figure, value: part.figure.value / factor } };
    const found = findDenominator(doc, smaller, share, whole);
    if (found?.named && shareCheck(smaller, found.figure, share, 'ratio.share-of-named-whole').holds) return found;
  }
  return undefined;
}
