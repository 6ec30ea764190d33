// Shares: a stated percentage and the two figures it comes from. Three shapes:
// - the pair in the sentence: `累计发布过 5,038 名…找回 4,960 个儿童，成功率 98.5%`;
// - a share of a named whole stated elsewhere: `765 million, accounting for 85.3% of mobile
//   Internet users` with `897 million are mobile Internet users`;
// - shares of one unstated whole: each `N million users, X% of the total internet users` implies a
//   total N / X; the totals implied in one passage must agree within their precision.
// A share is called a mismatch only when both inputs are certain: the only pair in a sentence that
// says it is a share, or a whole named by the same metric — in the text, or as the label of a table
// row whose latest year's cell is the whole (`占分拨中心用电量的23.8%`, the row `分拨中心用电量`); or a
// part and a whole both table rows the text names (`table-row-shares.ts`).

import { periodKey, samePeriod } from '../../metrics/index';
import { scopesIn } from '../../metrics/scope';
import { joinHanWraps } from '../../text/han-wraps';
import { inTable } from '../consistency/agreement';
import { comparable, isScore, unitFactor } from '../readers/dimension';
import { CHANGE_RATE, inForwardClause, inPriorYearBracket, isComparison, PRIOR_VALUE, RATIO_CUE, saidAsChange, saidAsPrior, TOTAL } from '../readers/markers';
import { metricTokens, sameMetric } from '../consistency/metric-tokens';
import { verbObjectWords } from '../consistency/consistency-our-verb';
import { percentCheck } from './percent-check';
import { slipExplaining } from '../readers/slips';
import { asWritten, intervalOf, quotient, writtenNumber } from '../readers/precision';
import { asCheckFigure, roleOf, type Check, type CheckDocument, type DocFigure } from '../types';
import { impliedTotalChecks, type ImpliedTotal } from './implied-total';
import { datedRows, yearSaidAfter, type DatedRow } from '../changes/table-prior-year-changes';
import { isTableCell } from '../readers/table-columns';
import { captionOf, rowsOfShare } from './table-row-shares';
import { CAPTION_NUMBER, captionLines, cellPlaces, SUBROW, tableBlocks, type Row } from '../readers/table-blocks';
import { extractionRates } from '../rates/ratio-extraction-rates';
import { namedFormulaRatios } from './ratio-named-formula';
import { wholeOfSlippedPart } from './ratio-slipped-part';
import { spendsPerVisit } from '../rates/spend-per-visit';
import { sharesOfWholeNamedAlike, type FoundWhole, type OpenShare } from './ratio-whole-named-alike';
import { TWO_LETTERS } from '../../text/letters';

const NUMERATOR_REACH = 160;
const DENOMINATOR_REACH = 3000;

export function ratioChecks(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const implied: ImpliedTotal[] = [];
  // the wholes found of the shares that name theirs, and the shares naming one not found (`ratio-whole-named-alike.ts`)
  const wholesFound: FoundWhole[] = [];
  const wholesOpen: OpenShare[] = [];
  const figures = doc.figures;
  for (let i = 0; i < figures.length; i++) {
    const share = figures[i]!;
    if (!readAsShare(doc, i)) continue;
    const inSentence = sentenceFiguresBefore(doc, i).filter((f) => f.figure.unit !== '%' && f.figure.value > 0);
    if (shareOfLastYears(doc.text, inSentence.at(-1)?.figure, share)) continue;
    const ofThem = shareOfThem(doc, i, inSentence) ?? shareAfterPartOfIt(doc, i, inSentence);
    if (ofThem) {
      checks.push(ofThem);
      continue;
    }
    const whole = wholeNamed(doc.text, share) ?? wholeOfShareBefore(doc, i);
    // `研发投入 186.4 亿元，较 2022 年的 168.2 亿元增长 12.8%，占总收入的 21.6%`: last year's amount, compared with, is not what the share is of
    // `较年初增加 96.35 亿元，增长 9.53%，占各项贷款的 39.3%`: nor, of a whole named, is the amount it changed by
    const named = whole !== undefined && !isGeneric(whole);
    // `42.685 million passengers, up 118.6% (2022: 19.526 million) and 96.8% of …`: nor is last year's amount in brackets
    const candidates = inSentence.filter((f) => !saidAsPrior(doc.text, f.figure) && !(named && saidAsChange(doc.text, f.figure)) && !priorYearWhole(doc.text, f.figure, share));
    let numerator = candidates.at(-1);
    // `21.4% of our employees (1,033) and 18% of the Executive Committee`: a count in brackets after one share is that share's
    if (numerator && isNumeratorOfShareBefore(doc, numerator)) continue;
    // `570 of our people, 38.0%, were women, and 92.1% of our people were …`: a part its own share follows is that share's
    if (numerator && hasShareAfter(doc, numerator, i)) continue;
    if (whole !== undefined && numerator && share.start - numerator.figure.end <= NUMERATOR_REACH) {
      const shareFigure: DocFigure = { doc, figure: share, index: i };
      let denominator: { figure: DocFigure; named: boolean; rule?: string } | undefined = findDenominator(doc, numerator, shareFigure, whole) ?? wholeAfter(doc, numerator, shareFigure);
      // `余额 486.52 亿元，…，高于平均增速 5.2 个⏎百分点，占各项贷款的比例为 16.99%`: a figure of another kind between
      // them, the named whole picks the figure before it that it can hold
      for (let c = candidates.length - 2; !denominator && named && c >= Math.max(0, candidates.length - 3); c--) {
        const found = findDenominator(doc, candidates[c]!, shareFigure, whole);
        if (found?.named && share.start - candidates[c]!.figure.end <= NUMERATOR_REACH) [numerator, denominator] = [candidates[c]!, found];
      }
      // a whole no text figure states, named exactly as a table row: the row's latest year (the tables are read once a share needs them)
      if (!denominator && named) {
        const row = wholeRow(datedRows(doc), whole, numerator);
        if (row) denominator = { figure: row, named: true };
      }
      if (!denominator && named) denominator = wholeLater(doc, numerator, shareFigure, whole);
      if (!denominator && named) denominator = wholeThePartSays(doc, numerator, shareFigure);
      // (a part larger than its whole by a slipped scale word: `£12,460 million, 34.6% of revenue` with revenue of £36,000 thousand)
      if (!denominator && named) denominator = wholeOfSlippedPart(doc, numerator, shareFigure, whole);
      if (denominator?.named) denominator = wholeRowHeld(numerator, denominator.figure, shareFigure, whole, () => datedRows(doc)) ?? denominator;
      if (denominator) {
        const check = shareCheck(numerator, denominator.figure, shareFigure, denominator.rule ?? (denominator.named ? 'ratio.share-of-named-whole' : 'ratio.share-of-whole-before'));
        // `8,452 employees, including 2,613 R&D staff, accounting for 27.4% of the total`: the whole
        // is the sentence's only other figure of the kind, as certain as a named one
        const total = /^(?:the\s+)?(?:total|whole)$|^(?:总数|总额|总量|總數|總額|總量)$/i.test(whole.trim()) && denominator.figure.figure.sentence.start === share.sentence.start;
        // (not a sibling the sentence joins by `and`: `Diesel … rose 7.1% to 3,940 MWh, and the husk-fired boiler supplied 2,620 MWh, or 20.8% of the total`)
        const onlyInSentence = total && inSentence.length === 2 && !joinedAsSibling(doc.text.slice(denominator.figure.figure.end, numerator.figure.start));
        // `emissions were 426,800 tCO2e in 2023: Scope 1 …, and Scope 2 … 388,200 tCO2e, 90.1% of the total`: the figure its sentence breaks down
        const brokenDown = total && LIST_OPENS.test(doc.text.slice(denominator.figure.figure.end, doc.figures[denominator.figure.index + 1]?.start ?? share.start));
        if (check.holds || ((denominator.named || onlyInSentence || brokenDown) && !looseNumerator(doc.text, numerator.figure, share))) checks.push(check);
        if (check.holds && named && denominator.named) wholesFound.push({ words: whole, whole: denominator.figure, share: shareFigure });
      } else {
        // `Women numbered 1,860, or 36.4% of the workforce` after `5,106 employees`: a whole named by
        // words no figure's metric carries may still be the larger figure just before (holds only)
        const earlier = shareOfEarlier(numerator, shareFigure);
        if (earlier) checks.push(earlier);
        else implied.push({ numerator, share: shareFigure, whole });
        const earlierWhole = earlier?.holds && named ? roleOf(earlier, 'denominator') : undefined;
        const at = earlierWhole ? figures.findIndex((f) => f.start === earlierWhole.start) : -1;
        if (at >= 0) wholesFound.push({ words: whole, whole: { doc, figure: figures[at]!, index: at }, share: shareFigure });
        else if (!earlier && named) wholesOpen.push({ words: whole, numerator, share: shareFigure });
      }
      continue;
    }
    const sentence = doc.text.slice(share.sentence.start, share.sentence.end);
    const shareFigure: DocFigure = { doc, figure: share, index: i };
    const ofPartBefore = inSentence.length === 0 && whole !== undefined && !named ? shareOfPartBefore(doc, shareFigure) : undefined;
    if (ofPartBefore) {
      checks.push(ofPartBefore);
      continue;
    }
    // `Women are 22.6% of our colleagues (1,178)` after `We employed 5,214 colleagues`: the part in brackets, the whole the count of what the share names
    const counted = named && !numerator ? (shareOfCounted(doc, shareFigure, whole) ?? shareOfNamedBracketed(doc, shareFigure, whole) ?? shareOfCaptionedTotal(doc, shareFigure, whole, () => datedRows(doc))) : undefined;
    if (counted) {
      checks.push(counted);
      continue;
    }
    if (!RATIO_CUE.test(sentence) || inTable(doc.text, share)) continue;
    const pair = inSentence.length >= 2 ? pairInSentence(inSentence, shareFigure) : undefined;
    const after = numeratorAfter(doc, i);
    const found =
      pair ??
      (numerator && share.start - numerator.figure.end <= NUMERATOR_REACH ? shareOfEarlier(numerator, shareFigure) : undefined) ??
      (after ? ownWholeSaid(doc, after, shareOfEarlier(after, shareFigure)) : undefined);
    // `…(26.8%), against a goal of 30% by 2027`: a share said as a target is no quotient of the figures said before it
    if (found && (found.holds || !looseNumerator(doc.text, found.figures[0]!, share)) && !TARGET_BEFORE.test(doc.text.slice(Math.max(share.sentence.start, share.start - 32), share.start))) checks.push(found);
  }
  const alike = sharesOfWholeNamedAlike(wholesOpen, wholesFound, (o) => !looseNumerator(doc.text, o.numerator.figure, o.share.figure));
  const ofAlike = new Set(alike.map((c) => roleOf(c, 'result')!.start));
  return [...checks, ...alike, ...impliedTotalChecks(implied.filter((s) => !ofAlike.has(s.share.figure.start))), ...namedFormulaRatios(doc), ...extractionRates(doc), ...spendsPerVisit(doc)];
}

