import type { ExtractedFigure, Qualifier } from '../domain/figure';
import type { Candidate } from './candidate';
import {
  NORM,
  CLASS,
  C_ZHNUM,
  ANCHOR,
  A_DIGIT,
  A_LETTER,
  A_ZHNUM,
  isCjkCode,
  isDigitCode,
  isLetterCode,
  isNewlineCode,
  isSpaceCode,
  isWhiteCode,
} from './normalize';
import { parseArabic, parseSpacedDigits, parseChinese, parseEnglish, numberWordAt, lowerWordAt, hasNumberWordPrefix } from './numerals';
import type { ArabicNumber } from './numerals';
import { zhScaleAt, enScaleAfter, attachedScaleAt, enScaleAt } from './scales';
import { ZH_UNIT_TABLE, EN_UNIT_TABLE, CURRENCY_PREFIX, EN_GLUED_ONLY } from './units';
import type { Unit } from './units';
import { QUALIFIER_PREFIX, QUALIFIER_INFIX, QUALIFIER_SUFFIX, ZH_SCALE_PREFIX } from './qualifiers';
import { skipGap, skipGapBack, tagEnd, entityEnd, lastGapNewlines } from './gaps';
import { atLineEnd, atLineStart, tableCell, wordBefore } from './context';
import { zhCountedNoun, enCountedNoun, enPartitiveNoun, captionNoun, letterSpacedAt } from './nouns';
import type { EnNoun } from './nouns';
import { noiseReason } from './noise';
import { SentenceCache } from './sentences';
import { NextOccurrence } from './next-occurrence';

// The scanner: walks the text once, jumping between anchors (a digit, a Chinese numeral, the
// start of an English number word), builds a candidate at each anchor (numerals.ts for the
// number, scales/units/qualifiers for what surrounds it) and lets noise.ts reject what is not
// a claimed figure.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

export interface ScanOptions {
  /** Apply the noise filters (off when parsing a value the auditor typed). */
  filter: boolean;
  /** Record why candidates were rejected (debugging, tests). */
  onReject?: (c: Candidate, reason: string) => void;
}

interface State {
  text: string;
  /** Positions of scale words already claimed by a number in another column. */
  usedOrphans: Set<number>;
}


export function scan(text: string, opts: ScanOptions): Candidate[] {
  const out: Candidate[] = [];
  const st: State = { text, usedOrphans: new Set() };
  const n = text.length;
  let i = 0;
  while (i < n) {
    let a = ANCHOR[text.charCodeAt(i)]!;
    while (a === 0 && ++i < n) a = ANCHOR[text.charCodeAt(i)]!;
    if (i >= n) break;
    let cand: Candidate | null = null;
    let next = i + 1;
    if (a === A_DIGIT) {
      const r = fromArabic(st, i);
      cand = r.cand;
      next = r.next;
    } else if (a === A_ZHNUM && loneOne(text, i)) {
      next = i + 1;
    } else if (a === A_ZHNUM) {
      const r = fromChinese(st, i);
      cand = r.cand;
      next = r.next;
    } else if (a === A_LETTER) {
      const we = wordEnd(text, i);
      if ((i > 0 && ANCHOR[text.charCodeAt(i - 1)] === A_LETTER) || !mayStartNumberWord(text, i, we)) next = we;
      else {
        const r = fromWord(st, i, we);
        cand = r.cand;
        next = r.next;
      }
    } else if (code(text, i) === 0x3c) {
      next = skipMarkup(text, i);
    } else {
      const e = entityEnd(text, i);
      next = e > 0 ? e : i + 1;
    }
    if (cand) {
      const reason = opts.filter ? noiseReason(text, cand) : null;
      if (reason === null) {
        const prev = out[out.length - 1];
        if (!prev || prev.end <= cand.start) out.push(cand);
      } else opts.onReject?.(cand, reason);
      next = Math.max(next, cand.scanEnd);
    }
    i = Math.max(next, i + 1);
  }
  return out;
}

export function extract(text: string): ExtractedFigure[] {
  const sentences = new SentenceCache(text);
  return scan(text, { filter: true }).map((c) => toFigure(text, c, sentences));
}

export function toFigure(text: string, c: Candidate, sentences = new SentenceCache(text)): ExtractedFigure {
  const f: ExtractedFigure = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: round(c.value),
    unit: c.unit,
    qualifier: c.qualifier,
    sentence: { ...sentences.at(c.start, c.end) },
  };
  if (c.valueMax !== undefined) f.valueMax = round(c.valueMax);
  return f;
}

