// A figure and its translation qualified differently. Each language has its conventional words for
// a bound — 超过 / 至少 / 多 / 以上 render `over`, `more than`, `no fewer than`, `40,000+`; 近 / 不到
// render `nearly`, `less than`, `smaller than`; 约 renders `about`, `an estimated` — and extraction
// reads them all as the figure's qualifier (shared/extraction/qualifiers.ts, across a PDF's wrap
// too), so a figure is bound as its qualifier says. What disagrees is a bound against a bare
// number — the qualifier dropped or added in translation — or bounds pointing opposite ways
// (`近 5 万` against `over 50,000`).

import { direction } from '../consistency/agreement';
import { inPriorYearBracket, saidAsPrior } from '../readers/markers';
import { digitsOf, intervalOf, writtenNumber } from '../readers/precision';
import { inBase, type Placed } from './translated-pair';

type Said = 'up' | 'down' | 'about' | 'none';

/** How far apart a bare figure and the same amount said with a bound stand to be one statement (a headline and its sentence). */
const RESTATED = 300;

/** The way a figure is bound, as extraction reads its qualifier (`about` pointing nowhere). */
function said(p: Placed): Said {
  const q = p.at.figure.qualifier;
  return q === 'about' ? 'about' : direction(q);
}

/**
 * How a figure and its translation (the same amount) disagree in their qualifiers: bounds pointing
 * opposite ways, `nearly` in one language only, or another bound (over, under) in one language only;
 * undefined when they agree. A bound in one language only is one extraction reads (over, nearly,
 * under: `高达`, `up to` are emphasis as often as bounds) against a number bare in its words too, and
 * not beside the same amount said with that bound in its own language (`不超过 10 秒` then a heading
 * `10 秒钟`: the bound's translation is the sentence's). `about` points nowhere: against `about` only a
 * bound whose own words do not estimate disagrees (`約18,600小時` against `more than 18,600 hours`).
 */
export function qualifierDisagreement(z: Placed, e: Placed, zh: readonly Placed[], en: readonly Placed[]): 'opposite' | 'nearly' | 'bound' | undefined {
  const [sz, se] = [said(z), said(e)];
  const bounds = (s: Said) => s === 'up' || s === 'down';
  if (bounds(sz) && bounds(se)) return sz !== se ? 'opposite' : undefined;
  if (sz !== 'none' && se !== 'none' && !bounds(sz) && !bounds(se)) return undefined;
  const [bound, bare, bareSide] = bounds(sz) ? [z, e, en] : bounds(se) ? [e, z, zh] : [];
  if (!bound || !bare || !bareSide) return undefined;
  // `about` against a bound (`約18,600小時`, `more than 18,600 hours`): the bound claims what `about` does not, unless its own words estimate too (`保守估计至少有 600 万人`, `An estimated 6 million`)
  if (said(bare) === 'about' && ESTIMATE_BEFORE.test(bound.at.doc.text.slice(Math.max(0, bound.at.figure.start - 16), bound.at.figure.start))) return undefined;
  const q = bound.at.figure.qualifier;
  if (q !== 'over' && q !== 'nearly' && q !== 'under') return undefined;
  // `carried 48.62 million passengers … over 514.0 million vehicle-kilometres`: `over` an amount given to a decimal zero spreads the passengers across it; no bound claims that precision
  if (q === 'over' && TO_A_DECIMAL_ZERO.test(bound.at.figure.text)) return undefined;
  const way = said(bound);
  const restated = bareSide.some((o) => o !== bare && o.at.doc === bare.at.doc && Math.abs(o.at.figure.start - bare.at.figure.start) <= RESTATED && inBase(o) === inBase(bare) && said(o) === way);
  if (restated || saysBound(bare, way)) return undefined;
  // the amount said exactly too, on the bound's side and within the other's rounding (`近550万人次` and `about 5.5 million` of
  // 5.48 million): each language rounds it its own way, no slip
  const exact = exactOfBound(z, e, zh, en);
  if (exact && heldByExact(bound, bare, [...exact.exactZh, ...exact.exactEn], way)) return undefined;
  return q === 'nearly' ? 'nearly' : 'bound';
}