/** Just before a share, the target it is: `a goal of `, `our target of `, `we aim for `, `targeting `, `目标为`. */
const TARGET_BEFORE = /\b(?:(?:targets?|goals?|aims?|ambitions?)\s+(?:of|is|was|to reach)|aim(?:s|ing)?\s+(?:for|at|to reach|to achieve)|targeting)\s+(?:at least\s+)?$|(?:目标|目標)[为為是达達到]*\s*$/i;

/** How far after a share the figure its named whole is may stand (the next paragraph). */
const WHOLE_LATER_REACH = 600;

/**
 * `1,286萬平方呎…取得綠色建築認證，佔投資物業組合總樓面面積的26.5%` with `投資物業總樓面面積約4,860萬平方呎` in the next paragraph
 * (`… representing 26.5% of the total gross floor area of the portfolio`, `… comprises approximately 48.6 million square
 * feet of gross floor area`): the first figure after the share of the numerator's kind whose metric says the whole, all
 * of its words (two at least) the whole's, or the whole with words left out.
 */
function wholeLater(doc: CheckDocument, numerator: DocFigure, share: DocFigure, whole: string): { figure: DocFigure; named: boolean } | undefined {
  const wanted = new Set(metricTokens(whole));
  const han = /[\u4e00-\u9fff]/.test(whole) ? whole.replace(/[^\u4e00-\u9fff]/g, '') : undefined;
  for (let k = share.index + 1; k < doc.figures.length; k++) {
    const f = doc.figures[k]!;
    if (f.start - share.figure.end > WHOLE_LATER_REACH) break;
    // (a later sentence: a list's next line is no whole its share's words run on into, `64.2% of fibre volume⏎Worker helpline calls: 1,248`)
    if (f.sentence.start <= share.figure.sentence.start || !comparable(f, numerator.figure) || f.value <= numerator.figure.value || !samePeriod(f.period, share.figure.period)) continue;
    const metric = f.metric ?? '';
    const tokens = metricTokens(metric);
    const hanMetric = metric.replace(/[^\u4e00-\u9fff]/g, '');
    const says = han ? hanMetric.length >= 4 && (hanMetric === han || saidInShort(hanMetric, han)) : tokens.length >= 2 && tokens.every((t) => wanted.has(t));
    if (says) return { figure: { doc, figure: f, index: k }, named: true };
  }
  return undefined;
}

/** A share's subject before its verb: `Scope 2` of `Scope 2 accounted for 96.4% of the total`. */
const PART_SUBJECT = /^\s*(?:the\s+)?([^\d,;:]*?\S[^,;:]{0,40}?)\s+(?:accounted for|made up|represented|comprised|contributed)\s*$/i;

/**
 * `Total emissions were 231,100 tonnes. Scope 1 emissions were 12,460 tonnes and Scope 2 emissions 218,640 tonnes; Scope 2
 * accounted for 96.4% of the total`: a share of `the total` whose subject names a part the sentence before states, with
 * the other parts that add up to the figure before them — the whole broken down, as certain as one named.
 */
function shareOfPartBefore(doc: CheckDocument, share: DocFigure): Check | undefined {
  const { figures, text } = doc;
  const subject = PART_SUBJECT.exec(text.slice(share.figure.sentence.start, share.figure.start))?.[1];
  const wanted = subject?.replace(/\s+/g, ' ').toLowerCase();
  if (!wanted || metricTokens(wanted).length === 0) return undefined;
  // the sentence just before the share's, its figures of one kind
  let k = share.index - 1;
  const before = figures[k];
  if (!before || before.sentence.end > share.figure.sentence.start || share.figure.sentence.start - before.sentence.end > 2) return undefined;
  const parts: DocFigure[] = [];
  for (; k >= 0 && figures[k]!.sentence.start === before.sentence.start; k--) if (figures[k]!.unit !== '%') parts.unshift({ doc, figure: figures[k]!, index: k });
  // the part the subject names in the words just before it (` and Scope 2 emissions 218,640`)
  const named = parts.filter((p) => text.slice(Math.max(before.sentence.start, figures[p.index - 1]?.end ?? 0), p.figure.start).replace(/\s+/g, ' ').toLowerCase().includes(wanted));
  if (named.length !== 1 || !parts.every((p) => comparable(p.figure, named[0]!.figure))) return undefined;
  // the whole: the figure of that kind just before the parts, which they add up to
  for (; k >= 0 && parts[0]!.figure.start - figures[k]!.end <= SIBLING_REACH; k--) {
    const f = figures[k]!;
    if (!comparable(f, named[0]!.figure)) continue;
    if (!addsUpTo(parts, f)) return undefined;
    const check = shareCheck(named[0]!, { doc, figure: f, index: k }, share, 'ratio.share-of-total-broken-down');
    return check.holds || !looseNumerator(text, named[0]!.figure, share.figure) ? check : undefined;
  }
  return undefined;
}

/** Whether two parts or more add up to the whole, as it is written. */
function addsUpTo(parts: readonly DocFigure[], whole: DocFigure['figure']): boolean {
  if (parts.length < 2) return false;
  const { lo, hi } = intervalOf(whole);
  const sum = parts.reduce((s, p) => s + (p.figure.value * unitFactor(p.figure)) / unitFactor(whole), 0);
  return sum >= lo - 1e-9 * Math.abs(lo) && sum <= hi + 1e-9 * Math.abs(hi);
}

/** After a figure, a colon opening the list of its parts before the next figure (`426,800 tCO2e in 2023: Scope 1 …`). */
const LIST_OPENS = /^[^.;。；:：]{0,40}[:：]/;

/** Whether a percentage is read as a share: one of 100 at most, no rate of change, nor last year's or a comparison's. */
const PLUS = 0x2b;

function readAsShare(doc: CheckDocument, i: number): boolean {
  const share = doc.figures[i]!;
  if (share.unit !== '%' || !(share.value > 0 && share.value <= 100) || share.valueMax !== undefined) return false;
  // `+4.3` in a change column: a signed percentage is a change, never a share
  if (share.text.startsWith('+') || doc.text.charCodeAt(share.start - 1) === PLUS) return false;
  // `增幅26.63%`, `up 6.2%`, `fell by more than half`: a rate of change, not a share of anything
  if (CHANGE_RATE.test(doc.text.slice(Math.max(share.sentence.start, share.start - 12), share.start)) || saidAsChange(doc.text, share) || rateOfChangeBefore(doc, i)) return false;
  // `，较 2022 年的 31.5% 提升`, `up from 21.8%`: last year's share, compared with, is no result of this year's figures
  return !PRIOR_VALUE.test(doc.text.slice(Math.max(share.sentence.start, share.start - 16), share.start)) && !isComparison(doc.text, share);
}

/** A share no rule has read, of a table row over another that the text names (`table-row-shares.ts`). */
export function shareOfTableRows(doc: CheckDocument, i: number, rows: () => readonly DatedRow[]): Check | undefined {
  // a target's share (`面向2030年，力争研发投入占营业收入的比例达到12%`) is of no year's rows
  if (isTableCell(doc, i) || inForwardClause(doc.text, doc.figures[i]!)) return undefined;
  if (!readAsShare(doc, i)) return priorShareOfTableRows(doc, i, rows);
  const read = rows();
  const found = read.length > 0 ? rowsOfShare(doc, i, namedWholeOf(doc.text, doc.figures[i]!) ?? wordsOnly(wholeOfShareBefore(doc, i)) ?? wholeOfEarlierShare(doc, i), read) : undefined;
  return found && shareCheck(found.part, found.whole, { doc, figure: doc.figures[i]!, index: i }, 'ratio.share-of-table-rows');
}

const wordsOnly = (words: string | undefined): NamedWhole | undefined => (words === undefined ? undefined : { words });

/**
 * `Electric two-wheelers made up 10.0% of our domestic volumes, against 7.0% in FY 2023-24`: the year before's share,
 * compared with just after this year's, is of the same table rows, in the column of the year it says.
 */
function priorShareOfTableRows(doc: CheckDocument, i: number, rows: () => readonly DatedRow[]): Check | undefined {
  const share = doc.figures[i]!;
  const before = doc.figures[i - 1];
  // (the year after the share compared with: `against 7.0% in FY 2023-24`, `compared with 38.2% in 2023`)
  const said = yearSaidAfter(doc.text.slice(share.end, share.end + 24));
  if (said === undefined || !before || before.unit !== '%' || before.sentence.start !== share.sentence.start || !PRIOR_VALUE.test(doc.text.slice(Math.max(before.end, share.start - 16), share.start))) return undefined;
  const named = namedWholeOf(doc.text, before);
  const read = rows();
  if (!named || read.length === 0 || !readAsShare(doc, i - 1)) return undefined;
  const latest = rowsOfShare(doc, i - 1, named, read);
  const found = rowsOfShare(doc, i - 1, { words: named.words, year: said }, read);
  // (the column of that year, not this year's again)
  if (!latest || !found || found.part.figure === latest.part.figure) return undefined;
  return shareCheck(found.part, found.whole, { doc, figure: share, index: i }, 'ratio.share-of-table-rows');
}

/** How many shares back a share without a whole of its own takes the whole of one. */
const SHARES_BACK = 4;

/** The whole a share before this one in its sentence names (`85.4% of Scope 3, followed by … (category 11, 6.7%)`). */
function wholeOfEarlierShare(doc: CheckDocument, i: number): NamedWhole | undefined {
  const share = doc.figures[i]!;
  for (let k = i - 1, seen = 0; k >= 0 && seen < SHARES_BACK; k--) {
    const f = doc.figures[k]!;
    if (f.sentence.start !== share.sentence.start) return undefined;
    if (f.unit !== '%') continue;
    seen++;
    const named = namedWholeOf(doc.text, f);
    if (named !== undefined) return named;
  }
  return undefined;
}