/** Drop binary noise from scale multiplication (`3.26 * 1e8`). */
function round(v: number): number {
  if (Number.isInteger(v) || !Number.isFinite(v)) return v;
  const r = Number(v.toPrecision(12));
  return Object.is(r, -0) ? 0 : r;
}

function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && ANCHOR[text.charCodeAt(i)] === A_LETTER) i++;
  return i;
}

/** End of an alphanumeric token with internal punctuation (`ISO14001`, `COVID-19`, `95188-1-2`, `v1.2.3`). */
function tokenEnd(text: string, i: number): number {
  for (;;) {
    const c = code(text, i);
    if (isDigitCode(c) || isLetterCode(c)) i++;
    else if ((c === 0x2d || c === 0x2e || c === 0x2f || c === 0x5f || c === 0x3a || c === 0x40) && (isDigitCode(code(text, i + 1)) || isLetterCode(code(text, i + 1)))) i++;
    else return i;
  }
}

/** `</script` and `</style`, in any case: where the body of each ends. */
const CLOSING_TAG = {
  script: new NextOccurrence((text, from) => closingTagIndex(text, 'script', from)),
  style: new NextOccurrence((text, from) => closingTagIndex(text, 'style', from)),
};

function closingTagIndex(text: string, name: string, from: number): number {
  for (let k = text.indexOf('</', from); k >= 0; k = text.indexOf('</', k + 2)) {
    let m = 0;
    while (m < name.length && (text.charCodeAt(k + 2 + m) | 0x20) === name.charCodeAt(m)) m++;
    if (m === name.length) return k;
  }
  return -1;
}

/** Skip an HTML tag (and the body of script/style), or a `<https://…>` autolink. */
function skipMarkup(text: string, i: number): number {
  const e = tagEnd(text, i);
  if (e < 0) return i + 1;
  const name = lowerWordAt(text, i + 1, 8);
  if (name === 'script' || name === 'style') {
    const close = CLOSING_TAG[name].in(text, e);
    if (close > 0) return close;
  }
  return e;
}

function skipUrl(text: string, i: number): number {
  while (i < text.length) {
    const c = code(text, i);
    if (isWhiteCode(c) || isCjkCode(c) || c === 0x3e || c === 0x29 || c === 0x22 || c === 0x27 || c === 0x5d || c > 0x2000) break;
    i++;
  }
  return i;
}

// ------------------------------------------------------------------ candidate skeleton

function blank(start: number, end: number, value: number, source: Candidate['source']): Candidate {
  return {
    start,
    end,
    numStart: start,
    numEnd: end,
    value,
    unit: '',
    kind: 'none',
    qualifier: 'exact',
    source,
    intDigits: 0,
    isInteger: Number.isInteger(value),
    hasSeparator: false,
    hasDecimal: false,
    leadingZero: false,
    scaled: false,
    vague: false,
    currency: false,
    range: false,
    rangeYears: false,
    nounSpaced: false,
    nounCapitalized: false,
    threshold: false,
    pureScale: false,
    digitString: false,
    justOne: false,
    tableCell: false,
    scanEnd: end,
  };
}

const isYearValue = (a: ArabicNumber): boolean => a.intDigits === 4 && !a.hasSeparator && !a.hasDecimal && a.value >= 1900 && a.value <= 2100;

// ------------------------------------------------------------------ Arabic numbers

interface Part {
  num: ArabicNumber;
  /** After the number, infix qualifier and scale. */
  end: number;
  factor: number;
  scaled: boolean;
  infix: Qualifier | null;
  percentEnd: number;
}

function readArabicNumber(text: string, i: number): ArabicNumber {
  if (isSpaceCode(code(text, i + 1)) && isDigitCode(code(text, i + 2)) || (code(text, i + 1) === 0x2c && code(text, i + 3) === 0x20)) {
    const sp = parseSpacedDigits(text, i);
    if (sp) return sp;
  }
  return parseArabic(text, i);
}

