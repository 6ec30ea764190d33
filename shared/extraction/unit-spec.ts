import { codeAt as code, isLetterCode, isWhiteCode, normSlice } from './normalize';
import { enScaleAt, zhScaleBeforeUnit } from './scales';
import { EN_UNIT_TABLE, ZH_UNIT_TABLE } from './units';
import { moneyAt, SCALE_ABBREVIATIONS } from './money-spec';
import type { Money } from './money-spec';
import type { Unit, UnitKind } from './units';

// How a table says the scale and unit of its bare cells, once, in a caption or a header:
// `(million tonnes CO2-e)`, `单位：万吨`, `RMB million`, `人民币百万元`, `(in thousands)`,
// `HK$'000`, `tCO2e`, `(%)`. A spec is read only when every word of it is a currency, a scale, a
// unit or a filler word (`in`, `unit`, `单位`), so a caption's prose never reads as one.

export interface UnitSpec {
  /** What a cell's number is multiplied by (1 when the spec gives only a unit). */
  factor: number;
  unit: Unit | null;
  /** The statement lists `%` beside its unit (`单位：亿元、%`): a column headed by a share or a rate holds percentages. */
  percentColumns?: boolean;
}

const FILLERS = [
  'units', 'unit', 'in', 'of', '单位', '單位', 'expressed in',
  // `£m unless stated`: the table's default, which a row's own unit overrides
  'unless otherwise stated', 'unless otherwise indicated', 'unless otherwise specified', 'unless stated', 'unless indicated',
  // `金额单位均以人民币百万元列示` (amounts are stated in RMB million)
  '金额单位', '均以', '均为', '列示',
  // `(RMB million, except percentages)`: the scale is every other cell's (`百分比除外` is ZH_EXCEPT's)
  'except percentages', 'except for percentages', 'except ratios', 'except per share data',
  // `(amounts x €1,000)`, as Dutch reports write the scale: a multiplier of the amounts
  'amounts', 'amount',
];

/**
 * Per-share rows state a currency's hundredth (`Basic EPS (p)`, `每股盈利（港仙）`): a unit of its own,
 * which keeps the table's scale (`£m`, `百万港元`) off the row.
 */
const SUBUNITS: ReadonlyArray<readonly [string, Unit]> = [
  ['hk cents', { unit: 'HK cents', kind: 'currency' }],
  ['us cents', { unit: 'US cents', kind: 'currency' }],
  ['港仙', { unit: 'HK cents', kind: 'currency' }],
  ['美分', { unit: 'US cents', kind: 'currency' }],
  ['pence', { unit: 'GBp', kind: 'currency' }],
  ['cents', { unit: 'cents', kind: 'currency' }],
  ['p', { unit: 'GBp', kind: 'currency' }],
];

function subunit(s: string): UnitSpec | null {
  const t = normSlice(s, 0, s.length).trim().toLowerCase();
  for (const [w, unit] of SUBUNITS) if (t === w) return { factor: 1, unit };
  return null;
}

/**
 * A bilingual statement (`百萬港元 HK$ million`, `千個千瓦時 '000 kWh`) says the same thing twice:
 * read each language's half alone, and take it when both halves agree.
 */