/** After a share, its whole said as `them` and its part in brackets: `41.2% of them women (1,127)`, `38.4% of them (432)`. */
const OF_THEM_THEN_PART = /^\s*of\s+(?:them|these|those|whom)\b[^()（）\d.;]{0,30}[(（]\s*$/i;
/** Before a figure, what makes it the one compared with, not the whole `them` points back to: `14.2% more than the 1,002`. */
const COMPARED_WITH = /%\s*(?:more|fewer|less|higher|lower|greater|larger|smaller)\s+than\s+(?:the\s+|in\s+)?$/i;

/**
 * `We hired 2,846 people, 41.2% of them women (1,127)`: the part is the count in brackets after the
 * share and the whole the figure `them` points back to, the last of its sentence before the share
 * that is no earlier value compared with. The sentence names both, so a miss is a mismatch.
 */
function shareOfThem(doc: CheckDocument, i: number, inSentence: DocFigure[]): Check | undefined {
  const share = doc.figures[i]!;
  const next = doc.figures[i + 1];
  if (!next || next.unit === '%' || next.sentence.start !== share.sentence.start || !OF_THEM_THEN_PART.test(doc.text.slice(share.end, next.start))) return undefined;
  const whole = inSentence.findLast((f) => !saidAsPrior(doc.text, f.figure) && !COMPARED_WITH.test(doc.text.slice(Math.max(share.sentence.start, f.figure.start - 24), f.figure.start)));
  if (!whole || !(whole.figure.value > next.value) || !comparable(whole.figure, next)) return undefined;
  return shareCheck({ doc, figure: next, index: i + 1 }, whole, { doc, figure: share, index: i }, 'ratio.share-of-them');
}

/** Between a part and the bare share after it, the whole said as `it` and what the part is of it: ` of it milled from British wheat, `. */
const PART_OF_IT_THEN_SHARE = /^\s*(?:[a-z]+\s+)?of\s+it\b[^()（）\d.;%]{0,40},\s*$/i;

/**
 * `We bought 32,840 tonnes of flour, 32,980 tonnes of it milled from British wheat, 96.2%`: a part of a mass said `of it`
 * just after the figure of that mass, and a bare share after the part (it names no whole), is the part's share of that
 * figure. The sentence names all three; a part larger than its whole is the slip itself, so the whole is the figure said
 * just before the part, whatever its size. (`312 of them weavers` may be of a count said earlier than the one before it.)
 */
function shareAfterPartOfIt(doc: CheckDocument, i: number, inSentence: DocFigure[]): Check | undefined {
  const [whole, part] = inSentence.slice(-2);
  if (!whole || !part || part.index !== i - 1 || whole.index !== i - 2 || !PART_OF_IT_THEN_SHARE.test(doc.text.slice(part.figure.end, doc.figures[i]!.start))) return undefined;
  if (namedWholeOf(doc.text, doc.figures[i]!) !== undefined) return undefined;
  if (saidAsPrior(doc.text, whole.figure) || saidAsPrior(doc.text, part.figure) || !comparable(whole.figure, part.figure)) return undefined;
  return shareCheck(part, whole, { doc, figure: doc.figures[i]!, index: i }, 'ratio.share-of-them');
}

/** Figures of the share's sentence that stand before it, in order. */
function sentenceFiguresBefore(doc: CheckDocument, i: number): DocFigure[] {
  const share = doc.figures[i]!;
  const out: DocFigure[] = [];
  const from = clauseBeforeNamed(doc, i) ?? share.sentence.start;
  for (let k = i - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (f.start < from) break;
    out.unshift({ doc, figure: f, index: k });
  }
  return out;
}

/**
 * Where the clause before a share's opens, when the share opens its own after a `;` by naming again what that clause gave the
 * amount of (`Commercial window cleaning remains our core service at A$21.46 million, up 7.9%; window cleaning, now 55.6% of
 * revenue`): that clause's figures are the share's sentence's. Else undefined.
 */
function clauseBeforeNamed(doc: CheckDocument, i: number): number | undefined {
  const { text, figures } = doc;
  const share = figures[i]!;
  const previous = figures[i - 1];
  if (!previous || previous.start >= share.sentence.start || previous.sentence.end < share.sentence.start - 3 || !/[;；]\s*$/.test(text.slice(previous.sentence.end - 1, share.sentence.start))) return undefined;
  const own = wordsOf(text.slice(share.sentence.start, share.start)).filter((w) => !CLAUSE_LINKS.has(w));
  let first = i - 1;
  while (first > 0 && figures[first - 1]!.sentence.start === previous.sentence.start) first--;
  const subject = new Set(wordsOf(text.slice(previous.sentence.start, figures[first]!.start)));
  return own.length > 0 && own.every((w) => subject.has(w)) ? previous.sentence.start : undefined;
}
const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]{3,}/g) ?? [];
/** Words a share's clause may open with besides the name it repeats (`window cleaning, now`). */
const CLAUSE_LINKS = new Set(['now', 'the', 'and', 'its', 'our', 'which', 'was', 'were', 'are', 'with', 'making', 'about', 'nearly', 'over', 'some']);

/** Between two amounts, `and` joining a second of their kind, and no word that makes it a part of the first (`including`, `of which`). */
const joinedAsSibling = (between: string) => /\band\b/i.test(between) && !/\b(?:includ\w*|of\s+(?:which|whom|these|them)|among\s+(?:them|these))\b/i.test(between);

/** The words of a whole a share names, and the year said after them (`of total water withdrawn in 2024`), which says the column, not the whole. */
export interface NamedWhole {
  words: string;
  year?: number;
}

/** The whole a share is of: `of the total internet users` → `total internet users`, `of the total` → `total`. */
export const wholeNamed = (text: string, share: DocFigure['figure']): string | undefined => namedWholeOf(text, share)?.words;

/** The whole a share names, with the year said after it apart (`of revenue in FY2024` → `revenue`, 2024). */
export function namedWholeOf(text: string, share: DocFigure['figure']): NamedWhole | undefined {
  const after = text.slice(share.end, Math.min(share.sentence.end, share.end + 80)).replace(/\s+/g, ' ');
  // (`of revenue and 11.7% more than …`: a whole ends before the next figure its clause joins on)
  // (`of which`, `of whom` open a clause of a part, no whole: `11.0⏎of which homestay fees  1,642` is a table's next row)
  const en = /^\s*(?:%\s*)?of\s+(?!(?:which|whom)\b)(?:the\s+)?([^,.;:()]+?)(?=[,.;:()]|\s+(?:(?:had|have|has|who|which|were|was|are|is)\b|in\s+(?:FY\s?)?\d|and\s+[-+]?\d[\d,.]*\s*%)|$)/i.exec(after);
  if (en) return { words: en[1]!.trim(), year: yearSaidAfter(after.slice(en[0].length)) };
  // a Chinese line the PDF wrapped anywhere (`占绿色保险保⏎费收入的`) is read as one
  const before = joinHanWraps(text.slice(Math.max(share.sentence.start, share.start - 30), share.start));
  // `占比超过50%`: `占比` is the word share, no `占` + whole
  // `研发投入强度（研发投入占营业收入的比例）为 2.15%`: the whole named in a bracket that says what the rate is
  const zh = /[占佔](?!比)([\u4e00-\u9fff]{2,16}?)(?:的|之)?\s*(?:比例|比重)?\s*[)）]?\s*(?:为|達|达|约)?\s*(?:\*\*)?$/.exec(before);
  return zh ? { words: zh[1]! } : undefined;
}

const isGeneric = (whole: string) => metricTokens(whole).length === 0;

const SIBLING_REACH = 160;
/** How many bare shares back a run of them is followed to the share that names their whole. */
const RUN_OF_BARE_SHARES = 6;
/** Just before a share, the bare word of one (`，占26.1%`, `, or 26.1%`), naming no whole of its own. */
const BARE_SHARE = /(?:[占佔]|\bor)\s*(?:\*\*)?\s*$/;
/** After a share, the end of its clause: `; and other revenue`, `, and`, `.`. */
const CLAUSE_ENDS = /^\s*(?:[;；。]|[,，]\s*and\b|\.(?:\s|$)|$)/;

/**
 * `大湾区供水量17.52亿立方米，占集团供水量的61.2%；华东地区供水量7.48亿立方米，占26.1%`: a bare share after a share
 * of its sentence that names its whole is of that whole too.
 */
function wholeOfShareBefore(doc: CheckDocument, i: number, run = RUN_OF_BARE_SHARES): string | undefined {
  const share = doc.figures[i]!;
  const said = doc.text.slice(Math.max(share.sentence.start, share.start - 6), share.start);
  // `cargo and mail revenue RMB 4.86 billion, 10.0%; and …`: a share after a comma alone, ending its clause (no `10.0% higher`)
  const afterComma = /[,，]\s*$/.test(said) && CLAUSE_ENDS.test(doc.text.slice(share.end, share.end + 8));
  if (!BARE_SHARE.test(said) && !afterComma) return undefined;
  // (its sentence, or the clause before a `；`, which a sentence may end at), with only the share's own part
  // between, of the kind of the part before the other share (`覆盖农户126.4万户，其中脱贫户31.8万户，占25.2%` after
  // `保费收入16.85亿元，占…的36.4%` is a share of its own pair)
  const part = doc.figures[i - 1];
  const sibling = doc.figures[i - 2];
  const before = doc.figures[i - 3];
  if (!part || !sibling || !before || sibling.unit !== '%' || part.unit === '%' || !comparable(part, before)) return undefined;
  if (share.start - sibling.end > SIBLING_REACH || /[。！？!?]|\n\n|\.\s/.test(doc.text.slice(sibling.end, share.start))) return undefined;
  // a bare share after a bare share (`…，占10.0%；其他收入24.8亿元，占5.6%`) is of the whole the first of the run names
  const whole = wholeNamed(doc.text, sibling) ?? (run > 1 ? wholeOfShareBefore(doc, i - 2, run - 1) : undefined);
  // after a comma alone, only a whole named by what it is (`of revenue`): `the total` is the paragraph's (`paragraph-shares.ts`)
  return afterComma && whole !== undefined && metricTokens(whole).every((t) => t === 'total') ? undefined : whole;
}

/** Whether a figure the report says it did itself (`We bought 43,200 m³ of wood`) is, by its verb and object, the whole `wanted` (`wood we bought`). */
function saidByVerbAndObject(doc: CheckDocument, k: number, wanted: readonly string[]): boolean {
  const words = verbObjectWords(doc, k);
  return words !== undefined && words.length === wanted.length && words.every((t) => wanted.includes(t));
}

/** Qualifiers that give a bound rather than the amount. */
const BOUNDS: ReadonlySet<string> = new Set(['over', 'nearly', 'under', 'up_to']);