/** Number, then optional `多`/`余`, scale (`万`, `million`, `k`) and `多` again. */
function arabicPart(text: string, i: number, afterCurrency: boolean): Part {
  const num = readArabicNumber(text, i);
  let p = num.end;
  let factor = 1;
  let scaled = false;
  let infix: Qualifier | null = null;
  const inf = QUALIFIER_INFIX.matchForward(text, skipGap(text, p, 0));
  if (inf) {
    infix = inf.value;
    p = inf.end;
  }
  const attached = isLetterCode(code(text, p)) ? attachedScaleAt(text, p, afterCurrency) : null;
  if (attached) {
    factor = attached.factor;
    scaled = true;
    p = attached.end;
  } else {
    const g = skipGap(text, p, 0);
    const zhUnit = ZH_UNIT_TABLE.matchForward(text, g);
    const zs = zhUnit && zhUnit.end - g >= 2 && zhUnit.value.kind !== 'count' ? null : zhScaleAt(text, g);
    if (zs && !(zs.factor === 10 || zs.factor === 100 && code(text, zs.end) === 0x5206)) {
      factor = zs.factor;
      scaled = true;
      p = zs.end;
    } else {
      const es = enScaleAfter(text, p);
      if (es) {
        factor = es.factor;
        scaled = true;
        p = es.end;
      }
    }
  }
  if (scaled && !infix) {
    const g = skipGap(text, p, 0);
    const inf2 = QUALIFIER_INFIX.matchForward(text, g);
    if (inf2 && inf2.value === 'over') {
      infix = 'over';
      p = inf2.end;
    }
  }
  let percentEnd = -1;
  const g = skipGap(text, p, 0);
  if (code(text, g) === 0x25) percentEnd = g + 1;
  return { num, end: p, factor, scaled, infix, percentEnd };
}

function fromArabic(st: State, i: number): { cand: Candidate | null; next: number } {
  const text = st.text;
  const prev = code(text, i - 1);
  // Glued to letters (ISO14001, FY2022, G20, COVID-19) unless the letters are a currency (RMB4).
  if (isLetterCode(prev) || prev === 0x5f || prev === 0x40 || prev === 0x23 || prev === 0x5c || prev === 0x3d) {
    if (!(isLetterCode(prev) && CURRENCY_PREFIX.matchBackward(text, i))) return { cand: null, next: tokenEnd(text, i) };
  }
  if ((prev === 0x2d || prev === 0x2e || prev === 0x2f || prev === 0x3a) && (isLetterCode(code(text, i - 2)) || isDigitCode(code(text, i - 2)))) {
    return { cand: null, next: tokenEnd(text, i) };
  }
  const cur = currencyBefore(text, i);
  const first = arabicPart(text, i, cur !== null);
  const num = first.num;
  let p = num.end;
  const c0 = code(text, p);
  // Times, dotted codes and dates, slashes.
  if (!first.scaled && first.infix === null) {
    if (c0 === 0x3a && isDigitCode(code(text, p + 1))) return { cand: null, next: tokenEnd(text, i) };
    if (c0 === 0x2e && isDigitCode(code(text, p + 1))) return { cand: null, next: tokenEnd(text, i) };
    if (c0 === 0x2f && isDigitCode(code(text, p + 1))) return slashNumber(st, i, num);
  }

  const cand = blank(cur ? cur.start : num.start, num.end, num.value * first.factor, 'arabic');
  cand.numStart = num.start;
  cand.numEnd = num.end;
  cand.intDigits = num.intDigits;
  cand.isInteger = !num.hasDecimal;
  cand.hasSeparator = num.hasSeparator;
  cand.hasDecimal = num.hasDecimal;
  cand.leadingZero = num.leadingZero;
  cand.scaled = first.scaled;
  if (cur) {
    cand.currency = true;
    cand.unit = cur.unit;
    cand.kind = 'currency';
  }
  let qual: Qualifier | null = first.infix;
  p = first.percentEnd > 0 ? first.percentEnd : first.end;
  let isPercent = first.percentEnd > 0;

  // Range: "30,000 to 40,000", "1500-2000", "10%~20%", "3至5万".
  const rng = rangeAfter(text, p, cur !== null, cand.start);
  if (rng) {
    const second = rng.part;
    if (second.num.spaced === num.spaced) {
      const hi = second.num.value * second.factor;
      let lo = cand.value;
      if (!first.scaled && second.scaled) lo = num.value * second.factor;
      const thirdGroup = code(text, second.num.end) === 0x2d && isDigitCode(code(text, second.num.end + 1));
      if (thirdGroup) return { cand: null, next: tokenEnd(text, i) }; // 95188-1-2
      if (hi > lo || (isYearValue(num) && isYearValue(second.num))) {
        cand.value = lo;
        cand.valueMax = hi;
        cand.range = true;
        cand.rangeYears = isYearValue(num) && isYearValue(second.num);
        cand.scaled = first.scaled || second.scaled;
        cand.leadingZero ||= second.num.leadingZero;
        qual ??= second.infix;
        p = second.percentEnd > 0 ? second.percentEnd : second.end;
        isPercent ||= second.percentEnd > 0;
      } else if (rng.hyphen && !rng.spacedConnector) {
        return { cand: null, next: tokenEnd(text, i) }; // "102-1"
      }
    }
  }
  if (isPercent) {
    cand.unit = '%';
    cand.kind = 'percent';
  }
  cand.end = p;
  // Letters glued to the number that are neither scale nor unit: a code (5G, 3D, 1st handled as ordinal).
  if (!first.scaled && !cand.range && isLetterCode(code(text, num.end)) && !isPercent) {
    const u = EN_UNIT_TABLE.matchForward(text, num.end);
    if (!u) return { cand: null, next: tokenEnd(text, i) };
  }
  finishTail(st, cand, p, qual);
  return { cand, next: cand.scanEnd };
}