/** Whether every exact figure lies on the bound's side of it and within what the other side's figure rounds. */
function heldByExact(bound: Placed, other: Placed, exact: readonly Placed[], way: Said): boolean {
  const { lo, hi } = intervalOf(other.at.figure);
  const [b, from, to] = [inBase(bound), lo * other.factor, hi * other.factor];
  return exact.every((p) => (way === 'down' ? inBase(p) < b : inBase(p) > b) && inBase(p) >= from - 1e-9 * to && inBase(p) <= to * (1 + 1e-9));
}

/** A number written to a decimal that ends in zero (`514.0`, `12.50`). */
const TO_A_DECIMAL_ZERO = /\d\.\d*0(?!\d)/;

/** How close to a bound an exact figure stands to be the amount the bound rounds (`128.64 million` under `nearly 130 million`). */
const EXACT_REACH = 0.05;

/**
 * The figures that state exactly the amount a bound and its translation round (a table's 128.64 of `超过 1.3 亿平方米`), in more
 * digits than the bound, of the measure as each language's bound names it, the latest year's; undefined when there are none.
 */
function exactOfBound(z: Placed, e: Placed, zh: readonly Placed[], en: readonly Placed[]): { exactZh: Placed[]; exactEn: Placed[] } | undefined {
  const bound = inBase(z);
  const digits = digitsOf(z);
  // of the measure as its language's bound names it (`5,106 人` is no exact count of `超 5,000 场`), and of the year the
  // bound is (`较上年的29.4%`, `up 1.0 percentage point from 29.4%` is last year's, no exact figure of `超过30%`)
  const exact = (p: Placed, said: Placed) =>
    p.at.figure.qualifier === 'exact' &&
    p.dimension === z.dimension &&
    sameCountedUnit(p.at.figure.unit, said.at.figure.unit) &&
    inBase(p) !== bound &&
    Math.abs(inBase(p) - bound) <= EXACT_REACH * bound &&
    digitsOf(p) > digits &&
    !saidAsPrior(p.at.doc.text, p.at.figure) &&
    !inPriorYearBracket(p.at.doc.text, p.at.figure);
  const [nearZh, nearEn] = [zh.filter((p) => exact(p, z)), en.filter((p) => exact(p, e))];
  // nor a table's earlier column (`Women employees  %  30.4  29.4` under 2024 and 2023)
  // (a figure of running text that names no year is no earlier year's, and leaves the latest to those that do)
  const latest = Math.max(...[...nearZh, ...nearEn].map(yearOf).filter(Number.isFinite));
  const [exactZh, exactEn] = [nearZh.filter((p) => !(yearOf(p) < latest)), nearEn.filter((p) => !(yearOf(p) < latest))];
  return exactZh.length + exactEn.length > 0 ? { exactZh, exactEn } : undefined;
}

/**
 * Bounds pointing opposite ways (`超过 1.3 亿平方米` against `nearly 130 million m²`) where the report states
 * the amount exactly too, in more digits than the bound (a table's 128.64): the exact figure says which
 * bound is wrong. Every such figure in the unit its language's bound names, in either language, on one
 * side of the bound, the bound it contradicts is the slip (the other holds), shown by the exact figure in
 * the other language nearest it, and the one of its own language nearest it when that states it too (`ownExact`); undefined
 * when no exact figure decides.
 */
