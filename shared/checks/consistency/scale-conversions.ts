// A figure said again at once at another scale, joined by a word that makes it the same amount:
// `再生能源964,600千度，約9.65億度`, `環保支出4,350,600千元（約新台幣43.5億元）`, `revenue of £2,486.4m, or about
// £2.49 billion`. The second is the first rounded to its own step, so a value outside that step is a
// slip in the conversion (9.646億 written 9.46億, a dropped or swapped digit), whatever metric the two
// are given: the words between them say they are one amount.

import { isScaleSlip } from './agreement';
import { dimensionOf } from '../readers/dimension';
import { intervalOf, overlaps, writtenNumber } from '../readers/precision';
import { pairCheck } from './pair-check';
import type { Check, CheckDocument, DocFigure } from '../types';

/** What stands between an amount and its conversion: `，約`, `（約新台幣`, `, or about`, `(`, `, i.e.`. */
const JOIN =
  /^\s*(?:[,，、]\s*(?:or|i\.e\.|that is|equivalent to|约|約|即|合|折合|相当于|相當於)|[（(]\s*(?:约|約|即|合|折合|or|i\.e\.)?)\s*(?:about|around|approximately|roughly|some|c\.|circa)?\s*(?:新台幣|新臺幣|人民币|人民幣|港幣|港币|RMB|NT\$|HK\$|US\$|\$|£|€)?\s*$/i;
/** How many characters may stand between the two. */
const MAX_GAP = 16;

/** The factor a figure's words scale its written number by (1000 for `964,600千度`, 1e8 for `9.46億度`). */
function scaleOf(f: DocFigure): number | undefined {
  const written = writtenNumber(f.figure.text);
  const n = written === undefined ? NaN : Number(written);
  return n > 0 ? f.figure.value / n : undefined;
}

export function scaleConversions(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (b.start - a.end > MAX_GAP || a.unit !== b.unit || !(a.value > 0 && b.value > 0) || !JOIN.test(text.slice(a.end, b.start))) continue;
    const first: DocFigure = { doc, figure: a, index: i };
    const second: DocFigure = { doc, figure: b, index: i + 1 };
    if (dimensionOf(a) === 'percent') continue;
    const sa = scaleOf(first);
    const sb = scaleOf(second);
    // said at another scale, and the same amount give or take a slip
    if (sa === undefined || sb === undefined || Math.max(sa, sb) / Math.min(sa, sb) < 9.99) continue;
    const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
    if (overlaps(intervalOf(a), intervalOf(b))) continue;
    if (ratio <= 1.5) checks.push({ ...pairCheck(first, second, 'same.differ'), rule: 'consistency.scale-conversion' });
    else if (isScaleSlip(a.value, b.value)) checks.push({ ...pairCheck(first, second, 'same.scale'), rule: 'consistency.scale-conversion' });
  }
  return checks;
}