/** `1/3` is a share; `2019/2020` a period; anything else with a slash is a code or a date. */
function slashNumber(st: State, i: number, a: ArabicNumber): { cand: Candidate | null; next: number } {
  const text = st.text;
  const b = parseArabic(text, a.end + 1);
  const end = tokenEnd(text, i);
  if (end !== b.end || a.hasDecimal || b.hasDecimal) return { cand: null, next: end };
  if (a.value > 0 && b.value >= 2 && b.value <= 10 && a.value < b.value) {
    const cand = blank(i, b.end, (a.value / b.value) * 100, 'arabic');
    cand.unit = '%';
    cand.kind = 'percent';
    cand.hasDecimal = true;
    cand.isInteger = false;
    finishTail(st, cand, b.end, null);
    return { cand, next: cand.scanEnd };
  }
  return { cand: null, next: end };
}

interface RangeMatch {
  part: Part;
  hyphen: boolean;
  spacedConnector: boolean;
}

const RANGE_WORDS = new Set(['to', 'or']);

function rangeAfter(text: string, p: number, afterCurrency: boolean, figureStart: number): RangeMatch | null {
  const g = skipGap(text, p, 0);
  let q = g;
  const c = code(text, q);
  let hyphen = false;
  if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7e || c === 0xff5e || c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */) {
    hyphen = c === 0x2d;
    q++;
  } else if (isLetterCode(c)) {
    const w = lowerWordAt(text, q, 3);
    if (!RANGE_WORDS.has(w)) return null;
    // "from 10 to 20" is two figures, a change, not a range
    if (w === 'to' && wordBefore(text, figureStart, 1)?.word === 'from') return null;
    q += w.length;
  } else return null;
  const g2 = skipGap(text, q, 1);
  if (lastGapNewlines() > 0 && hyphen) return null;
  q = g2;
  if (code(text, q) === 0x24 || code(text, q) === 0xa5) q++; // "$10 to $20"
  if (!isDigitCode(code(text, q))) return null;
  const part = arabicPart(text, q, afterCurrency);
  return { part, hyphen, spacedConnector: g > p || g2 > q };
}

function currencyBefore(text: string, i: number): { start: number; unit: string } | null {
  const g = skipGapBack(text, i, 1);
  const m = CURRENCY_PREFIX.matchBackward(text, g);
  if (!m) return null;
  // a currency code on the previous line only when nothing else sits between
  return { start: m.end, unit: m.value };
}

// ------------------------------------------------------------------ Chinese numerals

const YI_ONE = 0x4e00; // 一
const LING = 0x96f6; // 零
const ZH_RANGE_OR_SHARE = new Set(Array.from('至到半分成', (c) => c.charCodeAt(0)));

/**
 * Fast path for the commonest numeral characters that start nothing: `一` not followed by
 * another numeral, a range or a share (一个, 一起, 统一), and `零` (零售).
 */
function loneOne(text: string, i: number): boolean {
  const c = code(text, i);
  if (c === LING) return true;
  if (c !== YI_ONE) return false;
  const d = code(text, i + 1);
  return CLASS[text.charCodeAt(i + 1)] !== C_ZHNUM && !ZH_RANGE_OR_SHARE.has(d);
}

