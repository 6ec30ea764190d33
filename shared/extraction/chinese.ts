import type { Qualifier } from '../domain/figure';
import { numberRead } from './candidate';
import type { GrammarResult } from './candidate';
import { CLASS, C_ZHNUM, codeAt as code, isCjkCode } from './normalize';
import { gapBackAcrossWrap } from './context';
import { parseChinese } from './chinese-numerals';
import type { ZhNumber } from './chinese-numerals';
import { ZH_UNIT_TABLE } from './units';
import { ZH_SCALE, zhScaleAt, zhScaleBeforeUnit } from './scales';
import { QUALIFIER_INFIX, ZH_SCALE_PREFIX, infixAcrossWrap } from './qualifiers';

// The grammar of Chinese numerals: the numeral itself (chinese-numerals.ts), `多`/`余` inside it
// (`十多万`), a qualifier that only a bare scale takes (`上千`), and ranges (`三至五天`).

const YI_ONE = 0x4e00; // 一
const SHI = 0x5341; // 十
const JI = 0x51e0; // 几
const YI_BY = 0x4ee5; // 以
const JI_COUNT = 0x8ba1; // 计
const GUO = 0x8fc7; // 过
const CHAO = 0x8d85; // 超
const LING = 0x96f6; // 零
/** Measure words that make `零` a count of none (`零宗事故`, `零起泄漏`); `零件`, `零售`, `零人工` are words. */
const ZERO_COUNTED = new Set(Array.from('宗起例名次个家项', (c) => c.charCodeAt(0)));
const ZH_RANGE_OR_SHARE = new Set(Array.from('至到半分成点', (c) => c.charCodeAt(0)));

/**
 * Fast path for the commonest numeral characters that start nothing: `一` not followed by
 * another numeral, a range, a share or a decimal point (一个, 一起, 统一), and `零` (零售).
 */
export function loneOne(text: string, i: number): boolean {
  const c = code(text, i);
  if (c === LING) return !ZERO_COUNTED.has(code(text, i + 1));
  if (c !== YI_ONE) return false;
  const d = code(text, i + 1);
  return CLASS[text.charCodeAt(i + 1)] !== C_ZHNUM && !ZH_RANGE_OR_SHARE.has(d) && !(d === FAN && doublingAt(text, i)) && !(d === BEI && grownByOnce(text, i)) && !onlyOne(text, i);
}

const JIN_ONLY = 0x4ec5; // 仅
const BU_NOT = 0x4e0d; // 不

/** `仅一个小时路程`, `仅一家门店`: one after 仅 (only) is counted, stressed as few, no article (`不仅一个` is `not only a`). */
export function onlyOne(text: string, i: number): boolean {
  return code(text, i - 1) === JIN_ONLY && code(text, i - 2) !== BU_NOT;
}

const BEI = 0x500d; // 倍
const GROWTH_VERBS = new Set(['增加', '增长', '增長', '提高', '提升', '上升', '扩大', '擴大']);
/** Qualifiers and particles that may stand between the verb and the numeral (`增加了近一倍`). */
const BETWEEN_VERB_AND_NUMERAL = new Set(Array.from('了近约超过逾将接', (c) => c.charCodeAt(0)));

/** `增加一倍`, `提高了近一倍`: grown by once itself, doubled (2 times), not `一倍` alone. */
function grownByOnce(text: string, i: number): boolean {
  let b = i;
  for (let k = 0; k < 3 && BETWEEN_VERB_AND_NUMERAL.has(code(text, b - 1)); k++) b--;
  return b >= 2 && GROWTH_VERBS.has(text.slice(b - 2, b));
}

const FAN = 0x756a; // 番
const FAN_VERB = 0x7ffb; // 翻
const LE = 0x4e86; // 了

/** `翻一番` (doubled), `翻了两番` (quadrupled): a numeral counting doublings, after 翻 and before 番. */
function doublingAt(text: string, i: number): boolean {
  const b = code(text, i - 1) === LE ? i - 2 : i - 1;
  return code(text, b) === FAN_VERB;
}

/** A scale character inside the numeral that begins a unit (`二千六百万千瓦`: the last 千 is kW's). */
function unitInside(text: string, z: ZhNumber): number {
  for (let j = z.start + 1; j < z.end; j++) {
    if (!ZH_SCALE.has(code(text, j))) continue;
    const unit = ZH_UNIT_TABLE.matchForward(text, j);
    if (unit && unit.end > z.end && unit.value.kind !== 'count') return j;
  }
  return -1;
}

/** The numeral at `i`, ending before a unit that begins inside it. */
function numeralAt(text: string, i: number): ZhNumber | null {
  const z = parseChinese(text, i);
  const cut = z && !z.percent && z.valueMax === undefined ? unitInside(text, z) : -1;
  if (cut < 0) return z;
  const head = parseChinese(text.slice(i, cut), 0);
  return head && head.end === cut - i ? { ...head, start: i, end: cut } : z;
}

