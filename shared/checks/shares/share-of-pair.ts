// A share followed by the two figures it comes from, said as `A of B`: `Renewable electricity
// accounted for 27.5% of our electricity use (412 GWh of 1,620 GWh)`, `Women account for 9.8% of
// managers in Japan (386 of 3,942)`; or the pair before it, the share just after the whole's words:
// `Women held 46 of the 212 senior leadership roles (24.7%)`, `38 of our 104 senior management roles,
// or 36.5%`. The words name numerator and denominator outright, so a share that does not come out
// is a mismatch (one that does is also the pair-in-sentence rule's in ratio.ts, which reports it).

import { comparable } from '../readers/dimension';
import { inPriorYearBracket, NEXT_LIST_ITEM } from '../readers/markers';
import { shareCheck } from './ratio';
import type { Check, CheckDocument, DocFigure } from '../types';
import { OF_THE_TOTAL } from '../readers/of-whole';

/** Between the numerator and the denominator: ` of `, ` out of `. */
const OF = /^\s*(?:out\s+)?of\s+(?:the\s+)?$/i;
/** The same before the share: ` of the `, ` of our `, ` out of its `. */
const OF_BEFORE = /^\s*(?:out\s+)?of\s+(?:(?:the|our|its|their|all)\s+)?$/i;
/** Between the pair and its share: the whole's words, then a bracket, `, or` or `, a share of` (`roles (`, `roles,⏎or `, `posts, a proportion of `). */
const THEN_SHARE = /^[^\d%;.。；]{0,60}?(?:\(|（|,\s*or|，\s*即|,\s*an?\s+(?:share|proportion|percentage)\s+of)\s*$/i;
/** Between the share and the pair: its words, with no other figure, within this many characters. */
const REACH = 100;

/** A share said as a plain percentage of a whole (not a range, not over 100). */
const plainShare = (f: DocFigure['figure']) => f.unit === '%' && f.value > 0 && f.value <= 100 && f.valueMax === undefined;
const oneSentence = (...fs: Array<DocFigure['figure']>) => fs.every((f) => f.sentence.start === fs[0]!.sentence.start);
/** A part and its whole: counts of one kind, the part the smaller. */
const partAndWhole = (a: DocFigure['figure'], b: DocFigure['figure']) => comparable(a, b) && a.value > 0 && a.value < b.value;

export function sharesOfPairAfter(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const share = figures[i]!;
    const [a, b] = [figures[i + 1]!, figures[i + 2]!];
    if (!plainShare(share) || !oneSentence(share, a, b) || a.start - share.end > REACH) continue;
    if (!OF.test(text.slice(a.end, b.start)) || !partAndWhole(a, b)) continue;
    // the pair opens a bracket or follows the share's own words (`(386 of 3,942)`, `: 412 of 1,620`), or
    // follows them after a comma, naming the share's whole again (`34.2% of leadership roles …, 212 of the 628 roles`)
    const words = text.slice(share.end, a.start);
    // (a pair on the next item of a list, `(42.9%) ⏎  - Board of Directors: 7 of the 15`, is that item's)
    if (NEXT_LIST_ITEM.test(words)) continue;
    if (!/[(（:：]\s*$/.test(words) && !(/,\s*$/.test(words) && namesWholeAgain(words, text.slice(b.end, b.end + 30)))) continue;
    // a pair in the year before's bracket (`6.44% (2022: 738.6 GWh of 10,862.6 GWh, or 6.80%)`) is that year's share, not this one's
    if (inPriorYearBracket(text, a) && !inPriorYearBracket(text, share)) continue;
    const at = (index: number): DocFigure => ({ doc, figure: figures[index]!, index });
    checks.push(shareCheck(at(i + 1), at(i + 2), at(i), 'ratio.share-of-pair-after'));
  }
  return checks;
}

/** The word just after the pair's whole (`roles`) is a word of the share's own `of …` words. */
function namesWholeAgain(shareWords: string, afterPair: string): boolean {
  const noun = /^\s*([a-z]{3,})/i.exec(afterPair)?.[1]?.toLowerCase().replace(/s$/, '');
  const whole = /^\s*of\s+([^,;()（）]*)/i.exec(shareWords)?.[1]?.toLowerCase();
  return noun !== undefined && whole !== undefined && whole.split(/\s+/).some((w) => w.replace(/s$/, '') === noun);
}

/** Between the pair and a share of `the total`: the clause the pair opens, to its comma. */
const THEN_SHARE_OF_TOTAL = /^[^\d%;.。；()（）]{0,100}?[,，]\s*$/;
/** Just after a share, its sentence's end. */
const SENTENCE_ENDS = /^\s*(?:[;；。]|\.(?:\s|$)|$)/;

/** Between the pair and its share in the year before's bracket: its words, then a comma (`(2022: 738.6 GWh of 10,862.6 GWh purchased, or 6.80%)`). */
const THEN_SHARE_IN_BRACKET = /^[^\d%;.。；()（）]{0,60}?[,，]\s*(?:or\s+)?$/i;

/**
 * `Women held 46 of the 212 senior leadership roles (24.7%)`: the pair, then its share — mismatches only (the
 * pair-in-sentence rule reports one that holds). The year before's pair and share in a bracket after this year's
 * share (`6.44% (2022: 738.6 GWh of 10,862.6 GWh purchased, or 6.80%)`) are the sentence's second share, which that
 * rule leaves: both ways are reported there.
 */
/** A share earlier in the sentence of figure `i`: the one the pair-in-sentence rule reads, which leaves the year before's. */
function shareBefore(figures: CheckDocument['figures'], i: number): boolean {
  const { sentence } = figures[i]!;
  for (let j = i - 1; j >= 0 && figures[j]!.sentence.start === sentence.start; j--) if (plainShare(figures[j]!)) return true;
  return false;
}

export function sharesOfPairBefore(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [a, b, share] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (!plainShare(share) || !oneSentence(share, a, b)) continue;
    if (!OF_BEFORE.test(text.slice(a.end, b.start)) || !partAndWhole(a, b)) continue;
    const between = text.slice(b.end, share.start);
    const bracketed = THEN_SHARE_IN_BRACKET.test(between) && inPriorYearBracket(text, a) && shareBefore(figures, i);
    // `8.42 million ha of the 9.16 million ha we manage were certified …, 91.9% of the total`: the total is the pair's whole
    const ofTheTotal = THEN_SHARE_OF_TOTAL.test(between) && OF_THE_TOTAL.test(text.slice(share.end, share.end + 20));
    // `Women hold 37 of the 212 engineering posts, 17.5%.`: a bare share after a comma that ends the sentence is the pair's
    const bareLast = THEN_SHARE_OF_TOTAL.test(between) && SENTENCE_ENDS.test(text.slice(share.end, share.end + 4));
    if (!bracketed && !ofTheTotal && !bareLast && !THEN_SHARE.test(between)) continue;
    const at = (index: number): DocFigure => ({ doc, figure: figures[index]!, index });
    const check = shareCheck(at(i), at(i + 1), at(i + 2), 'ratio.share-of-pair-before');
    if (bracketed || ofTheTotal || !check.holds) checks.push(check);
  }
  return checks;
}

/** Between a whole and its part in brackets: the whole's words, then the bracket (`pilots (`). */
const THEN_PART = /^[^\d%;.。；()（）]{0,40}?[(（]\s*$/;
/** After the part, its own words and the bracket's close (`158 women)`). */
const PART_CLOSES = /^[^\d()（）,;，；]{0,20}[)）]/;

/** `Women made up 7.4% of our 2,140 pilots (158 women)`: the share, its whole, then its part in brackets. */
export function sharesOfWholeThenPart(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [share, b, a] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (!plainShare(share) || !oneSentence(share, a, b) || !partAndWhole(a, b)) continue;
    if (!OF_BEFORE.test(text.slice(share.end, b.start)) || !THEN_PART.test(text.slice(b.end, a.start)) || !PART_CLOSES.test(text.slice(a.end, a.end + 24))) continue;
    const at = (index: number): DocFigure => ({ doc, figure: figures[index]!, index });
    checks.push(shareCheck(at(i + 2), at(i + 1), at(i), 'ratio.share-of-whole-then-part'));
  }
  return checks;
}