function fromChinese(st: State, i: number): { cand: Candidate | null; next: number } {
  const text = st.text;
  const z = parseChinese(text, i);
  if (!z) {
    let j = i + 1;
    while (CLASS[text.charCodeAt(j)] === C_ZHNUM) j++;
    return { cand: null, next: j };
  }
  const cand = blank(z.start, z.end, z.value, 'zh');
  cand.valueMax = z.valueMax;
  cand.range = z.valueMax !== undefined;
  cand.vague = z.vague;
  cand.pureScale = z.pureScale;
  cand.digitString = z.digitString;
  cand.scaled = z.hasScale;
  cand.isInteger = Number.isInteger(z.value);
  let qual: Qualifier | null = z.vague ? 'over' : null;
  if (z.percent) {
    cand.unit = '%';
    cand.kind = 'percent';
  }
  let p = z.end;
  if (!z.percent) {
    const inf = QUALIFIER_INFIX.matchForward(text, p);
    if (inf && inf.value === 'over' && code(text, p) !== 0x51e0) {
      qual = 'over';
      p = inf.end;
      // 十多万: scale after the infix
      const zs = zhScaleAt(text, p);
      if (zs) {
        cand.value *= zs.factor;
        cand.scaled = true;
        p = zs.end;
      }
    }
  }
  if (z.pureScale && !z.vague) {
    const pre = ZH_SCALE_PREFIX.matchBackward(text, i);
    if (pre) qual = pre.value;
  }
  // 三至五天, 三到五年
  if (!z.percent && z.valueMax === undefined && qual === null) {
    const c = code(text, p);
    if ((c === 0x81f3 || c === 0x5230 || c === 0x7e || c === 0x2d) && CLASS[text.charCodeAt(p + 1)] === C_ZHNUM) {
      const z2 = parseChinese(text, p + 1);
      if (z2 && !z2.percent && !z2.vague && z2.valueMax === undefined && z2.value > z.value) {
        let lo = z.value;
        if (z2.hasScale && !z.hasScale) lo *= z2.value / leadingDigitValue(text, z2.start);
        cand.value = lo;
        cand.valueMax = z2.value;
        cand.range = true;
        p = z2.end;
      }
    }
  }
  cand.justOne = z.value === 1 && !z.hasScale && !z.percent && !z.vague && !cand.range;
  cand.end = p;
  finishTail(st, cand, p, qual);
  return { cand, next: cand.scanEnd };
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

// ------------------------------------------------------------------ English number words

/**
 * Cheap test before the trie: the word's first three letters must begin some number word, or
 * the word may open a URL or an e-mail address (skipped whole so their digits are not read).
 */
function mayStartNumberWord(text: string, i: number, we: number): boolean {
  const after = code(text, we);
  if (after === 0x3a || after === 0x2e || after === 0x40) return true;
  if (we - i < 3) return false;
  return hasNumberWordPrefix(code(text, i), code(text, i + 1), code(text, i + 2));
}

function fromWord(st: State, i: number, we: number): { cand: Candidate | null; next: number } {
  const text = st.text;
  const after = code(text, we);
  if (after === 0x3a || after === 0x2e || after === 0x40) {
    const w = lowerWordAt(text, i, 6);
    if ((w === 'http' || w === 'https' || w === 'www') && (after === 0x3a || after === 0x2e)) return { cand: null, next: skipUrl(text, i) };
    if (after === 0x40 || (after === 0x2e && isLetterCode(code(text, we + 1)) && isLetterCode(code(text, we + 2)) && looksLikeDomain(text, we))) {
      return { cand: null, next: skipUrl(text, i) };
    }
    if (we - i < 3 || !hasNumberWordPrefix(code(text, i), code(text, i + 1), code(text, i + 2))) return { cand: null, next: we };
  }
  if (!numberWordAt(text, i)) return { cand: null, next: we };
  const e = parseEnglish(text, i);
  if (!e) return { cand: null, next: we };
  let start = e.start;
  let value = e.value;
  let vague = e.vague;
  let qual: Qualifier | null = e.vague ? 'over' : null;
  if (e.bareScale) {
    // "a third", "a thousand yuan", "several hundred", "one million"
    const before = wordBefore(text, i, 1);
    const art = before?.word;
    if (art === 'a' || art === 'an' || art === 'one') start = before!.start;
    else if (art === 'several' || art === 'few' || art === 'some') {
      start = art === 'few' ? (wordBefore(text, before!.start)?.word === 'a' ? wordBefore(text, before!.start)!.start : before!.start) : before!.start;
      vague = true;
      qual = 'over';
    } else return { cand: null, next: e.end };
  }
  const cand = blank(start, e.end, value, 'en');
  cand.numStart = start;
  cand.numEnd = e.end;
  cand.vague = vague;
  cand.scaled = e.bareScale || value >= 100;
  cand.justOne = e.justOne;
  if (e.percent) {
    cand.unit = '%';
    cand.kind = 'percent';
  } else if (e.times) {
    cand.unit = 'times';
    cand.kind = 'times';
  }
  let p = e.end;
  // "two or three years", "two to three"
  if (!e.percent && !e.times) {
    const g = skipGap(text, p, 1);
    const conj = lowerWordAt(text, g, 3);
    if (conj === 'or' || conj === 'to') {
      const g2 = skipGap(text, g + conj.length, 1);
      if (isLetterCode(code(text, g2)) && numberWordAt(text, g2)) {
        const e2 = parseEnglish(text, g2);
        if (e2 && !e2.percent && !e2.times && !e2.bareScale && e2.value > value) {
          cand.valueMax = e2.value;
          cand.range = true;
          cand.justOne = false;
          p = e2.end;
        }
      }
    }
    // "four dollars", "3 million" after words: English scale words were read by the parser
    const es = cand.range ? null : enScaleAt(text, skipGap(text, p, 0));
    if (es && !e.vague) {
      value *= es.factor;
      cand.value = value;
      cand.scaled = true;
      cand.justOne = false;
      p = es.end;
    }
  }
  cand.end = p;
  if (cand.valueMax !== undefined && cand.valueMax < cand.value) cand.valueMax = undefined;
  finishTail(st, cand, p, qual);
  return { cand, next: cand.scanEnd };
}

function looksLikeDomain(text: string, i: number): boolean {
  // word.word.tld or word.com: a dot glued on both sides, within a token of no spaces
  let j = i;
  while (j < text.length && !isWhiteCode(code(text, j)) && j - i < 60) {
    const c = code(text, j);
    if (c === 0x2f) return true;
    j++;
  }
  const tld = lowerWordAt(text, i + 1, 4);
  return tld === 'com' || tld === 'cn' || tld === 'org' || tld === 'net' || tld === 'gov' || tld === 'edu' || tld === 'io';
}

// ------------------------------------------------------------------ shared tail: unit, qualifiers, context

/** Unit, per-unit suffix, trailing qualifier, prefix qualifier, orphan scale; sets span end and scanEnd. */
function finishTail(st: State, cand: Candidate, p: number, infix: Qualifier | null): void {
  const text = st.text;
  let qual = infix;
  if (cand.kind === 'none' || cand.kind === 'currency') {
    const u = unitAfter(st, cand, p);
    if (u) {
      if (u.unit.kind === 'currency' && cand.currency && u.end > p) {
        // "RMB 100 yuan" – keep the prefix's code
      }
      if (u.unit.kind === 'tenth') {
        if (cand.value <= 10 && !cand.scaled && !chengVerb(text, u.end)) {
          cand.value *= 10;
          if (cand.valueMax !== undefined) cand.valueMax *= 10;
          cand.unit = '%';
          cand.kind = 'percent';
          p = u.end;
        }
      } else if (u.noun) {
        // a currency stays the unit: `¥ 15,000,000,000 免除押金` counts yuan, not 免除押金
        if (!cand.currency) {
          cand.unit = u.unit.unit;
          cand.kind = 'noun';
          cand.nounSpaced = u.spaced;
          cand.nounCapitalized = u.capitalized;
        }
      } else if (!(cand.currency && u.unit.kind !== 'currency' && u.unit.kind !== 'count' && u.unit.kind !== 'measure')) {
        if (!(cand.currency && u.unit.kind === 'count')) {
          cand.unit = u.unit.unit;
          cand.kind = u.unit.kind;
        }
        p = u.end;
        // tables and financial statements put the scale after the currency: `4.0 RMB billion`
        const scale = u.unit.kind === 'currency' && !cand.scaled ? enScaleAt(text, skipGap(text, p, 0)) : null;
        if (scale) {
          cand.value *= scale.factor;
          if (cand.valueMax !== undefined) cand.valueMax *= scale.factor;
          cand.scaled = true;
          p = scale.end;
        }
      }
      if (u.unit.kind === 'big') {
        // 六大安全能力: the counted noun follows 大
        const noun = zhCountedNoun(text, p, 6);
        cand.unit = noun || '大';
        cand.kind = 'count';
      }
    }
  }
  // per-unit: 元/月, kWh/m2
  if ((cand.kind === 'currency' || cand.kind === 'measure') && code(text, p) === 0x2f) {
    const c = code(text, p + 1);
    if (isCjkCode(c)) p += 2;
    else if (isLetterCode(c)) {
      let j = p + 1;
      while (isLetterCode(code(text, j)) || isDigitCode(code(text, j))) j++;
      if (j - p <= 6) p = j;
    }
  }
  // trailing qualifiers
  const g = skipGap(text, p, 0);
  const suf = code(text, p) === 0x2b ? { end: p + 1, value: 'over' as const } : QUALIFIER_SUFFIX.matchForward(text, g);
  if (suf && !(suf.value === 'over' && (code(text, g) === 0x591a || code(text, g) === 0x4f59) && cand.kind === 'none')) {
    if (suf.value === 'threshold') cand.threshold = true;
    else qual ??= suf.value;
    if (suf.end - g <= 2 && !isLetterCode(code(text, g))) p = Math.max(p, g === p ? suf.end : p);
  }
  cand.end = Math.max(cand.end, p);
  cand.scanEnd = Math.max(cand.scanEnd, cand.end);
  // leading qualifier
  const pre = prefixQualifier(text, cand.start);
  if (pre) qual = pre;
  cand.qualifier = qual ?? 'exact';
  if (cand.vague && cand.qualifier === 'exact') cand.qualifier = 'over';
  if (cand.kind === 'none' && cand.source === 'arabic' && !cand.scaled && !cand.leadingZero) {
    const cell = tableCell(text, cand.start, cand.end);
    if (cell) {
      cand.tableCell = true;
      if (cell.unit) {
        cand.unit = cell.unit.unit;
        cand.kind = cell.unit.kind;
      }
    }
  }
  // a lone number in an interleaved column: its scale word may sit a few lines below
  if (!cand.scaled && cand.kind === 'none' && cand.source === 'arabic' && !cand.range && atLineStart(text, cand.start) && atLineEnd(text, cand.end)) {
    const orphan = orphanScale(st, cand.end);
    if (orphan) {
      cand.value *= orphan.factor;
      cand.scaled = true;
      const u = orphanNoun(text, orphan.end);
      if (u) {
        cand.unit = u;
        cand.kind = 'noun';
      }
    }
  }
}

/** Whether the line holding `[qualStart, lineEnd)` is long running text ending at `lineEnd` (a wrapped line, not a column). */
function wrappedProseBreak(text: string, qualStart: number, lineEnd: number): boolean {
  if (!isLetterCode(code(text, qualStart))) return false;
  const ls = text.lastIndexOf('\n', qualStart - 1) + 1;
  if (lineEnd - ls < 60) return false;
  let spaces = 0;
  for (let k = ls; k < lineEnd; k++) if (code(text, k) === 0x20) spaces++;
  return spaces >= 8;
}

const CHENG_VERBS = new Set(Array.from('为立功本果长员就交熟效型', (c) => c.charCodeAt(0)));
const chengVerb = (text: string, i: number): boolean => CHENG_VERBS.has(code(text, i));

function prefixQualifier(text: string, start: number): Qualifier | null {
  const g = skipGapBack(text, start, 2);
  const gNewlines = lastGapNewlines();
  const m = QUALIFIER_PREFIX.matchBackward(text, g, { innerSpaces: true });
  if (!m) return null;
  // across a blank line only a qualifier standing alone ("Over\n\n600"); across one line break
  // also the last word of a line of wrapped prose ("Credit score is over\n700.")
  if (gNewlines > 0 && !atLineStart(text, m.end) && !(gNewlines === 1 && wrappedProseBreak(text, m.end, g))) return null;
  return m.value;
}

interface UnitHit {
  unit: Unit;
  end: number;
  noun: boolean;
  spaced: boolean;
  capitalized: boolean;
}

function unitAfter(st: State, cand: Candidate, p: number): UnitHit | null {
  const text = st.text;
  const g = skipGap(text, p, 0);
  let q = g;
  const spaced = q > p;
  let zh = ZH_UNIT_TABLE.matchForward(text, q, { innerSpaces: true });
  if (!zh && g < text.length && isNewlineCode(code(text, g))) {
    // "73 万\n\n人", "52.7\n分 钟": a measure word alone at the start of the next line
    const g2 = skipGap(text, p, 2);
    const m = ZH_UNIT_TABLE.matchForward(text, g2, { innerSpaces: true });
    if (m && (m.value.kind === 'count' || m.value.kind === 'duration' || m.value.kind === 'measure' || m.value.kind === 'currency') && atLineEnd(text, m.end)) {
      zh = m;
      q = g2;
    }
  }
  if (zh) return { unit: zh.value, end: zh.end, noun: false, spaced, capitalized: false };
  const c = code(text, q);
  if (isLetterCode(c) || c === 0x27 || c === 0x2019 || c === 0xb0 || c === 0x2103 || c === 0x2d) {
    // letter-spaced PDF text (`2 0,0 0 0  y u a n`, `200 t i m e s`)
    const en = EN_UNIT_TABLE.matchForward(text, q, { newlines: false, innerSpaces: letterSpacedAt(text, q) });
    if (en && (!spaced || !EN_GLUED_ONLY.has(lowerSlice(text, q, en.end)))) {
      return { unit: en.value, end: en.end, noun: false, spaced, capitalized: false };
    }
  }
  // counted noun
  if (isCjkCode(c)) {
    const noun = zhCountedNoun(text, q, 8);
    if (noun) return { unit: { unit: noun, kind: 'count' }, end: q, noun: true, spaced, capitalized: false };
  }
  const g1 = skipGap(text, p, 1);
  const g1Newlines = lastGapNewlines();
  if (g1Newlines > 0 && isLetterCode(code(text, g1))) {
    const en = EN_UNIT_TABLE.matchForward(text, g1);
    if (en && !EN_GLUED_ONLY.has(lowerSlice(text, g1, en.end))) return { unit: en.value, end: en.end, noun: false, spaced: true, capitalized: false };
  }
  if (cand.vague && lowerWordAt(text, g1, 3) === 'of') {
    // "hundreds of thousands of yuan", "dozens of kilometers": a unit, the span unchanged
    const g2 = skipGap(text, g1 + 2, 1);
    const en = g2 > g1 + 2 ? EN_UNIT_TABLE.matchForward(text, g2) : null;
    if (en && !EN_GLUED_ONLY.has(lowerSlice(text, g2, en.end)) && (en.value.kind === 'currency' || en.value.kind === 'measure')) {
      return { unit: en.value, end: p, noun: false, spaced: true, capitalized: false };
    }
  }
  // in a table row (`Mobile internet users\t897\tmillion`) the next line is the next row, not the noun
  const nextRow = g1Newlines > 0 && tabBefore(text, cand.start);
  if (isLetterCode(code(text, g1)) && (g1 > p || cand.source !== 'arabic') && !nextRow) {
    const noun = englishNoun(text, g1) ?? enPartitiveNoun(text, g1, cand.vague, (k) => numberWordAt(text, k) !== null);
    if (noun) {
      // a caption of its own line (`20 Million User`) reads as running text (`users`)
      const caption = noun.titleCase && atLineEnd(text, noun.end) && !lowercaseWordBefore(text, cand.start);
      const unit = caption ? captionNoun(noun.text, cand.value) : noun.text;
      return { unit: { unit, kind: 'count' }, end: g1, noun: true, spaced: true, capitalized: noun.capitalized };
    }
  }
  return null;
}


/** Whether a tab precedes `i` on its line: the number is a cell of a table row. */
function tabBefore(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = code(text, k);
    if (c === 0x09) return true;
    if (isNewlineCode(c)) return false;
  }
  return false;
}

