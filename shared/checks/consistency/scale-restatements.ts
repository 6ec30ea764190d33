// A count restated in one report with its digits a power of ten apart: `阿里云为全球400万企业提供服务`
// in the highlights, `为全球范围内超过40万家企业和机构提供云计算服务` in the body — a scale slipped in
// writing (万 for 十万, a dropped zero). The consistency groups join only values within 1.5× of each
// other, and a claim worded two ways meets its restatement through its counted noun only when the
// number is the same; this admits the slipped number too, when the rest holds: the same significant
// digits (4 and 40 and 400 alike), exactly a power of ten apart, both counts of one document. An amount
// of money is said at every size (a 5 万元 loan, a 50 万元 one), and across two reports a count may be
// another's, so neither is held to this.

import { isScaleSlip } from './agreement';
import { significantDigits } from '../readers/precision';
import type { DocFigure } from '../types';

/** Two counts of one document whose written digits agree and whose values are a power of ten apart. */
export function countScaleSlipped(a: DocFigure, aDimension: string, b: DocFigure, bDimension: string): boolean {
  // the values first: asked of every pair of counts the metric rules meet, and most are no power of ten apart
  if (a.doc !== b.doc || aDimension !== 'count' || bDimension !== 'count' || !isScaleSlip(a.figure.value, b.figure.value)) return false;
  const digits = significantDigits(a.figure.text);
  return digits !== undefined && digits === significantDigits(b.figure.text);
}