/** The figure the share is of: one named by the same metric before it, or for a bare `total`, the larger figure just before. */
export function findDenominator(doc: CheckDocument, numerator: DocFigure, share: DocFigure, whole: string): { figure: DocFigure; named: boolean } | undefined {
  const wanted = metricTokens(whole);
  const generic = wanted.length === 0;
  const plain = /[\u4e00-\u9fff]/.test(whole) ? metricTokens(totalless(whole)) : [];
  const short = shortName(whole);
  // `of revenue`, `of the Group total`: a whole of one English word is the largest figure before said
  // exactly whose metric is that word of the whole company (`Group revenue rose`, a table's `Group` row;
  // the nearest of those the same within a rounding, as `€4,626.3 million` after a highlight's `€4.63 billion`),
  // not of one part (`International revenue`) nor the thing counted (`612,400 households`, no whole of `12.7% of households`)
  // (`of Group revenue`, `of total revenue`: the words of the whole company beside it say the same)
  const core = wanted.length === 1 ? wanted : wanted.filter((t) => !WHOLE_WORDS.has(t) && t !== 'total');
  const word = !short && core.length === 1 && wanted.length <= 2 && /^[a-z]/.test(core[0]!) ? core[0] : undefined;
  let wholeOfWord: DocFigure | undefined;
  let wholeHere = false;
  // the one total row of a table captioned by the whole, nearest the share
  let captioned: DocFigure | undefined;
  // `of the total` after a sentence that breaks a whole down (`31,250 employees, including 26,480 …`): the whole is its largest figure
  let largest: DocFigure | undefined;
  // a sentence opening `Of this,` breaks down the figure before it: the others it lists are the numerator's siblings,
  // never its whole (`Of this, £1,412.4m was base expenditure and £368.2m was enhancement expenditure, 20.7% of the total`)
  const breaksDown = generic && OPENS_BREAKDOWN.test(doc.text.slice(numerator.figure.sentence.start, numerator.figure.start));
  const scope = scopeOfWhole(whole);
  for (let k = share.index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (share.figure.start - f.end > DENOMINATOR_REACH) break;
    // (nor a figure of another year than the share's: `Purchased electricity  4.18  4.36` under `FY24  FY23` for `34.9% of purchased electricity, in FY24`)
    if (k === numerator.index || !comparable(f, numerator.figure) || f.value <= numerator.figure.value || priorYearWhole(doc.text, f, share.figure) || comparedWith(doc.text, f, numerator, share) || !samePeriod(f.period, share.figure.period)) continue;
    // (nor an earlier sentence's value compared with: `12.4% more than the RMB174.8 million of 2023` is last year's, no whole of this year's part)
    if (f.sentence.start !== numerator.figure.sentence.start && comparedInItsSentence(doc, k) && !saidAsPrior(doc.text, numerator.figure)) continue;
    // `占范围一排放的`, `of Scope 1`: only a figure of that scope, not `范围一及范围二排放` nor the `Total Scope 1 and 2` row,
    // and the row named by its scope alone (`范围一`, `Scope 1`) is it
    if (scope !== undefined) {
      if (f.scope !== scope) continue;
      if (scopeAlone(whole) && scopeAlone(f.metric ?? '')) return { figure: latestOfRow(doc, k, share), named: true };
    }
    // (a figure the text names so, further back, is the whole before it: the table's total restates it)
    // (a Chinese whole by its one name: `占员工总数的` under `表5：员工构成`, `占总库容的` under `表1：冷库库容按区域分布`)
    if (!generic && !captioned && captionedTotal(doc, k, plain.length > 0 ? metricTokens(wholeName(whole)) : wanted)) captioned = { doc, figure: f, index: k };
    if (generic) {
      if (breaksDown && f.sentence.start === numerator.figure.sentence.start) continue;
      const previousSentence = f.sentence.end >= numerator.figure.sentence.start - 2;
      // the nearest sentence holding a larger figure is the one; within it, its largest figure
      if (!previousSentence || (largest && largest.figure.sentence.start !== f.sentence.start)) {
        if (largest) break;
        continue;
      }
      if (!(largest && largest.figure.value >= f.value)) largest = { doc, figure: f, index: k };
      continue;
    }
    // the whole is named by the figure's metric, and that metric is no narrower than the whole
    // (a figure given no metric, by its sentence's subject: `Total emissions across Scopes 1, 2 and 3 fell 3.1% to 2,184,600 tCO2e`)
    // (the subject's figure is the first of its kind in the sentence: `…was 3,846 million kWh, of which IT equipment used 2,982 million kWh`)
    const subject = f.metric ? undefined : firstOfItsKind(doc, k) ? subjectOf(doc.text.slice(f.sentence.start, Math.min(f.start, f.sentence.start + SUBJECT_REACH))) : undefined;
    // (`Crude steel production rose 4.4% to 36.48 million tons` names the whole of `55.0% of our crude steel`: how much of it, no narrower)
    const tokens = metricTokens(f.metric || subject).filter((t) => !QUANTITY_WORDS.has(t) || wanted.includes(t));
    // a bound (`serving over 18.6 million residential customers`) is no whole a share is worked out of
    if (sameMetric(wanted, tokens) && tokens.length <= wanted.length && !BOUNDS.has(f.qualifier)) return { figure: latestOfRow(doc, k, share), named: true };
    // `51.7% of the wood we bought` of `We bought 43,200 m³ of wood in 2024/25`: a measure the report says it did
    // itself names its whole by its verb and the object after its unit, said exactly
    if (wanted.length >= 2 && f.qualifier === 'exact' && saidByVerbAndObject(doc, k, wanted)) return { figure: { doc, figure: f, index: k }, named: true };
    // `占活跃骑手总数的 14.2%` of `年度活跃骑手 126.4 万名`: the whole is the metric without its `总数`, the metric without its subject and year
    if (plain.length >= 2) {
      const core = metricTokens(totalless(yearless(f.metric)));
      if (plain.length === core.length && sameMetric(plain, core) && !BOUNDS.has(f.qualifier)) return { figure: { doc, figure: f, index: k }, named: true };
    }
    // `占职工总数的` of `集团共有职工 8,960 人`: a whole of one word is the figure it is the whole metric of,
    // when said exactly (one word names many mentions: `员工近 1 万人` in an overview is none a share is of)
    // (`占集团供水量的` of `集团供水量达28.64亿立方米`, whose metric reads `供水量`: whose it is is said of neither)
    // (`占总用电量的` of `用电总量24,680万千瓦时`: its `总` before or after, one whole)
    if (plain.length > 0 && f.qualifier === 'exact' && wholeName(f.metric) === wholeName(whole)) return { figure: { doc, figure: f, index: k }, named: true };
    // (`占物业组合总建筑面积的` of `总建筑面积为323,320平方米`: the whole said with its owner before the total's own name)
    if (plain.length > 0 && f.qualifier === 'exact' && ownedTotal(whole, f.metric)) return { figure: { doc, figure: f, index: k }, named: true };
    if (f.qualifier !== 'exact') continue;
    // `占自有牧场的` of `自有规模化牧场 42 座`: the whole said in short, the metric's words in order with its
    // qualifying ones left out, from its first word to its counted noun
    if (short && saidInShort(short, totalless(yearless(f.metric)))) return { figure: { doc, figure: f, index: k }, named: true };
    // `612, 8.9% of the workforce` sections after `we employed 6,842 people`: the count the company employs
    if (word && WORKFORCE.has(word) && f.qualifier === 'exact' && !AGE_BOUND.test(doc.text.slice(Math.max(0, numerator.figure.start - 12), numerator.figure.start)) && EMPLOYS.test(doc.text.slice(Math.max(f.sentence.start, f.start - 40), f.start)) && sameWorkforce(doc.text, f, metricTokens(f.unit), [word]))
      return { figure: { doc, figure: f, index: k }, named: true };
    if (word && tokens.includes(word) && tokens.every((t) => t === word || WHOLE_WORDS.has(t) || /^\d+$/.test(t)) && !metricTokens(f.unit).includes(word)) {
      // (the share's own paragraph's whole before one further back: `Revenue was NOK 1,284.0 million in 2024 … 612.8 million,
      // 47.7% of revenue` after a letter's `NOK 12.84 billion`, whose slip the consistency checks find)
      const here = sameParagraph(doc.text, f, share.figure);
      if (here && !wholeHere) wholeHere = true;
      else if (!here && wholeHere) continue;
      if (!(wholeOfWord && wholeOfWord.figure.value * 1.01 >= f.value)) wholeOfWord = { doc, figure: f, index: k };
    }
  }
  // (a table row's cell, the row's latest year: `Electricity  22,600  10.3  23,800` under `2024  Share (%)  2023`)
  if (wholeOfWord) return { figure: latestOfRow(doc, wholeOfWord.index, share), named: true };
  if (captioned) return { figure: latestOfRow(doc, captioned.index, share), named: true };
  return largest && { figure: largest, named: false };
}

/**
 * `研发投入11.26亿元，占营业收入的3.8%` under `表2：营业收入按地区划分` and its `合计` row (`3.6% of revenue` under `Table 2:
 * Revenue by region` and its `Total`): the one total row of a table whose caption says every word of the whole is
 * the whole, when no figure before the share is named so.
 */
function captionedTotal(doc: CheckDocument, k: number, wanted: readonly string[]): boolean {
  const place = cellPlaces(doc).get(k);
  if (!place) return false;
  const block = tableBlocks(doc)[place.block]!;
  const row = block.find((r) => r.cells.some((c) => c?.index === k));
  // (`Total discretionary spend` too, the table's one total row: of several, `Scope 3 total` is no total of the caption's whole)
  const totals = block.filter((r) => !r.header && TOTAL.test(r.label) && !SUBROW.test(r.label));
  if (!row || totals.length !== 1 || totals[0] !== row) return false;
  // (a total row of words of its own says one of the whole's: `Total discretionary spend` for `discretionary procurement`, not `Total FFB processed` for `production`)
  const own = metricTokens(row.label).filter((t) => t !== 'total');
  if (own.length > 0 && !own.some((t) => wanted.includes(t))) return false;
  // (a header naming its labels' column, `地区  2024年  2023年`, under the numbered caption)
  const words = new Set(metricTokens(`${captionOf(doc, block) ?? ''} ${numberedCaption(doc.text, block[0]!) ?? ''}`));
  return wanted.every((t) => words.has(t));
}

/** How far after the table its subject captions a share may stand. */
const CAPTIONED_REACH = 600;

/**
 * `Green electricity made up 46.2% of total electricity consumption` after `Table 3: Green electricity (million kWh)`
 * and its one `Total` row (`绿色电力占总用电量的42.6%` after `表3：绿色电力使用量`): a share with no figure before it, its
 * subject the caption of the table just above, is that table's total over the whole it names.
 */
function shareOfCaptionedTotal(doc: CheckDocument, share: DocFigure, whole: string, rows: () => readonly DatedRow[]): Check | undefined {
  const { text } = doc;
  const subject = text.slice(share.figure.sentence.start, share.figure.start).replace(/(?:FY\s?)?(?:19|20)\d{2}\s*年?/g, ' ').replace(/[占佔][^]*$/, '');
  const said = metricTokens(subject);
  const block = tableBlocks(doc).findLast((b) => b.at(-1)!.end <= share.figure.start);
  if (said.length < 2 || !block || share.figure.start - block.at(-1)!.end > CAPTIONED_REACH) return undefined;
  const caption = numberedCaption(text, block[0]!) ?? captionOf(doc, block);
  const words = metricTokens((caption ?? '').replace(CAPTION_NUMBER, '').replace(/[(（][^)）]*[)）]/g, ' '));
  if (words.length === 0 || !(words.every((t) => said.includes(t)) || said.every((t) => words.includes(t)))) return undefined;
  const totals = block.filter((r) => !r.header && TOTAL.test(r.label) && !SUBROW.test(r.label));
  const numerator = totals.length === 1 ? rows().find((r) => r.row === totals[0])?.latest : undefined;
  const denominator = numerator && findDenominator(doc, numerator, share, whole);
  return denominator?.named ? shareCheck(numerator!, denominator.figure, share, 'ratio.share-of-named-whole') : undefined;
}

/** A numbered caption (`表2：营业收入按地区划分`, `Table 2: Revenue by region`) just above a table's first row, past blank lines. */
function numberedCaption(text: string, first: Row): string | undefined {
  const line = captionLines(text, first).next().value?.line;
  return line !== undefined && /^(?:table\s*\d|表\s*\d)/i.test(line) ? line : undefined;
}

/** How many cells to the left of a row's cell are looked at for a later year of it. */
const ROW_REACH = 4;

/**
 * A table row's cell named as the whole of a share said with no year of its own: the row's cell of its latest year, not
 * the one read first from the right (`Electricity consumed (MWh)  48,620  45,310` under `2024  2023`: 48,620).
 */
