// Changes: a stated growth or fall with the old and new values it comes from, `rose from 1,200 to
// 1,500, an increase of 25%`, `由 1.2 万增至 1.5 万，增长 25%`, or the new value first: `28.4 GL,
// down from 30.1 GL in FY2022, a decrease of 7.6%`, `3.26 亿立方米，较上年的 3.05 亿立方米增长
// 6.9%`, or the rate first: `fell 9.2% from 5,010 MWh to 4,550 MWh`. Only these explicit shapes
// are checked: without them the old value is not certain, and a guess would be a false alarm.

import { changesFromEarlierSentence } from './change-from-earlier-sentence';
import { chineseChangesFromEarlierSentence } from './change-from-earlier-sentence-zh';
import { changeSign, EN_CHANGE_VERB } from '../readers/markers';
import { comparable } from '../readers/dimension';
import { wholeOfLastListedPart } from '../sums/listed-parts';
import { percentCheck } from '../shares/percent-check';
import { asWritten, intervalOf, writtenNumber, type Interval } from '../readers/precision';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';

/** Between an old value and the new one it went to: `to`, `至`, `提升至`. */
export const FROM_TO = /^\s*(?:\*\*)?\s*(?:to|至|到|增至|增加到|增长到|增长至|降至|下降到|下降至|减少到|减少至|提升至|提升到|上升至|上升到)\s*(?:\*\*)?\s*$/i;
const FROM = /(?:from|由|从)\s*(?:\*\*)?\s*$/i;
/** Between a figure and its share of a whole said next: `，占`, `，占营业收入的`. */
export const SHARE_AFTER_NEW = /^[^\d，,。；;]{0,8}?[，,]\s*(?:占|佔)[^\d，,。；;]{0,12}$/;
/** Between a new value and the old one it is compared with: `, down from`, `，较上年的`, `，较上年末的`, `，比 2022 年`. */
const NEW_THEN_OLD = /^[^.;。；]{0,40}?(?:(?:up|down|rising|falling|increas\w*|decreas\w*|declin\w*|reduc\w*|grow\w*|rose|fell)\s+from|较|比|相比|相较)\s*(?:上年|去年|上一年|前一年|(?:19|20)\d{2}\s*(?:财年|年度|年)?)?\s*(?:年末|年底|年初|期初|末|底|初)?\s*(?:的|同期的?)?\s*(?:\*\*)?\s*$/i;

// `improved to 3.1 from 3.6`, `worsened to …`: verbs that say a change without saying which way the number went
const VERB_TO = /\b(?:rose|fell|grew|dropped|declined|increased|decreased|climbed|cut|reduced|lowered|raised|improved|worsened|deteriorated|eased|slipped|jumped)\b[^.;]*?\bto\s*$/i;
const BARE_FROM = /^[^.;。；]{0,30}?,?\s*from\s*(?:\*\*)?\s*$/i;
/**
 * Between a from-to pair and a rate, a clause of its own subject: `rose from DKK 210.8 million to DKK 226.4 million, and
 * contract furniture rose 12.8%`, `from 1,420 to 1,510, while exports grew 9%`, `, and our Scope 1 and 2 emissions fell 2.3%`: the
 * rate is that subject's change, not the pair's.
 * A pronoun of the pair's own thing (`, and it rose`, `, which grew`) opens no other subject.
 */
const OTHER_SUBJECT_CLAUSE = /[,;]\s*(?:and|but|while|whilst|whereas)\s+(?!(?:it|this|that|which|so|thus|hence|thereby)\b)[A-Za-z][\w'’-]*(?:\s+[A-Za-z\d(][\w'’()+-]*){0,5}?\s+(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|(?:was|were)\s+(?:up|down))\b/i;

/** A rate named as a change after it: `a 12.1% decrease`, `an 8% rise`. */
const RATE_NOUN = /^\s*(?:increase|decrease|reduction|rise|fall|drop|decline|growth|improvement)\b/i;

export function changeChecks(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const figures = doc.figures;
  for (let i = 0; i + 2 < figures.length; i++) {
    const old = figures[i]!;
    const next = figures[i + 1]!;
    const rate = figures[i + 2]!;
    if (!comparable(old, next) || rate.unit !== '%' || rate.sentence.start !== old.sentence.start) continue;
    if (!FROM.test(doc.text.slice(Math.max(old.sentence.start, old.start - 12), old.start))) continue;
    if (!FROM_TO.test(doc.text.slice(old.end, next.start).replace(/^[\s\w\u4e00-\u9fff]*?(?=to|至|到|增|降|减|提|上)/i, ''))) continue;
    const between = doc.text.slice(next.end, rate.start);
    if (OTHER_SUBJECT_CLAUSE.test(between)) continue;
    const sign = changeSign(between);
    if (sign === 0) continue;
    checks.push(changeCheck({ doc, figure: old, index: i }, { doc, figure: next, index: i + 1 }, { doc, figure: rate, index: i + 2 }, sign));
  }
  return [...checks, ...newThenOld(doc), ...newRateOld(doc), ...rateNewOld(doc), ...rateOldNew(doc), ...changesFromEarlierSentence(doc), ...chineseChangesFromEarlierSentence(doc)];
}

