// A claim restated elsewhere in the engagement — in a summary and in its chapter, in a sentence and
// in the infographic that repeats it — with one of its numbers changed: `向150多个国家和地区运输超过
// 2.6亿件医疗物资` in the summary, `免费服务了全球 160 多个国家和地区，承担了超过 2.6 亿件医疗相关物资
// 运输` in the chapter; `10个最感人、最具价值的公益项目和14位优秀的“公益之星”` and, below it, `10个 ⏎
// 最感人最具价值 ⏎ 的公益项目 ⏎ 16位 ⏎ 优秀的 ⏎ “公益之星”`. Each wording gives its figure a metric of
// its own, so the two never meet as one metric. Two things together say they are one claim: the
// words right after each number (what it counts: `多个国家和地区`, `位优秀的“公益之星”`) are the same,
// and beside each stands a figure restated alike (2.6 亿件 in both; the 10 projects before the 14 and
// the 16 stars). Two such figures of one unit and period whose values differ disagree.

import { samePeriod } from '../../metrics/index';
import { isSpaceCode } from '../../text/space-code';
import { inForwardSentence } from '../readers/markers';
import { direction } from './agreement';
import { isTableFigure } from '../readers/figure-facts';
import { intervalOf, overlaps, stepOf, writtenNumber } from '../readers/precision';
import { pairCheck } from './pair-check';
import { figureId, type FigureId } from '../readers/figure-places';
import type { Check, CheckDocument, DocFigure } from '../types';

/** How many characters after a number its counted words are read from, and how many of them name it. */
const COUNTED_REACH = 24;
const HAN_WORDS = 4;
const EN_WORDS = 2;
/** How far from a figure its neighbour restated alike may stand, in characters. */
const ANCHOR_REACH = 80;
/** A bucket larger than this is a phrase too common to say anything about. */
const MAX_BUCKET = 8;
/** Values further apart than this are more likely two claims than one restated with a slip. */
const MAX_RATIO = 1.5;

const EN_STOP = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'to', 'for', 'from', 'with', 'by', 'on', 'at', 'as', 'was', 'were', 'is', 'are', 'our', 'its', 'their', 'than', 'more', 'over', 'this', 'that']);

export function anchoredRestatements(docs: readonly CheckDocument[], alreadyFlagged: ReadonlySet<FigureId>): Check[] {
  const buckets = new Map<string, DocFigure[]>();
  for (const doc of docs)
    doc.figures.forEach((figure, index) => {
      const words = countedWords(doc, figure);
      if (words === undefined) return;
      const key = `${figure.unit.trim().toLowerCase()}\u0000${words}`;
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [{ doc, figure, index }]);
      else if (bucket.length <= MAX_BUCKET) bucket.push({ doc, figure, index });
    });
  const checks: Check[] = [];
  const seen = new Set(alreadyFlagged);
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i]!, bucket[j]!];
        const id = [figureId(a.doc.name, a.figure.start), figureId(b.doc.name, b.figure.start)];
        if (id.some((x) => seen.has(x)) || !differ(a, b) || !anchored(a, b) || notAClaim(a) || notAClaim(b)) continue;
        id.forEach((x) => seen.add(x));
        checks.push({ ...pairCheck(a, b, 'same.differ', claimOf(a)), rule: 'consistency.anchored-restatement' });
      }
  }
  return checks;
}

/**
 * The words a number counts, as the text goes on after it — Chinese characters or English words,
 * line breaks, spaces, quotes and list commas aside — or undefined for a figure that restates no
 * claim in words: a percentage, a year, a range, a figure in words.
 */
function countedWords(doc: CheckDocument, figure: DocFigure['figure']): string | undefined {
  if (figure.valueMax !== undefined || !(figure.value > 0) || figure.unit === '%' || figure.unit === '年') return undefined;
  const words = wordsAfter(doc.text, figure.end);
  return words !== undefined && writtenNumber(figure.text) !== undefined ? words : undefined;
}

