import { NORM, CLASS, C_ZHNUM } from './normalize';
import { ZH_SCALE } from './scales';

// Chinese numerals (`一亿`, `六十`, `两三`, `数十亿`, `三分之一`, `二点六亿`): each parser reads a
// number at an anchor and reports its extent; scale words after the number, units and
// qualifiers belong to the assembler (chinese.ts). Numbers in digits are digits.ts's.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

const ZH_DIGIT: ReadonlyMap<number, number> = new Map(
  (
    [
      // Formal numerals (壹, 陆, 伍…) are left out: as ordinary characters (陆地, 伍) they are far commoner.
      ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6],
      ['七', 7], ['八', 8], ['九', 9],
    ] as const
  ).map(([ch, v]) => [ch.charCodeAt(0), v]),
);

const VAGUE_ZH = new Set(['数', '几'].map((c) => c.charCodeAt(0)));
const HALF = '半'.charCodeAt(0);
/** The qualifiers a bare 半 takes as a share (过半, 超半, 逾半, 近半). */
const HALF_PREFIX = new Set(Array.from('过超逾近', (c) => c.charCodeAt(0)));
/** What may follow such a 半: the clause's end, 的 or 以上. */
const HALF_END = /^(?:$|[\s，。；：、！？,.;:!?）)”」]|的|以上)/;
const YI = '亿'.charCodeAt(0);
const WAN = '万'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
const ZHI = '之'.charCodeAt(0);

export interface ZhNumber {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  /** `数百万`, `几十万`, `亿万`: the value is the named scale, the qualifier `over`. */
  vague: boolean;
  /** Only scale characters (`千万`, `百`): needs a qualifier or a noun to be a figure. */
  pureScale: boolean;
  /** Digit by digit (`二〇二一`): a year or a code, not a quantity. */
  digitString: boolean;
  /** `三分之一`, `一半`, `半数`: a share, reported in %. */
  percent: boolean;
  /** `千分之三点二`: a share in thousandths, reported in ‰ as the text states it. */
  perMille?: boolean;
  /** Scale characters the value includes (so the assembler does not apply them twice). */
  hasScale: boolean;
}

/**
 * The longest run of numeral characters read as one number: a standard numeral below 1e16 is at
 * most 31 characters (九千九百九十九万…). A longer run is no number, and reading it as one would
 * cost time and stack in proportion to its length.
 */
const MAX_ZH_NUMERAL = 32;

/** Chinese numeral starting at `i`, or null when the characters there are not a number (`数据`, `十四五`). */
export function parseChinese(text: string, i: number): ZhNumber | null {
  return parseChineseAt(text, i, true);
}

/** `shares`: whether `X分之Y` is read; off for the Y, so `一分之一分之一…` is not read to its end. */
function parseChineseAt(text: string, i: number, shares: boolean): ZhNumber | null {
  const first = code(text, i);
  if (VAGUE_ZH.has(first)) {
    let j = i + 1;
    let factor = 1;
    while (ZH_SCALE.has(code(text, j))) factor *= ZH_SCALE.get(code(text, j++))!;
    if (j === i + 1) return null;
    return { start: i, end: j, value: factor, vague: true, pureScale: true, digitString: false, percent: false, hasScale: true };
  }
  if (first === HALF) {
    if (code(text, i + 1) === '数'.charCodeAt(0)) return share(i, i + 2, 50);
    // 过半, 超半, 逾半, 近半 ending a clause (`员工人数过半`, `占比近半`): half, as 半数 (not 半年, 半导体)
    if (HALF_PREFIX.has(code(text, i - 1)) && HALF_END.test(text.slice(i + 1, i + 3))) return share(i, i + 1, 50);
    return null;
  }
  let j = i;
  while ((ZH_DIGIT.has(code(text, j)) || ZH_SCALE.has(code(text, j))) && j - i <= MAX_ZH_NUMERAL) j++;
  if (j === i || j - i > MAX_ZH_NUMERAL) return null;
  // 一半
  if (j === i + 1 && first === '一'.charCodeAt(0) && code(text, j) === HALF) return share(i, j + 1, 50);
  const chars: number[] = [];
  for (let k = i; k < j; k++) chars.push(code(text, k));

  // X分之Y
  if (code(text, j) === FEN && code(text, j + 1) === ZHI) {
    if (!shares) return null; // a share of a share is no number
    const den = zhValue(chars);
    const num = parseChineseAt(text, j + 2, false);
    if (den !== null && den > 0 && num && !num.vague && !num.percent) {
      if (den === 1000) return { ...share(i, num.end, num.value), perMille: true };
      return share(i, num.end, (num.value / den) * 100);
    }
    return null;
  }

  const hasScale = chars.some((c) => ZH_SCALE.has(c));
  const pureScale = chars.every((c) => ZH_SCALE.has(c));
  // 亿万, 万千: a descending pair of bare scales is the idiom for "countless", valued at the larger.
  if (pureScale && chars.length === 2 && ZH_SCALE.get(chars[0]!)! > ZH_SCALE.get(chars[1]!)!) {
    return { start: i, end: j, value: ZH_SCALE.get(chars[0]!)!, vague: true, pureScale: true, digitString: false, percent: false, hasScale: true };
  }
  // 千千万万: two bare scales each said twice, "countless" too, valued at the scale they make together (千万)
  if (pureScale && chars.length === 4 && chars[0] === chars[1] && chars[2] === chars[3] && chars[0] !== chars[2]) {
    return { start: i, end: j, value: ZH_SCALE.get(chars[0]!)! * ZH_SCALE.get(chars[2]!)!, vague: true, pureScale: true, digitString: false, percent: false, hasScale: true };
  }
  // 两三, 三四十, 七八千: two adjacent digits are a range.
  const d1 = ZH_DIGIT.get(chars[0]!);
  const d2 = chars.length > 1 ? ZH_DIGIT.get(chars[1]!) : undefined;
  if (d1 !== undefined && d2 !== undefined && d2 === d1 + 1 && d1 > 0 && chars.slice(2).every((c) => ZH_SCALE.has(c))) {
    let factor = 1;
    for (const c of chars.slice(2)) factor *= ZH_SCALE.get(c)!;
    return { start: i, end: j, value: d1 * factor, valueMax: d2 * factor, vague: false, pureScale: false, digitString: false, percent: false, hasScale: chars.length > 2 };
  }
  if (!hasScale && chars.length > 1) {
    let v = 0;
    for (const c of chars) v = v * 10 + ZH_DIGIT.get(c)!;
    return { start: i, end: j, value: v, vague: false, pureScale: false, digitString: true, percent: false, hasScale: false };
  }
  const v = zhValue(chars);
  if (v === null) return null;
  const dec = pureScale ? null : decimalAfter(text, j, chars);
  if (dec) return { start: i, end: dec.end, value: (v + dec.fraction) * dec.factor, vague: false, pureScale: false, digitString: false, percent: false, hasScale: hasScale || dec.factor > 1 };
  return { start: i, end: j, value: v, vague: false, pureScale, digitString: false, percent: false, hasScale };
}