function bilingual(s: string): UnitSpec | 'disagree' | null {
  // the English half may open with its scale in digits (`万吨 10,000 tonnes`)
  const m = /^([^A-Za-z\d$£€¥'’]*[\u3400-\u9fff][^A-Za-z\d$£€¥'’]*?)\s+([A-Za-z\d$£€¥'’].*)$/.exec(s);
  if (!m) return null;
  const zh = readSpec(m[1]!, false);
  const en = readSpec(m[2]!, false);
  // a measure word and the noun it counts (`人 persons`, `家 companies`): the Chinese one is the unit
  if (zh && (!en || en.unit?.kind === 'count') && zh.factor === 1 && zh.unit?.kind === 'count' && /^[a-z]+$/i.test(m[2]!)) return zh;
  if (!zh || !en) return null;
  // a scale in one script and the unit in the other (`百万 HK$`, `千 $`, `万 tCO2e`): one statement in two parts
  if (zh.unit === null && en.factor === 1) return { factor: zh.factor, unit: en.unit };
  if (en.unit === null && zh.factor === 1) return { factor: en.factor, unit: zh.unit };
  // the same duration named in each language (`小時 hours`, `天 days`): the Chinese one, as a measure word
  const sameUnit = zh.unit?.unit === en.unit?.unit || (en.unit !== null && DURATION_IN_ENGLISH[zh.unit?.unit ?? ''] === en.unit.unit);
  return zh.factor === en.factor && sameUnit ? zh : 'disagree';
}
const DURATION_IN_ENGLISH: Readonly<Record<string, string>> = { 小时: 'hours', 天: 'days', 日: 'days', 分钟: 'minutes', 年: 'years', 月: 'months' };
// `/` is no separator: `tCO2e / RMB million` is a rate, not a unit a cell can take
const SEPARATORS = new Set(Array.from(':：,，、()（）[]', (c) => c.charCodeAt(0)));

/** First characters (lower-cased) of the fillers of four characters or more: the only places one is looked for before a scale. */
const LONG_FILLER_STARTS = new Set(FILLERS.filter((f) => f.length >= 4).map((f) => f.charCodeAt(0) | 0x20));

/** An ASCII letter in lower case, any other character as it is. */
const foldAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
/** First characters of every filler: a character not among them starts none. */
const FILLER_STARTS = new Set(FILLERS.map((f) => foldAscii(f.charCodeAt(0))));

function fillerAt(s: string, i: number): number {
  if (!FILLER_STARTS.has(foldAscii(s.charCodeAt(i)))) return -1;
  for (const f of FILLERS) {
    if (s.slice(i, i + f.length).toLowerCase() === f && !(isLetterCode(code(s, i + f.length)) && isLetterCode(code(s, i + f.length - 1)))) return i + f.length;
  }
  return -1;
}

/** The spec that `s` is entirely, or null. */
export function readSpec(s: string, halves = true): UnitSpec | null {
  const sub = subunit(s);
  if (sub) return sub;
  if (halves) {
    const both = bilingual(s);
    if (both === 'disagree') return null;
    if (both) return both;
  }
  let factor = 1;
  let unit: Unit | null = null;
  let currency: Unit | null = null;
  let i = 0;
  let words = 0;
  let times = false;
  let digits = false;
  const hasExcept = s.includes('除');
  while (i < s.length) {
    const c = code(s, i);
    if (isWhiteCode(c) || SEPARATORS.has(c)) {
      i++;
      continue;
    }
    // `(in thousands, except percentages and per-employee data)`, `(EUR m unless stated otherwise)`:
    // what follows `except` or `unless` names the rows the statement leaves out, not a unit
    if (words > 0 && (foldAscii(c) === 0x65 || foldAscii(c) === 0x75) && /^(?:except|unless)\s/i.test(s.slice(i, i + 7))) break;
    // `（单位：亿元，比例除外）`, `除另有说明外`: a Chinese clause naming the rows the statement leaves
    // out, skipped whole (its `百分比` would otherwise read as the scale `百`)
    const except = hasExcept ? ZH_EXCEPT.exec(s.slice(i, i + ZH_EXCEPT_REACH)) : null;
    if (except) {
      i += except[0].length;
      continue;
    }
    // a long filler first
    const long = LONG_FILLER_STARTS.has(s.charCodeAt(i) | 0x20) ? fillerAt(s, i) : -1;
    if (long - i >= 4) {
      i = long;
      continue;
    }
    // `x €1,000`, `× 1.000`: a multiplier, then the power of ten in digits (its currency may stand between)
    if (!times && (c === 0x78 || c === 0xd7) && !isLetterCode(code(s, i + 1)) && !isLetterCode(code(s, i - 1))) {
      times = true;
      i++;
      continue;
    }
    const power = times ? TIMES_POWER.exec(s.slice(i)) : null;
    if (power) {
      factor *= 10 ** (power[0].replace(/\D/g, '').length - 1);
      i += power[0].length;
      times = false;
      words++;
      continue;
    }
    // a currency, with a scale abbreviation beside it in either order (`£m`, `EUR m`, `M€`, `bn USD`)
    const money: Money | null = currency || unit ? null : moneyAt(s, i);
    if (money) {
      currency = { unit: money.currency, kind: 'currency' };
      factor *= money.factor;
      i = money.end;
    } else if (s.startsWith("'000", i) || s.startsWith('’000', i)) {
      factor *= 1e3;
      i += 4 + pluralS(s, i + 4);
    } else if (words === 0 && !currency && !unit && LEADING_THOUSANDS.test(s.slice(i, i + 4)) && !/[\d,.]\s?$/.test(s.slice(Math.max(0, i - 2), i))) {
      // `(000 tonnes)`, `Gold produced (000 oz)`: the thousands without their apostrophe, standing first
      // (not the last group of a number: `per 200,000 hours`, `per 1 000 km`)
      factor *= 1e3;
      i += 3 + pluralS(s, i + 3);
    } else if (halves ? digitScaleOfUnit(s, i) : POWER_OF_TEN.test(s.slice(i, i + 12))) {
      // `10,000 tonnes`, `RMB 100 million`: a scale in digits, as the English half of a bilingual unit
      // cell translates 万 and 亿
      const m = (halves ? UNIT_POWER : POWER_OF_TEN).exec(s.slice(i, i + 12))!;
      digits = halves;
      factor *= Number(m[0].replace(/,/g, ''));
      i += m[0].length;
    } else if (currency && s.startsWith('000', i) && code(s, i + 3) !== 0x30) {
      // `£000`, `RMB000`: thousands of the currency
      factor *= 1e3;
      i += 3;
    } else {
      const es = isLetterCode(c) ? enScaleAt(s, i) : null;
      const zs = es ? null : zhScaleBeforeUnit(s, i);
      // a scale character that begins a unit (`千瓦时`) is the unit's
      const zu = ZH_UNIT_TABLE.matchForward(s, i);
      const eu = isLetterCode(c) || c === 0x25 ? EN_UNIT_TABLE.matchForward(s, i, { newlines: false }) : null;
      const u = zu && (!zs || zu.end > zs.end) ? zu : eu && !isLetterCode(code(s, eu.end)) ? eu : null;
      if (es && !isLetterCode(code(s, es.end))) {
        factor *= es.factor;
        i = es.end;
      } else if (u && (!unit || unit.unit === u.value.unit)) {
        // the same unit twice is a bilingual header (`吨二氧化碳当量 tCO2e`)
        unit = u.value;
        i = u.end;
        // a flow per day or year keeps its unit, as in running text (`171 Ml/d`)
        const per = PER_TIME.exec(s.slice(i));
        if (per) i += per[0].length;
      } else if (zs) {
        factor *= zs.factor;
        i = zs.end;
        // `千个千瓦时`: a measure word between the scale and the unit
        if (code(s, i) === 0x4e2a) i++;
      } else if (!unit && PIECES.test(s.slice(i, i + 7))) {
        // `Cartridge (piece)`: the row counts items, a word a unit statement alone may hold
        const w = PIECES.exec(s.slice(i, i + 7))![0];
        unit = { unit: w.toLowerCase(), kind: 'count' };
        i += w.length;
      } else if (unit && MASSES.has(unit.unit) && MASS_BASIS.test(s.slice(i, i + 5))) {
        // `tonnes GWT`, `t LWT`: a mass and the basis it is weighed on (gutted, live weight)
        i += MASS_BASIS.exec(s.slice(i, i + 5))![0].length;
        continue;
      } else {
        const f = fillerAt(s, i);
        if (f >= 0) {
          i = f;
          continue;
        }
        // `million CGT`, `million MMBTU`: a scale, then a unit's abbreviation the tables do not know ending the statement
        const abbr: RegExpExecArray | null = factor !== 1 && !unit && !currency ? ABBREVIATION_ENDING.exec(s.slice(i, i + ABBREVIATION_REACH)) : null;
        if (!abbr) return null;
        unit = { unit: abbr[1]!, kind: 'measure' };
        i += abbr[0].length;
      }
    }
    words++;
  }
  // a scale in digits states a unit's or a currency's (`1,000 ton`), never a bare number's
  if (words === 0 || times || (digits && !unit && !currency)) return null;
  if (currency && (!unit || unit.kind === 'currency')) unit = currency;
  else if (currency) return null;
  if (unit && !SPEC_KINDS.has(unit.kind)) return null;
  return factor === 1 && !unit ? null : { factor, unit };
}

/** `比例除外`, `百分比及比率除外`, `除另有说明外`, `除每股数据外`: a clause of exceptions, up to a separator or the end. */
const ZH_EXCEPT = /^(?:除[^:：,，、()（）\n]{1,8}?外|[^:：,，、()（）\n]{1,8}?除外)(?=$|[:：,，、()（）\s])/;
const ZH_EXCEPT_REACH = 12;

/** Capitals (then letters) a word long, up to the statement's end or a bracket's: an abbreviation as unit. */
const ABBREVIATION_ENDING = /^([A-Z]{2}[A-Za-z]{0,5})(?=\s*(?:[)）]\s*)?$)/;
const ABBREVIATION_REACH = 16;

/** Items counted, in a statement of unit only (`tens of thousand pieces of messages` in prose is no unit). */
const PIECES = /^(?:pieces|piece|pcs)(?![a-z])/i;

/** What a table may state for its cells: not a date, an age or a year, which label rather than measure. */
const SPEC_KINDS: ReadonlySet<UnitKind> = new Set(['currency', 'measure', 'percent', 'pp', 'count', 'duration']);

/** Ten to a million in digits, before a space: a scale, not a value (`100 million kWh`). */
/** `000` before a space or the end: the scale `'000` written without its apostrophe. */
const LEADING_THOUSANDS = /^000(?![\d,.])/;
/** `(000s)`, `('000s)`: the thousands said in the plural, an `s` ending the word; its length (1), else 0. */
const pluralS = (s: string, i: number): number => (code(s, i) === 0x73 && !isLetterCode(code(s, i + 1)) ? 1 : 0);
const POWER_OF_TEN = /^10(?:0|,?000|0,?000|,?000,?000)?(?= )/;

/** A thousand or a million in digits after a multiplier (`x 1,000`, `x €1.000.000`). */
const TIMES_POWER = /^1(?:[,. ]?000){1,2}(?![\d,.])/;

/**
 * A unit cell's scale in digits (`1,000 tCO2eq`, `1,000 ton`, `KRW 100 million`): a thousand or more
 * written with its separator, or a power of ten before a scale word; a unit must follow (checked by
 * the caller: a spec without one is a bare number).
 */
function digitScaleOfUnit(s: string, i: number): boolean {
  const m = UNIT_POWER.exec(s.slice(i, i + 12));
  if (!m) return false;
  const after = i + m[0].length + 1;
  if (/,000$/.test(m[0])) return isLetterCode(code(s, after)) && !enScaleAt(s, after);
  return enScaleAt(s, after) !== null;
}

const UNIT_POWER = /^(?:1,000,000|100,000|10,000|1,000|100|10)(?= )/;

const MASSES: ReadonlySet<string> = new Set(['t', 'kg', 'kt', 'Mt']);
/** A weighing basis in capitals after a mass (`GWT`, `LWT`, `HOG`, `WFE`), no word of the statement. */
const MASS_BASIS = /^[A-Z]{3,4}(?![A-Za-z0-9])/;
const PER_TIME = /^\s*(?:\/\s*(?:d|day|yr|year|a|annum|年|日|天)|per\s+(?:day|year|annum))(?![a-z])/i;

/** `(m courses)`, `(million visitors)`, `(million passenger trips)`: a scale before the plural noun the row counts; the noun is the label's. */
export function scaleOfCount(s: string): UnitSpec | null {
  const m = SCALE_OF_COUNT.exec(s) ?? SCALE_OF_DISTANCE.exec(s);
  if (!m) return null;
  const glued = SCALE_ABBREVIATIONS.find(([abbr]) => abbr === m[1]!.toLowerCase());
  const factor = glued ? glued[1] : enScaleAt(m[1]!, 0)?.factor;
  // `(million car-km)`: the distance run by what it names is the cells' unit, as `268.4 million car-km` is in a sentence
  return factor ? { factor, unit: m[2] ? { unit: m[2], kind: 'count' } : null } : null;
}
/**
 * `万标箱`, `亿自然箱` in a unit column, `单位：万剂` in a caption: 万 or 亿 (千, 百万, 千万) before a noun of what the
 * row counts that the unit tables do not know, as `million boxes` is in English; the noun is the cells' unit, as
 * `2,862.0万剂` gives it in a sentence. 百 alone opens units of its own (`百分点`), so it is none; the units 千 opens
 * (`千瓦`, `千克`) are the tables', read before this.
 */
export function zhScaleOfCount(s: string): UnitSpec | null {
  const m = ZH_SCALE_OF_COUNT.exec(s.trim());
  return m ? { factor: ZH_COUNT_SCALES[m[1]!]!, unit: { unit: m[2]!, kind: 'count' } } : null;
}
const ZH_COUNT_SCALES: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 萬: 1e4, 百万: 1e6, 百萬: 1e6, 千万: 1e7, 千萬: 1e7, 亿: 1e8, 億: 1e8 };
const ZH_SCALE_OF_COUNT = /^(百万|百萬|千万|千萬|千|万|萬|亿|億)([\u3400-\u9fff]{1,4})$/;