function latestOfRow(doc: CheckDocument, k: number, share: DocFigure): DocFigure {
  const f = doc.figures[k]!;
  const found: DocFigure = { doc, figure: f, index: k };
  if (share.figure.period !== undefined || f.period === undefined) return found;
  let best = found;
  let bestKey = periodKey(f.period);
  if (!bestKey) return found;
  for (let j = k - 1; j >= 0 && j >= k - ROW_REACH; j--) {
    const g = doc.figures[j]!;
    if (doc.text.slice(g.end, best.figure.start).includes('\n')) break;
    const key = g.period === undefined ? undefined : periodKey(g.period);
    if (!key || key.fiscal !== bestKey.fiscal || key.year <= bestKey.year || g.metric !== f.metric || !comparable(g, f)) continue;
    best = { doc, figure: g, index: j };
    bestKey = key;
  }
  return best;
}

/** Whether no figure of the kind of figure `k` stands before it in its sentence. */
function firstOfItsKind(doc: CheckDocument, k: number): boolean {
  const f = doc.figures[k]!;
  for (let j = k - 1; j >= 0 && doc.figures[j]!.start >= f.sentence.start; j--) if (comparable(doc.figures[j]!, f)) return false;
  return true;
}

/** How much of a sentence's opening its subject and verb are read from. */
const SUBJECT_REACH = 120;
/** A sentence's opening words, up to a qualifying phrase or its verb. */
const SUBJECT = /^\s*([A-Za-z][A-Za-z -]{2,40}?)\s+(?:across|of|in|for|from|at|fell|rose|grew|increased|decreased|declined|dropped|was|were|totall?ed|reached|amounted)\b/i;
/** A short heading line a sentence runs on from, its next line capitalised. */
const HEADING_LINE = /^\s*[A-Z][^\n.,;:]{0,40}\n(?=[A-Z])/;
/** The verb a sentence says its figure with. */
const SUBJECT_VERB = /\b(?:fell|rose|grew|increased|decreased|declined|dropped|was|were|totall?ed|reached|amounted)\b/i;

/** The subject of a sentence that says a figure with its verb (`Total emissions across Scopes 1, 2 and 3 fell 3.1% to`): its opening words. */
function subjectOf(opening: string): string | undefined {
  // after the heading its sentence opens with (`Climate⏎Total emissions …`)
  const before = opening.replace(HEADING_LINE, '');
  const subject = SUBJECT.exec(before);
  return subject && SUBJECT_VERB.test(before.slice(subject[0].length - 12)) ? subject[1] : undefined;
}

/** The latest cell of the one table row labelled as the whole is named (`分拨中心用电量`), of the numerator's kind and larger. */
function wholeRow(rows: readonly DatedRow[], whole: string, numerator: DocFigure): DocFigure | undefined {
  // (`占居民用户总数的` of the row `居民用户`: a Chinese whole's `总数` names no other thing)
  const names = new Set([normalName(whole), normalName(totalless(whole))]);
  const found = rows.filter(({ row, latest, measure }) => (names.has(normalName(row.label)) || rowOfMeasure(whole, row.label, measure)) && comparable(latest.figure, numerator.figure) && latest.figure.value > numerator.figure.value);
  return found.length === 1 ? found[0]!.latest : undefined;
}

/**
 * `占暖通空调运维收入的14.2%` of the row `暖通空调运维` under `表1 营业收入构成`, `of HVAC maintenance revenue` of the row `HVAC
 * maintenance` under `Table 1 Revenue by service line`: a whole named as a row's label and its table's measure (the measure's
 * last word or words).
 */
function rowOfMeasure(whole: string, label: string, measure: string | undefined): boolean {
  const [named, row] = [normalName(whole), normalName(label)];
  if (measure === undefined || row === '' || !named.startsWith(row)) return false;
  const [rest, caption] = [named.slice(row.length), normalName(measure)];
  // English: the words after the label are the caption's last word or words
  if (/^\s+[a-z]/.test(rest)) return caption === rest.trim() || caption.endsWith(` ${rest.trim()}`);
  // Chinese: two characters or more after a label ending in one are the caption's last characters
  return /^\p{Script=Han}{2}/u.test(rest) && /\p{Script=Han}$/u.test(row) && caption.endsWith(rest);
}

/**
 * A whole the share misses that a table row names again, with its own figure the share holds of (`Revenue (2023) KRW
 * 1,426.2 billion` in an overview, the table's Revenue 14,262.4, `348.2 billion, 2.44% of revenue`): the share is of the
 * row, and a slip between the two statements of the whole is for the consistency checks to find.
 */
function wholeRowHeld(numerator: DocFigure, stated: DocFigure, share: DocFigure, whole: string, rowsOf: () => readonly DatedRow[]): { figure: DocFigure; named: true } | undefined {
  // (a whole the share's own paragraph prints, `员工总数4,860人。生产人员3,420人，占员工总数的66.8%`, is the one its reader divides by)
  if (sameParagraph(share.doc.text, stated.figure, share.figure) || shareCheck(numerator, stated, share, '').holds) return undefined;
  const row = wholeRow(rowsOf(), whole, numerator);
  return row && row.index !== stated.index && row.figure.value !== stated.figure.value && shareCheck(numerator, row, share, '').holds ? { figure: row, named: true } : undefined;
}

/** Whether no blank line stands between the two figures. */
function sameParagraph(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return !BLANK_LINE.test(text.slice(first.end, second.start));
}
const BLANK_LINE = /\n[ \t\r]*\n/;

