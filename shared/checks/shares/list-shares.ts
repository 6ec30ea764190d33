// A share of a ranked list's size: `其中阿里 11 大开源项目上榜中国开源项目 top30 榜单，超过榜单总数 1/3`,
// `12 of our funds made the Top 50 list, more than 20% of the list`. The list's size is a rank, no
// figure (the extraction guidelines leave `Top 30`, `前 100 名` out), so no other check has a whole for
// it; here it is read from the words. Three signs must meet in one sentence before a share is
// recomputed: the share names the list as its whole (`榜单总数`, `占榜单的`, `of the list`), a `top N` /
// `前 N` stands before it, and just before that a count joins the list (`上榜`, `入选`, `made`, `on`).
// A bound said before the list's words (`超过榜单总数 1/3`) is the share's: it says only on which side of
// it the quotient lies.

import { percentCheck } from './percent-check';
import { intervalOf, quotient } from '../readers/precision';
import type { Check, CheckDocument, CheckFigure, DocFigure } from '../types';

/** The list's size, in the words before the share: `top30`, `Top 50`, `TOP100`, `前 100 名`, `前20强`. */
const LIST_SIZE = /(?:\btop|前)\s*(\d{1,4})(?![\d.,%])/gi;
/** The share's whole named as the list, just before it (`超过榜单总数 `, `占榜单的`, `of the list's `). */
const LIST_WHOLE_BEFORE = /(?:榜单|榜|名单|排行榜|\blist(?:'s)?|\branking(?:'s)?)(?:总数|总量|数量|的|中|上|entries|places)?\s*(?:的\s*)?$/i;
/** …or just after it, in English (`20% of the list`). */
const LIST_WHOLE_AFTER = /^\s*of\s+(?:the|this|that)\s+(?:list|ranking)\b/i;
/** Words that put the counted things on the list, between the count and the list's size. */
const JOINS = /上榜|入选|入围|进入|跻身|位列|列入|名列|\b(?:on|in|made|make|among|ranked|named|featured)\b/i;
/** How far before the list's size its count may stand. */
const REACH = 40;

export function listShares(doc: CheckDocument): Check[] {
  const { figures, text } = doc;
  const checks: Check[] = [];
  figures.forEach((share, s) => {
    if (share.unit !== '%' || !(share.value > 0 && share.value < 100) || share.valueMax !== undefined) return;
    const from = share.sentence.start;
    const before = text.slice(from, share.start);
    // the share's whole is the list: its words end just before the share, or follow it
    const wordsBefore = before.replace(/(?:超过|超|逾|高于|多于|不到|不足|低于|少于|近|接近|将近|约)\s*$/, '');
    if (!LIST_WHOLE_BEFORE.test(wordsBefore) && !LIST_WHOLE_AFTER.test(text.slice(share.end, Math.min(share.sentence.end, share.end + 40)))) return;
    const sizes = [...before.matchAll(LIST_SIZE)];
    const size = sizes.at(-1);
    if (!size) return;
    const sizeValue = Number(size[1]);
    const sizeStart = from + size.index! + size[0].length - size[1]!.length;
    const sizeEnd = sizeStart + size[1]!.length;
    // an earlier list's words end the reach of this one's count
    const previous = sizes.length > 1 ? from + sizes.at(-2)!.index! + sizes.at(-2)![0].length : from;
    const listStart = from + size.index!;
    let n = -1;
    for (let k = s - 1; k >= 0; k--) {
      const f = figures[k]!;
      if (f.end > listStart) continue; // the list's own words (`Top 50`, should they be read)
      if (f.end <= Math.max(previous, listStart - REACH) || f.start < from) break;
      n = k;
      break;
    }
    if (n < 0) return;
    const count = figures[n]!;
    if (count.unit === '%' || count.valueMax !== undefined || !Number.isInteger(count.value) || !(count.value > 0 && count.value <= sizeValue)) return;
    if (!JOINS.test(text.slice(count.end, listStart))) return;
    const between = text.slice(sizeEnd, share.start);
    const qualifier = /超过|超|逾|高于|多于|\bover\b|more than|above/i.test(between)
      ? 'over'
      : /不到|不足|低于|少于|\bunder\b|less than|fewer than|below/i.test(between)
        ? 'under'
        : /近|接近|将近|nearly|almost/i.test(between)
          ? 'nearly'
          : share.qualifier;
    const denominator: CheckFigure = { doc: doc.name, start: sizeStart, end: sizeEnd, text: size[1]!, value: sizeValue, role: 'denominator' };
    const numerator: DocFigure = { doc, figure: count, index: n };
    const result: DocFigure = { doc, figure: { ...share, qualifier }, index: s };
    checks.push(
      percentCheck({
        kind: 'ratio',
        rule: 'ratio.share-of-list',
        inputs: [{ doc: doc.name, start: count.start, end: count.end, text: count.text, value: count.value, role: 'numerator' }, denominator],
        result,
        computed: quotient(intervalOf(numerator.figure), { lo: sizeValue, hi: sizeValue }, 100),
        expected: (count.value / sizeValue) * 100,
        formula: `${count.text.trim()} / ${size[0].trim()}`,
      }),
    );
  });
  return checks;
}
