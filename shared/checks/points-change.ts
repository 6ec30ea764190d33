// A share's change stated in percentage points: `占比 38.0%，较 2022 年的 31.5% 提升 6.5 个百分点`,
// `rose from 18.2% in 2022 to 20.5% in 2023, an increase of 2.3 percentage points`. The points are
// the difference of the two shares the sentence states, one of them said as the earlier (`from`,
// `较…的`, `由…的`). With exactly these two shares in the sentence the inputs are named, so a
// difference that does not come out is a mismatch.

import { inTable } from './agreement';
import { CHANGE_DOWN, CHANGE_UP, inPriorYearBracket, PRIOR_VALUE } from './markers';
import { percentCheck } from './percent-check';
import { asWritten, intervalOf } from './precision';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from './types';

/** How far before the points their direction word may stand: `提升 6.5 个百分点`, `up 6.5 percentage points`. */
const WORDS = 16;
/** A sentence's figures looked at on either side of the points (a bound on a text with no sentence breaks). */
const MAX_FIGURES = 12;

export function pointsChanges(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i < figures.length; i++) {
    const points = figures[i]!;
    if (points.unit !== 'pp' || inTable(text, points)) continue;
    const said = text.slice(Math.max(points.sentence.start, points.start - WORDS), points.start);
    if (!CHANGE_UP.test(said) && !CHANGE_DOWN.test(said) && !/\b(?:up|down)\b/i.test(said) && !CHANGE_NOUN.test(said)) continue;
    // the sentence's percentages, looked for outward from the points (a sentence's figures stand together)
    const shares: DocFigure[] = [];
    const inSentence = (k: number) => k >= 0 && k < figures.length && figures[k]!.sentence.start === points.sentence.start;
    let from = i;
    while (inSentence(from - 1) && i - from < MAX_FIGURES) from--;
    for (let k = from; inSentence(k) && k - from < 2 * MAX_FIGURES; k++) {
      const f = figures[k]!;
      if (f.unit === '%' && f.valueMax === undefined) shares.push({ doc, figure: f, index: k });
    }
    if (shares.length !== 2) continue;
    // one of them is said as the point of comparison (`from 31.5%`, `较 2022 年的 31.5%`, `由 2022 年的
    // 18.2%`, `(2022/23: 5.3%)`): without it the two may be unrelated rates (`增幅 26.63%，高于平均增速 17.2 个百分点`)
    const prior = shares.map((s) => PRIOR_VALUE.test(text.slice(Math.max(s.figure.sentence.start, s.figure.start - WORDS), s.figure.start)) || inPriorYearBracket(text, s.figure) || saidAgainstEarlier(text, s.figure) || inBracketAfterComparedYear(text, s.figure));
    if (prior[0] === prior[1]) continue;
    const [old, next] = prior[0] ? [shares[0]!, shares[1]!] : [shares[1]!, shares[0]!];
    checks.push(pointsCheck(old, next, { doc, figure: points, index: i }));
  }
  return checks;
}

/** A change of points said by its noun, which need not say its direction: `an improvement of 4.3 percentage points`, `a narrowing of 1.3`. */
const CHANGE_NOUN = /\b(?:improvement|narrowing|widening|gain|deterioration|movement|change)\s+of\s*$/i;

/** `较上年（46条，67.6%）提高`: the year compared with, then its figures in a bracket — the share among them is that year's. */
function inBracketAfterComparedYear(text: string, f: DocFigure['figure']): boolean {
  return /(?:较|較|比|相比)\s*(?:上年|去年|上一年|(?:19|20)\d{2}\s*年度?)(?:同期|末|底)?\s*[(（][^()（）。；;]{0,20}$/.test(text.slice(Math.max(f.sentence.start, f.start - 32), f.start));
}

/** `67.5% of our stock, against 64.1% a year earlier`: a share set against the year before's, said so after it. */
function saidAgainstEarlier(text: string, f: DocFigure['figure']): boolean {
  return /\b(?:against|versus|vs\.?)\s*$/i.test(text.slice(Math.max(f.sentence.start, f.start - 10), f.start)) && /^\s*(?:a year (?:earlier|before|ago)|the (?:year|period) before|last year|in the (?:previous|prior) year|in (?:FY\s?)?(?:19|20)\d{2})/i.test(text.slice(f.end, f.end + 30));
}

export function pointsCheck(old: DocFigure, next: DocFigure, points: DocFigure, rule = 'change.percentage-points'): Check {
  const [high, low] = old.figure.value >= next.figure.value ? [old, next] : [next, old];
  const h = intervalOf(high.figure);
  const l = intervalOf(low.figure);
  return percentCheck({
    kind: 'change',
    rule,
    inputs: [asCheckFigure(old, 'old'), asCheckFigure(next, 'new')],
    result: points,
    computed: { lo: Math.max(0, h.lo - l.hi), hi: h.hi - l.lo },
    expected: high.figure.value - low.figure.value,
    formula: `${asWritten(high.figure)} − ${asWritten(low.figure)}`,
  });
}