/**
 * Just before a rate, a word that makes it the change of the figure before it: `, up`, `, a decrease of`, `，同比增长`,
 * or a clause of which the figure is the subject (`412 tonnes in 2024, which fell 5.5% from 436 tonnes`, `…, and grew 14.8% from`).
 */
const RATE_OF_CHANGE = /^[,，]?\s*(?:(?:up|down|rising|falling|increasing|decreasing|an?\s+(?:increase|decrease|rise|fall|drop|reduction)\s+of|(?:which|and)\s+(?:has\s+)?(?:rose|risen|fell|fallen|grew|grown|increased|decreased|declined|dropped))(?:\s+by)?)\s*(?:\*\*)?\s*$/i;
/** Between the rate and the old value: `from`, `compared with`, `over`, and in British use `on` (`up 9.7% on £44.3 million`). */
const RATE_FROM = /^\s*(?:from|compared\s+(?:with|to)|over|against|on)\s*(?:(?:FY\s?)?(?:19|20)\d{2}'?s?\s+)?(?:\*\*)?\s*$/i;

/** Between a rate and the figure it compares with: ` more than the `, ` fewer than in 2022 (`, ` more than a year earlier (`. */
const MORE_OR_LESS_THAN = /^\s*(?:more|fewer|less|higher|lower|greater|larger|smaller|above|below)\s+than\s+(?:the\s+|that\s+of\s+|those\s+of\s+|in\s+)?(?:(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*[(（]?\s*|(?:a\s+year\s+(?:earlier|before|ago)|(?:previous|prior)\s+year|year\s+before|last\s+year)\s*[(（]\s*)?(?:\*\*)?\s*$/i;

/**
 * A share said of the figure before it, between that figure and its change: `482,000, 38.0% of the total, up 68.2% from 296,000`,
 * or joined to the change by `and` (`£148 thousand, 0.41% of revenue and 17.5% more than the £126 thousand of 2023`).
 */
const SHARE_ASIDE = /^\s+of\s[^,，\d]{1,30}(?:[,，]|\s+and\s+$)/i;
/** A share aside that `and` joins to the rate after it (`0.41% of revenue and 17.5% more than`): the rate stands after it as after a comma. */
const ASIDE_AND = /\sand\s+$/;

/** `RMB18.64 billion, up 12.8% from RMB16.82 billion in 2022`: the new value, the rate, then the old value. */
function newRateOld(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const figures = doc.figures;
  for (let i = 0; i + 2 < figures.length; i++) {
    const aside = figures[i + 1]!.unit === '%' && i + 3 < figures.length && SHARE_ASIDE.test(doc.text.slice(figures[i + 1]!.end, figures[i + 2]!.start)) ? 1 : 0;
    const [next, rate, old] = [figures[i]!, figures[i + 1 + aside]!, figures[i + 2 + aside]!];
    if (rate.unit !== '%' || !comparable(old, next) || next.sentence.start !== old.sentence.start || rate.sentence.start !== old.sentence.start) continue;
    const before = doc.text.slice(aside ? figures[i + 1]!.end : next.end, rate.start);
    const words = /(?:[,，]\s*)?[^,，\d]*$/.exec(before)?.[0] ?? '';
    const after = doc.text.slice(rate.end, old.start);
    // `1,126 new homes, 14.2% more than the 1,002 of 2022/23`: the rate after a comma, its direction said by the comparison
    const than = /^[,，]\s*$/.test(words) || (aside === 1 && ASIDE_AND.test(before)) ? MORE_OR_LESS_THAN.exec(after) : null;
    if (!than && (!RATE_OF_CHANGE.test(words) || !RATE_FROM.test(after))) continue;
    const sign = than ? (/^\s*(?:more|higher|greater|larger|above)/i.test(after) ? 1 : -1) : changeSign(words);
    if (sign === 0) continue;
    checks.push(changeCheck({ doc, figure: old, index: i + 2 + aside }, newValueOf(doc, i, old), { doc, figure: rate, index: i + 1 + aside }, sign, 'change.new-rate-old'));
  }
  return checks;
}

/** Before a rate said ahead of its new value: `fell`, `rose by`, `were down`. */
const VERB_BEFORE_RATE = new RegExp(String.raw`\b(?:${EN_CHANGE_VERB}|(?:was|were)\s+(?:up|down))(?:\s+by)?\s*$`, 'i');
/** Between that rate and its new value: ` to`. */
const RATE_TO = /^\s*(?:\*\*)?\s*to\s*(?:\*\*)?\s*$/i;
/** Between the new value and the old: ` in 2024, from`, ` this year, compared with`. */
const THEN_FROM = /^[^.;。；\d]{0,30}?(?:(?:\b(?:in|during)\s+)?(?:FY\s?)?(?:19|20)\d{2}[^.;。；\d]{0,12}?)?,?\s*(?:from|compared\s+(?:with|to))\s*(?:\*\*)?\s*$/i;

/** `Scope 1 emissions fell 21.2% to 5,434,000 tCO2 in 2024, from 6,810,000 tCO2 in 2023`: the rate, the new value, then the old. */
function rateNewOld(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [rate, next, old] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (rate.unit !== '%' || !comparable(old, next) || rate.sentence.start !== old.sentence.start || next.sentence.start !== old.sentence.start) continue;
    if (!RATE_TO.test(text.slice(rate.end, next.start)) || !THEN_FROM.test(text.slice(next.end, old.start))) continue;
    const verb = VERB_BEFORE_RATE.exec(text.slice(Math.max(rate.sentence.start, rate.start - 24), rate.start))?.[0];
    if (verb === undefined) continue;
    const sign = changeSign(verb);
    if (sign === 0) continue;
    checks.push(changeCheck({ doc, figure: old, index: i + 2 }, { doc, figure: next, index: i + 1 }, { doc, figure: rate, index: i }, sign, 'change.rate-new-old'));
  }
  return checks;
}

/** Between a rate said after its verb and the old value: ` from`. */
const RATE_THEN_FROM = /^\s*(?:\*\*)?\s*from\s*(?:\*\*)?\s*$/i;

/** `Energy use fell 9.2% from 5,010 MWh to 4,550 MWh`, `Revenue grew 12.4% from £31.2 million to £35.1 million`: the rate, the old value, then the new. */
function rateOldNew(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [rate, old, next] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (rate.unit !== '%' || !comparable(old, next) || rate.sentence.start !== old.sentence.start || next.sentence.start !== old.sentence.start) continue;
    if (!RATE_THEN_FROM.test(text.slice(rate.end, old.start)) || !FROM_TO.test(text.slice(old.end, next.start).replace(/^[\s\w]*?(?=to\b)/i, ''))) continue;
    const verb = VERB_BEFORE_RATE.exec(text.slice(Math.max(rate.sentence.start, rate.start - 24), rate.start))?.[0];
    if (verb === undefined) continue;
    const sign = changeSign(verb);
    if (sign === 0) continue;
    checks.push(changeCheck({ doc, figure: old, index: i + 1 }, { doc, figure: next, index: i + 2 }, { doc, figure: rate, index: i }, sign, 'change.rate-old-new'));
  }
  return checks;
}

/** `28.4 GL in FY2023, down from 30.1 GL in FY2022, a decrease of 7.6%`: the new value, then the old, then the rate. */
function newThenOld(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  const figures = doc.figures;
  for (let i = 0; i + 2 < figures.length; i++) {
    // a share said between the new value and the old (`出口收入31,420万元，占营业收入的33.0%，较上年的28,650万元同比增长8.8%`) is passed over
    const share = figures[i + 1]!.unit === '%' && SHARE_AFTER_NEW.test(doc.text.slice(figures[i]!.end, figures[i + 1]!.start)) ? figures[i + 1] : undefined;
    const k = share ? i + 1 : i;
    if (k + 2 >= figures.length) continue;
    const [next, old, rate] = [figures[i]!, figures[k + 1]!, figures[k + 2]!];
    if (!comparable(old, next) || rate.unit !== '%' || rate.sentence.start !== next.sentence.start || old.sentence.start !== next.sentence.start) continue;
    const link = doc.text.slice((share ?? next).end, old.start);
    // `fell to 11.42 million tonnes in 2023, from 12.86 million`: the verb before the new value, a bare `from` after it
    const verbTo = VERB_TO.exec(doc.text.slice(Math.max(next.sentence.start, next.start - 24), next.start));
    if (!NEW_THEN_OLD.test(link) && !(verbTo && BARE_FROM.test(link))) continue;
    // the rate itself is stated as the change (`, a decrease of 7.6%`, `增长 6.9%`, `a 12.1% decrease`), not as some other share
    const toRate = doc.text.slice(old.end, rate.start);
    const afterRate = RATE_NOUN.exec(doc.text.slice(rate.end, Math.min(rate.sentence.end, rate.end + 16)))?.[0] ?? '';
    if (changeSign(toRate) === 0 && afterRate === '') continue;
    const way = changeSign(`${verbTo?.[0] ?? ''} ${link} ${toRate} ${afterRate}`);
    // `较上年的 3.05 亿立方米增长 6.9%` says its direction after the old value, `down from` before it;
    // `improved to 98.4 minutes from 112.6, a 12.6% improvement` says none (an improvement may be a
    // fall), so an unsigned rate takes the values' own direction and only its size is checked
    const neutral = way === 0 && rate.value > 0;
    const sign = neutral ? Math.sign(next.value - old.value) : way === 0 ? Math.sign(rate.value) || 0 : way;
    if (sign === 0) continue;
    checks.push(changeCheck({ doc, figure: old, index: k + 1 }, newValueOf(doc, i, old), { doc, figure: rate, index: k + 2 }, sign > 0 ? 1 : -1, 'change.new-then-old'));
  }
  return checks;
}

/** The new value a comparison after the figure at `index` is of: that figure, or the whole of a list it closes (`总量7,020吨，其中…、范围二排放6,400吨，较上年的7,460吨下降5.9%`). */
function newValueOf(doc: CheckDocument, index: number, old: DocFigure['figure']): DocFigure {
  const whole = wholeOfLastListedPart(doc, index);
  return whole && comparable(old, whole.figure) ? whole : { doc, figure: doc.figures[index]!, index };
}

export function changeCheck(old: DocFigure, next: DocFigure, rate: DocFigure, sign: 1 | -1, rule = 'change.from-to', { pinned = false }: { pinned?: boolean } = {}): Check {
  // (`pinned`: the inputs as their values say, no rounding of theirs allowed, as `rateCheck`'s)
  const o = pinned ? { lo: old.figure.value, hi: old.figure.value } : intervalOf(old.figure);
  const n = pinned ? { lo: next.figure.value, hi: next.figure.value } : intervalOf(next.figure);
  const computed: Interval = {
    lo: (sign * (sign > 0 ? n.lo - o.hi : n.hi - o.lo)) / o.hi * 100,
    hi: (sign * (sign > 0 ? n.hi - o.lo : n.lo - o.hi)) / o.lo * 100,
  };
  // (a rate that is the change over the new value as written and not over the old, `较上年的5,420吨下降4.6%` of 5,180, is taken
  // over the wrong base, though the rounding its inputs' zeros allow would reach it: read over the values as written)
  const nominal = overWrongBase(old, next, rate) ? ((sign * (next.figure.value - old.figure.value)) / old.figure.value) * 100 : undefined;
  return percentCheck({
    kind: 'change',
    rule,
    inputs: [asCheckFigure(old, 'old'), asCheckFigure(next, 'new')],
    result: rate,
    computed: nominal !== undefined ? { lo: nominal, hi: nominal } : { lo: Math.min(computed.lo, computed.hi), hi: Math.max(computed.lo, computed.hi) },
    expected: ((sign * (next.figure.value - old.figure.value)) / old.figure.value) * 100,
    formula: `${asWritten(old.figure)} → ${asWritten(next.figure)}`,
    sign: sign > 0 ? '+' : '−',
  });
}

/**
 * Whether a stated rate is, to its rounding, the change over the new value as written (`(5,420 − 5,180) / 5,180` = 4.63%, its
 * 4.6%) and not the change over the old (4.43%): the base taken wrong. Only over inputs of three significant digits or more,
 * where the two bases lie apart.
 */
function overWrongBase(old: DocFigure, next: DocFigure, rate: DocFigure): boolean {
  const [o, n] = [old.figure.value, next.figure.value];
  if (!(o > 0 && n > 0) || o === n || significant(old) < 3 || significant(next) < 3) return false;
  const stated = Math.abs(rate.figure.value);
  const { lo, hi } = intervalOf({ text: rate.figure.text, value: stated, qualifier: rate.figure.qualifier, unit: rate.figure.unit });
  const within = (x: number) => x >= lo - 1e-9 && x <= hi + 1e-9;
  return within((Math.abs(n - o) / n) * 100) && !within((Math.abs(n - o) / o) * 100);
}

/** The significant digits a figure is written with (`5,180` 3, `3,148` 4). */
const significant = (f: DocFigure): number => (writtenNumber(f.figure.text) ?? '').replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