/** `(million car-km)`, `(thousand tonne-km)`: a scale before a distance run by what it names (cars, trains, passengers, tonnes). */
const SCALE_OF_DISTANCE = /^\s*(m|mn|bn|k|millions?|billions?|thousands?)\s+([a-z]{2,}-(?:km|kilometres|kilometers|miles))\s*$/i;
// up to two words before the plural noun (`million passenger trips`, `thousand parcel deliveries`), none of them a rate's `per`
const SCALE_OF_COUNT = /^\s*(m|mn|bn|k|millions?|billions?|thousands?|lakhs?|crores?)\s+(?:(?!per\b)[a-z][a-z-]*\s+){0,2}[a-z]{3,}s\s*$/i;

/**
 * `read` with a bounded memo of its answers for short text: the cells tried before values and the
 * captions and labels over them (`万元`, `(%)`, `单位：万千瓦时`) come back again and again.
 */
export function memoized(read: (s: string) => UnitSpec | null): (s: string) => UnitSpec | null {
  const memo = new Map<string, UnitSpec | null>();
  return (s) => {
    if (s.length > MAX_MEMO_KEY) return read(s);
    let spec = memo.get(s);
    if (spec === undefined) {
      if (memo.size >= MAX_MEMO) memo.clear();
      spec = read(s);
      memo.set(s, spec);
    }
    return spec;
  };
}
const MAX_MEMO = 4096;
const MAX_MEMO_KEY = 120;
