// Shares whose figures stand elsewhere in their paragraph, found once the other checks have run:
// - a share of an unnamed whole (`少数民族员工 418 人，占比 3.8%`, `Part-time colleagues number 1,946,
//   26.1% of the total`) is of the whole the paragraph's other shares are of, when those that hold
//   are all of one figure that can hold its numerator: as certain as a whole named outright, so a
//   share that does not come out is a mismatch;
// - a share with no figure before it in its sentence (`Independent directors thus make up 36.4% of
//   the Board`) may be of a pair in the sentence before (holds only: which pair is not said);
// - a share no rule has read may be of a table row over another, both named (`ratio.ts`' `shareOfTableRows`).

import { LIST_ITEM_MARK } from '../../text/list-bullets';
import { inTable } from '../consistency/agreement';
import { comparable } from '../readers/dimension';
import { CHANGE_RATE, FORWARD, inPriorYearBracket, isComparison, PRIOR_VALUE, saidAsPrior } from '../readers/markers';
import { metricTokens } from '../consistency/metric-tokens';
import { writtenNumber } from '../readers/precision';
import { priorYearWhole, quotientIsStated, shareCheck, shareOfLastYears, shareOfTableRows, WHOLE_IN_BRACKETS, wholeNamed } from './ratio';
import { slipExplaining } from '../readers/slips';
import { datedRows } from '../changes/table-prior-year-changes';
import { firstAtOrAfter, roleOf, type Check, type CheckDocument, type DocFigure } from '../types';
import { lowerBound } from '../../text/lower-bound';
import { OF_THE_TOTAL } from '../readers/of-whole';