const POINT = '点'.charCodeAt(0);

/**
 * A decimal part written in words (`三点二`, `九十六点五`, `二点六亿`): `点`, digits one by one, and
 * then only 万 or 亿. The whole part has no 万 or 亿 of its own; a 十, 百 or 千 after the digits
 * makes `点` an hour (`三点二十分`), not a decimal point.
 */
function decimalAfter(text: string, j: number, whole: readonly number[]): { end: number; fraction: number; factor: number } | null {
  if (code(text, j) !== POINT || whole.includes(WAN) || whole.includes(YI)) return null;
  let k = j + 1;
  let digits = '';
  while (ZH_DIGIT.has(code(text, k)) && digits.length < 12) digits += String(ZH_DIGIT.get(code(text, k++)));
  if (digits === '') return null;
  let factor = 1;
  while (code(text, k) === WAN || code(text, k) === YI) factor *= ZH_SCALE.get(code(text, k++))!;
  if (factor === 1 && ZH_SCALE.has(code(text, k))) return null;
  return { end: k, fraction: Number(`0.${digits}`), factor };
}

function share(start: number, end: number, pct: number): ZhNumber {
  return { start, end, value: pct, vague: false, pureScale: false, digitString: false, percent: true, hasScale: false };
}

/** Value of a Chinese numeral written with 十百千万亿; null when ill-formed. */
export function zhValue(chars: readonly number[]): number | null {
  const yi = chars.indexOf(YI);
  if (yi >= 0) {
    const left = yi === 0 ? 1 : zhValue(chars.slice(0, yi));
    const right = yi === chars.length - 1 ? 0 : zhValue(chars.slice(yi + 1));
    if (left === null || right === null || right >= 1e8) return null;
    return left * 1e8 + right;
  }
  const wan = chars.indexOf(WAN);
  if (wan >= 0) {
    const left = wan === 0 ? 1 : zhBelowWan(chars.slice(0, wan));
    const right = wan === chars.length - 1 ? 0 : zhBelowWan(chars.slice(wan + 1));
    if (left === null || right === null) return null;
    return left * 1e4 + right;
  }
  return zhBelowWan(chars);
}

function zhBelowWan(chars: readonly number[]): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastMult = Infinity;
  let zero = false;
  for (const c of chars) {
    const d = ZH_DIGIT.get(c);
    if (d !== undefined) {
      if (d === 0) {
        zero = true;
        continue;
      }
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const m = ZH_SCALE.get(c);
    if (m === undefined || m >= 1e4 || m >= lastMult) return null;
    total += (digit ?? 1) * m;
    digit = null;
    lastMult = m;
  }
  if (digit !== null) {
    // 一百五 is colloquially 150; with 零 (一百零五) the digit is units.
    total += !zero && lastMult !== Infinity && lastMult >= 100 ? (digit * lastMult) / 10 : digit;
  }
  return total;
}

/** Whether the character at `i` may start a Chinese numeral. */
export const isZhNumeralAt = (text: string, i: number): boolean => CLASS[text.charCodeAt(i)] === C_ZHNUM;