/** Whether a word in lower case precedes `i` on its line: running text, not a caption (`381城市 381 Cites`). */
function lowercaseWordBefore(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = code(text, k);
    if (isNewlineCode(c)) return false;
    if (c >= 0x61 && c <= 0x7a && !isLetterCode(code(text, k - 1))) return true;
  }
  return false;
}

function lowerSlice(text: string, s: number, e: number): string {
  let out = '';
  for (let k = s; k < e; k++) out += String.fromCharCode(NORM[text.charCodeAt(k)]! | (isLetterCode(NORM[text.charCodeAt(k)]!) ? 0x20 : 0));
  return out;
}

/** The counted noun phrase (English) at `i` (nouns.ts). */
function englishNoun(text: string, i: number): EnNoun | null {
  return enCountedNoun(text, i, (p) => numberWordAt(text, p) !== null);
}

const ORPHAN_MAX_LINES = 6;

/** A scale word starting a later line, in another column, not yet claimed (`550 … million users`). */
function orphanScale(st: State, from: number): { factor: number; end: number } | null {
  const text = st.text;
  let p = from;
  let lines = 0;
  while (lines < ORPHAN_MAX_LINES && p < text.length) {
    const nl = text.indexOf('\n', p);
    if (nl < 0 || nl - from > 400) return null;
    p = nl + 1;
    lines++;
    const g = skipGap(text, p, 0);
    const lineEndIdx = text.indexOf('\n', g);
    const le = lineEndIdx < 0 ? text.length : lineEndIdx;
    if (g >= le) continue;
    const c = code(text, g);
    let hit: { factor: number; end: number } | null = null;
    if (isLetterCode(c)) hit = enScaleAt(text, g);
    else if (c === 0x4e07 || c === 0x4ebf) hit = zhScaleAt(text, g);
    if (hit) {
      if (st.usedOrphans.has(g)) continue;
      st.usedOrphans.add(g);
      return hit;
    }
    for (let k = g; k < le; k++) if (isDigitCode(code(text, k))) return null;
  }
  return null;
}

function orphanNoun(text: string, i: number): string | null {
  const g = skipGap(text, i, 0);
  if (isLetterCode(code(text, g))) return englishNoun(text, g)?.text ?? null;
  if (isCjkCode(code(text, g))) return zhCountedNoun(text, g, 8) || null;
  return null;
}