/** Between a numerator and its share: a few words at most, no figure, that say a share (`人，占比 `, `, `, ` (`, `, or `), not a change (`人），年增 `). */
const NUMERATOR_THEN_SHARE = /^(?:[^\d%]{0,8}[占佔]比?|[^\d%]{0,8}(?:比例|比重)[为為]?|[^\d%\u3400-\u9fff]{0,10}(?:,|\(|,\s*or))\s*$/i;
/** A Chinese whole named between them (`占管理层的`) is its own, not the paragraph's: only a bare `占比`, `占`, `佔` leaves it unnamed. */
const NAMED_ZH_WHOLE = /[占佔](?!比)[\u4e00-\u9fff]/;
/** After an English share, a whole that is named (`of managers`) unless it is only `the total`. */
const NAMED_EN_WHOLE = /^\s*of\s+(?!(?:the\s+)?(?:total|whole)\b)/i;
const PARAGRAPH_REACH = 1500;

export function paragraphShares(doc: CheckDocument, checks: readonly Check[]): Check[] {
  const own = checks.filter((c) => c.kind === 'ratio' && c.figures[0]?.doc === doc.name);
  const stated = new Set(own.map((c) => roleOf(c, 'result')?.start));
  // the holding shares' wholes in document order, each with its index among the document's figures
  const wholes = own
    .filter((c) => c.holds && c.rule !== WHOLE_IN_BRACKETS)
    .map((c) => indexAt(doc, roleOf(c, 'denominator')?.start ?? -1))
    .filter((index): index is number => index !== undefined)
    .sort((a, b) => a - b);
  const out: Check[] = [];
  doc.figures.forEach((share, i) => {
    if (share.unit !== '%' || !(share.value > 0 && share.value <= 100) || share.valueMax !== undefined || stated.has(share.start)) return;
    const before = doc.text.slice(Math.max(share.sentence.start, share.start - 16), share.start);
    if (CHANGE_RATE.test(before) || PRIOR_VALUE.test(before) || isComparison(doc.text, share)) return;
    const at = (index: number): DocFigure => ({ doc, figure: doc.figures[index]!, index });
    const previous = doc.figures[i - 1];
    if (previous && previous.sentence.start === share.sentence.start) {
      const between = doc.text.slice(previous.end, share.start);
      // (a numerator said of the year before, `(2022/23: 218 women, 37.2%)`, `against 1,506, or 73.1%`, is of no whole of this year's)
      if (previous.unit === '%' || inPriorYearBracket(doc.text, previous) || shareOfLastYears(doc.text, previous, share) || !NUMERATOR_THEN_SHARE.test(between) || NAMED_ZH_WHOLE.test(between) || NAMED_EN_WHOLE.test(doc.text.slice(share.end, share.end + 40))) return;
      const ofThis = wholeOfThis(doc, i - 1);
      if (ofThis) {
        out.push(shareCheck(at(i - 1), ofThis, at(i), 'ratio.share-of-this'));
        return;
      }
      const whole = paragraphWhole(doc, at(i - 1), wholes);
      if (whole && !namesOtherWhole(between, whole.figure)) out.push(shareCheck(at(i - 1), whole, at(i), 'ratio.share-of-paragraph-whole'));
      else if (!whole && OF_THE_TOTAL.test(doc.text.slice(share.end, share.end + 16))) {
        const check = shareOfTotalBefore(doc, at(i - 1), at(i));
        if (check) out.push(check);
      }
      return;
    }
    // a cell's sentence before is another row's or, on a page set in columns, another column's; a
    // target's share (`到2025年…占比将超过50%`) is of no figure said of the present
    if (inTable(doc.text, share) || FORWARD.test(doc.text.slice(share.sentence.start, share.sentence.end))) return;
    const pair = pairInSentenceBefore(doc, at(i));
    if (pair) out.push(pair);
  });
  // a share no rule has read may be of table rows the text names (the rows read once a share needs them)
  const read = new Set([...stated, ...out.map((c) => roleOf(c, 'result')?.start)]);
  doc.figures.forEach((share, i) => {
    if (share.unit !== '%' || read.has(share.start)) return;
    const check = shareOfTableRows(doc, i, () => datedRows(doc));
    if (check) out.push(check);
  });
  return out;
}

/** The index of the document's figure that starts at `start` (the last, should two), found by halving: no map of every figure is built for a few wholes. */
function indexAt(doc: CheckDocument, start: number): number | undefined {
  let index = firstAtOrAfter(doc, start);
  if (doc.figures[index]?.start !== start) return undefined;
  while (doc.figures[index + 1]?.start === start) index++;
  return index;
}

/** Just before a part, the words that say it is of the figure before them: `; of this,`, `, of which`, `, of these`. */
const OF_THIS_BEFORE = /[,;:]\s*of\s+(?:this|which|these|that)\s*,?\s*$/i;
/** Just before a figure, the words of a comparison it is the other side of: `than the`, `than in`. */
const THAN_BEFORE = /\bthan\s+(?:the\s+|in\s+)?$/i;

/**
 * `We bought 9,860 tce of electricity; of this, 3,120 tce, 31.6%, was green power`: a part said `of this` in the
 * sentence of the figure before it, with its share beside it, is a share of that figure, whatever whole the
 * paragraph's other shares are of (the 20,000 tce of all energy). Undefined when the figure `this` is cannot be read
 * in the sentence (a rate, the year before's figure, another measure, no larger than the part).
 */
function wholeOfThis(doc: CheckDocument, numerator: number): DocFigure | undefined {
  const part = doc.figures[numerator]!;
  // (a semicolon before `of this` may end a sentence of its own: the words are read across it)
  if (!OF_THIS_BEFORE.test(doc.text.slice(Math.max(0, part.start - 24), part.start))) return undefined;
  const from = sentenceBeforeSemicolon(doc, numerator) ?? part.sentence.start;
  for (let k = numerator - 1; k >= 0 && doc.figures[k]!.start >= from; k--) {
    const w = doc.figures[k]!;
    if (w.unit === '%') continue;
    const before = doc.text.slice(Math.max(w.sentence.start, w.start - 16), w.start);
    if (!comparable(w, part) || !(w.value > part.value) || w.valueMax !== undefined || saidAsPrior(doc.text, w) || THAN_BEFORE.test(before) || inPriorYearBracket(doc.text, w)) return undefined;
    return { doc, figure: w, index: k };
  }
  return undefined;
}

/** Where the sentence before a figure's starts, when the figure's opens after a semicolon ending it (`…of electricity; of this, …`): one sentence of two clauses. */
function sentenceBeforeSemicolon(doc: CheckDocument, index: number): number | undefined {
  const { start } = doc.figures[index]!.sentence;
  if (!/[;；]\s*$/.test(doc.text.slice(Math.max(0, start - 3), start))) return undefined;
  const before = doc.figures.slice(0, index).findLast((f) => f.sentence.start < start);
  return before && before.sentence.end >= start - 3 ? before.sentence.start : undefined;
}


/**
 * `Our 26 sites used 20,742 TJ of energy in FY24. … Renewable energy reached 4,912 TJ (23.7% of the total)`: a share of
 * `the total` is of a figure before it in its paragraph, of its measure and larger, said of the present; only when one
 * such figure alone makes it hold (which total is not said, so a share none gives is no mismatch).
 */
function shareOfTotalBefore(doc: CheckDocument, numerator: DocFigure, share: DocFigure): Check | undefined {
  const n = numerator.figure;
  const holding = new Map<number, Check>();
  for (let k = numerator.index - 1; k >= 0; k--) {
    const w = doc.figures[k]!;
    if (n.start - w.end > PARAGRAPH_REACH || doc.text.slice(w.end, n.start).includes('\n\n')) break;
    if (!comparable(w, n) || !(w.value > n.value) || w.valueMax !== undefined || saidAsPrior(doc.text, w) || inPriorYearBracket(doc.text, w)) continue;
    const check = shareCheck(numerator, { doc, figure: w, index: k }, share, 'ratio.share-of-total-before');
    if (check.holds && !holding.has(w.value)) holding.set(w.value, check);
  }
  return holding.size === 1 ? [...holding.values()][0] : undefined;
}

/**
 * A share named by its own words (`女性主管742人，女性主管比例為23.0%`) is of the kind its name ends
 * with (`主管`, managers): not of a paragraph's whole whose metric does not say it (`全體員工24,108人`).
 */
function namesOtherWhole(between: string, whole: DocFigure['figure']): boolean {
  const named = NAMED_SHARE.exec(between)?.[1];
  return named !== undefined && !(whole.metric ?? '').includes(named.slice(-2));
}

/** Han words right before `比例` / `比重` (`女性主管比例為`): the share's own name. */
const NAMED_SHARE = /([\u4e00-\u9fff]{2,})(?:比例|比重)[为為]?\s*$/;

/** The one figure the paragraph's holding shares are of (their wholes, as figure indices in order), if it stands before the numerator and can hold it. */
function paragraphWhole(doc: CheckDocument, numerator: DocFigure, wholes: readonly number[]): DocFigure | undefined {
  const n = numerator.figure;
  // the wholes before the numerator, looked back along from it only as far as a paragraph runs
  const lo = lowerBound(wholes, numerator.index);
  const found: number[] = [];
  // `(2022: R$ 8,426 million, 51.9%)`: the year before's figure is a share of the year before's whole, not of this year's
  const prior = inPriorYearBracket(doc.text, n);
  for (let k = lo - 1; k >= 0; k--) {
    const w = doc.figures[wholes[k]!]!;
    if (n.start - w.end > PARAGRAPH_REACH || doc.text.slice(w.end, n.start).includes('\n\n')) break;
    if (comparable(w, n) && w.value > n.value && inPriorYearBracket(doc.text, w) === prior) found.push(wholes[k]!);
  }
  if (new Set(found.map((index) => doc.figures[index]!.value)).size !== 1) return undefined;
  return { doc, figure: doc.figures[found[0]!]!, index: found[0]! };
}

/**
 * `The Board comprises 11 directors: …, 4 independent non-executive directors and 4 non-executive
 * directors …. Independent directors thus make up 36.4% of the Board`: the pair the share's own words
 * name — a whole whose words every other figure's hold (a kind of it), and the one such part that
 * alone has a word of the share's sentence beyond the whole's. Named outright, so a miss is a mismatch.
 */
function namedPair(doc: CheckDocument, pool: readonly DocFigure[], share: DocFigure): [DocFigure, DocFigure] | undefined {
  const [whole, ...rest] = pool;
  if (!whole || rest.length < 2) return undefined;
  const wholeTokens = metricTokens(whole.figure.metric);
  if (wholeTokens.length === 0) return undefined;
  const partTokens = rest.map((f) => metricTokens(f.figure.metric));
  // every other figure a kind of the first: its words and more, and a part of it
  if (!rest.every((f, k) => comparable(f.figure, whole.figure) && f.figure.value < whole.figure.value && partTokens[k]!.length > wholeTokens.length && wholeTokens.every((t) => partTokens[k]!.includes(t)))) return undefined;
  const said = new Set(metricTokens(doc.text.slice(share.figure.sentence.start, share.figure.start)));
  const own = new Set(wholeTokens);
  const named = rest.filter((_, k) => partTokens[k]!.some((t) => !own.has(t) && said.has(t)));
  return named.length === 1 ? [named[0]!, whole] : undefined;
}

/**
 * `… across 1,561,000 properties: 1,462,300 household and 98,700 non-household properties. Non-household
 * properties make up 6.9% of the properties we serve`: the whole the share names after it (`of the
 * properties we serve`, `占…的`) is the one figure before whose every word it says, and the part the one
 * figure whose every word the share's sentence says before it, with a word beyond the whole's.
 */
function pairOfNamedWhole(doc: CheckDocument, pool: readonly DocFigure[], share: DocFigure): [DocFigure, DocFigure] | undefined {
  const whole = wholeNamed(doc.text, share.figure);
  if (whole === undefined) return undefined;
  const wholeWords = new Set(metricTokens(whole));
  const said = new Set(metricTokens(doc.text.slice(share.figure.sentence.start, share.figure.start)));
  const tokens = pool.map((f) => metricTokens(f.figure.metric));
  const wholes = pool.filter((_, k) => tokens[k]!.length > 0 && tokens[k]!.every((t) => wholeWords.has(t)));
  if (new Set(wholes.map((f) => f.figure.value)).size !== 1) return undefined;
  const parts = pool.filter(
    (f, k) => comparable(f.figure, wholes[0]!.figure) && f.figure.value < wholes[0]!.figure.value && tokens[k]!.length > 0 && tokens[k]!.every((t) => said.has(t)) && tokens[k]!.some((t) => !wholeWords.has(t)),
  );
  return parts.length === 1 ? [parts[0]!, wholes[0]!] : undefined;
}

/** A list item's line: a bullet or a number, then its words (`   - Purchased from the grid: 5,574 GWh`). */
const LIST_ITEM = new RegExp(`^[ \\t]*${LIST_ITEM_MARK}[ \\t]*\\S`);
/** How many items a list may have for its figures to be a share's pool. */
const LIST_ITEMS = 8;

/**
 * The figures of a list the share's paragraph opens on, the list just before it (`- Electricity consumed at our
 * works: 18,420 GWh` … `- Purchased from the grid: 5,574 GWh`, then `By-product gas power thus covered 67.9% of the
 * electricity`): the sentence before a share that opens a paragraph is the list's, whose items are its pairs.
 */
function listJustBefore(doc: CheckDocument, share: DocFigure): DocFigure[] {
  const { text } = doc;
  // the sentence opens its paragraph: only white space back to a blank line
  let gap = share.figure.sentence.start;
  while (gap > 0 && /\s/.test(text.charAt(gap - 1)) && text.slice(gap - 2, gap) !== '\n\n') gap--;
  if (text.slice(gap - 2, gap) !== '\n\n') return [];
  gap -= 2;
  // the paragraph before it, read back a line at a time: every line a list's item, a few of them
  let [from, end] = [gap, gap];
  for (let lines = 0; ; lines++) {
    from = text.lastIndexOf('\n', end - 1) + 1;
    if (lines >= LIST_ITEMS || !LIST_ITEM.test(text.slice(from, end))) return [];
    if (from < 2 || text.charAt(from - 2) === '\n') break;
    end = from - 1;
  }
  if (text.slice(from, gap).split('\n').length < 2) return [];
  const pool: DocFigure[] = [];
  for (let k = share.index - 1; k >= 0 && doc.figures[k]!.start >= from; k--) {
    const f = doc.figures[k]!;
    if (f.unit !== '%' && f.value > 0 && !saidAsPrior(text, f) && !inPriorYearBracket(text, f)) pool.unshift({ doc, figure: f, index: k });
  }
  return pool;
}

/**
 * A pair of the sentence just before the share's (same paragraph) whose quotient is the share; when
 * none is, the one pair whose miss a swap of two digits explains (`36.4%` written `63.4%`), a mismatch.
 */
function pairInSentenceBefore(doc: CheckDocument, share: DocFigure): Check | undefined {
  const listed = listJustBefore(doc, share);
  const pool: DocFigure[] = [...listed];
  for (let k = share.index - 1; k >= 0 && listed.length === 0; k--) {
    const f = doc.figures[k]!;
    if (doc.text.slice(f.end, share.figure.start).includes('\n\n')) break;
    if (f.sentence.end < share.figure.sentence.start - 2 || pool.length > 8) break;
    // `up from 1.9 million in 2022`, `(2022: 87%)`: last year's figures are no pair of this year's share
    if (f.unit !== '%' && f.value > 0 && !saidAsPrior(doc.text, f) && !inPriorYearBracket(doc.text, f)) pool.unshift({ doc, figure: f, index: k });
  }
  const pairs: Array<[DocFigure, DocFigure]> = [];
  for (const a of pool) for (const b of pool) if (a !== b && comparable(a.figure, b.figure) && a.figure.value < b.figure.value && !priorYearWhole(doc.text, b.figure, share.figure)) pairs.push([a, b]);
  const exact = share.figure.qualifier === 'exact' && writtenNumber(share.figure.text) !== undefined;
  // the pair the share's words name is meant, whatever other pair comes out by chance
  const named = exact ? (pairOfNamedWhole(doc, pool, share) ?? namedPair(doc, pool, share)) : undefined;
  if (named) {
    const check = shareCheck(named[0], named[1], share, 'ratio.share-of-pair-before-sentence');
    if (check.holds) return check;
    const slipped = slipExplaining([named[0], named[1], share], quotientIsStated, 'swaps');
    return shareCheck(named[0], named[1], share, slipped ? 'ratio.share-of-pair-before-sentence.one-slip' : 'ratio.share-of-pair-before-sentence.named');
  }
  // small counts are loose (2 / 4 may be 36.4% within their precision): the pair nearest the share is meant
  let best: Check | undefined;
  for (const [a, b] of pairs) {
    const check = shareCheck(a, b, share, 'ratio.share-of-pair-before-sentence');
    if (check.holds && (!best || Math.abs(check.expected! - share.figure.value) < Math.abs(best.expected! - share.figure.value))) best = check;
  }
  // a share in words or said roughly (`约占五分之一`) allows too many quotients for a slip to explain its miss
  if (best || !exact) return best;
  // a swap only: a mistyped digit of some pair of a sentence's figures explains too many misses
  // (two pairs of the same values, `4 independent … and 4 other directors` of 11, are one quotient)
  const slipped = pairs.filter(([a, b]) => slipExplaining([a, b, share], quotientIsStated, 'swaps'));
  const quotients = new Set(slipped.map(([a, b]) => `${a.figure.value}/${b.figure.value}`));
  return quotients.size === 1 ? shareCheck(slipped[0]![0], slipped[0]![1], share, 'ratio.share-of-pair-before-sentence.one-slip') : undefined;
}
