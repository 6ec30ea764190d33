// A share followed by the two figures it comes from, said as `A of B`: `Renewable electricity
// accounted for 27.5% of our electricity use (412 GWh of 1,620 GWh)`, `Women account for 9.8% of
// managers in Japan (386 of 3,942)`. The words name numerator and denominator outright, so a share
// that does not come out is a mismatch. (A pair before its share, `1,920 GWh of 7,710 GWh
// (24.9%)`, is the pair-in-sentence rule's in ratio.ts.)

import { comparable } from './dimension';
import { shareCheck } from './ratio';
import type { Check, CheckDocument, DocFigure } from './types';

/** Between the numerator and the denominator: ` of `, ` out of `. */
const OF = /^\s*(?:out\s+)?of\s+(?:the\s+)?$/i;
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
