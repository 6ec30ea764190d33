// Changes stated respectively: `颗粒物、二氧化硫、氮氧化物排放量分别为3,105吨、3,864吨和22,760吨，同比分别下降
// 11.7%、8.4%和12.1%`, `生产熟料4,862万吨、水泥6,715万吨，同比分别下降3.2%和1.8%`, `… were 3,105, 3,864 and 22,760
// tonnes, down 11.7%, 8.4% and 12.1% respectively`. The k-th rate is the k-th figure's change; its
// earlier value is the cell of the year before in the table row whose latest cell the figure restates
// (one row alone, the figure said to the cell's precision), so a rate that does not come out is a mismatch.

import { joinHanWraps } from '../../text/han-wraps';
import { changeCheck } from './change';
import { dimensionOf } from '../readers/dimension';
import { changeSign, ZH_CHANGE_VERB } from '../readers/markers';
import { datedRows, restates } from './table-prior-year-changes';
import { isTableCell } from '../readers/table-columns';
import type { Check, CheckDocument, DocFigure } from '../types';

/** Before the first rate: the rates said respectively, with their direction (`，同比分别下降`). */
const ZH_RESPECTIVELY = new RegExp(String.raw`^[^\d。；;]{0,6}?(?:同比|较上年|較上年|比上年|较去年|較去年)?\s*分别\s*(?:为|為)?\s*(?:${ZH_CHANGE_VERB})了?\s*$`);
/** Between the last figure and the first rate in English: `, down `, `, up by `. */
const EN_BEFORE_RATES = /^[^\d.;]{0,24}?[,，]\s*((?:up|down|rising|falling|increasing|decreasing)(?:\s+by)?)\s*$/i;
/** Between two rates, or two figures, of a list: `、`, `和`, `, `, ` and `. */
const LIST_GAP = /^\s*(?:、|和|及|与|與|以及|[,，]|,?\s*and)\s*$/i;
/** Between two figures of a list, words may name the next (`4,862万吨、水泥6,715万吨`). */
const FIGURE_GAP = /^\s*(?:、|和|及|与|與|以及|[,，]|,?\s*and)[^\d。；;，,.]{0,10}$/i;

export function respectiveChanges(doc: CheckDocument): Check[] {
  const { figures, text } = doc;
  const checks: Check[] = [];
  for (let i = 1; i < figures.length; i++) {
    const first = figures[i]!;
    const last = figures[i - 1]!;
    if (first.unit !== '%' || last.unit === '%' || last.sentence.start !== first.sentence.start) continue;
    // a Chinese word a PDF line wrapped (`同比分别下⏎降`) is read as one
    const gap = joinHanWraps(text.slice(last.end, first.start));
    // the cheap test first: every shape has `分别` or a comma between the figures and the rates
    if (!gap.includes('分别') && !gap.includes(',') && !gap.includes('，')) continue;
    const rates = runOf(doc, i, 1, LIST_GAP, (f) => f.unit === '%');
    if (rates.length < 2) continue;
    let sign: 1 | -1 | 0 = 0;
    if (ZH_RESPECTIVELY.test(gap)) sign = changeSign(gap);
    else {
      const en = EN_BEFORE_RATES.exec(gap);
      const end = figures[rates.at(-1)!]!.end;
      if (en && /^\s*respectively\b/i.test(text.slice(end, end + 16))) sign = changeSign(en[1]!);
    }
    if (sign === 0) continue;
    const values = runOf(doc, i - 1, -1, FIGURE_GAP, (f) => f.unit !== '%').reverse();
    if (values.length < rates.length) continue;
    const rows = datedRows(doc);
    if (rows.length === 0) return [];
    const listed = values.slice(-rates.length);
    for (const [k, index] of listed.entries()) {
      const next: DocFigure = { doc, figure: figures[index]!, index };
      if (isTableCell(doc, index)) continue;
      const meant = rows.filter(({ latest }) => dimensionOf(latest.figure) === dimensionOf(next.figure) && restates(next.figure, latest.figure));
      if (meant.length !== 1 || !(meant[0]!.before.figure.value > 0)) continue;
      const rate: DocFigure = { doc, figure: figures[rates[k]!]!, index: rates[k]! };
      checks.push(changeCheck(meant[0]!.before, next, rate, sign, 'change.respectively-against-table'));
    }
  }
  return checks;
}

/** The indices of a run of figures from `from` in direction `step`, each of the kind and in the sentence, with a list's gap between. */
function runOf(doc: CheckDocument, from: number, step: 1 | -1, gap: RegExp, kind: (f: DocFigure['figure']) => boolean): number[] {
  const { figures, text } = doc;
  const sentence = figures[from]!.sentence.start;
  const out = [from];
  for (let k = from + step; k >= 0 && k < figures.length && out.length < 8; k += step) {
    const f = figures[k]!;
    const prev = figures[k - step]!;
    if (f.sentence.start !== sentence || !kind(f) || !gap.test(step > 0 ? text.slice(prev.end, f.start) : text.slice(f.end, prev.start))) break;
    out.push(k);
  }
  return out;
}