export function readChinese(text: string, i: number): GrammarResult {
  const z = numeralAt(text, i);
  if (!z) {
    let j = i + 1;
    while (CLASS[text.charCodeAt(j)] === C_ZHNUM) j++;
    return { read: null, next: j };
  }
  const form = { script: 'zh' as const, pureScale: z.pureScale, digitString: z.digitString, justOne: false };
  const read = numberRead(z.start, z.end, z.value, form, { scaled: z.hasScale, vague: z.vague, range: z.valueMax !== undefined ? 'numbers' : 'none' });
  read.valueMax = z.valueMax;
  let qual: Qualifier | null = z.vague ? 'over' : null;
  if (z.percent) {
    read.unit = z.perMille ? '‰' : '%';
    read.kind = 'percent';
  }
  let p = z.end;
  if (!z.percent) {
    const inf = QUALIFIER_INFIX.matchForward(text, p) ?? infixAcrossWrap(text, z.start, p);
    if (inf && inf.value === 'over' && code(text, p) !== 0x51e0) {
      qual = 'over';
      p = inf.end;
      // 十多万: scale after the infix
      const zs = zhScaleAt(text, p);
      if (zs) {
        read.value *= zs.factor;
        read.reading.scaled = true;
        p = zs.end;
      }
    } else if (code(text, p) === JI && code(text, p - 1) === SHI && z.valueMax === undefined && !z.vague) {
      // 十几亿, 二十几万, 三十几个: 几 after the tens is their units digit, so more than the tens
      qual = 'over';
      p += 1;
      const zs = zhScaleBeforeUnit(text, p);
      if (zs) {
        read.value *= zs.factor;
        read.reading.scaled = true;
        p = zs.end;
      }
    }
  }
  // 过半, 超过半数: over half (近半 and 超过 are the tail's qualifiers)
  if (z.percent && z.value === 50 && qual === null && (code(text, i - 1) === GUO || code(text, i - 1) === CHAO)) qual = 'over';
  if (z.pureScale && !z.vague) {
    // `上⏎⏎百万会员`: a narrow column may wrap between the prefix and its scale, a blank line between
    const g = gapBackAcrossWrap(text, i);
    const pre = ZH_SCALE_PREFIX.matchBackward(text, i) ?? (g < i && isCjkCode(code(text, g - 1)) ? ZH_SCALE_PREFIX.matchBackward(text, g) : null);
    if (pre) qual = pre.value;
    // 以千万计的中小微企业: counted in tens of millions, a vague multiple as 数以万计
    else if (code(text, i - 1) === YI_BY && code(text, p) === JI_COUNT) qual = 'over';
  }
  // 三至五天, 三到五年
  if (!z.percent && z.valueMax === undefined && qual === null) {
    const c = code(text, p);
    if ((c === 0x81f3 || c === 0x5230 || c === 0x7e || c === 0x2d) && CLASS[text.charCodeAt(p + 1)] === C_ZHNUM) {
      const z2 = parseChinese(text, p + 1);
      if (z2 && !z2.percent && !z2.vague && z2.valueMax === undefined && z2.value > z.value) {
        let lo = z.value;
        if (z2.hasScale && !z.hasScale) lo *= z2.value / leadingDigitValue(text, z2.start);
        read.value = lo;
        read.valueMax = z2.value;
        read.reading.range = 'numbers';
        p = z2.end;
      }
    }
  }
  if (code(text, p) === FAN && !z.percent && read.reading.range === 'none' && z.value <= 5 && doublingAt(text, i)) {
    read.value = 2 ** z.value;
    read.unit = 'times';
    read.kind = 'times';
    p += 1;
    const more = QUALIFIER_INFIX.matchForward(text, p);
    if (more) {
      qual = more.value;
      p = more.end;
    }
    read.end = p;
    read.qualifier = qual;
    return { read, next: p };
  }
  if (code(text, p) === BEI && z.value === 1 && !z.hasScale && !z.percent && read.reading.range === 'none' && qual === null && grownByOnce(text, i)) {
    read.value = 2;
    read.unit = 'times';
    read.kind = 'times';
    read.end = p + 1;
    return { read, next: p + 1 };
  }
  form.justOne = z.value === 1 && !z.hasScale && !z.percent && !z.vague && read.reading.range === 'none';
  read.end = p;
  read.qualifier = qual;
  return { read, next: p };
}

/** For 三至五万: the factor the second number's scale applies (五万 → 1e4). */
function leadingDigitValue(text: string, i: number): number {
  const z = parseChinese(text, i);
  if (!z) return 1;
  let j = i;
  while (j < z.end && !zhScaleAt(text, j)) j++;
  const head = j > i ? parseChinese(text.slice(i, j), 0) : null;
  return head && head.value > 0 ? head.value : 1;
}
