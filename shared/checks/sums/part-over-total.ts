// A part larger than the whole it is part of: `NT$138 million in total, including NT$62.4 million
// in education, NT$456 million in rural communities and NT$30 million …`. A list said to be
// included in a figure need not be all of it (so a shortfall proves nothing), but none of its parts
// can exceed it: the figure and its list cannot both be right, however far apart they are — the
// sum rules leave a miss by half or more alone, which is just where a slipped scale lands.

import { inTable } from '../consistency/agreement';
import { metricTokens } from '../consistency/metric-tokens';
import { dimensionOf } from '../readers/dimension';
import { inPriorYearBracket, saidAsPrior } from '../readers/markers';
import { intervalOf } from '../readers/precision';
import { sumCheck } from './sum-check';
import type { ExtractedFigure } from '../../domain/figure';
import type { Check, CheckDocument, DocFigure } from '../types';

/** Between the whole and its first part: `in total, including`, `, of which`, `，其中`. */
const INCLUDING = /^[^.;。；\d\n]{0,60}?(?:\bincluding\b|\bof which\b|其中|包括)[^.;。；\d\n]{0,40}$/i;

/** A list's parts: at most this many, this far from the whole in characters. */
const MAX_PARTS = 8;
const REACH = 400;

export function partsOverTotal(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 1 < figures.length; i++) {
    const whole = figures[i]!;
    // in running text: a table's `其中` rows are the table rules'
    if (!INCLUDING.test(text.slice(whole.end, figures[i + 1]!.start)) || inTable(text, whole)) continue;
    const kind = dimensionOf(whole);
    if (kind === 'percent' || kind === 'pp' || kind === 'times' || !(whole.value > 0) || whole.valueMax !== undefined) continue;
    const parts: DocFigure[] = [];
    for (let j = i + 1; j < figures.length && figures[j]!.sentence.start === whole.sentence.start && parts.length < MAX_PARTS; j++) {
      const f = figures[j]!;
      if (f.start - whole.end > REACH || text.slice(whole.end, f.start).includes('\n')) break;
      if (dimensionOf(f) === 'percent') continue;
      // the year before's figures in a bracket are no parts of this year's whole (`其中1,286吨（33.3%）得到回收（2023财年：3,942吨中的1,148吨）`)
      if (inPriorYearBracket(text, f)) break;
      // nor is last year's whole the list closes on (`其中范围一排放620吨、范围二排放6,400吨，较上年的7,460吨下降5.9%`)
      if (saidAsPrior(text, f)) break;
      // counts are one dimension whatever is counted (`2,486 employees, including 850 managers, … 30,000
      // hours`): a count's parts must count what it counts
      if (dimensionOf(f) !== kind || f.valueMax !== undefined || (kind === 'count' && f.unit !== whole.unit)) break;
      // parts named as kinds of the whole (`专利73项，其中发明专利16项`) end where a figure names no such kind
      // (`，软件著作权112项`: another thing the company holds, said after the list)
      if (parts.length > 0 && kindOf(whole, parts[0]!.figure) && !kindOf(whole, f)) break;
      parts.push({ doc, figure: f, index: j });
    }
    const over = parts.some((p) => intervalOf(p.figure).lo > intervalOf(whole).hi);
    const check = over && parts.length >= 2 ? sumCheck({ doc, figure: whole, index: i }, parts, 'sum.part-over-total', 'certain', true) : undefined;
    if (check && !check.holds) checks.push(check);
  }
  return checks;
}

/** Whether a part's metric names a kind of the whole's: its head word (`注册商标` of `持有商标`, `hybrid buses` of `buses`). */
function kindOf(whole: ExtractedFigure, part: ExtractedFigure): boolean {
  const head = metricTokens(whole.metric ?? '').at(-1);
  return head !== undefined && metricTokens(part.metric ?? '').at(-1) === head;
}