export function boundAgainstExact(z: Placed, e: Placed, zh: readonly Placed[], en: readonly Placed[]): { wrong: Placed; exact: Placed; ownExact?: Placed } | undefined {
  const found = exactOfBound(z, e, zh, en);
  if (!found) return undefined;
  const { exactZh, exactEn } = found;
  const all = [...exactZh, ...exactEn];
  const bound = inBase(z);
  const below = all.every((p) => inBase(p) < bound);
  if (!below && !all.every((p) => inBase(p) > bound)) return undefined;
  // under the bound, `over` is wrong; above it, `nearly`
  const wrongWay: Said = below ? 'up' : 'down';
  const wrong = said(z) === wrongWay ? z : said(e) === wrongWay ? e : undefined;
  if (!wrong) return undefined;
  // the translation's exact figure, else the wrong bound's own language's (`近4,900万人次` against its own section's `4,926万人次`)
  const [theirs, own] = wrong === z ? [exactEn, exactZh] : [exactZh, exactEn];
  const nearest = (ps: readonly Placed[]) => ps.reduce<Placed | undefined>((best, p) => (best === undefined || Math.abs(p.pos - wrong.pos) < Math.abs(best.pos - wrong.pos) ? p : best), undefined);
  const exactFigure = nearest(theirs.length > 0 ? theirs : own);
  // (the wrong bound's own file stating the amount too contradicts it as well: `与近2.4万户竹农` against its own section's 24,360户 and the English 24,360)
  const ownExact = theirs.length > 0 ? nearest(own) : undefined;
  return exactFigure && { wrong, exact: exactFigure, ...(ownExact && { ownExact }) };
}

/**
 * Whether two counted nouns are one: alike, or one the other with words before it (`bamboo farming households` of
 * `farming households`), the extraction reading the noun phrase as far as each sentence says it.
 */
function sameCountedUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return /^[a-z]/i.test(short) && long.endsWith(` ${short}`);
}

/** The latest year a figure's period names (`2024`, `FY2023/24`'s 2024), NaN when it names none. */
function yearOf(p: Placed): number {
  const years = (p.at.figure.period ?? '').match(/(?:19|20)\d{2}/g);
  return years ? Math.max(...years.map(Number)) : NaN;
}

/** A figure and its translation of one amount in digits, one said `about` and the other with a bound (`約18,600小時`, `more than 18,600 hours`). */
export function aboutAgainstBound(z: Placed, e: Placed): boolean {
  const [sz, se] = [said(z), said(e)];
  if (!((sz === 'about' && (se === 'up' || se === 'down')) || (se === 'about' && (sz === 'up' || sz === 'down')))) return false;
  return inBase(z) === inBase(e) && writtenNumber(z.at.figure.text) !== undefined && writtenNumber(e.at.figure.text) !== undefined;
}

/** Words before a figure that say it is estimated (`保守估计至少有`, `an estimated`, `approximately`). */
const ESTIMATE_BEFORE = /估计|估計|估算|约|約|大约|大約|\b(?:estimated?|about|approximately|around|roughly)\b/i;

/** Words that bound a figure, before it or (Chinese) after it, by the way they point. */
const BOUND_BEFORE = {
  up: /(?:\b(?:above|over|more than|at least|in excess of|exceed(?:ing|ed|s)?|beyond|passed|crossed|topped|surpass(?:ed|es|ing)?)|超过|超過|逾|至少|不少于|不少於)\s*$/i,
  down: /(?:\b(?:below|under|less than|nearly|almost|up to|fewer than)|近|不到|不足|低于|低於)\s*$/i,
};
const BOUND_AFTER = { up: /^\s*(?:以上|多)/, down: /^\s*(?:以下|以内|以內)/ };

/**
 * The bare figure's own words bound it the same way (`supply reliability stayed above 99.999%`,
 * whose `above` extraction does not read as a qualifier; `待机功耗降至3瓦以下`, its unit between the number and
 * `以下`): no bound dropped in translation.
 */
function saysBound(bare: Placed, way: Said): boolean {
  if (way !== 'up' && way !== 'down') return false;
  const { text } = bare.at.doc;
  const { start, end, unit } = bare.at.figure;
  return BOUND_BEFORE[way].test(text.slice(Math.max(0, start - 16), start)) || BOUND_AFTER[way].test(afterUnit(text.slice(end, end + 4 + unit.length), unit));
}

/** The words after a figure's number past its unit when the unit is written there (`瓦以下` → `以下`). */
function afterUnit(after: string, unit: string): string {
  const trimmed = after.trimStart();
  return unit !== '' && trimmed.startsWith(unit) ? trimmed.slice(unit.length) : after;
}
