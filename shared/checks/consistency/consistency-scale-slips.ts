// An amount or measure restated in one document with its scale slipped (2,856 万元 as 285.6 万元):
// the same significant digits a power of ten apart, read by metric, by label or by a word of it; and a round bound
// that only a power of ten off keeps the exact figure of its metric (`突破1亿千瓦时` for 1,008.9万千瓦时).

import { SCALE_WORD_IN_TEXT } from '../../extraction/scales';
import { afterSpacedLabel } from '../readers/markers';
import { direction, isScaleSlip } from './agreement';
import { metricTokens, REPORTER, sameMetric } from './metric-tokens';
import { countScaleSlipped } from './scale-restatements';
import { precisionDigits, sameDigitsRounded, significantDigits, writtenNumber } from '../readers/precision';
import { type Statement } from './consistency-statements';
import { hanOf } from './consistency-words';

/** Kinds of quantity a scale slip is read in by `amountScaleSlipped` and restatements.ts: amounts and measures (counts have their own rule, `countScaleSlipped`). */
export const SLIPPABLE = /^(?:currency|measure):/;

/**
 * An amount or a measure restated in one document with its scale slipped (`培训投入 2,856 万元` in the
 * text, `培训投入：285.6 万元` in its key figures; `總用電量 40,512 萬度` beside a table's 40,512 MWh,
 * compared in kWh; `取水总量1.77亿吨` in the text for the table's 1,768.4 万吨, rounded as it slipped):
 * the same metric, the same significant digits at the shorter one's precision, three at least, a power
 * of ten apart. A 5 万元 grant and a 50 万元 one are two sizes; 2,856 and 285.6 are one number slipped.
 * Across two documents of an engagement only the same metric is read (`ACROSS_SLIPPABLE`).
 */
export function amountScaleSlipped(a: Statement, b: Statement): boolean {
  const across = a.at.doc !== b.at.doc;
  if (!across && boundScaleSlipped(a, b)) return true;
  if (!isScaleSlip(a.figure.value, b.figure.value) || !(across ? ACROSS_SLIPPABLE : SLIPPABLE).test(a.dimension)) return false;
  const [da, db] = [significantDigits(a.at.figure.text), significantDigits(b.at.figure.text)];
  if (da === undefined || db === undefined || !(sameDigitsRounded(da, db) || zerosAsWritten(a.at.figure.text, b.at.figure.text)) || perUnit(a) !== perUnit(b)) return false;
  if (across) return sameMetric(a.tokens, b.tokens);
  return sameMetric(a.tokens, b.tokens) || nearlySameMetric(a.tokens, b.tokens) || ((Math.min(precisionDigits(a.at.figure.text), precisionDigits(b.at.figure.text)) >= LABEL_SLIP_DIGITS || thousandAsMillion(a, b)) && (sameLabel(a, b) || withinMetric(a.tokens, b.tokens) || withinOnceParted(a.at.figure.metric, b.at.figure.metric)));
}

/** The fewest characters of each of the two pieces `withinOnceParted` reads; the most it lets stand between them. */
const PIECE = 2;
const PARTING = 4;

/**
 * Whether the shorter Chinese metric, of four characters at least, is the longer's but for a verb or a word set between two
 * pieces of it (the key table's `绿电交易电量` in the text's `通过江苏电力交易中心绿电交易购入电量`, its `购入` between `绿电交易` and
 * `电量`): one measure said with a word more, whose character pairs the inserted word breaks.
 */
