// A share whose whole no figure near it states, of a whole named in the very words of another share of the report whose
// whole was found and gives that share: the 致辞's `全年新能源车通行2,186万辆次，占总通行量的9.2%`, with `新能源车通行量
// 2,186万辆次，…，占总通行量的8.7%` under 表2 worked out of its 合计 25,070; `residential gas 48,620, 24.8% of total sales`
// two sentences after `commercial users took 86,240, 42.0% of total sales`, which `Sales totalled 205,500` gives. A report
// names one whole one way, so the figure that gave the one share is the other's whole too, and a share that does not
// come out of it is a mismatch (the year before's whole taken instead is the slip it most often is).

import { samePeriod } from '../../metrics/index';
import { comparable, unitFactor } from '../readers/dimension';
import { TOTAL } from '../readers/markers';
import { intervalOf, stepOf } from '../readers/precision';
import { shareCheck } from './ratio';
import { isTableCell } from '../readers/table-columns';
import type { Check, DocFigure } from '../types';

/** A share whose named whole was found, and held: the figure that is that whole. */
export interface FoundWhole {
  words: string;
  whole: DocFigure;
  share: DocFigure;
}

/** A share of a named whole with its part, whose whole was not found. */
export interface OpenShare {
  words: string;
  numerator: DocFigure;
  share: DocFigure;
}

const RULE = 'ratio.share-of-whole-named-alike';
/** How far a share may miss and still be of the whole it names (a share far off is more likely of other figures). */
const NEAR = 1.5;

const sameWords = (a: string, b: string) => normal(a) === normal(b);
const normal = (words: string) => words.toLowerCase().replace(/^(?:the|our|its)\s+/, '').replace(/\s+/g, ' ').trim();

/** `certain`: whether the share's part is for certain the figure before it (no change it took it to, no other part between). */
export function sharesOfWholeNamedAlike(open: readonly OpenShare[], found: readonly FoundWhole[], certain: (o: OpenShare) => boolean): Check[] {
  const checks: Check[] = [];
  for (const o of open) {
    // (several such shares imply their total between them, which `implied-total.ts` reads: `694 million, or 76.8% of the total
    // internet users … 398 million, 44.0% of the total internet users` of some 903.6 million, not the 897 million before)
    if (open.some((other) => other !== o && sameWords(other.words, o.words))) continue;
    const wholes = found.filter(
      (f) => f.share.figure !== o.share.figure && sameWords(f.words, o.words) && samePeriod(f.share.figure.period, o.share.figure.period) && comparable(f.whole.figure, o.numerator.figure) && f.whole.figure.value > o.numerator.figure.value,
    );
    // (one whole: two shares of the words worked out of different figures leave it open)
    if (wholes.length === 0 || wholes.some((w) => w.whole.figure.value !== wholes[0]!.whole.figure.value)) continue;
    const check = shareCheck(o.numerator, mostPrecise(wholes[0]!.whole, o.share), o.share, RULE);
    const miss = (check.expected ?? 0) / o.share.figure.value;
    if (check.holds || (certain(o) && miss <= NEAR && miss >= 1 / NEAR)) checks.push(check);
  }
  return checks;
}

/** How far after a share the table its passage introduces may begin. */
const TABLE_BELOW = 600;

/**
 * The whole as precisely as the report states it, of statements alike (every figure of its kind and year within the
 * whole's rounding) the total row of the table just below the share's passage, whose breakdown the shares are of
 * (`合计  205,500` under `20.55亿立方米` and its users' shares), else the one nearest the share.
 */
function mostPrecise(whole: DocFigure, share: DocFigure): DocFigure {
  const { lo, hi } = intervalOf(whole.figure);
  const inBase = (f: DocFigure['figure']) => f.value * unitFactor(f);
  const [from, to] = [lo * unitFactor(whole.figure), hi * unitFactor(whole.figure)];
  const relativeStep = (f: DocFigure['figure']) => stepOf(f) / f.value;
  const below = (k: number) => {
    const f = whole.doc.figures[k]!;
    const line = whole.doc.text.slice(whole.doc.text.lastIndexOf('\n', f.start) + 1, f.start);
    return f.start > share.figure.start && f.start - share.figure.start <= TABLE_BELOW && isTableCell(whole.doc, k) && TOTAL.test(line);
  };
  const distance = (f: DocFigure['figure'], k: number) => (below(k) ? -1 : Math.abs(f.start - share.figure.start));
  let best = whole;
  whole.doc.figures.forEach((f, index) => {
    if (f.qualifier !== 'exact' || !comparable(f, whole.figure) || inBase(f) < from || inBase(f) > to || !samePeriod(f.period, share.figure.period)) return;
    const [a, b] = [relativeStep(f), relativeStep(best.figure)];
    if (a < b * (1 - 1e-9) || (a <= b * (1 + 1e-9) && distance(f, index) < distance(best.figure, best.index))) best = { doc: whole.doc, figure: f, index };
  });
  return best;
}
