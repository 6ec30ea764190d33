// An English sentence that states the year's figures, then the year before's after `against` in the same order:
// `42 lost-time incidents in 16,284,000 hours worked, a lost-time incident rate (LTIR) of 0.52 per 200,000 hours, against
// 51 incidents in 15,862,000 hours and 0.64 in 2022`. The earlier figures are named once: the later, each the same kind
// as its counterpart, are of the same metrics, whatever words the extraction read before them (`incidents in 15 862 000
// hours` for the 0.64, the figure before it taken for its metric).

import { type CheckDocument, type DocFigure } from '../types';

/** What opens the year before's figures after the year's: `against`, `compared with`, `versus`. */
const AGAINST = /\b(?:against|compared\s+(?:with|to)|versus|vs\.)\s/gi;

/**
 * The metric of the figure before `against` in its sentence that a figure after it restates for another year: the one
 * standing as many figures of its unit in from `against`'s start as this one (the second `%` after it, the second
 * `%` before), when the figures before say its unit at least as often as those after do. Undefined for a figure whose
 * metric holds no number read as its words (`swallowedNumber`), read rightly, and for one before any `against`.
 */
export function mirroredMetric(doc: CheckDocument, index: number): string | undefined {
  const figure = doc.figures[index]!;
  if (!swallowedNumber(figure)) return undefined;
  const sentence = doc.text.slice(figure.sentence.start, figure.start);
  let at = -1;
  for (const m of sentence.matchAll(AGAINST)) at = figure.sentence.start + m.index;
  if (at < 0) return undefined;
  const inSentence = (f: DocFigure['figure']) => f.sentence.start === figure.sentence.start && f.unit === figure.unit;
  const before: Array<DocFigure['figure']> = [];
  const after: Array<DocFigure['figure']> = [];
  for (let k = index - 1; k >= 0 && doc.figures[k]!.sentence.start === figure.sentence.start; k--) {
    const f = doc.figures[k]!;
    if (!inSentence(f)) continue;
    (f.start < at ? before : after).unshift(f);
  }
  for (let k = index + 1; k < doc.figures.length && doc.figures[k]!.sentence.start === figure.sentence.start; k++) if (inSentence(doc.figures[k]!)) after.push(doc.figures[k]!);
  const place = after.filter((f) => f.start < figure.start).length;
  if (before.length < after.length + 1) return undefined;
  return before[place]?.metric;
}

/** A figure whose metric holds a number written in groups (`incidents in 15 862 000 hours` of `0.64`): the extraction read past a figure for its words. */
const swallowedNumber = (figure: DocFigure['figure']) => GROUPED_NUMBER.test(figure.metric ?? '');

/** A number of thousands' groups as a metric's words keep it (`15 862 000` of 15,862,000). */
const GROUPED_NUMBER = /(?<![\d.])\d{1,3}(?: \d{3})+(?![\d.])/;