/** Quotes, a list comma and a bold mark (`“”"「」『』*、`), skipped with blank space between a number and its words. */
const SKIPPED = new Set([0x201c, 0x201d, 0x22, 0x300c, 0x300d, 0x300e, 0x300f, 0x2a, 0x3001]);

/** The first Chinese characters after `end` (line breaks, spaces, quotes and list commas aside), or the first English words. */
function wordsAfter(text: string, end: number): string | undefined {
  let han = '';
  const stop = Math.min(text.length, end + COUNTED_REACH * 3);
  for (let i = end; i < stop && han.length < HAN_WORDS; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) han += text[i];
    else if (!isSpaceCode(code) && !SKIPPED.has(code)) break;
  }
  if (han !== '') return han.length >= HAN_WORDS ? han : undefined;
  // (most figures are followed by no English word: a letter must open what follows, spaces aside)
  const reach = Math.min(text.length, end + COUNTED_REACH * 2);
  let first = end;
  while (first < reach && isSpaceCode(text.charCodeAt(first))) first++;
  const letter = text.charCodeAt(first) | 0x20;
  if (first === reach || letter < 97 || letter > 122) return undefined;
  const words = (text.slice(end, end + COUNTED_REACH * 2).match(/^\s*([A-Za-z][A-Za-z\s-]*)/)?.[1] ?? '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w.length >= 3 && !EN_STOP.has(w))
    .slice(0, EN_WORDS);
  return words.length === EN_WORDS ? words.join(' ') : undefined;
}

/** A table cell or a target (`到 2025 年…`) restates no claim in words; read only for the few figures paired, as a line or a sentence may be long. */
const notAClaim = (at: DocFigure) => isTableFigure(at) || inForwardSentence(at.doc.text, at.figure);

/** Two statements, not one sentence's, of one period, qualified alike, whose values tell another number: apart beyond their precision, or at one precision and not equal. */
function differ(a: DocFigure, b: DocFigure): boolean {
  if (a.doc === b.doc && a.figure.sentence.start === b.figure.sentence.start) return false;
  if (!samePeriod(a.figure.period, b.figure.period) || direction(a.figure.qualifier) !== direction(b.figure.qualifier)) return false;
  const [x, y] = [a.figure.value, b.figure.value];
  if (x === y || Math.max(x, y) / Math.min(x, y) > MAX_RATIO) return false;
  return !overlaps(intervalOf(a.figure), intervalOf(b.figure)) || stepOf(a.figure) === stepOf(b.figure);
}

/** Beside each, a figure other than the pair, restated alike: the same amount in the same unit (however qualified: a qualifier may slip too). */
function anchored(a: DocFigure, b: DocFigure): boolean {
  const pair = new Set([a.figure, b.figure]);
  const aside = (at: DocFigure) => neighbours(at).filter((f) => !pair.has(f) && f.value > 0 && f.unit !== '年' && f.unit !== '%');
  const there = aside(b);
  return aside(a).some((f) => there.some((g) => g !== f && g.value === f.value && g.unit.trim() === f.unit.trim()));
}

function neighbours({ doc, figure, index }: DocFigure): Array<DocFigure['figure']> {
  const near: Array<DocFigure['figure']> = [];
  for (let k = index - 1; k >= 0 && figure.start - doc.figures[k]!.end <= ANCHOR_REACH; k--) near.push(doc.figures[k]!);
  for (let k = index + 1; k < doc.figures.length && doc.figures[k]!.start - figure.end <= ANCHOR_REACH; k++) near.push(doc.figures[k]!);
  return near;
}

/** What the message calls the claim: the number's unit and the words it counts, as written after the first. */
function claimOf({ doc, figure }: DocFigure): string {
  const words = doc.text.slice(figure.end, figure.end + COUNTED_REACH).split(/[，。；,.;\n\d]/)[0]!.trim();
  const unit = figure.unit.trim();
  return (words.startsWith(unit) ? words : `${unit}${words}`).replace(/\s+/g, ' ');
}