const normalName = (label: string) => label.replace(/[（(][^（()）]*[)）]/g, '').replace(/^(?:其中|of which)[:：\s]*/i, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Words saying how much there is of what a metric names (`production`, `output`, `volumes`, `Energy use`), as metricTokens gives them. */
const QUANTITY_WORDS = new Set(['production', 'output', 'volume', 'quantit', 'use', 'consumption']);
/** Besides the whole's own word (and the digits of a rate a metric ran on into: `revenue rose 62 8`), what a metric of the whole company may say: whose it is, its verb, and `operating` (`Operating revenue was`, 营业收入 translated) or `from operations` (`Revenue from operations`, an Indian report's). */
const WHOLE_WORDS = new Set(['group', 'company', 'overall', 'consolidated', 'net', 'operat', 'operation', 'rose', 'grew', 'fell', 'was', 'reach', 'totall', 'stood']);

/** The GHG scope a whole names (`范围一排放`, `Scope 1` → `scope 1`), which its figure must cover, no more and no less. */
const scopeOfWhole = (whole: string): string | undefined => scopesIn(whole, 0, whole.length)[0]?.scope;

/** Words of a scope's emissions and nothing else: `范围一`, `范围一排放`, `Scope 1 emissions`, a table's `Scope` (its number cut off). */
const scopeAlone = (words: string) =>
  words.replace(/(?:范围|範圍|scope)\s*(?:[1-3一二三](?:\s*(?:[,，、]|和|及|与|與|and|&)\s*(?:范围|範圍|scope)?\s*[1-3一二三])*)?|(?:温室气体|溫室氣體|碳)?排放(?:量)?|\b(?:GHG\s+)?emissions?\b|\s+/gi, '') === '';

/** A Chinese whole of four characters or more, without its `总数` / `余额`, as it may be said in short. */
function shortName(whole: string): string | undefined {
  const han = totalless(whole.trim());
  return han.length >= 4 && /^[\u4e00-\u9fff]+$/.test(han) ? han : undefined;
}

/** Whether `short` is `metric` with words left out: the same first and last two characters, the rest in order. */
function saidInShort(short: string, metric: string): boolean {
  if (metric.length <= short.length || !metric.startsWith(short.slice(0, 2)) || !metric.endsWith(short.slice(-2))) return false;
  let at = 0;
  for (const c of short) {
    at = metric.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A Chinese whole's `总数` / `总量` / `总额` (`活跃骑手总数` → `活跃骑手`), which names the whole, not what it
 * counts; and a balance's `余额` (`各项贷款余额` → `各项贷款`): a share `占各项贷款的` is of the balance.
 */
const totalless = (whole: string) => whole.replace(/(?:(?:总|總)(?:人数|人數|数|數|量|额|額|和|计|計)|余额|餘額)$/, '');
/** A Chinese whole as one name, its `总` said before it or after (`总用电量`, `用电总量`, `用电量` → `用电`). */
const wholeName = (metric: string | undefined) => totalless(yearless(metric)).replace(/^[总總](?=[\u4e00-\u9fff]{2})/, '').replace(/(?<=[\u4e00-\u9fff]{2})量$/, '');
/** A Chinese whole naming its owner before a total's own name, `总` and at least two words (`物业组合` + `总建筑面积`). */
const ownedTotal = (whole: string, metric: string | undefined) => metric !== undefined && /^[总總][\u4e00-\u9fff]{2}/.test(metric) && whole.length > metric.length && whole.endsWith(metric);
/** A metric's leading subject and period words, which say whose and when, not what (`平台年度活跃骑手` → `活跃骑手`). */
const yearless = (metric: string | undefined) => (metric ?? '').replace(/^(?:平台|本?公司|本?集团|本?集團|本行|我们|我們|本?年度|全年|本年|报告期内?|報告期內?)+/, '');

/** A whole said in brackets after its name is that share's own, no whole of the paragraph's other shares (`paragraph-shares.ts`). */
export const WHOLE_IN_BRACKETS = 'ratio.share-of-whole-in-brackets';

/** `18.4% of our total supplier spend of $3.33 billion`: the whole named, and its amount, just after the share. */
function wholeAfter(doc: CheckDocument, numerator: DocFigure, share: DocFigure): { figure: DocFigure; named: boolean; rule?: string } | undefined {
  const next = doc.figures[share.index + 1];
  if (!next || next.sentence.start !== share.figure.sentence.start || !comparable(next, numerator.figure) || !(next.value > numerator.figure.value)) return undefined;
  // `15.3% of all 13.98 billion orders`, `of the 8,214 employees`: the whole's amount right after `of`
  const between = doc.text.slice(share.figure.end, next.start);
  if (/^\s*of\s+[^,;:()\d]{2,60}?\s(?:of|was|is|totall?(?:ing|ed))\s*$/i.test(between) || /^\s*of\s+(?:all|the|our|its|their)\s+$/i.test(between)) return { figure: { doc, figure: next, index: share.index + 1 }, named: true };
  // `96.8% of the 2019 level (44.096 million)`: the whole's amount in brackets after its name, larger than the part before
  return /^\s*of\s+[^,;:()]{2,40}?\s*[(（]\s*$/i.test(between) ? { figure: { doc, figure: next, index: share.index + 1 }, named: true, rule: WHOLE_IN_BRACKETS } : undefined;
}

/**
 * `Women are 22.6% of our colleagues (1,178)`, `9.4% of drivers (174)`: a share with no figure before it in its
 * sentence, its part in brackets after it and its whole named by what is counted — the nearest earlier figure of
 * the paragraph that counts that noun (`5,214 colleagues`, `1,846 train drivers`), said exactly and larger.
 */
function shareOfCounted(doc: CheckDocument, share: DocFigure, whole: string): Check | undefined {
  const part = numeratorAfter(doc, share.index);
  const wanted = metricTokens(whole);
  if (!part || wanted.length === 0 || !/^[^\d]*[(（]\s*$/.test(doc.text.slice(share.figure.end, part.figure.start))) return undefined;
  const found = countBefore(doc, share, wanted, part);
  return found && shareCheck(part, found, share, 'ratio.share-of-counted-whole');
}

/** The paragraph's nearest figure before `from` that counts the noun `wanted` (`5,214 colleagues`), said exactly and larger than the part. */
function countBefore(doc: CheckDocument, from: DocFigure, wanted: readonly string[], part: DocFigure): DocFigure | undefined {
  let upTo = from.figure.start;
  for (let k = from.index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (from.figure.start - f.end > EARLIER_REACH || doc.text.slice(f.end, upTo).includes('\n\n')) return undefined;
    upTo = f.start;
    if (k === part.index || f.unit === '%' || f.qualifier !== 'exact' || !(f.value > part.figure.value)) continue;
    // (last year's count is no whole of this year's part: `612 people, 2.7% more than the 596 of a year earlier`)
    if (saidAsPrior(doc.text, f)) continue;
    // (nor a part of one said before it: `we had 1,960 employees …; 1,512 of them work in production`, `Our mill employed 612
    // people, 49.0% of the total`)
    if (PART_SAID_OF.test(doc.text.slice(f.end, f.end + 24)) || shareOfTotalAfter(doc, k)) continue;
    const noun = metricTokens(f.unit);
    if ((noun.at(-1) !== wanted.at(-1) || !wanted.every((t) => noun.includes(t))) && !sameWorkforce(doc.text, f, noun, wanted)) continue;
    return part.figure.unit !== '' && !comparable(f, part.figure) ? undefined : { doc, figure: f, index: k };
  }
  return undefined;
}

/** Whether a share of the total follows the figure at `k` in its sentence (`612 people, 49.0% of the total`): the figure is a part. */
function shareOfTotalAfter(doc: CheckDocument, k: number): boolean {
  const f = doc.figures[k]!;
  const next = doc.figures[k + 1];
  return next !== undefined && next.unit === '%' && next.sentence.start === f.sentence.start && /^[\p{L}\s-]{0,24}[,，(（]?\s*$/u.test(doc.text.slice(f.end, next.start)) && OF_THE_TOTAL.test(doc.text.slice(next.end, next.end + 24));
}
const OF_THE_TOTAL = /^\s*of\s+(?:the\s+)?(?:total|whole|all)\b|^\s*of\s+(?:our|the)\s+(?:workforce|total\s)/i;

/** Just after a part, the whole it is said of: `1,032 of them`, `124 of our seafarers`. */
const PART_SAID_OF = /^\s*of\s+(?:(them|these|those)\b|(?:our|its|their|the)\s+([a-z][a-z-]{2,}))/i;

/**
 * `identified 1,246 cases (FY2023: 1,198), and by the year end 1,032 of them had been remediated, 86.1% of the cases
 * identified`, `1,532 seafarers … and serve as 124 of our seafarers, 6.6% of the crews`: a part said as `N of them` or
 * `N of our <noun>`, with its share next, is of the whole its words say — the figure of its sentence `them` points back
 * to (no year before's), or the paragraph's nearest count of that noun.
 */
function wholeThePartSays(doc: CheckDocument, part: DocFigure, share: DocFigure): { figure: DocFigure; named: boolean } | undefined {
  const said = PART_SAID_OF.exec(doc.text.slice(part.figure.end, share.figure.start));
  if (!said) return undefined;
  const found = said[1] ? figureThemPointsTo(doc, part) : countBefore(doc, part, metricTokens(said[2]), part);
  return found && { figure: found, named: true };
}

/** The figure before a part in its sentence that `of them` points back to: the last that is no earlier year's, of the part's kind and larger. */
function figureThemPointsTo(doc: CheckDocument, part: DocFigure): DocFigure | undefined {
  for (let k = part.index - 1; k >= 0 && doc.figures[k]!.start >= part.figure.sentence.start; k--) {
    const f = doc.figures[k]!;
    if (f.unit === '%' || saidAsPrior(doc.text, f) || inPriorYearBracket(doc.text, f)) continue;
    return comparable(f, part.figure) && f.value > part.figure.value ? { doc, figure: f, index: k } : undefined;
  }
  return undefined;
}

/** Before a number, words that make it an age or a bound (`Colleagues under 25 make up 31.0%`), no count of people. */
const AGE_BOUND = /\b(?:under|over|aged?|above|below|than)\s*$/i;
/** One word for the people a company employs: `of our workforce`, `of our employees`, `of staff`. */
const WORKFORCE = new Set(['workforce', 'employee', 'staff', 'colleague', 'headcount', 'people', 'personnel']);
/** Before a count of people, the verb that makes them the workforce: `We employed 24,860 people`, `The Group employs …`. */
const EMPLOYS = /\bemploy(?:s|ed|ing)?\b[^\d.;]{0,30}$/i;

/**
 * `Women made up 54.4% of our workforce (11,284)` after `We employed 24,860 people`: the workforce, employees, staff
 * and the people a company employs are one whole (the people only when it employs them, not `served 5 million people`).
 */
function sameWorkforce(text: string, f: DocFigure['figure'], noun: readonly string[], wanted: readonly string[]): boolean {
  const [had, meant] = [noun.at(-1), wanted.at(-1)];
  // a count of some of them (`5,932 union-represented employees`) is no whole of the workforce
  if (had === undefined || meant === undefined || noun.length !== 1 || wanted.length !== 1 || !WORKFORCE.has(had) || !WORKFORCE.has(meant)) return false;
  return had !== 'people' || EMPLOYS.test(text.slice(Math.max(f.sentence.start, f.start - 40), f.start));
}

/** `Women made up 24.6% of our employees (1,684)` sections after `we employed 6,842 people`: the bracketed part over the figure the whole names. */
function shareOfNamedBracketed(doc: CheckDocument, share: DocFigure, whole: string): Check | undefined {
  const part = numeratorAfter(doc, share.index);
  if (!part || !/^[^\d]*[(（]\s*$/.test(doc.text.slice(share.figure.end, part.figure.start))) return undefined;
  const found = findDenominator(doc, part, share, whole);
  return found?.named ? shareCheck(part, found.figure, share, 'ratio.share-of-named-whole') : undefined;
}

/** `女性佔 38.1%，即 102 人`, `52.3% of our employees (2,012 women)`: a count just after the share that it is the share of. */
function numeratorAfter(doc: CheckDocument, i: number): DocFigure | undefined {
  const share = doc.figures[i]!;
  const next = doc.figures[i + 1];
  if (!next || next.unit === '%' || next.sentence.start !== share.sentence.start || next.start - share.end > 40) return undefined;
  return /^[^\d]*(?:即|共|为|為|\(|（)\s*$/.test(doc.text.slice(share.end, next.start).replace(/of [a-z ]+/i, '')) ? { doc, figure: next, index: i + 1 } : undefined;
}

/**
 * `(4,653 of 14,820 colleagues)`: the part after a share said with its own whole (`share-of-pair.ts` checks the
 * pair) — an earlier figure it comes out of may be that whole again, but one it misses is no mismatch of it.
 */
function ownWholeSaid(doc: CheckDocument, part: DocFigure, check: Check | undefined): Check | undefined {
  const next = doc.figures[part.index + 1];
  const said = next !== undefined && next.sentence.start === part.figure.sentence.start && /^\s*(?:out\s+)?of\s+(?:the\s+)?$/i.test(doc.text.slice(part.figure.end, next.start));
  return said && check && !check.holds ? undefined : check;
}

/** Earlier figures of the paragraph a share may be of, nearest first, at most this far back in characters. */
const EARLIER = 6;
const EARLIER_REACH = 1500;

/**
 * `3,215 人，占比 32.9%`, `21.9 GL (77%)`: a share whose whole is not in its sentence is of a larger
 * figure earlier in its paragraph — reported only when one comes out (which one is not certain).
 */
function shareOfEarlier(numerator: DocFigure, share: DocFigure): Check | undefined {
  const { doc } = share;
  let upTo = numerator.figure.start;
  const tried: DocFigure[] = [];
  const lastYears: DocFigure[] = [];
  for (let k = numerator.index - 1; k >= 0 && tried.length < EARLIER; k--) {
    const f = doc.figures[k]!;
    // within its paragraph, and never further than a paragraph runs: a text with no breaks is not one paragraph
    if (numerator.figure.start - f.end > EARLIER_REACH || doc.text.slice(f.end, upTo).includes('\n\n')) break;
    upTo = Math.min(upTo, f.start);
    if (!comparable(f, numerator.figure) || !(f.value > numerator.figure.value)) continue;
    // (nor one said as the year before's, `较上年末的3,740户`, for a share of this year's)
    if (priorYearWhole(doc.text, f, share.figure) || priorWhole(doc.text, f, share.figure)) {
      lastYears.push({ doc, figure: f, index: k });
      continue;
    }
    tried.push({ doc, figure: f, index: k });
    const check = shareCheck(numerator, tried.at(-1)!, share, 'ratio.share-of-earlier-figure');
    if (check.holds) return check;
  }
  // none holds: the one whole whose miss a swap of two digits explains (`36.4%` written `63.4%`) —
  // of a share said exactly: `占…的六成以上` states a bound, which no slip of its digits explains; nor is last year's share
  // (`占外购电力的21.8%（上年为18.2%）`) one of this year's part
  if (share.figure.qualifier !== 'exact' || saidAsPrior(doc.text, share.figure) || inPriorYearBracket(doc.text, share.figure)) return undefined;
  const overLastYears = overLastYearsWhole(numerator, share, tried, lastYears);
  if (overLastYears) return overLastYears;
  if (tried.length > 0 && LEFT.test(doc.text.slice(numerator.figure.end, share.figure.start))) return leaversRate(numerator, share, tried);
  if (tried[0] && partOfWholeBefore(doc, numerator, tried[0], share)) return shareCheck(numerator, tried[0], share, 'ratio.share-of-earlier-figure');
  if (shareNamesAnotherPart(doc.text, numerator, share)) return undefined;
  const slipped = tried.filter((whole) => !acrossTableRows(doc.text, [numerator, whole], share) && slipExplaining([numerator, whole, share], quotientIsStated, 'swaps'));
  return slipped.length === 1 ? shareCheck(numerator, slipped[0]!, share, 'ratio.share-of-earlier-figure.one-slip') : undefined;
}

/**
 * `We sold 40.9 million litres …, 2.9% more than the 39.75 million litres of fiscal 2023. Water-based paints, at 28.64
 * million litres, were 72.1% of the litres we sold`: a share that comes out, to its last digit, only over the year
 * before's whole its paragraph compares this year's with was worked over the wrong year: its mismatch over this year's.
 */
function overLastYearsWhole(numerator: DocFigure, share: DocFigure, tried: readonly DocFigure[], lastYears: readonly DocFigure[]): Check | undefined {
  // (last year's part and share, `(15.0%; 2023: 168 men, 14.1%)`, are rightly over last year's whole)
  const { text } = share.doc;
  if ([numerator, share].some((f) => inPriorYearBracket(text, f.figure) || saidAsPrior(text, f.figure))) return undefined;
  const before = lastYears.find((w) => quotientIsStated([numerator, w, share]));
  const now = before && tried.find((t) => t.figure.sentence.start === before.figure.sentence.start && t.figure.start < before.figure.start);
  return now ? shareCheck(numerator, now, share, 'ratio.share-of-earlier-figure.last-years-whole') : undefined;
}

/** Between a count of people and its rate: they left (`1,642 employees left the Group, a turnover rate of`, `共有946名员工离职，员工流失率为`). */
const LEFT = /^[^\d.;。；]{0,40}?(?:\b(?:left|leavers|departed|resigned)\b|离职|離職)[^\d.;。；]{0,30}?(?:\b(?:turnover|attrition)\s+rate|流失率|离职率|離職率)[^\d.;。；]{0,8}$/i;
/** How far a workforce may have grown or shrunk over the year: a turnover rate on the average or opening head count lies within this share of one on the closing head count. */
const HEADCOUNT_DRIFT = 0.05;

/**
 * `At 31 December 2023 the Group employed 16,626 people … In 2023, 1,642 employees left the Group, a turnover
 * rate of 10.9%`: a rate of leavers is of the workforce, the largest head count of the paragraph before them. It
 * is a mismatch when no head count within a year's drift of that one gives it (on the average head count, 1,642 of
 * 16,222-16,626 is 9.9-10.1%, never 10.9%).
 */
function leaversRate(leavers: DocFigure, share: DocFigure, wholes: readonly DocFigure[]): Check | undefined {
  const workforce = wholes.reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
  const drift = HEADCOUNT_DRIFT * (leavers.figure.value / workforce.figure.value) * 100;
  const check = shareCheck(leavers, workforce, share, 'ratio.leavers-rate', drift);
  return check.holds ? undefined : shareCheck(leavers, workforce, share, 'ratio.leavers-rate');
}

/** A sentence opening with its breakdown word: `其中，`, `Of this,`, `Of which`. */
const OPENS_BREAKDOWN = /^\s*(?:其中|of (?:this|which|these)\b)/i;
/** Just before a share, its bare word: `，占比`, `，占`, `, or`. */
const BARE_SHARE_WORD = /(?:[占佔]比?|\bor)\s*(?:为|為)?\s*$/;

/**
 * `原保险保费收入4,286.4亿元。其中，寿险保费收入2,864.2亿元，占比66.2%`: a bare share of the part a `其中` sentence opens
 * with is of the figure the sentence before ends on, only rates between them — a whole as certain as one named.
 */
function partOfWholeBefore(doc: CheckDocument, part: DocFigure, whole: DocFigure, share: DocFigure): boolean {
  const { text, figures } = doc;
  if (whole.figure.sentence.end > part.figure.sentence.start || !OPENS_BREAKDOWN.test(text.slice(part.figure.sentence.start, part.figure.start))) return false;
  if (!BARE_SHARE_WORD.test(text.slice(Math.max(part.figure.end, share.figure.start - 6), share.figure.start))) return false;
  for (let k = whole.index + 1; k < part.index; k++) if (figures[k]!.unit !== '%') return false;
  return true;
}

/**
 * Whether the share is the quotient of the figures as written, to the share's last digit: a slip is
 * only taken to explain a miss this exactly, since rounded inputs (`860`, `1,510`) allow many quotients.
 */
export function quotientIsStated([numerator, denominator, share]: DocFigure[]): boolean {
  const quotient = (numerator!.figure.value / denominator!.figure.value) * 100;
  const { lo, hi } = intervalOf(share!.figure);
  return quotient >= lo - 1e-9 && quotient <= hi + 1e-9;
}

/**
 * Whether a figure is the year before's, in a bracket after this year's (`£86.4 billion (2022: £82.1
 * billion)`), and the share is not said in that bracket too: last year's amount is no whole of this year's part.
 */
export const priorYearWhole = (text: string, whole: DocFigure['figure'], share: DocFigure['figure']): boolean => inPriorYearBracket(text, whole) && !inPriorYearBracket(text, share);

/** The earlier value the numerator is compared with in its clause: `9,240 tCO2e, 16.2% less than the 11,020 tCO2e of 2023 and 15.8% of the total`. */
const comparedWith = (text: string, f: DocFigure['figure'], numerator: DocFigure, share: DocFigure): boolean =>
  f.sentence.start === numerator.figure.sentence.start && f.start > numerator.figure.end && f.start < share.figure.start && priorWhole(text, f, share.figure);

/** A figure said as the earlier value its sentence's present one is compared with (`RMB196.4 million, … 12.4% more than the RMB174.8 million of 2023`; not `We bought from 38,640 farmers`). */
function comparedInItsSentence(doc: CheckDocument, k: number): boolean {
  const f = doc.figures[k]!;
  if (!saidAsPrior(doc.text, f)) return false;
  for (let j = k - 1; j >= 0 && doc.figures[j]!.start >= f.sentence.start; j--) if (comparable(doc.figures[j]!, f)) return true;
  return false;
}

/** Between a figure and its own share said right after it: `, or `, `，占` (a comma alone, `from RMB143.0 million, 8.3% of revenue`, may start the present's share). */
const OWN_SHARE_AFTER = /^\s*[,，]?\s*(?:or|占)\s*$/i;
/** A Chinese clause opening on last year's end or last year: `；上年末新能源出租车`. */
const LAST_YEAR_CLAUSE = /(?:^|[，,；;。])\s*(?:上年末|上年底|去年末|去年底|上年|去年)[^，,；;。\d]{0,16}$/;

/**
 * `3,988 new energy taxis, 93.2% of the fleet, against 3,600, or 85.7%, a year earlier`, `上年末新能源出租车3,600辆，占85.7%`:
 * a share said right after last year's figure is last year's share, of last year's whole, which the sentence leaves unsaid.
 */
export function shareOfLastYears(text: string, before: DocFigure['figure'] | undefined, share: DocFigure['figure']): boolean {
  if (!before || !OWN_SHARE_AFTER.test(text.slice(before.end, share.start))) return false;
  return saidAsPrior(text, before) || LAST_YEAR_CLAUSE.test(text.slice(Math.max(before.sentence.start - 1, before.start - 24), before.start));
}

/** A whole said as the earlier value a present one is compared with (`较上年末的3,740户`, `from 3,740`), for a share that is not. */
const priorWhole = (text: string, whole: DocFigure['figure'], share: DocFigure['figure']): boolean => saidAsPrior(text, whole) && !saidAsPrior(text, share);

/** `Solar $30.0 million (62.5%), wind $9.0 million (20.0%)`: a figure with its own share in brackets just after it is a part of a whole, not the whole of the next share. */
function hasOwnShare(f: DocFigure, share: DocFigure): boolean {
  const next = f.doc.figures[f.index + 1];
  return next !== undefined && next !== share.figure && next.unit === '%' && next.value < 100 && /^\s*[(（]\s*$/.test(f.doc.text.slice(f.figure.end, next.start));
}

/** A sentence with more figures before its share than this is a flattened table, whose pairs a slip would pair at random. */
const SLIP_FIGURES = 4;

/** Between a whole and a part of it said next: `人，其中`, `, of whom`, `, including`. */
const PART_OF_WHOLE_BEFORE = /^[^\d。；;.]{0,12}?[，,]\s*(?:其中|of whom|of which|including)/i;
/** Between a whole and a part counted in it: `条熟料生产线中，有`, `家子公司中，已有` (no figure, no clause break before `中`). */
const WHOLE_THEN_ITS_PART = /^[^\d。；;.，,]{0,16}?中[，,]\s*(?:有|共有|已有|累计有)?\s*$/;
/** After such a part, the rest of its clause and then its share's cue: `条配套建设了余热发电系统，占比达`. */
const PART_CLAUSE_THEN_SHARE = /^[^\d%,，;；.。()（）]{0,30}[，,]\s*(?:占比|佔比|比例|比重)[^\d%]{0,4}$/;
/** Between the part and its share, a few words that say a share of it (`人，占比 `, ` (`, `, or `), not another rate (`人，员工主动离职率为 `). */
// (or the part's own words in one clause, then its share in brackets: `, of whom 3,258 were women (14.8%)`)
const PART_THEN_SHARE = /^(?:[^\d%]{0,6}?(?:[，,]\s*)?(?:[占佔]|比例|比重|[(（]|or\b|accounting for|representing)|[^\d%,，;；.。()（）]{0,24}[(（])[^\d%]{0,6}$/i;

/** Before an amount, a change said net (`a net increase of 682,000`), which `saidAsChange` does not read. */
const NET_CHANGE = /\ba\s+net\s+(?:increase|decrease|rise|fall|gain|loss|reduction)\s+of\s*$/i;

/**
 * `an increase of RMB412.84 billion, or 28.4%`, `a net increase of 682,000 (3.8%)`: a percentage said as another
 * way of putting the change just before it, or in brackets after it, is that change's rate.
 */
function rateOfChangeBefore(doc: CheckDocument, i: number): boolean {
  const [amount, share] = [doc.figures[i - 1], doc.figures[i]!];
  if (amount === undefined || amount.sentence.start !== share.sentence.start || !/^\s*(?:[,，]?\s*(?:or|或)|[(（])\s*$/i.test(doc.text.slice(amount.end, share.start))) return false;
  return saidAsChange(doc.text, amount) || NET_CHANGE.test(doc.text.slice(Math.max(amount.sentence.start, amount.start - 24), amount.start));
}

/** The pair before a share in its sentence whose quotient is the share; a part of the whole said just before it, or the only pair, may also mismatch. */
function pairInSentence(inSentence: DocFigure[], share: DocFigure): Check | undefined {
  // `lost 0.74 million of 18.6 million, a loss rate of 4.0% (2023: 4.6%)`: the year before's share in its bracket is no
  // share of this year's pair (a pair in that bracket too, `(2023: 0.81 million of 17.6 million, 4.6%)`, is its own)
  if (inPriorYearBracket(share.doc.text, share.figure) && !inSentence.some((f) => inPriorYearBracket(share.doc.text, f.figure))) return undefined;
  const pairs: Array<[DocFigure, DocFigure]> = [];
  // a part and its whole are of one year: this year's figure and the year before's in its bracket are none
  // (`物业净收入为212.48百万新元（2023财年：203.62百万新元），利润率为74.4%`), nor the earlier one it is set against
  // (`made up 4,820 employees, 66.4% of the workforce, against 4,160 employees and 62.0% in 2023`)
  const earlier = inSentence.map((f) => inPriorYearBracket(share.doc.text, f.figure) || saidAsPrior(share.doc.text, f.figure));
  for (let a = inSentence.length - 1; a >= 0; a--)
    for (let b = inSentence.length - 1; b >= 0; b--) {
      const x = inSentence[a]!;
      const y = inSentence[b]!;
      if (a !== b && earlier[a] === earlier[b] && comparable(x.figure, y.figure) && !isScore(x.figure) && !isScore(y.figure) && x.figure.value < y.figure.value && !priorYearWhole(share.doc.text, y.figure, share.figure) && !hasOwnShare(y, share)) pairs.push([x, y]);
    }
  for (const [numerator, denominator] of pairs) {
    const check = shareCheck(numerator, denominator, share, 'ratio.pair-in-sentence');
    if (check.holds) return check;
  }
  // `管理人员 428 人，其中女性 186 人，占比 41.3%`: a part said of the whole just before it, its share just after, is the pair
  const [whole, part] = inSentence.slice(-2);
  const { text } = share.doc;
  if (whole && part && comparable(part.figure, whole.figure) && part.figure.value < whole.figure.value) {
    const between = text.slice(whole.figure.end, part.figure.start);
    const after = text.slice(part.figure.end, share.figure.start);
    if (PART_OF_WHOLE_BEFORE.test(between) && PART_THEN_SHARE.test(after)) return shareCheck(part, whole, share, 'ratio.part-of-whole-before');
    // `68条熟料生产线中，有41条配套…，占比达63.2%`: the whole said as the set the part is counted in, the part's own clause, its share
    if (WHOLE_THEN_ITS_PART.test(between) && PART_CLAUSE_THEN_SHARE.test(after)) return shareCheck(part, whole, share, 'ratio.part-of-whole-before');
  }
  // the sentence's only pair is called a mismatch when it misses by less than half (a share far off
  // is more likely of other figures) and it counts one thing (a shared unit or metric word), or the
  // miss is one mistyped digit's (`找回4,906个，找回率98.5%` of 5,038)
  const only = inSentence.length === 2 && pairs.length === 1 ? pairs[0] : undefined;
  const near = ([n, d]: [DocFigure, DocFigure]) => {
    const expected = (n.figure.value / d.figure.value) * 100;
    return expected / share.figure.value >= 2 / 3 && expected / share.figure.value <= 1.5;
  };
  // (`其中男性86,420人、女性39,240人，女性员工占比31.2%`: a sentence opening with its breakdown word lists parts of the whole before it, neither the other's whole)
  if (only && countsOneThing(only[0], only[1]) && !OPENS_BREAKDOWN.test(text.slice(share.figure.sentence.start, only[0].figure.start))) {
    const check = shareCheck(only[0], only[1], share, 'ratio.pair-in-sentence');
    // `4,215 tonnes to landfill, while 1,386 tonnes was recycled, a recycling rate of 24.7%`: a rate of the pair's sum (holds only)
    const ofSum = check.holds || !isRateOfSum(share) ? undefined : shareOfPairSum(only[0], only[1], share);
    if (ofSum?.holds) return ofSum;
    if (near(only)) return check;
  }
  // the one pair whose miss a slip explains (of several, only a swap of two digits: a mistyped digit
  // of some pair explains too many misses; of a run of figures longer than a sentence holds, any)
  if (inSentence.length > SLIP_FIGURES) return undefined;
  const slips = pairs.length === 1 ? 'swaps-and-mistypes' : 'swaps';
  const slipped = pairs.filter((pair) => near(pair) && !acrossTableRows(share.doc.text, pair, share) && !shareNamesAnotherPart(share.doc.text, pair[0], share) && slipExplaining([pair[0], pair[1], share], quotientIsStated, slips));
  return slipped.length === 1 ? shareCheck(slipped[0]![0], slipped[0]![1], share, 'ratio.pair-in-sentence.one-slip') : undefined;
}

/**
 * A share in a table's cell (a tab, two spaces or an ideographic space before it on its line) and a
 * pair reaching a line above: rows are no sentence, and a slip would pair their cells at random
 * (`节能环保产业　213.75 …⏎生态环境产业　96.18　45.3`, the 45.3 a growth rate, not 96.18 / 213.75).
 */
function acrossTableRows(text: string, pair: [DocFigure, DocFigure], share: DocFigure): boolean {
  // the share's line start, looked for back to the pair's first figure and no further than a row runs
  const from = Math.max(Math.min(pair[0].figure.start, pair[1].figure.start), share.figure.start - MAX_ROW);
  for (let k = share.figure.start - 1; k >= from; k--) if (text.charCodeAt(k) === 0x0a) return CELL_GAP.test(text.slice(k + 1, share.figure.start));
  return false;
}
const CELL_GAP = /\t| {2}|\u3000/;
const MAX_ROW = 300;

/** A share's own clause naming what it is of before its cue: `，清洁能源装机占比32.6%`. */
const SHARE_OWN_SUBJECT = /[，,；;]\s*([\u3400-\u9fff]{2,16}?)(?:占比|佔比|比重|比例)[^\d%，,]{0,4}$/;

/**
 * Whether a share's clause names a part other than the figure's (`新能源装机2,948.3万千瓦，清洁能源装机占比32.6%`:
 * clean energy takes in more than new energy), so a slip cannot explain the miss: they are two parts.
 */
function shareNamesAnotherPart(text: string, part: DocFigure, share: DocFigure): boolean {
  const subject = SHARE_OWN_SUBJECT.exec(text.slice(part.figure.end, share.figure.start))?.[1];
  if (subject === undefined) return false;
  const partClause = text.slice(Math.max(part.figure.sentence.start, part.figure.start - 24), part.figure.start);
  return !partClause.includes(subject.slice(0, 2));
}

/** Words that end a share said as the level a change brought it to: `taking the share of new aircraft to 38%`. */
const LEVEL_REACHED = /\b(?:tak|bring|brought|rais|lift|push|boost|increas|grow|grew|ris|rose|reduc|cut|lower|fall|fell|drop)\w*\b[^\d%.;]{0,80}\bto\s*(?:\*\*)?\s*$/i;
/** Between a numerator and its share, what ties them: one clause, or a break followed only by a share's cue (`, or `, `，占比`, ` (`). */
const TIED = /^[^,，;；:：]*$|[,，]\s*(?:or|accounting for|representing|making up|i\.e\.)?\s*$|[(（]\s*$|[,，]\s*[占佔][^,，]*$/i;
/**
 * Between a numerator and its share, another share of it and then a clause naming its own part: `196,480 MWh, so
 * that 65.7% of the electricity we purchased came from renewable sources, and renewable sources covered 43.7%`
 * (the renewable total, not the purchased electricity, is the second share's part).
 */
const OWN_PART_AFTER_SHARE = /\d\s*%[^.;]*[,，]\s*(?:and|while|whereas|but)\s+(?:[a-z][\w-]*\s+){1,5}(?:covered|accounted\s+for|made\s+up|represented|comprised|constituted|contributed)\s*$/i;

/**
 * Whether the figure before a share is not for certain its numerator, so a miss is no mismatch: the
 * share said as the level a change took it to (the figure may be the change: `Eleven aircraft joined
 * …, taking the share … to 38% of our 214 aircraft`), the part of a share before it with a clause of
 * this share's own part between, or a count in words said in a clause of its own.
 */
function looseNumerator(text: string, numerator: { start: number; end: number; text: string }, share: DocFigure['figure']): boolean {
  const between = text.slice(numerator.end, share.start);
  return LEVEL_REACHED.test(between) || OWN_PART_AFTER_SHARE.test(between) || (writtenNumber(numerator.text) === undefined && !TIED.test(between));
}

/** Whether the figure stands in brackets just after a share of its sentence, as that share's numerator (`21.4% of our employees (1,033)`). */
function isNumeratorOfShareBefore(doc: CheckDocument, numerator: DocFigure): boolean {
  const previous = doc.figures[numerator.index - 1];
  return previous !== undefined && previous.unit === '%' && previous.sentence.start === numerator.figure.sentence.start && /^[^\d]{0,40}[(（]\s*$/.test(doc.text.slice(previous.end, numerator.figure.start));
}

/**
 * Whether the figure just after a part, before the share at `i` in its sentence, is the part's own share, set apart in commas or
 * brackets (`570 of our people, 38.0%, were women`), not one of two shares of it over two wholes (`171,900 MWh, 72.4% of the
 * electricity we bought and 31.2% of our total energy`).
 */
function hasShareAfter(doc: CheckDocument, part: DocFigure, i: number): boolean {
  const k = part.index + 1;
  const own = doc.figures[k]!;
  if (k >= i || own.unit !== '%' || own.sentence.start !== doc.figures[i]!.sentence.start || !readAsShare(doc, k)) return false;
  return /^[^\d]{0,30}[,，(（]\s*$/.test(doc.text.slice(part.figure.end, own.start)) && /^\s*[,，)）]/.test(doc.text.slice(own.end, own.end + 4));
}

/** An exact rate named as one (`回收率为 24.7%`, `a recycling rate of 24.7%`), which may be of a pair's sum; a bound or a bare `占比` is not. */
const isRateOfSum = (share: DocFigure): boolean =>
  share.figure.qualifier === 'exact' && /(?:率|\brate)[^\d]{0,6}$/i.test(share.doc.text.slice(Math.max(share.figure.sentence.start, share.figure.start - 16), share.figure.start));

/** A share of the sum of a pair: `a / (a + b)`. */
function shareOfPairSum(part: DocFigure, other: DocFigure, share: DocFigure): Check {
  const p = intervalOf(part.figure);
  const o = intervalOf(other.figure);
  return percentCheck({
    kind: 'ratio',
    rule: 'ratio.share-of-pair-sum',
    inputs: [asCheckFigure(part, 'numerator'), asCheckFigure(other, 'part')],
    result: share,
    computed: quotient(p, { lo: p.lo + o.lo, hi: p.hi + o.hi }, 100),
    expected: (part.figure.value / (part.figure.value + other.figure.value)) * 100,
    formula: `${asWritten(part.figure)} / (${asWritten(part.figure)} + ${asWritten(other.figure)})`,
  });
}

function countsOneThing(a: DocFigure, b: DocFigure): boolean {
  if (a.figure.unit !== '' && a.figure.unit === b.figure.unit && TWO_LETTERS.test(a.figure.unit)) return true;
  const ta = new Set(metricTokens(a.figure.metric).filter((t) => !t.startsWith('n:')));
  return metricTokens(b.figure.metric).some((t) => ta.has(t) && /[\u3400-\u9fff]/.test(t));
}

/** `slack`: how far (in points) the stated share may lie from what its inputs give, beyond their precision (a column rounded to add up to 100). */
export function shareCheck(numerator: DocFigure, denominator: DocFigure, share: DocFigure, rule: string, slack = 0): Check {
  const computed = quotient(intervalOf(numerator.figure), intervalOf(denominator.figure), 100);
  return percentCheck({
    kind: 'ratio',
    rule,
    inputs: [asCheckFigure(numerator, 'numerator'), asCheckFigure(denominator, 'denominator')],
    result: share,
    computed: computed && { lo: computed.lo - slack, hi: computed.hi + slack },
    expected: (numerator.figure.value / denominator.figure.value) * 100,
    formula: `${asWritten(numerator.figure)} / ${asWritten(denominator.figure)}`,
  });
}