function withinOnceParted(a: string | undefined, b: string | undefined): boolean {
  const [x, y] = [hanOf(a), hanOf(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2 * PIECE || long.length <= short.length) return false;
  for (let cut = PIECE; cut <= short.length - PIECE; cut++) {
    const at = long.indexOf(short.slice(0, cut));
    if (at < 0) continue;
    const from = at + cut;
    const next = long.indexOf(short.slice(cut), from);
    if (next > from && next - from <= PARTING) return true;
  }
  return false;
}

/** The fewest significant digits a round bound is written with (`突破1亿`, `超过15万`); how far past its bound, as a share of it, an exact figure may lie. */
const ROUND_BOUND_DIGITS = 2;
const PAST_BOUND = 0.2;

/**
 * A round bound of one document whose scale slipped (the 致辞's `岸电使用量突破1亿千瓦时` for 二（一） and the 关键绩效表's
 * `1,008.9万千瓦时`, 0.1亿): the same metric said exactly elsewhere, which the bound a power of ten off keeps and lies just
 * past (`over` 1,000万 by under a fifth, `nearly` a bound by under a fifth below it), and which the bound as printed does not.
 */
function boundScaleSlipped(a: Statement, b: Statement): boolean {
  const [bound, exact] = a.at.figure.qualifier === 'exact' ? [b, a] : [a, b];
  const way = direction(bound.at.figure.qualifier);
  if (way === 'none' || exact.at.figure.qualifier !== 'exact' || !SLIPPABLE.test(bound.dimension) || bound.dimension !== exact.dimension || perUnit(bound) !== perUnit(exact)) return false;
  const digits = significantDigits(bound.at.figure.text);
  const [x, e] = [bound.figure.value, exact.figure.value];
  if (digits === undefined || digits.length > ROUND_BOUND_DIGITS || !(x > 0 && e > 0)) return false;
  const power = Math.round(Math.log10(x / e));
  if (power === 0) return false;
  const kept = x / 10 ** power;
  const keeps = way === 'up' ? e >= kept && e <= kept * (1 + PAST_BOUND) : e <= kept && e >= kept * (1 - PAST_BOUND);
  return keeps && sameMetric(bound.tokens, exact.tokens);
}

/**
 * `88.0亿元` and `88,000万元`: a whole number's trailing zeros are digits as far as the other writes a decimal zero
 * (three written digits at least, `880` and `88000`), where significant digits alone read `880` against `88`.
 */
function zerosAsWritten(a: string, b: string): boolean {
  const [x, y] = [typedDigits(a), typedDigits(b)];
  if (x === undefined || y === undefined || x === y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && short.endsWith('0') && long.startsWith(short) && /^0+$/.test(long.slice(short.length));
}

/** A number's digits as written, its point and leading zeros aside (`88.0` is 880, `0.0860` is 860). */
function typedDigits(text: string): string | undefined {
  const written = writtenNumber(text);
  return written === undefined ? undefined : written.replace('.', '').replace(/^0+/, '');
}

/**
 * A measure written with `million` before its unit (`48.6 million MWh`) and the very same digits in that unit without a
 * scale word, a thousand times smaller (`48,600 MWh`, 48.6 thousand): `thousand` read as `million`, one number at any
 * precision, for its unit and digits are written alike.
 */
function thousandAsMillion(a: Statement, b: Statement): boolean {
  const [big, small] = a.figure.value > b.figure.value ? [a, b] : [b, a];
  if (!big.dimension.startsWith('measure:') || big.at.figure.unit !== small.at.figure.unit || !MILLION_UNIT.test(big.at.figure.text) || SCALE_WORD_IN_TEXT.test(small.at.figure.text)) return false;
  return Math.abs(big.figure.value / small.figure.value - 1000) < 1e-6 && significantDigits(big.at.figure.text) === significantDigits(small.at.figure.text);
}

/** `million` between a figure's number and its unit (`48.6 million MWh`). */
const MILLION_UNIT = /\d\s*million\s+\S/i;

/** A metric or unit of an amount per unit of something else: `per litre`, `intensity`, `单位营业收入`, `每吨`, `kWh/t`. */
const PER_UNIT = /\bper\b|\bintensity\b|单位|單位|每|强度|強度|\//i;

/**
 * Whether a statement is of an amount per unit of something (`Energy per litre of pure alcohol was 16.84 kWh`): an
 * intensity, whose digits agreeing with a total's (`We used 168,400 MWh of energy` over 10,000 thousand litres) are
 * the quotient's, no slip of the total's scale.
 */
const perUnit = (s: Statement): boolean => PER_UNIT.test(`${s.at.figure.metric ?? ''} ${s.at.figure.unit}`);

/**
 * Kinds of quantity a slip across two documents of an engagement is read in (a fact sheet's `Capital
 * expenditures  PHP 1.25 billion` for the report's `capital expenditures reached PHP 12,486 million`),
 * by the same metric alone: an amount whose currency the extraction left in its words is a count.
 */
const ACROSS_SLIPPABLE = /^(?:currency|measure):|^count$/;

/** The fewest significant digits a slip read by its label or a word of it alone holds (`sameLabel`, `withinMetric`): 14262 and 142624 are one number, 486 and 4860 may be two. */
const LABEL_SLIP_DIGITS = 4;

/**
 * Whether every word of the shorter metric is the longer's, one word at least, the reporter's name
 * aside: the text's `consumed 46.89 GWh of energy` of a table's `Total energy consumption  468,900`
 * (MWh), whose four digits agree; `attributable to shareholders of the Company was RMB186.4 million` of
 * `Net profit attributable to shareholders  18.64` (RMB100 million).
 */
function withinMetric(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const named = small.filter((t) => !REPORTER.has(t));
  return named.length > 0 && named.every((t) => large.includes(t));
}


/**
 * Two labels of two tables or key-figure blocks (an at-a-glance page's `Revenue (2023)   KRW 1,426.2 billion`,
 * a data table's `Revenue   KRW billion   …   14,262.4`):
 * the same words once the year and the unit are set aside, though only one word is left.
 */
export function sameLabel(a: Statement, b: Statement): boolean {
  if (!onLabelLine(a) || !onLabelLine(b) || (a.column !== undefined && a.column.table === b.column?.table)) return false;
  const [la, lb] = [labelWords(a), labelWords(b)];
  return la.length > 0 && la.length === lb.length && la.every((t) => lb.includes(t));
}

/** A table cell, a `label: value` line's figure or a label's spaced off its value on a line of its own (`Revenue (2023)     KRW 1,426.2 billion`). */
function onLabelLine(s: Statement): boolean {
  return s.table || s.keyLine || afterSpacedLabel(s.at.doc.text, s.at.figure);
}

/** A statement's metric tokens without numbers (years, `1,000 tons`' 000), scale words and its unit's own. */
function labelWords(s: Statement): string[] {
  const unit = new Set(metricTokens(s.at.figure.unit));
  return s.tokens.filter((t) => !/^\d+$|^(?:thousand|million|billion|trillion)s?$/.test(t) && !unit.has(t));
}

/**
 * Metrics that differ by one token of the shorter, of four at least: for a slip, whose digits already
 * agree, a count said in one of them is no other metric (`向4个定点帮扶县投入无偿帮扶资金1.86亿元` and
 * `向定点帮扶县投入无偿帮扶资金1,860万元`, the `4个` parting the pair `向定`).
 */
function nearlySameMetric(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.length >= SLIP_METRIC_TOKENS && small.filter((t) => !large.includes(t)).length <= 1 && small.length / large.length > 0.5;
}

/** The fewest tokens a metric holds for `nearlySameMetric` to read it past one token that differs. */
const SLIP_METRIC_TOKENS = 4;


/** A count restated with its scale slipped (scale-restatements.ts). */
export const scaleSlipped = (a: Statement, b: Statement) => countScaleSlipped(a.at, a.dimension, b.at, b.dimension);
