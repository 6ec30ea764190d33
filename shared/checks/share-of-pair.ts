// A share followed by the two figures it comes from, said as `A of B`: `Renewable electricity
// accounted for 27.5% of our electricity use (412 GWh of 1,620 GWh)`, `Women account for 9.8% of
// managers in Japan (386 of 3,942)`; or the pair before it, the share just after the whole's words:
// `Women held 46 of the 212 senior leadership roles (24.7%)`, `38 of our 104 senior management roles,
// or 36.5%`. The words name numerator and denominator outright, so a share that does not come out
// is a mismatch (one that does is also the pair-in-sentence rule's in ratio.ts, which reports it).

import { comparable } from './dimension';
import { shareCheck } from './ratio';
import type { Check, CheckDocument, DocFigure } from './types';

/** Between the numerator and the denominator: ` of `, ` out of `. */
const OF = /^\s*(?:out\s+)?of\s+(?:the\s+)?$/i;
/** The same before the share: ` of the `, ` of our `, ` out of its `. */
const OF_BEFORE = /^\s*(?:out\s+)?of\s+(?:(?:the|our|its|their|all)\s+)?$/i;
/** Between the pair and its share: the whole's words, then a bracket or `, or` (`roles (`, `roles,⏎or `). */
const THEN_SHARE = /^[^\d%;.。；]{0,60}?(?:\(|（|,\s*or|，\s*即)\s*$/i;
/** Between the share and the pair: its words, with no other figure, within this many characters. */
const REACH = 100;

export function sharesOfPairAfter(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const share = figures[i]!;
    const [a, b] = [figures[i + 1]!, figures[i + 2]!];
    if (share.unit !== '%' || !(share.value > 0 && share.value <= 100) || share.valueMax !== undefined) continue;
    if (a.sentence.start !== share.sentence.start || b.sentence.start !== share.sentence.start || a.start - share.end > REACH) continue;
    if (!OF.test(text.slice(a.end, b.start)) || !comparable(a, b) || !(a.value > 0 && a.value < b.value)) continue;
    // the pair opens a bracket or follows the share's own words (`(386 of 3,942)`, `: 412 of 1,620`)
    if (!/[(（:：]\s*$/.test(text.slice(share.end, a.start))) continue;
    const at = (index: number): DocFigure => ({ doc, figure: figures[index]!, index });
    checks.push(shareCheck(at(i + 1), at(i + 2), at(i), 'ratio.share-of-pair-after'));
  }
  return checks;
}

/** `Women held 46 of the 212 senior leadership roles (24.7%)`: the pair, then its share — mismatches only. */
export function sharesOfPairBefore(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [a, b, share] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (share.unit !== '%' || !(share.value > 0 && share.value <= 100) || share.valueMax !== undefined) continue;
    if (a.sentence.start !== share.sentence.start || b.sentence.start !== share.sentence.start) continue;
    if (!OF_BEFORE.test(text.slice(a.end, b.start)) || !THEN_SHARE.test(text.slice(b.end, share.start)) || !comparable(a, b) || !(a.value > 0 && a.value < b.value)) continue;
    const at = (index: number): DocFigure => ({ doc, figure: figures[index]!, index });
    const check = shareCheck(at(i), at(i + 1), at(i + 2), 'ratio.share-of-pair-before');
    if (!check.holds) checks.push(check);
  }
  return checks;
}
